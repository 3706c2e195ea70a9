package org.conflictsim.output.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.Caveats;

/** The readable summary a {@code run} prints: mean, 5th–95th percentile range and how often, per outcome. */
public final class RunSummary {
    private RunSummary() {
    }

    /**
     * Prints one line per outcome: for capture days the share of runs with a capture and the median date;
     * for other outcomes mean and 90% range across runs. Outcomes that are zero in every run, and support
     * levels that stayed at 1 (powers that follow their script), are left out; runs.csv has them all.
     */
    public static void print(PrintWriter out, List<RunResult> runs, java.time.LocalDate start) {
        if (runs.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(runs.get(0).outcomes().keySet());
        boolean humanitarian = false;
        out.printf(Locale.ROOT, "%-42s %16s %16s %16s  %s%n", "outcome (" + runs.size() + " runs)", "mean / median",
                "5%", "95%", "unit");
        for (String k : keys) {
            double[] v = runs.stream().mapToDouble(r -> r.outcomes().get(k)).toArray();
            double[] present = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (Outcome.CAPTURE_DAY.names(k)) {
                if (present.length == 0) {
                    continue;
                }
                String place = Outcome.CAPTURE_DAY.suffix(k);
                double med = Band.quantile(present, 0.5);
                out.printf(Locale.ROOT, "%-42s %16s %16s %16s%n",
                        "captured: " + place + " (" + present.length + "/" + v.length + " runs)",
                        start.plusDays(Math.round(med)).toString(),
                        start.plusDays(Math.round(Band.quantile(present, 0.05))).toString(),
                        start.plusDays(Math.round(Band.quantile(present, 0.95))).toString());
                continue;
            }
            if (present.length == 0 || isAllZero(present) || Outcome.SUPPORT_LEVEL_MEAN.names(k) && allOne(present)) {
                continue; // nothing happened, or a power's support level never moved from its scripted 1
            }
            double mean = Arrays.stream(present).average().orElse(Double.NaN);
            Unit u = Unit.of(k);
            humanitarian |= Caveats.humanitarian(k);
            out.printf(Locale.ROOT, "%-42s %16s %16s %16s  %s%n", u.name(k) + (Caveats.humanitarian(k) ? " *" : ""),
                    u.format(mean), u.format(Band.quantile(present, 0.05)), u.format(Band.quantile(present, 0.95)),
                    u.label());
        }
        if (humanitarian) {
            out.println("* " + Caveats.HUMANITARIAN);
        }
        out.flush();
    }

    /**
     * How an outcome is shown: people and fighters as whole numbers (a mean of 46.084 fighters reads as 46),
     * minerals in tonnes as the report shows them (the column {@code flow_kg.x} is shown as {@code flow_t.x}).
     */
    enum Unit {
        TONNES("t"), PERSONS(OutcomeUnits.PERSONS.unit()), FIGHTERS(OutcomeUnits.FIGHTERS.unit()),
        US_DOLLARS(OutcomeUnits.USD.unit()), SHARE("share"), DAYS(OutcomeUnits.DAYS.unit()),
        COUNT(Outcome.BATTLES.unit().unit()), OTHER("");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        static Unit of(String key) {
            Outcome o = Outcome.kindOf(key).orElse(null);
            if (o == null) {
                return OTHER;
            }
            return switch (o) {
                case FLOW_KG, OFFTAKE_KG, ACCESS_KG -> TONNES;
                case CIVILIAN_DEATHS, DISPLACED_FINAL, DISPLACED_PEAK -> PERSONS;
                case FIGHTERS_FINAL, CASUALTIES -> FIGHTERS;
                case BATTLES -> COUNT;
                case FINAL_SHARE -> SHARE;
                case DEAL_DAYS_ACTIVE -> DAYS;
                case MINE_TAX_USD, REVENUE_USD, MINE_TAX_USD_PER_MONTH, FLOW_USD, SMUGGLING_INCOME_USD, ACCESS_USD,
                     SPONSOR_CASH_USD, SANCTION_LOSS_USD, DEAL_PAID_USD -> US_DOLLARS;
                case CAPTURE_DAY, CAPTURED_BY, CAPTURE_SHARE, CAPTURE_RMST, SUPPORT_LEVEL_MEAN, RECAPTURES -> OTHER;
            };
        }

        String label() {
            return label;
        }

        String name(String key) {
            return this == TONNES ? key.replaceFirst("_kg\\.", "_t.") : key;
        }

        String format(double v) {
            return switch (this) {
                case TONNES -> human(v / 1000);
                case PERSONS, FIGHTERS, COUNT, DAYS -> Math.abs(v) >= 1e4 ? human(v)
                        : String.format(Locale.ROOT, "%.0f", v);
                default -> human(v);
            };
        }
    }

    private static boolean allOne(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == 1.0);
    }

    private static boolean isAllZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Compact human-readable number: 1.23 M, 45.6 k, 0.123. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
