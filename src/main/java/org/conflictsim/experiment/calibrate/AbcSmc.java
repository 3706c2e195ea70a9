package org.conflictsim.experiment.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.conflictsim.experiment.sweep.Designs;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with replicated runs: the adaptive algorithm of
 * Del Moral, Doucet &amp; Jasra (2012, "An adaptive sequential Monte Carlo method for approximate Bayesian
 * computation", Statistics and Computing 22), which keeps M runs per particle and estimates the ABC likelihood
 * of a particle by the share of its runs within the tolerance ε.
 * <ul>
 * <li>Parameters live in the unit cube: every prior is the image of the uniform distribution on [0, 1] under
 * its inverse CDF ({@link org.conflictsim.experiment.sweep.Parameter#at}), so the prior density in the cube is
 * 1 inside and 0 outside, and a uniform particle cloud there is a sample of the prior.</li>
 * <li>Generation 0 draws N particles from the prior (a Latin hypercube) and runs each M times.</li>
 * <li>Each later generation lowers ε so that the effective sample size (ESS) of the reweighted particles falls
 * to {@code essDecay} times its previous value (weights {@code w ← w · A(ε_new)/A(ε_old)}, A = runs within ε),
 * resamples (systematic) when the ESS falls below N/2, and moves every living particle by one
 * Metropolis-Hastings step: a Gaussian random walk with twice the particles' weighted covariance (Beaumont et
 * al. 2009, "Adaptive approximate Bayesian computation", Biometrika 96), reflected at the faces of the cube
 * (folding keeps the walk symmetric and inside the prior's support, where refusing every step that leaves the
 * cube would refuse most steps in several dimensions), M new runs at the proposal, accepted with probability
 * {@code min(1, A*(ε)/A(ε))} (the prior is uniform in the cube and the walk symmetric).</li>
 * <li>It stops when ε reaches the target tolerance, after the last allowed generation, or when fewer than
 * {@code minAcceptance} of the moves are accepted (the particles no longer move: more generations would cost
 * runs for little change).</li>
 * </ul>
 * Everything random here is drawn from one stream seeded by the calibration's master seed, and the runs of a
 * generation depend only on the proposals, so replaying the algorithm over recorded runs gives the same
 * particles (this is how a calibration resumes).
 */
public final class AbcSmc {

    /**
     * Settings of the algorithm.
     *
     * @param particles      N, ≥ 2
     * @param replications   M runs per particle, ≥ 1
     * @param generations    most generations after generation 0, ≥ 1
     * @param essDecay       α in (0, 1): each generation keeps this share of the previous ESS
     * @param minAcceptance  stop when the share of accepted moves falls below this, in [0, 1)
     * @param epsilon        target tolerance ε (distance, ≥ 0): stop when reached (0 for none)
     */
    public record Settings(int particles, int replications, int generations, double essDecay, double minAcceptance,
                           double epsilon) {
        public Settings {
            if (particles < 2 || replications < 1 || generations < 1) {
                throw new IllegalArgumentException("ABC-SMC needs at least 2 particles, 1 replication and 1 generation");
            }
            if (!(essDecay > 0 && essDecay < 1) || !(minAcceptance >= 0 && minAcceptance < 1) || !(epsilon >= 0)) {
                throw new IllegalArgumentException("essDecay must be in (0, 1), minAcceptance in [0, 1), epsilon >= 0");
            }
        }
    }

    /** Runs the model: for each point of the unit cube, M runs, each reduced to its distance from the targets. */
    public interface Simulator {
        /**
         * @param generation the generation (0 for the prior sample)
         * @param units      points × parameters, in [0, 1]
         * @return points × replications distances (+∞ for a failed run)
         * @throws Exception when the runs cannot be made or recorded (the calibration stops)
         */
        double[][] distances(int generation, double[][] units) throws Exception;
    }

    /** Receives each generation's figures as soon as it is done. */
    public interface Observer {
        void generation(Generation g);
    }

    /**
     * One generation's figures.
     *
     * @param index      0 for the prior sample
     * @param epsilon    the tolerance ε of this generation (+∞ for generation 0)
     * @param ess        effective sample size after reweighting (before resampling)
     * @param alive      particles with weight above 0
     * @param resampled  whether the particles were resampled
     * @param proposed   moves proposed (each cost M runs)
     * @param accepted   moves accepted
     * @param runs       runs of this generation
     */
    public record Generation(int index, double epsilon, double ess, int alive, boolean resampled, int proposed,
                             int accepted, long runs) {
        /** Share of proposed moves accepted (NaN for generation 0). */
        public double acceptance() {
            return proposed == 0 ? Double.NaN : (double) accepted / proposed;
        }
    }

    /**
     * The weighted particles at the end.
     *
     * @param units       particles × parameters in the unit cube
     * @param weights     normalised weights (0 for particles that died)
     * @param distances   particles × replications distances of the runs that back each particle
     * @param epsilon     the final tolerance
     * @param generations every generation, from 0
     * @param stop        why it stopped
     */
    public record Result(double[][] units, double[] weights, double[][] distances, double epsilon,
                         List<Generation> generations, String stop) {
        /** Effective sample size of the weights, {@code 1 / Σ w²}. */
        public double ess() {
            return AbcSmc.ess(weights);
        }
    }

    private final Settings settings;
    private final int dimensions;
    private final long seed;

    /**
     * @param settings   the settings
     * @param dimensions number of parameters, ≥ 1
     * @param seed       seed of the algorithm's random stream
     */
    public AbcSmc(Settings settings, int dimensions, long seed) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("ABC-SMC needs at least one parameter");
        }
        this.settings = settings;
        this.dimensions = dimensions;
        this.seed = seed;
    }

    /** Runs the algorithm. */
    public Result run(Simulator sim, Observer observer) throws Exception {
        int n = settings.particles();
        int m = settings.replications();
        int d = dimensions;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] lhs = Designs.latinHypercube(n, d, rng.split());
        double[][] theta = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(lhs, i * d, theta[i], 0, d);
        }
        double[][] dist = sim.distances(0, theta);
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        double eps = Double.POSITIVE_INFINITY;
        List<Generation> gens = new ArrayList<>();
        Generation g0 = new Generation(0, eps, n, n, false, 0, 0, (long) n * m);
        gens.add(g0);
        observer.generation(g0);
        String stop = "the last allowed generation (" + settings.generations() + ") is done";
        for (int gen = 1; gen <= settings.generations(); gen++) {
            double prevEss = ess(w);
            double next = nextEpsilon(dist, w, eps, settings.essDecay() * prevEss);
            boolean reached = false;
            if (next <= settings.epsilon()) {
                next = settings.epsilon();
                reached = true;
            }
            double[] nw = reweight(dist, w, eps, next);
            if (nw == null) {
                stop = "no run is within a smaller tolerance than " + fmt(eps);
                break;
            }
            eps = next;
            w = nw;
            double essNow = ess(w);
            boolean resampled = false;
            if (essNow < n / 2.0) {
                int[] pick = systematic(w, rng);
                double[][] t2 = new double[n][];
                double[][] d2 = new double[n][];
                for (int i = 0; i < n; i++) {
                    t2[i] = theta[pick[i]].clone();
                    d2[i] = dist[pick[i]].clone();
                }
                theta = t2;
                dist = d2;
                Arrays.fill(w, 1.0 / n);
                resampled = true;
            }
            // Metropolis-Hastings moves of the living particles
            double[][] chol = proposalFactor(theta, w);
            List<Integer> movers = new ArrayList<>();
            List<double[]> proposals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (w[i] <= 0) {
                    continue;
                }
                double[] z = new double[d];
                for (int k = 0; k < d; k++) {
                    z[k] = gaussian(rng);
                }
                double[] p = new double[d];
                for (int a = 0; a < d; a++) {
                    double s = theta[i][a];
                    for (int b = 0; b <= a; b++) {
                        s += chol[a][b] * z[b];
                    }
                    p[a] = reflect(s);
                }
                movers.add(i);
                proposals.add(p);
            }
            int accepted = 0;
            if (!movers.isEmpty()) {
                double[][] pd = sim.distances(gen, proposals.toArray(new double[0][]));
                for (int k = 0; k < movers.size(); k++) {
                    int i = movers.get(k);
                    int aNew = within(pd[k], eps);
                    int aOld = within(dist[i], eps);
                    double u = rng.nextDouble();
                    if (aNew > 0 && (aOld == 0 || u < Math.min(1, (double) aNew / aOld))) {
                        theta[i] = proposals.get(k);
                        dist[i] = pd[k];
                        accepted++;
                    }
                }
            }
            Generation g = new Generation(gen, eps, essNow, alive(w), resampled, movers.size(), accepted,
                    (long) movers.size() * m);
            gens.add(g);
            observer.generation(g);
            if (reached) {
                stop = "the target tolerance " + fmt(settings.epsilon()) + " is reached";
                break;
            }
            if (g.acceptance() < settings.minAcceptance()) {
                stop = "fewer than " + Math.round(100 * settings.minAcceptance()) + "% of the moves were accepted"
                        + " (the particles no longer move)";
                break;
            }
        }
        double total = Arrays.stream(w).sum();
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            norm[i] = w[i] / total;
        }
        return new Result(theta, norm, dist, eps, gens, stop);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    /**
     * A coordinate folded into [0, 1] by reflection at 0 and 1 ({@code x mod 2}, mirrored above 1): the
     * reflected Gaussian kernel is symmetric, so it needs no correction in the acceptance ratio.
     */
    static double reflect(double x) {
        double t = x % 2;
        if (t < 0) {
            t += 2;
        }
        return t > 1 ? 2 - t : t;
    }

    /** Effective sample size {@code (Σw)² / Σw²}. */
    static double ess(double[] w) {
        double s = 0;
        double s2 = 0;
        for (double v : w) {
            s += v;
            s2 += v * v;
        }
        return s2 == 0 ? 0 : s * s / s2;
    }

    private static int alive(double[] w) {
        int k = 0;
        for (double v : w) {
            k += v > 0 ? 1 : 0;
        }
        return k;
    }

    /** Runs of a particle within ε. */
    static int within(double[] distances, double eps) {
        int k = 0;
        for (double v : distances) {
            k += v <= eps ? 1 : 0;
        }
        return k;
    }

    /** Weights at a new tolerance, normalised; null when every weight would be 0. */
    static double[] reweight(double[][] dist, double[] w, double oldEps, double newEps) {
        int n = w.length;
        double[] out = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] <= 0) {
                continue;
            }
            int before = within(dist[i], oldEps);
            out[i] = before == 0 ? 0 : w[i] * within(dist[i], newEps) / before;
            total += out[i];
        }
        if (!(total > 0)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            out[i] /= total;
        }
        return out;
    }

    /**
     * The largest tolerance below {@code eps} whose reweighted ESS is at most {@code targetEss} (bisection over
     * the distinct distances of the living particles' runs); the smallest distance that keeps some weight when
     * none gets that low.
     */
    static double nextEpsilon(double[][] dist, double[] w, double eps, double targetEss) {
        double[] all = Arrays.stream(dist).flatMapToDouble(Arrays::stream).filter(v -> v < eps && Double.isFinite(v))
                .sorted().distinct().toArray();
        if (all.length == 0) {
            return eps;
        }
        // ESS is non-decreasing in ε (more runs inside, weights flatter) over the candidates: find the smallest
        // candidate whose ESS reaches the target
        int lo = 0;
        int hi = all.length - 1;
        double[] top = reweight(dist, w, eps, all[hi]);
        if (top == null || ess(top) < targetEss) {
            return all[hi];
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double[] r = reweight(dist, w, eps, all[mid]);
            if (r != null && ess(r) >= targetEss) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return all[lo];
    }

    /** Systematic resampling (Kitagawa 1996): indices of N draws proportional to the weights. */
    static int[] systematic(double[] w, SplittableRandom rng) {
        int n = w.length;
        double total = Arrays.stream(w).sum();
        int[] out = new int[n];
        double u = rng.nextDouble() / n;
        double cum = w[0] / total;
        int j = 0;
        for (int i = 0; i < n; i++) {
            double target = u + (double) i / n;
            while (cum < target && j < n - 1) {
                j++;
                cum += w[j] / total;
            }
            out[i] = j;
        }
        return out;
    }

    /**
     * Lower-triangular factor L of the proposal covariance 2 Σ_w (Σ_w the weighted covariance of the living
     * particles), with a small floor on the diagonal so that a collapsed dimension can still move.
     */
    static double[][] proposalFactor(double[][] theta, double[] w) {
        int d = theta[0].length;
        double total = 0;
        double[] mean = new double[d];
        for (int i = 0; i < theta.length; i++) {
            total += w[i];
            for (int a = 0; a < d; a++) {
                mean[a] += w[i] * theta[i][a];
            }
        }
        for (int a = 0; a < d; a++) {
            mean[a] /= total;
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < theta.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[a][b] += w[i] / total * (theta[i][a] - mean[a]) * (theta[i][b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                cov[a][b] *= 2;
                cov[b][a] = cov[a][b]; // exactly symmetric: the Cholesky factorisation refuses a rounding difference
            }
            cov[a][a] += 1e-6;
        }
        RealMatrix c = MatrixUtils.createRealMatrix(cov);
        try {
            return new CholeskyDecomposition(c, 1e-12, 1e-15).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            double[][] l = new double[d][d];
            for (int a = 0; a < d; a++) {
                l[a][a] = Math.sqrt(Math.max(cov[a][a], 1e-6));
            }
            return l;
        }
    }

    /** A standard normal draw (Box-Muller; one of the pair is used, for a simple fixed stream). */
    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
