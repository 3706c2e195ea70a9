package org.conflictsim.experiment.scoring;

/**
 * One score of one forecast, with the reference's score on the same observation and the skill score.
 *
 * @param rule      {@code CRPS}, {@code Brier} or {@code log}
 * @param score     the forecast's score (lower is better), in {@code unit}
 * @param reference the null model's score on the same observation
 * @param skill     {@code 1 − score / reference} (1 perfect, 0 as good as the null model, negative worse)
 * @param unit      the score's unit: the quantity's unit for CRPS (e.g. days), {@code probability²} for Brier,
 *                  {@code nats} for log
 * @param nullModel what the reference forecast is
 */
public record Score(String rule, double score, double reference, double skill, String unit, String nullModel) {

    /**
     * CRPS of a weighted ensemble against a null model for a quantity.
     *
     * @param unit the quantity's unit (days, share, US$, ...)
     * @throws IllegalArgumentException when the null model is a probability (that is for events)
     */
    public static Score crps(double[] members, double[] weights, double observed, NullModel reference, String unit) {
        double s = ScoringRules.crps(members, weights, observed);
        double r;
        if (reference instanceof NullModel.Uniform u) {
            r = ScoringRules.crpsUniform(u.lo(), u.hi(), observed);
        } else if (reference instanceof NullModel.Ensemble e) {
            r = ScoringRules.crps(e.values(), e.weights(), observed);
        } else {
            throw new IllegalArgumentException("a quantity is scored against a distribution, not a probability: "
                    + reference.describe());
        }
        return new Score("CRPS", s, r, ScoringRules.skill(s, r), unit, reference.describe());
    }

    /**
     * Brier and log scores of an ensemble's probability for an event against a null model's probability.
     *
     * @param share     the (weighted) share of members in which the event happened
     * @param effective the ensemble's (effective) size, for {@link ScoringRules#clip} in the log score
     * @return the Brier score, then the log score
     */
    public static Score[] event(double share, double effective, boolean happened, NullModel.Probability reference) {
        double b = ScoringRules.brier(share, happened);
        double br = ScoringRules.brier(reference.p(), happened);
        double p = ScoringRules.clip(share, effective);
        double pr = ScoringRules.clip(reference.p(), effective);
        double l = ScoringRules.log(p, happened);
        double lr = ScoringRules.log(pr, happened);
        return new Score[] {
            new Score("Brier", b, br, ScoringRules.skill(b, br), "probability²", reference.describe()),
            new Score("log", l, lr, ScoringRules.skill(l, lr), "nats", reference.describe())};
    }
}
