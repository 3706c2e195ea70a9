package org.conflictsim.experiment.compare;

/**
 * The difference of one scenario to the reference scenario over paired replicates (same seed).
 *
 * <p>Effect sizes follow Lakens (2013): under common random numbers the two runs of a pair share their random
 * history, so the standard deviation of the differences is much smaller than that of either scenario, and
 * {@code d_z} (mean difference / SD of the differences) runs far above the usual 0.2 / 0.5 / 0.8 scale of
 * Cohen's d. {@code d_av} (mean difference / mean of the two scenarios' SDs; Cumming 2012) is the one to read
 * on that scale. Neither is computed for shares of runs (0/1 outcomes).
 *
 * @param nPairs    pairs where both values are present
 * @param diff      mean difference (scenario minus reference), in the outcome's unit; NaN when it is not
 *                  computed (see {@code note})
 * @param ciLow     lower end of its 95% confidence interval: t interval of the paired differences, or Newcombe's
 *                  interval for a difference of paired shares ({@link PairedStats#pairedShares})
 * @param ciHigh    upper end
 * @param pT        two-sided p-value of the paired t-test; NaN when fewer than 2 pairs, for shares, and when
 *                  the differences have no spread (all equal: the test is undefined)
 * @param pWilcoxon two-sided p-value of the Wilcoxon signed-rank test ({@link WilcoxonSignedRank}); NaN when
 *                  every difference is zero, and for shares
 * @param pMcNemar  two-sided p-value of the exact McNemar test (shares of runs only; NaN otherwise and when no
 *                  pair is discordant)
 * @param dz        d_z = mean difference / SD of the differences; NaN when fewer than 2 pairs, for shares, and
 *                  when the differences have no spread
 * @param dav       d_av = mean difference / mean of the two scenarios' SDs over the pairs; NaN when fewer than
 *                  2 pairs, for shares, and when both SDs are zero
 * @param note      why a statistic is missing or how to read it, in a short sentence; empty when nothing needs
 *                  saying
 */
public record PairedDifference(int nPairs, double diff, double ciLow, double ciHigh, double pT, double pWilcoxon,
                               double pMcNemar, double dz, double dav, String note) {
    /** No pairs. */
    public static final PairedDifference NONE = new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "");

    public PairedDifference {
        if (note == null) {
            throw new IllegalArgumentException("note must not be null (use an empty text)");
        }
    }

    /** A difference that is deliberately not computed over {@code nPairs} pairs, with the reason. */
    public static PairedDifference withheld(int nPairs, String note) {
        return new PairedDifference(nPairs, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, note);
    }

    /** Whether the 95% interval exists and leaves out zero. */
    public boolean excludesZero() {
        return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh) && (ciLow > 0 || ciHigh < 0);
    }
}
