package org.conflictsim.experiment.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
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

    /** Note of a paired comparison whose differences are all equal and not zero. */
    public static final String NO_SPREAD = "every pair differs by the same amount (no spread): no t-test or d_z";

    /**
     * Paired comparison of {@code values} against {@code reference}, replicate by replicate; pairs where
     * either value is NaN are left out. The interval is the t interval of the differences; the p-values are
     * those of the paired t-test and the Wilcoxon signed-rank test; effect sizes are d_z and d_av (see
     * {@link PairedDifference}). When every difference is the same non-zero amount the t-test and d_z are
     * undefined (a zero standard deviation): they are left empty with the note {@link #NO_SPREAD}, the
     * interval is that amount, and the exact Wilcoxon p-value (2 / 2^n) still says how unlikely n equal signs
     * are by chance.
     *
     * @param reference values of the reference scenario by replicate
     * @param values    values of the compared scenario by replicate (same length)
     */
    public static PairedDifference paired(double[] reference, double[] values) {
        sameLength(reference, values);
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
        double nan = Double.NaN;
        if (n < 2) {
            return new PairedDifference(n, mean, nan, nan, nan, pW, nan, nan, nan, "");
        }
        double sd = sd(d, mean);
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        double sdAverage = (sd(a, Arrays.stream(a).average().orElse(nan))
                + sd(b, Arrays.stream(b).average().orElse(nan))) / 2;
        double dav = sdAverage == 0 ? nan : mean / sdAverage;
        if (sd == 0) {
            return new PairedDifference(n, mean, mean, mean, nan, pW, nan, nan, dav, mean == 0 ? "" : NO_SPREAD);
        }
        double pT = new TTest().pairedTTest(b, a);
        return new PairedDifference(n, mean, mean - half, mean + half, pT, pW, nan, mean / sd, dav, "");
    }

    /**
     * Paired comparison of two shares of runs: {@code values} and {@code reference} hold 1 where the event
     * happened in a replicate, 0 where not (NaN: left out with its pair). The difference is that of the two
     * shares; its 95% interval is Newcombe's (1998) method 10, which combines the Wilson intervals of the two
     * shares with the correlation of the pairs (phi, with Newcombe's continuity correction) and stays within
     * [−1, 1], also at 0 and 1, where a t interval of the 0/1 differences collapses; the p-value is the exact
     * McNemar test (a two-sided binomial test of the discordant pairs). No t-test, Wilcoxon test or effect
     * size.
     *
     * @param reference 1 or 0 per replicate of the reference scenario
     * @param values    1 or 0 per replicate of the compared scenario (same length)
     * @throws IllegalArgumentException when a value is neither 0, 1 nor NaN, or the lengths differ
     */
    public static PairedDifference pairedShares(double[] reference, double[] values) {
        sameLength(reference, values);
        int both = 0;
        int onlyRef = 0;
        int onlyThis = 0;
        int neither = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(reference[i]) || Double.isNaN(values[i])) {
                continue;
            }
            boolean r = indicator(reference[i]);
            boolean v = indicator(values[i]);
            if (r && v) {
                both++;
            } else if (r) {
                onlyRef++;
            } else if (v) {
                onlyThis++;
            } else {
                neither++;
            }
        }
        int n = both + onlyRef + onlyThis + neither;
        if (n == 0) {
            return PairedDifference.NONE;
        }
        double p1 = (double) (both + onlyThis) / n;
        double p2 = (double) (both + onlyRef) / n;
        Estimate w1 = share(both + onlyThis, n);
        Estimate w2 = share(both + onlyRef, n);
        double phi = 0;
        double denominator = (double) (both + onlyRef) * (onlyThis + neither) * (both + onlyThis) * (onlyRef + neither);
        if (denominator > 0) {
            double cross = (double) both * neither - (double) onlyRef * onlyThis;
            double corrected = cross > n / 2.0 ? cross - n / 2.0 : Math.min(cross, 0);
            phi = corrected / Math.sqrt(denominator);
        }
        double diff = p1 - p2;
        double lowerGap = Math.sqrt(Math.max(0, sq(p1 - w1.ciLow()) - 2 * phi * (p1 - w1.ciLow()) * (w2.ciHigh() - p2)
                + sq(w2.ciHigh() - p2)));
        double upperGap = Math.sqrt(Math.max(0, sq(w1.ciHigh() - p1) - 2 * phi * (w1.ciHigh() - p1) * (p2 - w2.ciLow())
                + sq(p2 - w2.ciLow())));
        double nan = Double.NaN;
        return new PairedDifference(n, diff, diff - lowerGap, diff + upperGap, nan, nan,
                mcNemarExact(onlyRef, onlyThis), nan, nan, "");
    }

    /**
     * Two-sided exact McNemar test: the discordant pairs split as a fair coin would split them.
     *
     * @param b pairs where only the first has the event
     * @param c pairs where only the second has it
     * @return the p-value in (0, 1], NaN when there is no discordant pair
     */
    static double mcNemarExact(int b, int c) {
        int m = b + c;
        if (m == 0) {
            return Double.NaN;
        }
        double tail = new BinomialDistribution(null, m, 0.5).cumulativeProbability(Math.min(b, c));
        return Math.min(1, 2 * tail);
    }

    private static boolean indicator(double v) {
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("a share's value per run must be 0 or 1, got " + v);
        }
        return v == 1;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static void sameLength(double[] reference, double[] values) {
        if (reference.length != values.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + reference.length + " and "
                    + values.length);
        }
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
