package org.conflictsim.output.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.output.results.Band;

/** The readable summary a {@code run} prints: mean, 5th–95th percentile range and how often, per outcome. */
public final class RunSummary {
    private RunSummary() {
    }

    /**
     * Prints one line per outcome: for capture days the share of runs with a capture and the median date;
     * for other outcomes mean and 90% range across runs. Outcomes that are zero in every run, and support
     * levels that stayed at 1 (powers that follow their script), are left out; runs.csv has them all.
     */
    public static void print(PrintWriter out, List<RunResult> runs, java.time.LocalDate start) {
        if (runs.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(runs.get(0).outcomes().keySet());
        out.printf(Locale.ROOT, "%-42s %16s %16s %16s%n", "outcome (" + runs.size() + " runs)", "mean / median",
                "5%", "95%");
        for (String k : keys) {
            double[] v = runs.stream().mapToDouble(r -> r.outcomes().get(k)).toArray();
            double[] present = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (k.startsWith("capture_day.")) {
                if (present.length == 0) {
                    continue;
                }
                String place = k.substring("capture_day.".length());
                double med = Band.quantile(present, 0.5);
                out.printf(Locale.ROOT, "%-42s %16s %16s %16s%n",
                        "captured: " + place + " (" + present.length + "/" + v.length + " runs)",
                        start.plusDays(Math.round(med)).toString(),
                        start.plusDays(Math.round(Band.quantile(present, 0.05))).toString(),
                        start.plusDays(Math.round(Band.quantile(present, 0.95))).toString());
                continue;
            }
            if (present.length == 0 || isAllZero(present) || k.startsWith("support_level_mean.") && allOne(present)) {
                continue; // nothing happened, or a power's support level never moved from its scripted 1
            }
            double mean = Arrays.stream(present).average().orElse(Double.NaN);
            out.printf(Locale.ROOT, "%-42s %16s %16s %16s%n", k, human(mean), human(Band.quantile(present, 0.05)),
                    human(Band.quantile(present, 0.95)));
        }
        out.flush();
    }

    private static boolean allOne(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == 1.0);
    }

    private static boolean isAllZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Compact human-readable number: 1.23 M, 45.6 k, 0.123. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
