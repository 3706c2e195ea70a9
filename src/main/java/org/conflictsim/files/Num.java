package org.conflictsim.files;

import java.math.BigDecimal;
import java.math.MathContext;

/** Locale-independent, deterministic number formatting for CSV files. */
public final class Num {
    private static final int DIGITS = 10;
    private static final long LOW = 1_000_000_000L;
    private static final long HIGH = 10_000_000_000L;
    /** Powers of ten that a double holds exactly: 10^0 to 10^22. */
    private static final double[] POW10 = new double[23];
    /**
     * How close to a tie (x.5) the scaled value may come before the exact decimal expansion decides: the
     * scaled value is below 1e10 and carries a relative error under 2^-52, so its absolute error is under
     * 1e10 · 2.3e-16 ≈ 2.3e-6; this margin is over four times that.
     */
    private static final double TIE_MARGIN = 1e-5;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Num() {
    }

    /**
     * Whole numbers without a decimal point, others rounded to 10 significant digits (half up, of the double's
     * exact binary value) in plain decimal notation (no exponent); NaN as an empty field. The text is the same as
     * {@code new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString()}, made with long
     * arithmetic: the value is scaled by an exact power of ten and rounded, and only values whose scaled
     * fraction lies within {@link #TIE_MARGIN} of one half (where the double's rounding error could decide the
     * digit) go through {@link BigDecimal}.
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
        String fast = fast(v);
        return fast != null ? fast : exact(v);
    }

    /** The reference: exact decimal expansion of the double, rounded half up. */
    static String exact(double v) {
        return new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
    }

    /** The formatted value, or null when the value is too near a rounding tie or out of the exact range. */
    static String fast(double v) {
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a)); // decimal exponent of the leading digit, maybe off by one
        for (int attempt = 0; attempt < 2; attempt++) {
            double x = scale(a, DIGITS - 1 - e);
            if (Double.isNaN(x)) {
                return null;
            }
            if (x < LOW) {
                e--;
                continue;
            }
            if (x >= HIGH) {
                e++;
                continue;
            }
            double floor = Math.floor(x);
            double frac = x - floor;
            if (Math.abs(frac - 0.5) < TIE_MARGIN) {
                return null;
            }
            long digits = (long) floor + (frac > 0.5 ? 1 : 0);
            if (digits == HIGH) {
                digits = LOW;
                e++;
            }
            return plain(v < 0, digits, e);
        }
        return null;
    }

    /** {@code a × 10^k} rounded once, or NaN when 10^|k| is not an exact double. */
    private static double scale(double a, int k) {
        if (k >= 0) {
            return k < POW10.length ? a * POW10[k] : Double.NaN;
        }
        return -k < POW10.length ? a / POW10[-k] : Double.NaN;
    }

    /** {@code digits × 10^(e - 9)} in plain notation without trailing zeros after the point. */
    private static String plain(boolean negative, long digits, int e) {
        while (digits % 10 == 0) {
            digits /= 10;
        }
        String s = Long.toString(digits);
        int n = s.length();
        int point = e + 1; // digits before the decimal point
        StringBuilder out = new StringBuilder(n + Math.abs(point) + 3);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.");
            for (int i = point; i < 0; i++) {
                out.append('0');
            }
            out.append(s);
        } else if (point >= n) {
            out.append(s);
            for (int i = n; i < point; i++) {
                out.append('0');
            }
        } else {
            out.append(s, 0, point).append('.').append(s, point, n);
        }
        return out.toString();
    }
}
