package org.conflictsim.experiment.compare;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon signed-rank test of paired differences (Wilcoxon 1945). Zero differences are dropped
 * (Wilcoxon's convention; with common random numbers many pairs are identical, and counting them as
 * negative, as commons-math3 {@code WilcoxonSignedRankTest} does, would bias the test). Tied absolute
 * differences get their average rank. For up to {@value #EXACT_MAX} non-zero differences the p-value is
 * exact: the permutation distribution of W+ given the ranks, ties included, computed by dynamic
 * programming over the 2^n equally likely sign patterns. Above that, the normal approximation with tie
 * correction and continuity correction (Hollander &amp; Wolfe 1999, sect. 3.1) is used.
 */
public final class WilcoxonSignedRank {
    /** Largest number of non-zero differences for which the exact distribution is computed. */
    public static final int EXACT_MAX = 200;

    private WilcoxonSignedRank() {
    }

    /**
     * @param diffs paired differences (NaN not allowed)
     * @return the two-sided p-value in [0, 1], or NaN when every difference is zero (no test is possible)
     * @throws IllegalArgumentException when a difference is NaN
     */
    public static double pValue(double[] diffs) {
        double[] d = Arrays.stream(diffs).peek(v -> {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("a paired difference is NaN");
            }
        }).filter(v -> v != 0).toArray();
        int n = d.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] ranks = averageRanks(d);
        double wPlus = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                wPlus += ranks[i];
            }
        }
        if (n <= EXACT_MAX) {
            return exact(ranks, wPlus);
        }
        return normal(ranks, wPlus);
    }

    /** Average ranks (1-based) of |d|. */
    static double[] averageRanks(double[] d) {
        int n = d.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(d[a]), Math.abs(d[b])));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Math.abs(d[order[j + 1]]) == Math.abs(d[order[i]])) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = avg;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Exact two-sided p-value: ranks are whole or half numbers, so doubled ranks are integers. */
    private static double exact(double[] ranks, double wPlus) {
        int total = 0;
        int[] r2 = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            r2[i] = (int) Math.round(ranks[i] * 2);
            total += r2[i];
        }
        double[] p = new double[total + 1];
        p[0] = 1;
        int reach = 0;
        for (int r : r2) {
            for (int s = reach + r; s >= 0; s--) {
                double without = p[s] * 0.5;
                double with = s >= r ? p[s - r] * 0.5 : 0;
                p[s] = without + with;
            }
            reach += r;
        }
        int w2 = (int) Math.round(wPlus * 2);
        double lower = 0;
        for (int s = 0; s <= w2; s++) {
            lower += p[s];
        }
        double upper = 0;
        for (int s = w2; s <= total; s++) {
            upper += p[s];
        }
        return Math.min(1, 2 * Math.min(lower, upper));
    }

    private static double normal(double[] ranks, double wPlus) {
        int n = ranks.length;
        double mean = n * (n + 1) / 4.0;
        double var = n * (n + 1.0) * (2 * n + 1) / 24.0;
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            var -= (t * t * t - t) / 48.0;
            i = j + 1;
        }
        if (var <= 0) {
            return 1;
        }
        double dev = wPlus - mean;
        double z = (Math.abs(dev) - 0.5) / Math.sqrt(var);
        if (z <= 0) {
            return 1;
        }
        return Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z));
    }
}
