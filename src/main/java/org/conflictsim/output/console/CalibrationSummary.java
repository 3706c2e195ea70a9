package org.conflictsim.output.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.experiment.calibrate.Target;
import org.conflictsim.experiment.scoring.Score;

/** The terminal tables of a finished calibration: parameters and scores. */
public final class CalibrationSummary {
    private CalibrationSummary() {
    }

    /** Prints the posterior of each parameter (with its bound flag) and the scores of each target. */
    public static void print(PrintWriter o, Posterior post) {
        o.println();
        o.printf(Locale.ROOT, "%-34s %12s %12s %12s   %s%n", "parameter", "median", "5%", "95%", "prior");
        for (Posterior.ParameterSummary p : post.parameters()) {
            o.printf(Locale.ROOT, "%-34s %12s %12s %12s   %s%s%n", p.parameter().name(), num(p.median()), num(p.lo()),
                    num(p.hi()), p.parameter().describe().substring(p.parameter().name().length() + 2),
                    p.pileUp() == null ? "" : "  ** piles up at the " + p.pileUp() + " bound: widen the prior or"
                            + " question the model **");
        }
        o.println();
        o.printf(Locale.ROOT, "%-22s %-11s %-7s %10s %10s %8s   %s%n", "target", "set", "score", "value", "null", "skill",
                "null model");
        for (Posterior.TargetSummary t : post.targets()) {
            for (Score sc : t.scores()) {
                o.printf(Locale.ROOT, "%-22s %-11s %-7s %10s %10s %8s   %s%n", t.target().id(),
                        t.target().use() == Target.Use.CALIBRATION ? "calibration" : "validation", sc.rule(),
                        num(sc.score()), num(sc.reference()), num(sc.skill()), sc.nullModel());
            }
        }
        o.flush();
    }

    /** A number as these tables show it: 3 significant digits, whole numbers plainly, "-" for none. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A share as a whole percentage, "-" for none. */
    public static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
