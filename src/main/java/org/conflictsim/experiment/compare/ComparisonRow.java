package org.conflictsim.experiment.compare;

/**
 * One row of {@code comparison.csv}: one outcome of one scenario, and its paired difference to the first
 * (reference) scenario.
 *
 * @param outcome  outcome column of {@code runs.csv}, or a derived {@code capture_share.PLACE} or
 *                 {@code capture_rmst.PLACE}
 * @param scenario scenario label
 * @param level    mean and 95% interval over the runs where the outcome is present (Wilson interval for
 *                 shares, t interval otherwise)
 * @param paired   difference to the reference scenario ({@link PairedDifference#NONE} for the reference)
 * @param verdict  how the difference stands ({@link Verdict#NONE} for the reference)
 */
public record ComparisonRow(String outcome, String scenario, Estimate level, PairedDifference paired,
                            Verdict verdict) {
}
