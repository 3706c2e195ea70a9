package org.conflictsim.experiment.scoring;

/**
 * The reference forecast a skill score is measured against, stated with every score so a reader knows what
 * "better than" means.
 */
public sealed interface NullModel permits NullModel.Uniform, NullModel.Ensemble, NullModel.Probability {

    /** How the report names it, e.g. {@code uniform over days 0-180}. */
    String describe();

    /**
     * Every value in [lo, hi] equally likely: for a date, "any day of the horizon"; for a share, "any share".
     *
     * @param lo lower end
     * @param hi upper end, &gt; lo
     */
    record Uniform(double lo, double hi, String describe) implements NullModel {
        public Uniform {
            if (!(hi > lo)) {
                throw new IllegalArgumentException("a uniform reference needs lo < hi, got [" + lo + ", " + hi + "]");
            }
        }
    }

    /**
     * Another ensemble, e.g. the model's runs drawn from the prior (before calibration).
     *
     * @param values  the members (finite)
     * @param weights their weights
     */
    record Ensemble(double[] values, double[] weights, String describe) implements NullModel {
    }

    /**
     * A fixed probability of the event, e.g. the share of the horizon that lies before the event's day.
     *
     * @param p in [0, 1]
     */
    record Probability(double p, String describe) implements NullModel {
        public Probability {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a probability must be between 0 and 1, got " + p);
            }
        }
    }
}
