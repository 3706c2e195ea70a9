package org.conflictsim.output.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels for large numbers: {@code 0}, {@code 250}, {@code 1.5 k}, {@code 20 k}, {@code 3 M},
 * {@code 1.2 bn} (k = thousand, M = million, bn = billion), with at most three significant digits and no
 * trailing zeros. Formatting only; parsing is not supported.
 */
public final class CompactFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    /** Formats one value as described in the class comment. */
    public static String text(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        String suffix;
        double x;
        if (a >= 1e9) {
            x = v / 1e9;
            suffix = " bn";
        } else if (a >= 1e6) {
            x = v / 1e6;
            suffix = " M";
        } else if (a >= 1e3) {
            x = v / 1e3;
            suffix = " k";
        } else {
            x = v;
            suffix = "";
        }
        double ax = Math.abs(x);
        int decimals = ax == 0 ? 0 : ax >= 100 ? 0 : ax >= 10 ? 1 : ax >= 1 ? 2 : 3;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (s.equals("-0")) {
            s = "0";
        }
        return s + suffix;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("CompactFormat formats axis labels only; it does not parse");
    }
}
