package org.conflictsim.files;

/** Locale-independent, deterministic number formatting for CSV files. */
public final class Num {
    private Num() {
    }

    /**
     * Whole numbers without a decimal point, others rounded to 10 significant digits in plain decimal
     * notation (no exponent); NaN as an empty field.
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
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
