package org.conflictsim.model.check;

/** Argument checks for the validating constructors of parameter records. Messages name the bad value. */
public final class Check {
    private Check() {
    }

    /** @return {@code value} if it is finite and within [min, max]; otherwise throws. */
    public static double range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + fmt(min) + ", " + fmt(max) + "], got " + fmt(value));
        }
        return value;
    }

    /** @return {@code value} if within [min, max]; otherwise throws. */
    public static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
