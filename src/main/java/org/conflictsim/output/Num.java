package org.conflictsim.output;

/** Locale-independent, deterministic number formatting for CSV files. */
public final class Num {
    private Num() {
    }

    /**
     * Whole numbers without a decimal point, others in Java's shortest round-trip form rounded to 10
     * significant digits; NaN as an empty field.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        double r = new java.math.BigDecimal(v).round(new java.math.MathContext(10)).doubleValue();
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }
}
