package org.conflictsim.experiment.compare;

/**
 * A mean with its 95% confidence interval.
 *
 * @param n      number of values it rests on
 * @param mean   the mean (NaN when n = 0)
 * @param ciLow  lower end of the 95% confidence interval (NaN when it cannot be computed, n &lt; 2)
 * @param ciHigh upper end of the 95% confidence interval
 */
public record Estimate(int n, double mean, double ciLow, double ciHigh) {
    /** No values. */
    public static final Estimate EMPTY = new Estimate(0, Double.NaN, Double.NaN, Double.NaN);
}
