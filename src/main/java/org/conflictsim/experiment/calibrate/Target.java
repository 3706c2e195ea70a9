package org.conflictsim.experiment.calibrate;

import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeUnits;

/**
 * An observed fact the model is compared with: a column of {@code runs.csv} (any outcome, such as
 * {@code capture_day.goma}, {@code final_share.M23} or {@code civilian_deaths}) and what was observed, with its
 * uncertainty and its source.
 * <ul>
 * <li>{@link Kind#DATE}: the day a place was captured (a {@code capture_day.*} column). A run in which the place
 * was not captured is censored at the horizon: it counts as captured on the day after the last simulated day
 * ({@code days}), the earliest day consistent with it.</li>
 * <li>{@link Kind#VALUE}: a quantity (a count, a share, money). A run without a value is infinitely far.</li>
 * <li>{@link Kind#EVENT}: whether something happened: captured by a day ({@code by}, on a capture-day column;
 * never captured is "no"), or a quantity at least or at most a threshold.</li>
 * </ul>
 * In distances a target contributes its standardised error {@code z = (simulated − observed) / sd}; for an event
 * simulated and observed are 1 or 0, and sd defaults to 0.5, so a wrong event counts as two uncertainties.
 *
 * @param id        short name, unique in the file (default: the outcome column)
 * @param outcome   the outcome column of {@code runs.csv}
 * @param kind      what is observed
 * @param observed  the observed day (from the scenario start), value, or 1/0 for an event
 * @param sd        the uncertainty of the observation in the outcome's unit (&gt; 0)
 * @param event     the event's condition (EVENT only; null otherwise)
 * @param use       calibration (fitted) or validation (held out, only scored)
 * @param source    where the observation comes from
 * @param reference the null model of its skill scores
 */
public record Target(String id, String outcome, Kind kind, double observed, double sd, Condition event, Use use,
                     String source, Reference reference) {

    /** What a target observes. */
    public enum Kind {
        /** A capture day, censored at the horizon. */
        DATE,
        /** A quantity. */
        VALUE,
        /** Whether something happened. */
        EVENT
    }

    /** Whether a target is fitted or held out. */
    public enum Use {
        /** Fitted: enters the distance. */
        CALIBRATION,
        /** Held out: only scored, out of sample. */
        VALIDATION
    }

    /** An event's condition on the outcome. */
    public enum Op {
        /** Captured on or before the day (capture-day columns; never captured is "no"). */
        BY,
        /** The value is at least the threshold. */
        AT_LEAST,
        /** The value is at most the threshold. */
        AT_MOST
    }

    /**
     * @param op        the comparison
     * @param threshold the day (BY) or value
     */
    public record Condition(Op op, double threshold) {
        /** Whether a run's raw value meets it (a missing value does not). */
        public boolean test(double raw) {
            if (Double.isNaN(raw)) {
                return false;
            }
            return switch (op) {
                case BY -> raw <= threshold;
                case AT_LEAST -> raw >= threshold;
                case AT_MOST -> raw <= threshold;
            };
        }
    }

    /** The null model a target's skill is measured against. */
    public enum ReferenceKind {
        /** The default for the target's kind (see {@link Target#referenceKind}). */
        DEFAULT,
        /** Uniform on [min, max]. */
        UNIFORM,
        /** The model's runs from the prior (generation 0). */
        PRIOR,
        /** A fixed probability of the event. */
        PROBABILITY
    }

    /**
     * @param kind the reference
     * @param min  lower end (UNIFORM)
     * @param max  upper end (UNIFORM)
     * @param p    probability (PROBABILITY)
     */
    public record Reference(ReferenceKind kind, double min, double max, double p) {
        /** The default for the target's kind. */
        public static final Reference DEFAULT = new Reference(ReferenceKind.DEFAULT, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether the target enters the distance. */
    public boolean calibrates() {
        return use == Use.CALIBRATION;
    }

    /**
     * The simulated value compared with the observation: a capture day with "never" censored at {@code days},
     * the value itself, or 1/0 for an event.
     *
     * @param raw  the run's value of the outcome column (NaN when none)
     * @param days days simulated
     */
    public double simulated(double raw, int days) {
        return switch (kind) {
            case DATE -> Double.isNaN(raw) ? days : raw;
            case VALUE -> raw;
            case EVENT -> event.test(raw) ? 1 : 0;
        };
    }

    /** The standardised error of a run (+∞ when a value target's run has no value). */
    public double z(double raw, int days) {
        double s = simulated(raw, days);
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : (s - observed) / sd;
    }

    /** The reference actually used: DEFAULT resolved for the target's kind and outcome. */
    public ReferenceKind referenceKind() {
        if (reference.kind() != ReferenceKind.DEFAULT) {
            return reference.kind();
        }
        return switch (kind) {
            case DATE -> ReferenceKind.UNIFORM;
            case VALUE -> Outcome.FINAL_SHARE.names(outcome) ? ReferenceKind.UNIFORM : ReferenceKind.PRIOR;
            case EVENT -> event.op() == Op.BY ? ReferenceKind.PROBABILITY : ReferenceKind.PRIOR;
        };
    }

    /** The unit of the target's CRPS (days, share, or the unit its {@link Outcome} declares). */
    public String unit() {
        if (kind == Kind.DATE || Outcome.CAPTURE_DAY.names(outcome)) {
            return "days";
        }
        if (Outcome.FINAL_SHARE.names(outcome)) {
            return "share";
        }
        String u = OutcomeUnits.of(outcome).unit();
        return u.isEmpty() ? "the outcome's unit" : u;
    }

    /** What was observed, for tables: {@code day 57}, {@code 0.35 ± 0.05}, {@code captured by day 60: yes}. */
    public String describeObserved(java.time.LocalDate start) {
        return switch (kind) {
            case DATE -> start.plusDays(Math.round(observed)) + " (day " + Math.round(observed) + ") ± "
                    + fmt(sd) + " d";
            case VALUE -> fmt(observed) + " ± " + fmt(sd);
            case EVENT -> describeEvent(start) + ": " + (observed > 0.5 ? "yes" : "no");
        };
    }

    /** The event in words, e.g. {@code captured by 2025-02-28 (day 89)}. */
    public String describeEvent(java.time.LocalDate start) {
        if (event == null) {
            return "";
        }
        return switch (event.op()) {
            case BY -> "captured by " + start.plusDays(Math.round(event.threshold())) + " (day "
                    + Math.round(event.threshold()) + ")";
            case AT_LEAST -> "at least " + fmt(event.threshold());
            case AT_MOST -> "at most " + fmt(event.threshold());
        };
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
