package org.conflictsim.experiment.compare;

/**
 * The difference of one scenario to the reference scenario over paired replicates (same seed).
 *
 * @param nPairs     pairs where both values are present
 * @param diff       mean difference (scenario minus reference), in the outcome's unit
 * @param ciLow      lower end of its 95% confidence interval (t interval of the paired differences)
 * @param ciHigh     upper end
 * @param pT         two-sided p-value of the paired t-test; NaN when fewer than 2 pairs or every difference
 *                   is zero; 0 when all differences are equal and non-zero
 * @param pWilcoxon  two-sided p-value of the Wilcoxon signed-rank test ({@link WilcoxonSignedRank}); NaN when
 *                   every difference is zero
 * @param cohenD     Cohen's d for paired samples (d_z = mean difference / standard deviation of the
 *                   differences); NaN when fewer than 2 pairs or all differences are zero, ±Infinity when
 *                   they are equal and non-zero
 */
public record PairedDifference(int nPairs, double diff, double ciLow, double ciHigh, double pT, double pWilcoxon,
                               double cohenD) {
    /** No pairs. */
    public static final PairedDifference NONE = new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);
}
