package org.conflictsim.experiment.sensitivity;

/**
 * An estimate with its 95% bootstrap percentile interval.
 *
 * @param value  the estimate (NaN when it cannot be computed)
 * @param ciLow  2.5th percentile of the bootstrap estimates (NaN without a bootstrap)
 * @param ciHigh 97.5th percentile of the bootstrap estimates
 * @param n      number of independent units it rests on (base samples or trajectories)
 */
public record Interval(double value, double ciLow, double ciHigh, int n) {
    /** Nothing to estimate from. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
}
