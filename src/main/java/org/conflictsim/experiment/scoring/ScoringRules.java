package org.conflictsim.experiment.scoring;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Proper scoring rules for probabilistic forecasts made by an ensemble of runs (Gneiting &amp; Raftery 2007,
 * "Strictly proper scoring rules, prediction, and estimation", JASA 102). Lower is better for every score here.
 * <ul>
 * <li>The continuous ranked probability score (CRPS) of a forecast distribution F for an observation y is
 * {@code ∫ (F(x) − 1{x ≥ y})² dx}; in the unit of the quantity (days for dates). For an ensemble (the
 * empirical distribution of its members, each with a weight) it equals {@code E|X − y| − ½ E|X − X'|}.</li>
 * <li>The Brier score of a probability p for an event that happened (o = 1) or not (o = 0) is
 * {@code (p − o)²} (Brier 1950).</li>
 * <li>The logarithmic score is {@code −ln p} when the event happened and {@code −ln(1 − p)} when it did not
 * (Good 1952); an ensemble share of 0 or 1 is moved to {@code 1/(2(m + 1))} from the edge ({@link #clip})
 * so that one surprise does not give an infinite score.</li>
 * </ul>
 */
public final class ScoringRules {
    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
    private static final NormalDistribution STD_NORMAL = new NormalDistribution(null, 0, 1);

    private ScoringRules() {
    }

    /**
     * CRPS of an ensemble with equal weights.
     *
     * @param members the ensemble's values (finite), at least one
     * @param y       the observation
     */
    public static double crps(double[] members, double y) {
        double[] w = new double[members.length];
        Arrays.fill(w, 1.0 / members.length);
        return crps(members, w, y);
    }

    /**
     * CRPS of a weighted ensemble: {@code Σ wᵢ|xᵢ − y| − ½ ΣᵢΣⱼ wᵢwⱼ|xᵢ − xⱼ|}, computed in O(m log m) after
     * sorting (the double sum is {@code Σ wᵢ xᵢ (2 W₍<ᵢ₎ + wᵢ − 1)} × 2 over the sorted members).
     *
     * @param members the ensemble's values (finite), at least one
     * @param weights non-negative weights, one per member, not all zero (normalised here)
     * @param y       the observation
     * @throws IllegalArgumentException on an empty ensemble, a non-finite value or bad weights
     */
    public static double crps(double[] members, double[] weights, double y) {
        int m = members.length;
        if (m == 0 || weights.length != m) {
            throw new IllegalArgumentException("an ensemble needs at least one member and one weight per member, got "
                    + m + " members and " + weights.length + " weights");
        }
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("the observation must be finite, got " + y);
        }
        Integer[] order = new Integer[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(members[i]) || !(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("member " + i + " is " + members[i] + " with weight " + weights[i]);
            }
            order[i] = i;
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the ensemble's weights add up to " + total);
        }
        Arrays.sort(order, (a, b) -> Double.compare(members[a], members[b]));
        double absError = 0;
        double spread = 0;
        double before = 0;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            double w = weights[i] / total;
            absError += w * Math.abs(members[i] - y);
            spread += w * members[i] * (2 * before + w - 1);
            before += w;
        }
        return absError - spread;
    }

    /**
     * CRPS of a normal distribution N(μ, σ²) (Gneiting et al. 2005):
     * {@code σ [z (2Φ(z) − 1) + 2φ(z) − 1/√π]} with {@code z = (y − μ)/σ}.
     *
     * @param sd σ, &gt; 0
     */
    public static double crpsNormal(double mean, double sd, double y) {
        if (!(sd > 0)) {
            throw new IllegalArgumentException("the standard deviation must be above 0, got " + sd);
        }
        double z = (y - mean) / sd;
        return sd * (z * (2 * STD_NORMAL.cumulativeProbability(z) - 1) + 2 * STD_NORMAL.density(z) - INV_SQRT_PI);
    }

    /**
     * CRPS of the uniform distribution on [a, b]: {@code ((y − a)³ + (b − y)³) / (3(b − a)²)} for y inside,
     * {@code dist(y, [a, b]) + (b − a)/3} outside.
     *
     * @param a lower end
     * @param b upper end, &gt; a
     */
    public static double crpsUniform(double a, double b, double y) {
        if (!(b > a)) {
            throw new IllegalArgumentException("a uniform distribution needs a < b, got [" + a + ", " + b + "]");
        }
        double len = b - a;
        if (y < a) {
            return a - y + len / 3;
        }
        if (y > b) {
            return y - b + len / 3;
        }
        return (Math.pow(y - a, 3) + Math.pow(b - y, 3)) / (3 * len * len);
    }

    /**
     * Brier score {@code (p − o)²}.
     *
     * @param p        forecast probability in [0, 1]
     * @param happened whether the event happened
     */
    public static double brier(double p, boolean happened) {
        checkProbability(p);
        double o = happened ? 1 : 0;
        return (p - o) * (p - o);
    }

    /**
     * Logarithmic score {@code −ln p} (happened) or {@code −ln(1 − p)} (did not), in nats.
     *
     * @param p forecast probability in (0, 1); see {@link #clip} for ensemble shares
     */
    public static double log(double p, boolean happened) {
        checkProbability(p);
        return -Math.log(happened ? p : 1 - p);
    }

    /**
     * An ensemble share moved away from 0 and 1 by {@code 1/(2(m + 1))}, so the log score stays finite: the
     * share an ensemble of m members can tell apart from certainty.
     *
     * @param share   the share of members in which the event happened
     * @param members m, the ensemble size (effective size for a weighted ensemble), ≥ 1
     */
    public static double clip(double share, double members) {
        double eps = 1 / (2 * (members + 1));
        return Math.max(eps, Math.min(1 - eps, share));
    }

    /**
     * Skill score against a reference forecast: {@code 1 − score / reference}. 1 is a perfect forecast, 0 no
     * better than the reference, negative worse; NaN when the reference's score is 0 (nothing to improve on).
     */
    public static double skill(double score, double reference) {
        return reference == 0 ? Double.NaN : 1 - score / reference;
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be between 0 and 1, got " + p);
        }
    }
}
