package org.conflictsim.experiment.sweep;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Generators of designs in the unit cube. Every generator returns a row-major matrix of
 * {@code points × d} unit coordinates; row i is point i. Random generators take a seeded
 * {@link SplittableRandom} so a design is the same on every machine and on resume.
 */
public final class Designs {
    /** Largest dimension of the Sobol sequence (commons-math3 ships direction numbers for 1000). */
    public static final int SOBOL_MAX_DIMENSION = 1000;

    private Designs() {
    }

    /** Number of points of a full factorial (product of the grid sizes); -1 when above {@code limit}. */
    public static long fullFactorialCount(List<Parameter> params, long limit) {
        long n = 1;
        for (Parameter p : params) {
            n *= p.gridSize();
            if (n > limit) {
                return -1;
            }
        }
        return n;
    }

    /**
     * Every combination of the grid values; the last parameter varies fastest (as nested loops in the
     * order of the sweep file).
     */
    public static double[] fullFactorial(List<Parameter> params) {
        int d = params.size();
        int n = (int) fullFactorialCount(params, Integer.MAX_VALUE);
        double[] u = new double[n * d];
        int[] digit = new int[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                u[i * d + j] = params.get(j).gridUnit(digit[j]);
            }
            for (int j = d - 1; j >= 0; j--) {
                if (++digit[j] < params.get(j).gridSize()) {
                    break;
                }
                digit[j] = 0;
            }
        }
        return u;
    }

    /** Independent uniform points in [0, 1)^d. */
    public static double[] random(int n, int d, SplittableRandom rng) {
        double[] u = new double[n * d];
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble();
        }
        return u;
    }

    /**
     * Latin hypercube: for each dimension a random permutation assigns the n points to the n strata
     * [k/n, (k+1)/n), and each point lies uniformly within its stratum.
     */
    public static double[] latinHypercube(int n, int d, SplittableRandom rng) {
        double[] u = new double[n * d];
        int[] perm = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i * d + j] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return u;
    }

    /**
     * The first n points of the d-dimensional Sobol sequence after its initial point (the origin, which
     * would put every parameter at its minimum); all in [0, 1)^d.
     */
    public static double[] sobol(int n, int d) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(d);
        g.nextVector();
        double[] u = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(g.nextVector(), 0, u, i * d, d);
        }
        return u;
    }

    /**
     * Saltelli's sample for Sobol indices (Saltelli et al. 2010, sect. 3): matrices A and B are the first
     * and last d columns of n points of the 2d-dimensional Sobol sequence (origin skipped); the design is,
     * for each base sample j, the rows A_j, B_j, then A_B^(i)_j for i = 1..d (row j of A with column i
     * taken from B). Point {@code j (d + 2) + k} is A_j for k = 0, B_j for k = 1, A_B^(k-1)_j for k ≥ 2.
     */
    public static double[] saltelli(int n, int d) {
        double[] base = sobol(n, 2 * d);
        int rows = d + 2;
        double[] u = new double[n * rows * d];
        for (int j = 0; j < n; j++) {
            int a = j * 2 * d;
            int b = a + d;
            int out = j * rows * d;
            System.arraycopy(base, a, u, out, d);
            System.arraycopy(base, b, u, out + d, d);
            for (int i = 0; i < d; i++) {
                int row = out + (2 + i) * d;
                System.arraycopy(base, a, u, row, d);
                u[row + i] = base[b + i];
            }
        }
        return u;
    }

    /**
     * Morris trajectories (Morris 1991) on a grid of p levels {0, 1/(p−1), ..., 1} with step
     * Δ = p / (2(p − 1)): each trajectory has d + 1 points; from a random base point each step moves one
     * parameter, in random order, by +Δ or −Δ (random direction), every parameter exactly once. Point
     * {@code t (d + 1) + s} is step s of trajectory t.
     *
     * @param r trajectories, ≥ 1
     * @param d parameters, ≥ 1
     * @param p grid levels, even, ≥ 2
     */
    public static double[] morris(int r, int d, int p, SplittableRandom rng) {
        double delta = morrisDelta(p);
        int baseLevels = p / 2;
        double[] u = new double[r * (d + 1) * d];
        int[] order = new int[d];
        for (int t = 0; t < r; t++) {
            double[] x = new double[d];
            boolean[] up = new boolean[d];
            for (int j = 0; j < d; j++) {
                double base = (double) rng.nextInt(baseLevels) / (p - 1);
                up[j] = rng.nextBoolean();
                x[j] = up[j] ? base : base + delta;
                order[j] = j;
            }
            for (int i = d - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[k];
                order[k] = tmp;
            }
            int row = t * (d + 1);
            System.arraycopy(x, 0, u, row * d, d);
            for (int s = 0; s < d; s++) {
                int j = order[s];
                x[j] = up[j] ? x[j] + delta : x[j] - delta;
                x[j] = Math.max(0, Math.min(1, x[j]));
                System.arraycopy(x, 0, u, (row + s + 1) * d, d);
            }
        }
        return u;
    }

    /** Morris's step Δ = p / (2(p − 1)) for p grid levels. */
    public static double morrisDelta(int p) {
        return p / (2.0 * (p - 1));
    }
}
