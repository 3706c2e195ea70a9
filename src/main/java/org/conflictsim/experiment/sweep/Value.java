package org.conflictsim.experiment.sweep;

import java.math.BigDecimal;

/**
 * One value of a sweep parameter.
 *
 * @param yaml   the value as YAML flow text, as passed to the scenario loader ({@code path=yaml})
 * @param text   the value for people and CSV files (a number in plain decimals, text unquoted)
 * @param number the value as a number, or NaN when it is not a number (text, lists)
 */
public record Value(String yaml, String text, double number) {
    /** A number, written exactly (shortest decimal that reads back to the same double, no exponent). */
    public static Value of(double number) {
        String s = format(number);
        return new Value(s, s, number);
    }

    /** A text value, double-quoted in YAML. */
    public static Value text(String text) {
        return new Value(quote(text), text, Double.NaN);
    }

    /**
     * Plain decimal notation of a finite double, whole numbers without a point; exact (it reads back to
     * the same double), unlike {@code org.conflictsim.files.Num}, which rounds to 10 digits for tables.
     */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A YAML double-quoted scalar (JSON escapes, which YAML accepts). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The override for the scenario loader, {@code path=yaml}. */
    public String override(String path) {
        return path + "=" + yaml;
    }
}
