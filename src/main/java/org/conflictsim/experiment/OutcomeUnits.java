package org.conflictsim.experiment;

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

    private static final Unit DAYS = new Unit("days", 1, "1 day");
    private static final Unit USD = new Unit("US$", 1000, "US$1,000");
    private static final Unit KG = new Unit("kg", 1000, "1 t");
    private static final Unit FIGHTERS = new Unit("fighters", 1, "1 fighter");
    private static final Unit PERSONS = new Unit("persons", 1, "1 person");
    private static final Unit NONE = new Unit("", 0, "");

    /** The unit of an outcome column (derived {@code capture_share} and {@code capture_rmst} columns too). */
    public static Unit of(String column) {
        int dot = column.indexOf('.');
        String kind = dot < 0 ? column : column.substring(0, dot);
        return switch (kind) {
            case "capture_day" -> new Unit("days from the start", 1, "1 day");
            case "capture_rmst", "deal_days_active" -> DAYS;
            case "capture_share" -> new Unit("share of runs (0-1)", 0, "");
            case "final_share" -> new Unit("share of theatre cells (0-1)", 0.001, "0.1 percentage point");
            case "fighters_final", "casualties" -> FIGHTERS;
            case "mine_tax_usd", "revenue_usd", "flow_usd", "smuggling_income_usd", "access_usd", "sponsor_cash_usd",
                 "sanction_loss_usd", "deal_paid_usd" -> USD;
            case "mine_tax_usd_per_month" -> new Unit("US$/month", 100, "US$100 a month");
            case "flow_kg", "offtake_kg", "access_kg" -> KG;
            case "support_level_mean" -> new Unit("support level", 0.001, "0.001");
            case "civilian_deaths", "displaced_final", "displaced_peak" -> PERSONS;
            case "battles" -> new Unit("battles", 1, "1 battle");
            default -> NONE;
        };
    }

    /**
     * Whether a relative change (difference / reference mean) means something for the column: not for days
     * counted from the start or to a capture (their zero is the scenario's first day, not "none"), nor for
     * shares of runs, whose change is read in percentage points.
     */
    public static boolean hasRelativeChange(String column) {
        return !column.startsWith(OutcomeColumns.CAPTURE_DAY) && !column.startsWith(OutcomeColumns.CAPTURE_SHARE)
                && !column.startsWith(OutcomeColumns.CAPTURE_RMST);
    }
}
