package org.conflictsim.output.charts;

import java.util.Locale;
import java.util.Set;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * How reports and charts name an outcome column of {@code runs.csv} (or of a sweep store): a readable
 * label, its unit, the factor from the stored value to the unit (kg to t) and whether it is a share shown
 * in percent. Ids of mines, powers and mineral destinations are turned into names by a {@link Names}.
 *
 * @param label   e.g. {@code Territory at the end, M23}
 * @param unit    e.g. {@code share of theatre cells}, {@code US$}, {@code t}
 * @param scale   stored value × scale = value in {@code unit}
 * @param percent whether the value is a share (0–1) to show as a percentage
 */
public record OutcomeLabel(String label, String unit, double scale, boolean percent) {
    /** Units of whole things: persons, fighters, battles. */
    private static final Set<String> WHOLE = Set.of(OutcomeUnits.PERSONS.unit(), OutcomeUnits.FIGHTERS.unit(),
            Outcome.BATTLES.unit().unit());

    /** Names for the ids inside outcome columns; {@link #IDS} leaves them as they are. */
    public interface Names {
        /** Names nothing: every id stays an id. */
        Names IDS = new Names() {
        };

        /** Name of a mine. */
        default String mine(String id) {
            return id;
        }

        /** Name of a foreign power. */
        default String power(String id) {
            return id;
        }

        /** A mineral destination in words ({@code official}, {@code smuggled:RWA}, {@code offtake:USA}). */
        default String destination(String id) {
            return id;
        }

        /** Name of a place. */
        default String place(String id) {
            return id;
        }
    }

    /** The value in the label's unit: the stored value times {@link #scale}. */
    double value(double stored) {
        return stored * scale;
    }

    /** A stored value as a table shows it: {@code 42.0 %}, {@code 1,234}, {@code 3.5 M}, {@code 0.27}. */
    public String format(double stored) {
        double x = value(stored);
        if (Double.isNaN(x)) {
            return "–";
        }
        if (percent) {
            return String.format(Locale.ROOT, "%.1f %%", Math.abs(x) < 0.0005 ? 0 : x * 100);
        }
        double a = Math.abs(x);
        if (a >= 100_000) {
            return CompactFormat.text(x);
        }
        if (a >= 100 || x == Math.rint(x) || whole()) {
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

    /**
     * A value with its unit where the label does not say it, for a sentence or a table: {@code US$3.5 M},
     * {@code US$81.1 k a month}, {@code 120 t}, {@code 40.0 %}, {@code 1,234} (persons, fighters).
     */
    public String amount(double stored) {
        return unitAround(format(stored));
    }

    /** A difference with its sign and unit, as {@link #amount}: {@code −US$3.2 M}, {@code +1.2 pp}, {@code +14}. */
    public String amountDifference(double d) {
        String s = formatDifference(d);
        if (percent || s.equals("–")) {
            return s;
        }
        boolean signed = s.startsWith("+") || s.startsWith("−");
        return signed ? s.charAt(0) + unitAround(s.substring(1)) : unitAround(s);
    }

    private String unitAround(String number) {
        if (percent || number.equals("–")) {
            return number;
        }
        return switch (unit) {
            case "US$" -> "US$" + number;
            case "US$/month" -> "US$" + number + " a month";
            case "t", "days" -> number + " " + unit;
            default -> number;
        };
    }

    /** Whether the unit counts whole things (people, fighters, battles): shown without decimals. */
    private boolean whole() {
        return WHOLE.contains(unit);
    }

    /** The label with its unit in brackets, for axes and legends: {@code Civilian deaths (persons)}. */
    public String withUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** The label of a column; an unknown column is its own label, without unit. */
    public static OutcomeLabel of(String column, Names n) {
        Outcome o = Outcome.kindOf(column).orElse(null);
        if (o == null) {
            return plain(column, "");
        }
        int dot = column.indexOf('.');
        String who = dot < 0 ? "" : column.substring(dot + 1);
        return switch (o) {
            case FINAL_SHARE -> share("Territory at the end, " + who, Metric.TERRITORY_SHARE.unit());
            case CAPTURE_DAY -> plain("Day " + n.place(who) + " was first taken", o);
            case CAPTURE_SHARE -> share("Runs in which " + n.place(who) + " was taken", "share of runs");
            case CAPTURE_RMST -> plain("Days to the capture of " + n.place(who) + " (restricted mean)", o);
            case FIGHTERS_FINAL -> plain("Fighters at the end, " + who, o);
            case CASUALTIES -> plain("Combat casualties, " + who, o);
            case MINE_TAX_USD -> plain("Mine tax collected, " + who, o);
            case REVENUE_USD -> plain("Revenue (all sources), " + who, o);
            case MINE_TAX_USD_PER_MONTH -> plain("Mine tax at " + n.mine(who), o);
            case FLOW_KG -> tonnes("Mineral flow: " + n.destination(who));
            case FLOW_USD -> plain("Mineral flow value: " + n.destination(who), o);
            case SMUGGLING_INCOME_USD -> plain("Smuggling income, " + n.power(who), o);
            case OFFTAKE_KG -> tonnes("Offtake, " + n.power(who));
            case ACCESS_KG -> tonnes("Mineral access, " + n.power(who));
            case ACCESS_USD -> plain("Mineral access value, " + n.power(who), o);
            case SUPPORT_LEVEL_MEAN -> plain("Mean support level, " + n.power(who), "level");
            case SPONSOR_CASH_USD -> plain("Sponsor cash paid by " + n.power(who), o);
            case SANCTION_LOSS_USD -> plain("Revenue lost to sanctions, " + who, o);
            case DEAL_DAYS_ACTIVE -> plain("Days deal " + who + " was in force", o);
            case DEAL_PAID_USD -> plain("Paid under deal " + who, o);
            case CIVILIAN_DEATHS -> plain("Civilian deaths", o);
            case DISPLACED_FINAL -> plain("Displaced people at the end", o);
            case DISPLACED_PEAK -> plain("Displaced people at the peak", o);
            case BATTLES -> plain("Battles", o);
            case CAPTURED_BY, RECAPTURES -> plain(column, "");
        };
    }

    /** The label of a column, with places, mines, powers and destinations named as the scenario names them. */
    public static OutcomeLabel of(ScenarioInfo s, String column) {
        return of(column, names(s));
    }

    /** The scenario's names for the ids inside outcome columns. */
    static Names names(ScenarioInfo s) {
        return new Names() {
            @Override
            public String mine(String id) {
                return s.mineName(id);
            }

            @Override
            public String power(String id) {
                return s.powerName(id);
            }

            @Override
            public String destination(String id) {
                return s.destinationName(id);
            }

            @Override
            public String place(String id) {
                return s.placeName(id);
            }
        };
    }

    private static OutcomeLabel plain(String label, String unit) {
        return new OutcomeLabel(label, unit, 1, false);
    }

    /** A label in the outcome's own unit ({@link Outcome#unit()}). */
    private static OutcomeLabel plain(String label, Outcome o) {
        return plain(label, o.unit().unit());
    }

    /** A label of an outcome stored in kg, shown in tonnes. */
    private static OutcomeLabel tonnes(String label) {
        return new OutcomeLabel(label, "t", 0.001, false);
    }

    private static OutcomeLabel share(String label, String unit) {
        return new OutcomeLabel(label, unit, 1, true);
    }
}
