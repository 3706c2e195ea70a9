package org.conflictsim.output.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;

/** Comparison rows as a table for the terminal, and the p-value and effect-size texts that the report shares. */
public final class ComparisonSummary {
    private ComparisonSummary() {
    }

    /**
     * Prints the rows of the given outcomes, grouped by outcome, reference scenario first. Capture days
     * are day numbers from the scenario start, averaged over the runs with a capture.
     *
     * @param outcomes the outcomes to print, in order
     */
    public static void printTable(PrintWriter out, List<ComparisonRow> rows, List<String> outcomes) {
        Map<String, List<ComparisonRow>> by = new LinkedHashMap<>();
        for (ComparisonRow r : rows) {
            by.computeIfAbsent(r.outcome(), k -> new ArrayList<>()).add(r);
        }
        int labelWidth = 8;
        int nameWidth = 7;
        for (String o : outcomes) {
            nameWidth = Math.max(nameWidth, o.length());
            for (ComparisonRow r : by.getOrDefault(o, List.of())) {
                labelWidth = Math.max(labelWidth, r.scenario().length());
            }
        }
        String fmt = "%-" + nameWidth + "s  %-" + labelWidth + "s %5s %10s %21s %6s %10s %21s %7s %7s %6s%n";
        out.printf(Locale.ROOT, fmt, "outcome", "scenario", "n", "mean", "95% CI", "pairs", "diff", "95% CI of diff",
                "p(t)", "p(W)", "d");
        for (String o : outcomes) {
            boolean first = true;
            for (ComparisonRow r : by.getOrDefault(o, List.of())) {
                Estimate e = r.level();
                PairedDifference d = r.paired();
                boolean ref = d == PairedDifference.NONE;
                out.printf(Locale.ROOT, fmt, first ? o : "", r.scenario(), e.n(), num(e.mean()),
                        interval(e.ciLow(), e.ciHigh()), ref ? "" : Integer.toString(d.nPairs()),
                        ref ? "" : num(d.diff()),
                        ref ? "" : interval(d.ciLow(), d.ciHigh()), ref ? "" : pValue(d.pT()),
                        ref ? "" : pValue(d.pWilcoxon()), ref ? "" : effect(d.cohenD()));
                first = false;
            }
        }
        out.flush();
    }

    /** Four significant digits; thousands and millions abbreviated (k, M, bn) from 10,000 up. */
    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 1e4) {
            return RunSummary.human(v).replace(" ", "");
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "-" : "[" + num(lo) + ", " + num(hi) + "]";
    }

    /** A p-value as printed: three decimals, {@code <0.001} below that, {@code -} when there is none. */
    public static String pValue(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Cohen's d as printed: signed, two decimals, {@code +inf}/{@code -inf}, {@code -} when there is none. */
    public static String effect(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
