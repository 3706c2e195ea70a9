package org.conflictsim.output.charts;

import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;

/**
 * Parts shared by the charts of a sweep: file-name stems, the number format and axis of an outcome, and the
 * short text of a value written into a heatmap cell.
 */
public final class SweepChartKit {
    /** Chart width, px (as the charts of a run). */
    static final int WIDTH = RunCharts.WIDTH;

    private SweepChartKit() {
    }

    /** A file-name stem from any name: lower case letters and digits, other runs of characters as one hyphen. */
    public static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }

    /** Tick labels of an outcome: whole percentages for shares, compact numbers (1.5 k, 3 M) otherwise. */
    static NumberFormat format(OutcomeLabel label) {
        if (label.percent()) {
            NumberFormat f = NumberFormat.getPercentInstance(Locale.ENGLISH);
            f.setMaximumFractionDigits(0);
            return f;
        }
        return new CompactFormat();
    }

    /** A value axis of an outcome in its unit, not forced to include zero. */
    static NumberAxis outcomeAxis(OutcomeLabel label, String text) {
        NumberAxis axis = ChartKit.valueAxis(text);
        axis.setNumberFormatOverride(format(label));
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.06);
        return axis;
    }

    /**
     * A round tick size that gives about {@code ticks} ticks over {@code range}: 1, 2, 2.5 or 5 times a
     * power of ten.
     */
    static double tickSize(double range, int ticks) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / ticks;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** A value (in the label's unit already) as a cell shows it: {@code 42%}, {@code 1.5 k}, {@code 0.27}. */
    static String cell(OutcomeLabel label, double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (label.percent()) {
            return String.format(Locale.ROOT, "%.0f%%", value * 100);
        }
        if (label.unit().startsWith("days")) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return CompactFormat.text(value);
    }

    /** {@code 1 run} or {@code 5 runs}. */
    public static String runs(long n) {
        return n + (n == 1 ? " run" : " runs");
    }
}
