package org.conflictsim.experiment.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Morris elementary effects (Morris 1991, Technometrics 33: 161–174) summarised by μ*, the mean absolute
 * elementary effect (Campolongo, Cariboni &amp; Saltelli 2007, Environmental Modelling &amp; Software 22:
 * 1509–1518), the mean μ and the standard deviation σ. Along a trajectory, the step that moves parameter
 * i from x to x ± Δ (in unit coordinates) gives EE_i = (y(after) − y(before)) / (±Δ); effects are in
 * output units per unit of the parameter's [0, 1] scale. Steps with a missing output are skipped. μ*
 * has a percentile bootstrap interval over trajectories.
 */
public final class MorrisEffects {
    private MorrisEffects() {
    }

    /**
     * Per parameter: μ* with its bootstrap interval, μ and σ (sample standard deviation), each over the
     * trajectories where the parameter's step had both outputs.
     */
    public record Result(Interval[] muStar, double[] mu, double[] sigma, int[] n) {
    }

    /**
     * @param units        row-major points × d unit coordinates; trajectory t is rows t(d+1) .. t(d+1)+d
     * @param y            output per point (NaN when missing)
     * @param d            parameters
     * @param trajectories number of trajectories
     * @param bootstrap    resamples of the trajectories for μ*'s interval (0 for none)
     * @param seed         seed of the resampling
     */
    public static Result estimate(double[] units, double[] y, int d, int trajectories, int bootstrap, long seed) {
        int[] moved = new int[trajectories * d];
        double[] steps = steps(units, d, trajectories, moved);
        double[][] ee = new double[d][trajectories];
        for (double[] row : ee) {
            Arrays.fill(row, Double.NaN);
        }
        for (int t = 0; t < trajectories; t++) {
            for (int s = 0; s < d; s++) {
                int a = t * (d + 1) + s;
                if (!Double.isNaN(y[a]) && !Double.isNaN(y[a + 1])) {
                    ee[moved[t * d + s]][t] = (y[a + 1] - y[a]) / steps[t * d + s];
                }
            }
        }
        Interval[] muStar = new Interval[d];
        double[] mu = new double[d];
        double[] sigma = new double[d];
        int[] n = new int[d];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < d; i++) {
            double[] e = Arrays.stream(ee[i]).filter(v -> !Double.isNaN(v)).toArray();
            n[i] = e.length;
            if (e.length == 0) {
                muStar[i] = Interval.NONE;
                mu[i] = Double.NaN;
                sigma[i] = Double.NaN;
                continue;
            }
            double ms = Arrays.stream(e).map(Math::abs).average().orElse(Double.NaN);
            mu[i] = Arrays.stream(e).average().orElse(Double.NaN);
            double ss = 0;
            for (double v : e) {
                ss += (v - mu[i]) * (v - mu[i]);
            }
            sigma[i] = e.length > 1 ? Math.sqrt(ss / (e.length - 1)) : Double.NaN;
            if (bootstrap > 0 && e.length > 1) {
                double[] boot = new double[bootstrap];
                for (int b = 0; b < bootstrap; b++) {
                    double sum = 0;
                    for (int k = 0; k < e.length; k++) {
                        sum += Math.abs(e[rng.nextInt(e.length)]);
                    }
                    boot[b] = sum / e.length;
                }
                Arrays.sort(boot);
                muStar[i] = new Interval(ms, SobolIndices.percentile(boot, 0.025), SobolIndices.percentile(boot, 0.975),
                        e.length);
            } else {
                muStar[i] = new Interval(ms, Double.NaN, Double.NaN, e.length);
            }
        }
        return new Result(muStar, mu, sigma, n);
    }

    /**
     * Per parameter, the mean of 1/Δ² over the steps that move it: the factor by which the noise in the
     * difference of two outputs enters the variance of its elementary effects.
     *
     * @param units        as for {@link #estimate}
     * @param d            parameters
     * @param trajectories number of trajectories
     */
    public static double[] inverseSquaredSteps(double[] units, int d, int trajectories) {
        int[] moved = new int[trajectories * d];
        double[] steps = steps(units, d, trajectories, moved);
        double[] sum = new double[d];
        int[] count = new int[d];
        for (int k = 0; k < steps.length; k++) {
            sum[moved[k]] += 1 / (steps[k] * steps[k]);
            count[moved[k]]++;
        }
        double[] out = new double[d];
        for (int i = 0; i < d; i++) {
            out[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        }
        return out;
    }

    /**
     * The step Δ of each step s of each trajectory t (at t·d + s), and in {@code moved} the parameter it moves.
     *
     * @throws IllegalArgumentException when a step moves no parameter or more than one
     */
    private static double[] steps(double[] units, int d, int trajectories, int[] moved) {
        double[] steps = new double[trajectories * d];
        for (int t = 0; t < trajectories; t++) {
            int base = t * (d + 1);
            for (int s = 0; s < d; s++) {
                int a = base + s;
                int b = a + 1;
                int which = -1;
                double step = 0;
                for (int i = 0; i < d; i++) {
                    double diff = units[b * d + i] - units[a * d + i];
                    if (Math.abs(diff) > 1e-12) {
                        if (which >= 0) {
                            throw new IllegalArgumentException("trajectory " + t + " step " + s
                                    + " moves more than one parameter");
                        }
                        which = i;
                        step = diff;
                    }
                }
                if (which < 0) {
                    throw new IllegalArgumentException("trajectory " + t + " step " + s + " moves no parameter");
                }
                moved[t * d + s] = which;
                steps[t * d + s] = step;
            }
        }
        return steps;
    }
}
