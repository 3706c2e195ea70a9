package org.conflictsim.experiment.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictsim.experiment.scoring.NullModel;
import org.conflictsim.experiment.scoring.Score;
import org.conflictsim.experiment.sweep.Parameter;

/**
 * What a calibration found: the weighted particles as parameter values, each parameter's posterior summary
 * (with a flag when it piles up at a bound of its prior), and each target's prior and posterior predictive
 * distributions with proper scores against its null model (out of sample for validation targets).
 *
 * @param spec        the calibration
 * @param abc         the algorithm's result
 * @param parameters  per parameter, in file order
 * @param targets     per target, in file order
 */
public record Posterior(CalibrationSpec spec, AbcSmc.Result abc, List<ParameterSummary> parameters,
                        List<TargetSummary> targets) {
    /** Share of a prior's range (in probability) at each end watched for piling up. */
    public static final double EDGE = 0.05;
    /** Posterior weight in one edge zone above which a parameter is flagged (four times the prior's 5%). */
    public static final double PILE_UP = 0.20;

    /**
     * A parameter's posterior.
     *
     * @param parameter  the parameter and its prior
     * @param values     its value at each particle (NaN for a parameter of text levels)
     * @param mean       weighted mean
     * @param median     weighted median
     * @param lo         weighted 5% quantile
     * @param hi         weighted 95% quantile
     * @param lowerEdge  posterior weight in the lowest 5% of the prior
     * @param upperEdge  posterior weight in the highest 5% of the prior
     */
    public record ParameterSummary(Parameter parameter, double[] values, double mean, double median, double lo,
                                   double hi, double lowerEdge, double upperEdge) {
        /** The bound the posterior piles up at ({@code lower}, {@code upper}), or null. */
        public String pileUp() {
            if (!(parameter instanceof Parameter.Range)) {
                return null;
            }
            return lowerEdge >= PILE_UP ? "lower" : upperEdge >= PILE_UP ? "upper" : null;
        }
    }

    /**
     * A target's predictive distributions and scores.
     *
     * @param target      the target
     * @param prior       simulated values of the runs from the prior (generation 0), equal weights
     * @param posterior   simulated values of the posterior-predictive runs
     * @param weights     their weights (particle weight / runs per particle), summing to 1
     * @param missing     posterior-predictive runs without a value (failed runs, or a value target's NaN)
     * @param scores      CRPS (dates, values) or Brier and log scores (events) against the null model
     */
    public record TargetSummary(Target target, double[] prior, double[] posterior, double[] weights, int missing,
                                List<Score> scores) {
        /** Weighted quantile of the posterior predictive. */
        public double posteriorQuantile(double q) {
            return quantile(posterior, weights, q);
        }

        /** Quantile of the prior predictive. */
        public double priorQuantile(double q) {
            double[] w = new double[prior.length];
            Arrays.fill(w, 1.0 / Math.max(1, prior.length));
            return quantile(prior, w, q);
        }

        /** Weighted mean of the posterior predictive (for events: the probability). */
        public double posteriorMean() {
            double s = 0;
            double t = 0;
            for (int i = 0; i < posterior.length; i++) {
                s += weights[i] * posterior[i];
                t += weights[i];
            }
            return t == 0 ? Double.NaN : s / t;
        }

        /**
         * Implausibility of the observation under the posterior predictive, as in history matching (Vernon,
         * Goldstein &amp; Bower 2010, "Galaxy formation: a Bayesian uncertainty analysis", Bayesian Analysis 5):
         * {@code |E[X] − y| / sqrt(sd² + Var[X])}, the distance of the observation from the ensemble's mean in
         * units of the observation's uncertainty and the ensemble's spread together. Above 3 (Pukelsheim's
         * three-sigma rule) the model, as calibrated, cannot be said to reproduce the observation.
         */
        public double implausibility() {
            return implausibility(posterior, weights);
        }

        /** Implausibility of the observation under the prior predictive (see {@link #implausibility()}). */
        public double priorImplausibility() {
            double[] w = new double[prior.length];
            Arrays.fill(w, 1.0 / Math.max(1, prior.length));
            return implausibility(prior, w);
        }

        private double implausibility(double[] x, double[] w) {
            if (x.length == 0) {
                return Double.NaN;
            }
            double total = 0;
            double mean = 0;
            for (int i = 0; i < x.length; i++) {
                total += w[i];
                mean += w[i] * x[i];
            }
            mean /= total;
            double var = 0;
            for (int i = 0; i < x.length; i++) {
                var += w[i] / total * (x[i] - mean) * (x[i] - mean);
            }
            return Math.abs(mean - target.observed()) / Math.sqrt(target.sd() * target.sd() + var);
        }

        /** Mean of the prior predictive. */
        public double priorMean() {
            return prior.length == 0 ? Double.NaN : Arrays.stream(prior).average().orElse(Double.NaN);
        }
    }

    /**
     * Summarises a finished calibration.
     *
     * @param priorRuns      the runs of generation 0 (one point per prior particle)
     * @param predictive     the posterior-predictive runs, one point per particle with weight above 0
     * @param predictiveOf   for each predictive point, the particle it belongs to
     */
    public static Posterior of(CalibrationSpec spec, AbcSmc.Result abc, Stage.Runs priorRuns, Stage.Runs predictive,
                               int[] predictiveOf) {
        List<ParameterSummary> ps = new ArrayList<>();
        int n = abc.units().length;
        for (int j = 0; j < spec.parameters().size(); j++) {
            Parameter p = spec.parameters().get(j);
            double[] v = new double[n];
            double[] u = new double[n];
            double lowEdge = 0;
            double highEdge = 0;
            for (int i = 0; i < n; i++) {
                u[i] = abc.units()[i][j];
                v[i] = p.at(u[i]).number();
                lowEdge += u[i] < EDGE ? abc.weights()[i] : 0;
                highEdge += u[i] > 1 - EDGE ? abc.weights()[i] : 0;
            }
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += abc.weights()[i] * v[i];
            }
            ps.add(new ParameterSummary(p, v, mean, quantile(v, abc.weights(), 0.5), quantile(v, abc.weights(), 0.05),
                    quantile(v, abc.weights(), 0.95), lowEdge, highEdge));
        }
        List<TargetSummary> ts = new ArrayList<>();
        for (Target t : spec.targets()) {
            int col = spec.outcomes().indexOf(t.outcome());
            List<Double> pri = new ArrayList<>();
            for (int i = 0; i < priorRuns.raw().length; i++) {
                for (int r = 0; r < priorRuns.raw()[i].length; r++) {
                    double s = priorRuns.ok()[i][r] ? t.simulated(priorRuns.raw()[i][r][col], spec.days()) : Double.NaN;
                    if (!Double.isNaN(s)) {
                        pri.add(s);
                    }
                }
            }
            List<Double> post = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            int missing = 0;
            for (int k = 0; k < predictive.raw().length; k++) {
                int reps = predictive.raw()[k].length;
                for (int r = 0; r < reps; r++) {
                    double s = predictive.ok()[k][r] ? t.simulated(predictive.raw()[k][r][col], spec.days()) : Double.NaN;
                    if (Double.isNaN(s)) {
                        missing++;
                        continue;
                    }
                    post.add(s);
                    w.add(abc.weights()[predictiveOf[k]] / reps);
                }
            }
            double[] prior = pri.stream().mapToDouble(Double::doubleValue).toArray();
            double[] postV = post.stream().mapToDouble(Double::doubleValue).toArray();
            double[] postW = w.stream().mapToDouble(Double::doubleValue).toArray();
            double tw = Arrays.stream(postW).sum();
            for (int i = 0; i < postW.length; i++) {
                postW[i] /= tw;
            }
            ts.add(new TargetSummary(t, prior, postV, postW, missing, postV.length == 0 ? List.of()
                    : scores(spec, t, prior, postV, postW)));
        }
        return new Posterior(spec, abc, ps, ts);
    }

    /**
     * The uniform capture-day null model of an event by a date is used only while its probability lies within
     * [1 − this, this]; beyond, the null model is a fair coin (an event certain or impossible by construction is no
     * yardstick).
     */
    static final double UNIFORM_EVENT_LIMIT = 0.9;

    /**
     * The weighted share of runs in which an event happened ({@code outcomes} 0 or 1, weights summing to 1), kept
     * in [0, 1]: weights that sum to 1 up to rounding can give 1.0000000000000095 when the event happened in
     * every run.
     */
    static double weightedShare(double[] outcomes, double[] w) {
        double share = 0;
        for (int i = 0; i < outcomes.length; i++) {
            share += w[i] * outcomes[i];
        }
        return Math.min(1.0, Math.max(0.0, share));
    }

    private static List<Score> scores(CalibrationSpec spec, Target t, double[] prior, double[] post, double[] w) {
        double effective = 0;
        double s2 = 0;
        for (double v : w) {
            s2 += v * v;
        }
        effective = s2 == 0 ? 1 : 1 / s2;
        Target.ReferenceKind rk = t.referenceKind();
        double[] priorW = new double[prior.length];
        Arrays.fill(priorW, 1.0 / Math.max(1, prior.length));
        if (t.kind() == Target.Kind.EVENT) {
            double share = weightedShare(post, w);
            NullModel.Probability ref = eventNull(t, spec.days(), prior);
            return List.of(Score.event(share, effective, t.observed() > 0.5, ref));
        }
        NullModel ref;
        if (rk == Target.ReferenceKind.UNIFORM && t.reference().kind() == Target.ReferenceKind.UNIFORM) {
            ref = new NullModel.Uniform(t.reference().min(), t.reference().max(), "uniform on [" + t.reference().min()
                    + ", " + t.reference().max() + "] (stated)");
        } else if (rk == Target.ReferenceKind.UNIFORM && t.kind() == Target.Kind.DATE) {
            ref = new NullModel.Uniform(0, spec.days(), "any day of the " + spec.days() + "-day horizon equally likely");
        } else if (rk == Target.ReferenceKind.UNIFORM) {
            ref = new NullModel.Uniform(0, 1, "any share in [0, 1] equally likely");
        } else if (prior.length > 0) {
            ref = new NullModel.Ensemble(prior, priorW, "the runs from the prior (before calibration)");
        } else {
            return List.of();
        }
        return List.of(Score.crps(post, w, t.observed(), ref, t.unit()));
    }

    /**
     * The null model of an event target: the stated probability; or, by default for "by a date" events, the
     * capture day uniform over the horizon (a fair coin when that is nearly certain either way, see
     * {@link #UNIFORM_EVENT_LIMIT}); or the share of the prior's runs.
     */
    static NullModel.Probability eventNull(Target t, int days, double[] prior) {
        Target.ReferenceKind rk = t.referenceKind();
        NullModel.Probability ref;
        if (rk == Target.ReferenceKind.PROBABILITY && t.reference().kind() == Target.ReferenceKind.PROBABILITY) {
            ref = new NullModel.Probability(t.reference().p(), "probability " + t.reference().p() + " (stated)");
        } else if (rk == Target.ReferenceKind.PROBABILITY) {
            double p = Math.min(1, (t.event().threshold() + 1) / days);
            if (p > UNIFORM_EVENT_LIMIT || p < 1 - UNIFORM_EVENT_LIMIT) {
                // a date near the horizon's end (or start) would make the event all but certain (or impossible)
                // under a uniform capture day, and any forecast would look skilful against it
                ref = new NullModel.Probability(0.5, String.format(java.util.Locale.ROOT, "either outcome equally"
                        + " likely (a capture day uniform over the %d-day horizon would give p = %.3f)",
                        days, p));
            } else {
                ref = new NullModel.Probability(p, String.format(java.util.Locale.ROOT, "capture day uniform over"
                        + " the %d-day horizon: p = %.3f", days, p));
            }
        } else {
            double p = prior.length == 0 ? 0.5 : Arrays.stream(prior).average().orElse(0.5);
            ref = new NullModel.Probability(p, String.format(java.util.Locale.ROOT, "the runs from the prior:"
                    + " p = %.3f", p));
        }
        return ref;
    }

    /** Weighted quantile: the smallest value whose cumulative weight reaches q (NaN for no values). */
    public static double quantile(double[] v, double[] w, double q) {
        int n = v.length;
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            total += w[i];
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double cum = 0;
        for (int k = 0; k < n; k++) {
            cum += w[order[k]] / total;
            if (cum >= q - 1e-12) {
                return v[order[k]];
            }
        }
        return v[order[n - 1]];
    }
}
