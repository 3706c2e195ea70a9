package org.conflictsim.output.charts;

import java.util.Locale;

/**
 * A readable name, unit and number format for an outcome column of {@code runs.csv} (and the derived
 * {@code capture_share.PLACE} of {@code comparison.csv}), for the reports and charts. Places, mines,
 * powers and mineral destinations are named as the scenario names them; factions by their id.
 *
 * @param label   e.g. {@code Territory at the end, M23}
 * @param unit    e.g. {@code share of theatre cells}, {@code US$}, {@code t}; empty when unknown
 * @param scale   factor from the column's value to the unit shown (0.001 for kg shown as t)
 * @param percent whether the value is a share 0–1 shown in percent (differences in percentage points)
 */
public record OutcomeLabel(String label, String unit, double scale, boolean percent) {
    /**
     * The label of a column.
     *
     * @param s      the scenario, for names of places, mines and powers
     * @param column the column name, e.g. {@code flow_usd.smuggled:RWA}
     */
    public static OutcomeLabel of(ScenarioInfo s, String column) {
        int dot = column.indexOf('.');
        String kind = dot < 0 ? column : column.substring(0, dot);
        String who = dot < 0 ? "" : column.substring(dot + 1);
        return switch (kind) {
            case "capture_day" -> new OutcomeLabel(s.placeName(who) + ": capture day", "days from the start", 1,
                    false);
            case "capture_share" -> new OutcomeLabel(s.placeName(who) + " taken, share of runs", "share of runs", 1,
                    true);
            case "final_share" -> new OutcomeLabel("Territory at the end, " + who, "share of theatre cells", 1, true);
            case "fighters_final" -> new OutcomeLabel("Fighters at the end, " + who, "fighters", 1, false);
            case "casualties" -> new OutcomeLabel("Combat casualties, " + who, "fighters", 1, false);
            case "mine_tax_usd" -> new OutcomeLabel("Mine tax collected, " + who, "US$", 1, false);
            case "revenue_usd" -> new OutcomeLabel("Revenue (all sources), " + who, "US$", 1, false);
            case "mine_tax_usd_per_month" -> new OutcomeLabel("Mine tax at " + s.mineName(who), "US$/month", 1,
                    false);
            case "flow_kg" -> new OutcomeLabel("Mineral flow: " + s.destinationName(who), "t", 0.001, false);
            case "flow_usd" -> new OutcomeLabel("Mineral flow value: " + s.destinationName(who), "US$", 1, false);
            case "smuggling_income_usd" -> new OutcomeLabel("Smuggling income, " + s.powerName(who), "US$", 1,
                    false);
            case "offtake_kg" -> new OutcomeLabel("Offtake, " + s.powerName(who), "t", 0.001, false);
            case "access_kg" -> new OutcomeLabel("Mineral access, " + s.powerName(who), "t", 0.001, false);
            case "access_usd" -> new OutcomeLabel("Mineral access value, " + s.powerName(who), "US$", 1, false);
            case "support_level_mean" -> new OutcomeLabel("Mean support level, " + s.powerName(who), "level", 1,
                    false);
            case "sponsor_cash_usd" -> new OutcomeLabel("Sponsor cash paid, " + s.powerName(who), "US$", 1, false);
            case "sanction_loss_usd" -> new OutcomeLabel("Sanction losses, " + s.powerName(who), "US$", 1, false);
            case "deal_days_active" -> new OutcomeLabel("Deal in force, " + who, "days", 1, false);
            case "deal_paid_usd" -> new OutcomeLabel("Deal payments, " + who, "US$", 1, false);
            case "civilian_deaths" -> new OutcomeLabel("Civilian deaths", "persons", 1, false);
            case "displaced_final" -> new OutcomeLabel("Displaced people at the end", "persons", 1, false);
            case "displaced_peak" -> new OutcomeLabel("Displaced people at the peak", "persons", 1, false);
            case "battles" -> new OutcomeLabel("Battles", "battles", 1, false);
            default -> new OutcomeLabel(column, "", 1, false);
        };
    }

    /** A value in the label's unit: {@code 42.0 %}, {@code 1,250}, {@code 3.5 M}, {@code 0.37}; "–" for NaN. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double x = v * scale;
        if (percent) {
            return String.format(Locale.ROOT, "%.1f %%", Math.abs(x) < 0.0005 ? 0 : x * 100);
        }
        double a = Math.abs(x);
        if (a >= 100_000) {
            return CompactFormat.text(x);
        }
        if (a >= 100 || x == Math.rint(x)) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /**
     * A difference with its sign (a true minus sign; none when it rounds to zero): {@code +2.5 pp} for shares
     * (percentage points), else as {@link #format}, e.g. {@code −1.2 M}.
     */
    public String formatDifference(double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        String s = percent ? String.format(Locale.ROOT, "%.1f pp", Math.abs(d) * scale * 100) : format(Math.abs(d));
        boolean zero = s.matches("[0.]+( pp)?");
        return (zero ? "" : d > 0 ? "+" : "−") + s;
    }
}
