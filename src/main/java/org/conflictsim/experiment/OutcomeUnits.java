package org.conflictsim.experiment;

import org.conflictsim.model.observe.Metric;

/**
 * The unit of every outcome column as {@code runs.csv} stores it, and its resolution: the smallest
 * difference that means something in that unit (one fighter, one person, one day, US$1,000, one tonne, a
 * tenth of a percentage point of territory). The model keeps fractional fighters and people and sums money
 * over a year, so two scenarios can differ by 0.0004 fighters in every replicate; such a difference is
 * "below resolution", whatever its p-value.
 */
public final class OutcomeUnits {
    private OutcomeUnits() {
    }

    /**
     * The unit of a column and its resolution in that unit.
     *
     * @param unit       the unit as stored, e.g. {@code US$}, {@code kg}, {@code share of runs (0-1)}; empty when
     *                   the column is not known
     * @param resolution smallest meaningful difference, ≥ 0 (0: every difference counts)
     * @param resolutionText the resolution in words, e.g. {@code 1 fighter}
     */
    public record Unit(String unit, double resolution, String resolutionText) {
    }

    /** Days (a deal in force, a restricted mean time to capture). */
    public static final Unit DAYS = new Unit("days", 1, "1 day");
    /** US dollars summed over the run. */
    public static final Unit USD = new Unit("US$", 1000, "US$1,000");
    /** Kilograms summed over the run. */
    public static final Unit KG = new Unit("kg", 1000, "1 t");
    /** Fighters. */
    public static final Unit FIGHTERS = new Unit(Metric.FIGHTERS.unit(), 1, "1 fighter");
    /** People. */
    public static final Unit PERSONS = new Unit("persons", 1, "1 person");
    /** No unit known: every difference counts. */
    public static final Unit NONE = new Unit("", 0, "");

    /**
     * The unit of an outcome column (derived {@code capture_share} and {@code capture_rmst} columns too), from
     * its {@link Outcome}; {@link #NONE} for a column no outcome names.
     */
    public static Unit of(String column) {
        return Outcome.kindOf(column).map(Outcome::unit).orElse(NONE);
    }

    /**
     * Whether a relative change (difference / reference mean) means something for the column: not for days
     * counted from the start or to a capture (their zero is the scenario's first day, not "none"), nor for
     * shares of runs, whose change is read in percentage points.
     */
    public static boolean hasRelativeChange(String column) {
        return !Outcome.CAPTURE_DAY.names(column) && !Outcome.CAPTURE_SHARE.names(column)
                && !Outcome.CAPTURE_RMST.names(column);
    }
}
