package org.conflictsim.model.check;

import java.util.List;

/**
 * The one declaration of a numeric scenario parameter: its key, whether it is a whole number, its default
 * (none: required), its valid range, its unit and its meaning. The record that holds the value checks it
 * against this declaration; the scenario loader reads the key with this default and range, the JSON Schema and
 * the error messages take their range, unit and meaning from it, and docs/ODD.md §8 lists the same values.
 *
 * <p>It lives in this leaf package so that every package of value records (the rules, factions, powers and
 * minerals of {@code model.params}, the instruments, events and triggers of {@code model.instruments}) can
 * declare its keys without depending on another.
 *
 * @param key     the key in the scenario file (in its section)
 * @param integer whether it is a whole number
 * @param def     default when the key is absent; NaN when the key is required
 * @param min     smallest valid value
 * @param max     largest valid value
 * @param unit    unit ({@code 1} for a ratio or factor)
 * @param meaning what it means, in a few words
 */
public record Param(String key, boolean integer, double def, double min, double max, String unit, String meaning) {
    public Param {
        Check.notNull("key", key);
        if (!(min <= max)) {
            throw new IllegalArgumentException(key + ": min " + min + " > max " + max);
        }
        if (!Double.isNaN(def) && !(def >= min && def <= max)) {
            throw new IllegalArgumentException(key + ": default " + def + " outside [" + min + ", " + max + "]");
        }
    }

    /** An optional number with a default. */
    public static Param number(String key, double def, double min, double max, String unit, String meaning) {
        return new Param(key, false, def, min, max, unit, meaning);
    }

    /** A required number. */
    public static Param required(String key, double min, double max, String unit, String meaning) {
        return new Param(key, false, Double.NaN, min, max, unit, meaning);
    }

    /** An optional whole number with a default. */
    public static Param integer(String key, int def, int min, int max, String unit, String meaning) {
        return new Param(key, true, def, min, max, unit, meaning);
    }

    /** Whether the key must be given. */
    public boolean required() {
        return Double.isNaN(def);
    }

    /**
     * Checks a value against the declared range.
     *
     * @param owner who has the parameter (a faction id, a rule group), for the message
     * @return the value
     * @throws IllegalArgumentException naming {@code owner.key}, the range and the value
     */
    public double check(String owner, double value) {
        return Check.range(owner + "." + key, value, min, max);
    }

    /** Checks a whole number against the declared range. */
    public int check(String owner, int value) {
        return Check.range(owner + "." + key, value, (int) min, (int) max);
    }

    /** The declaration with this key in a list, or null. */
    public static Param find(List<Param> params, String key) {
        for (Param p : params) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
