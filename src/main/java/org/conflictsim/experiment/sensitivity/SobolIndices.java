package org.conflictsim.experiment.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * First-order and total Sobol indices from Saltelli's sample (Saltelli et al. 2010, "Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index", Computer
 * Physics Communications 181: 259–270). With f(A)_j, f(B)_j and f(A_B^(i))_j the model output at row j of
 * A, of B and of A with column i taken from B (j = 1..N):
 * <ul>
 * <li>first order, Saltelli 2010 (Table 2, b): V_i = (1/N) Σ f(B)_j (f(A_B^(i))_j − f(A)_j);</li>
 * <li>total, Jansen 1999 (Table 2, f): V_Ti = (1/(2N)) Σ (f(A)_j − f(A_B^(i))_j)²;</li>
 * <li>S_i = V_i / V(Y), S_Ti = V_Ti / V(Y), with V(Y) the variance of the 2N outputs of A and B.</li>
 * </ul>
 * Confidence intervals: percentile bootstrap over the N base samples (each resample draws rows j with
 * replacement and recomputes V(Y), V_i and V_Ti from them), as in Saltelli's SALib and Archer, Saltelli
 * &amp; Sobol (1997).
 */
public final class SobolIndices {
    /** Default bootstrap resamples. */
    public static final int BOOTSTRAP = 1000;

    private SobolIndices() {
    }

    /**
     * First-order and total indices of every parameter.
     *
     * @param first S_i per parameter
     * @param total S_Ti per parameter
     */
    public record Result(Interval[] first, Interval[] total) {
    }

    /**
     * @param yA        f(A)_j, length N
     * @param yB        f(B)_j, length N
     * @param yAB       yAB[i][j] = f(A_B^(i))_j, d rows of length N
     * @param bootstrap resamples (0 for none)
     * @param seed      seed of the bootstrap resampling
     */
    public static Result estimate(double[] yA, double[] yB, double[][] yAB, int bootstrap, long seed) {
        int n = yA.length;
        int d = yAB.length;
        Interval[] first = new Interval[d];
        Interval[] total = new Interval[d];
        if (n < 2) {
            Arrays.fill(first, Interval.NONE);
            Arrays.fill(total, Interval.NONE);
            return new Result(first, total);
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(yA, yB, yAB, all);
        double[][][] boot = new double[bootstrap][][];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            boot[b] = indices(yA, yB, yAB, rows);
        }
        for (int i = 0; i < d; i++) {
            first[i] = interval(point[0][i], boot, 0, i, n);
            total[i] = interval(point[1][i], boot, 1, i, n);
        }
        return new Result(first, total);
    }

    /** V(Y): the sample variance of the 2N outputs of A and B, the denominator of both indices. */
    public static double outputVariance(double[] yA, double[] yB) {
        int[] all = new int[yA.length];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        return variance(yA, yB, all);
    }

    private static double variance(double[] yA, double[] yB, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += yA[j] + yB[j];
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) {
            var += (yA[j] - mean) * (yA[j] - mean) + (yB[j] - mean) * (yB[j] - mean);
        }
        return var / (2.0 * n - 1);
    }

    /** [0][i] = S_i, [1][i] = S_Ti over the given rows. */
    static double[][] indices(double[] yA, double[] yB, double[][] yAB, int[] rows) {
        int n = rows.length;
        int d = yAB.length;
        double var = variance(yA, yB, rows);
        double[][] out = new double[2][d];
        for (int i = 0; i < d; i++) {
            double vi = 0;
            double vti = 0;
            for (int j : rows) {
                double ab = yAB[i][j];
                vi += yB[j] * (ab - yA[j]);
                vti += (yA[j] - ab) * (yA[j] - ab);
            }
            vi /= n;
            vti /= 2.0 * n;
            out[0][i] = var > 0 ? vi / var : Double.NaN;
            out[1][i] = var > 0 ? vti / var : Double.NaN;
        }
        return out;
    }

    private static Interval interval(double value, double[][][] boot, int kind, int i, int n) {
        if (boot.length == 0 || Double.isNaN(value)) {
            return new Interval(value, Double.NaN, Double.NaN, n);
        }
        double[] v = new double[boot.length];
        int k = 0;
        for (double[][] b : boot) {
            if (!Double.isNaN(b[kind][i])) {
                v[k++] = b[kind][i];
            }
        }
        if (k == 0) {
            return new Interval(value, Double.NaN, Double.NaN, n);
        }
        double[] s = Arrays.copyOf(v, k);
        Arrays.sort(s);
        return new Interval(value, percentile(s, 0.025), percentile(s, 0.975), n);
    }

    /** Linear-interpolation percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
