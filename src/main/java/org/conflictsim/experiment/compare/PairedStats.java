package org.conflictsim.experiment.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;

/** Means with confidence intervals and paired comparisons; every interval is 95%, two-sided. */
public final class PairedStats {
    /** Two-sided confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private PairedStats() {
    }

    /**
     * Mean and Student-t 95% interval of the values that are not NaN.
     *
     * @param values values, NaN meaning "absent"
     */
    public static Estimate mean(double[] values) {
        double[] v = present(values);
        int n = v.length;
        if (n == 0) {
            return Estimate.EMPTY;
        }
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        if (n < 2) {
            return new Estimate(n, mean, Double.NaN, Double.NaN);
        }
        double half = tQuantile(n - 1) * sd(v, mean) / Math.sqrt(n);
        return new Estimate(n, mean, mean - half, mean + half);
    }

    /**
     * A share with the Wilson score 95% interval (Wilson 1927), which stays inside [0, 1] and is sensible
     * for shares of 0 or 1, unlike the t interval.
     *
     * @param successes count of runs where the event happened
     * @param n         count of runs, ≥ 0
     */
    public static Estimate share(int successes, int n) {
        if (n == 0) {
            return Estimate.EMPTY;
        }
        double p = (double) successes / n;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double lo = successes == 0 ? 0 : Math.max(0, centre - half);
        double hi = successes == n ? 1 : Math.min(1, centre + half);
        return new Estimate(n, p, lo, hi);
    }

    /**
     * Paired comparison of {@code values} against {@code reference}, replicate by replicate; pairs where
     * either value is NaN are left out.
     *
     * @param reference values of the reference scenario by replicate
     * @param values    values of the compared scenario by replicate (same length)
     */
    public static PairedDifference paired(double[] reference, double[] values) {
        if (reference.length != values.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + reference.length + " and "
                    + values.length);
        }
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(reference[i]) && !Double.isNaN(values[i])) {
                n++;
            }
        }
        if (n == 0) {
            return PairedDifference.NONE;
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0, k = 0; i < values.length; i++) {
            if (!Double.isNaN(reference[i]) && !Double.isNaN(values[i])) {
                a[k] = reference[i];
                b[k] = values[i];
                d[k] = values[i] - reference[i];
                k++;
            }
        }
        double mean = Arrays.stream(d).average().orElse(Double.NaN);
        double pW = WilcoxonSignedRank.pValue(d);
        if (n < 2) {
            return new PairedDifference(n, mean, Double.NaN, Double.NaN, Double.NaN, pW, Double.NaN);
        }
        double sd = sd(d, mean);
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        double pT;
        double cohen;
        if (sd == 0) {
            pT = mean == 0 ? Double.NaN : 0;
            cohen = mean == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, mean);
        } else {
            pT = new TTest().pairedTTest(b, a);
            cohen = mean / sd;
        }
        return new PairedDifference(n, mean, mean - half, mean + half, pT, pW, cohen);
    }

    private static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Sample standard deviation (n − 1 in the denominator). */
    static double sd(double[] v, double mean) {
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    private static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }
}
