package org.conflictsim.experiment.sensitivity;

/**
 * The replicate noise in the point means of one outcome of a sweep: runs of the same point that differ only
 * in their seed differ by σ², the pooled variance within points (one-way ANOVA's within-group mean square:
 * Σ over points of Σ (y − ȳ_point)², over Σ (n_point − 1)). A point's mean over its r replicates keeps
 * σ² / r of it, which is what a sensitivity index computed from point means cannot tell apart from the effect
 * of the parameters.
 *
 * <p>With per-point seeds the noise of two points is independent, so Jansen's V_Ti is inflated by σ²/r and
 * the variance of the outputs V(Y) too: ST is too large by about σ²/(r·V(Y)), and S1 (whose numerator is
 * unbiased) too small by the factor 1 − σ²/(r·V(Y)); Morris's σ is inflated by 2σ²/(r·Δ²) in variance and μ*
 * has a floor of about √(2/π)·√(2σ²/r)/Δ even for a parameter without effect. With common seeds, replicate r
 * of every point has the same seed, the noise of two points is correlated, partly cancels in their
 * difference, and how much cannot be estimated from the sweep; nothing is subtracted then.
 *
 * @param variance   σ², the pooled within-point variance (NaN when no point has two replicates)
 * @param df         degrees of freedom of σ²: Σ (n_point − 1) over the points
 * @param meanInverseReplicates mean of 1/n_point over the points with a value (1/r for r replicates each)
 */
public record ReplicateNoise(double variance, int df, double meanInverseReplicates) {
    /** Nothing to estimate from: every point has at most one replicate with a value. */
    public static final ReplicateNoise NONE = new ReplicateNoise(Double.NaN, 0, Double.NaN);

    /**
     * The noise of the replicates per point.
     *
     * @param valuesByPoint the values of the replicates of each point (points without a value are skipped)
     */
    public static ReplicateNoise of(double[][] valuesByPoint) {
        double ss = 0;
        int df = 0;
        double inverse = 0;
        int points = 0;
        for (double[] v : valuesByPoint) {
            if (v.length == 0) {
                continue;
            }
            points++;
            inverse += 1.0 / v.length;
            if (v.length < 2) {
                continue;
            }
            double mean = 0;
            for (double x : v) {
                mean += x;
            }
            mean /= v.length;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            df += v.length - 1;
        }
        if (df == 0) {
            return NONE;
        }
        return new ReplicateNoise(ss / df, df, inverse / points);
    }

    /** Whether σ² could be estimated. */
    public boolean estimated() {
        return df > 0;
    }

    /** σ²/r: the noise variance left in a point's mean. */
    public double pointMeanVariance() {
        return variance * meanInverseReplicates;
    }

    /**
     * The share of the variance of the outputs that is replicate noise, σ²/(r·V(Y)), capped at 1.
     *
     * @param outputVariance V(Y), the variance of the point means the indices use
     */
    public double share(double outputVariance) {
        if (!estimated() || !(outputVariance > 0)) {
            return Double.NaN;
        }
        return Math.min(1, pointMeanVariance() / outputVariance);
    }

    /**
     * The noise variance of one Morris elementary effect under per-point seeds: two independent point means
     * over a step Δ, 2σ²/(r·Δ²).
     *
     * @param inverseSquaredStep mean of 1/Δ² over the steps of the parameter
     */
    public double effectVariance(double inverseSquaredStep) {
        return 2 * pointMeanVariance() * inverseSquaredStep;
    }

    /**
     * The μ* of a parameter without any effect: the mean absolute value of a zero-mean normal effect with
     * {@link #effectVariance}, √(2/π)·√(2σ²/(r·Δ²)).
     */
    public double muStarOfNoise(double inverseSquaredStep) {
        return Math.sqrt(2 / Math.PI) * Math.sqrt(effectVariance(inverseSquaredStep));
    }

    /** Morris σ with the noise variance of the effects removed (0 when the noise explains all of it). */
    public double sigmaWithoutNoise(double sigma, double inverseSquaredStep) {
        return Double.isNaN(sigma) ? Double.NaN : Math.sqrt(Math.max(0, sigma * sigma - effectVariance(inverseSquaredStep)));
    }

    /**
     * S1 with independent replicate noise removed: the estimator's numerator is unbiased, its denominator
     * V(Y) includes the noise, so S1 / (1 − share). NaN when the share is 1 or more.
     *
     * @param s1    the first-order index from noisy point means
     * @param share {@link #share} of the outputs' variance
     */
    public static double firstOrderWithoutNoise(double s1, double share) {
        return share >= 1 ? Double.NaN : s1 / (1 - share);
    }

    /**
     * ST with independent replicate noise removed: Jansen's V_Ti and V(Y) both include σ²/r, so
     * (ST − share) / (1 − share). NaN when the share is 1 or more.
     *
     * @param st    the total index from noisy point means
     * @param share {@link #share} of the outputs' variance
     */
    public static double totalWithoutNoise(double st, double share) {
        return share >= 1 ? Double.NaN : (st - share) / (1 - share);
    }
}
