package org.conflictsim.experiment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The scoring rules against closed forms and against their defining integral. */
class ScoringRulesTest {

    @Test
    void aPointEnsembleScoresTheAbsoluteError() {
        // a one-member ensemble is a point forecast: its CRPS is |x - y|
        assertEquals(3.0, ScoringRules.crps(new double[] {7}, 10), 1e-12);
        assertEquals(2.5, ScoringRules.crps(new double[] {12.5}, 10), 1e-12);
        // a two-point ensemble {a, b}, y between them: (|a-y| + |b-y|)/2 - |a-b|/4
        assertEquals((2 + 6) / 2.0 - 8 / 4.0, ScoringRules.crps(new double[] {8, 16}, 10), 1e-12);
        // all members equal the observation: a perfect forecast
        assertEquals(0.0, ScoringRules.crps(new double[] {4, 4, 4}, 4), 1e-12);
    }

    @Test
    void theEnsembleFormulaEqualsTheDoubleSumWithWeightsAndTies() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int m = 1 + rng.nextInt(30);
            double[] x = new double[m];
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = rng.nextInt(10); // ties on purpose
                w[i] = rng.nextDouble();
            }
            w[0] += 0.01;
            double y = rng.nextDouble() * 12 - 1;
            double total = 0;
            for (double v : w) {
                total += v;
            }
            double a = 0;
            double b = 0;
            for (int i = 0; i < m; i++) {
                a += w[i] / total * Math.abs(x[i] - y);
                for (int j = 0; j < m; j++) {
                    b += w[i] / total * w[j] / total * Math.abs(x[i] - x[j]);
                }
            }
            assertEquals(a - b / 2, ScoringRules.crps(x, w, y), 1e-9);
        }
    }

    @Test
    void aLargeNormalEnsembleApproachesTheNormalsClosedForm() {
        NormalDistribution n = new NormalDistribution(null, 50, 12);
        int m = 20_000;
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = n.inverseCumulativeProbability((i + 0.5) / m); // quantiles: the empirical CDF converges fast
        }
        for (double y : new double[] {20, 50, 61.3, 95}) {
            assertEquals(ScoringRules.crpsNormal(50, 12, y), ScoringRules.crps(x, y), 2e-3, "y = " + y);
        }
    }

    @Test
    void theNormalClosedFormMatchesItsIntegral() {
        // known value: N(0,1) at y = 0 gives 2 phi(0) - 1/sqrt(pi) = (sqrt 2 - 1)/sqrt(pi)
        assertEquals((Math.sqrt(2) - 1) / Math.sqrt(Math.PI), ScoringRules.crpsNormal(0, 1, 0), 1e-12);
        NormalDistribution n = new NormalDistribution(null, 3, 2);
        for (double y : new double[] {-4, 0, 3, 5.5, 12}) {
            assertEquals(integral(n::cumulativeProbability, y, -20, 30), ScoringRules.crpsNormal(3, 2, y), 1e-6);
        }
    }

    @Test
    void theUniformClosedFormMatchesItsIntegral() {
        for (double y : new double[] {-30, 0, 17, 90, 180, 250}) {
            double expected = integral(x -> x < 0 ? 0 : x > 180 ? 1 : x / 180, y, -100, 400);
            assertEquals(expected, ScoringRules.crpsUniform(0, 180, y), 1e-6 * Math.max(1, expected), "y = " + y);
        }
        // a dense evenly spaced ensemble on [0, 180] scores as the uniform distribution
        double[] x = new double[18_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i + 0.5) * 180.0 / x.length;
        }
        assertEquals(ScoringRules.crpsUniform(0, 180, 40), ScoringRules.crps(x, 40), 1e-3);
    }

    /** ∫ (F(x) − 1{x ≥ y})² dx over [lo, hi], split at y. */
    private static double integral(java.util.function.DoubleUnaryOperator cdf, double y, double lo, double hi) {
        SimpsonIntegrator simpson = new SimpsonIntegrator(1e-10, 1e-10, 3, 30);
        double left = y > lo ? simpson.integrate(10_000_000, x -> Math.pow(cdf.applyAsDouble(x), 2), lo, y) : 0;
        double right = y < hi ? simpson.integrate(10_000_000, x -> Math.pow(cdf.applyAsDouble(x) - 1, 2), Math.max(lo, y), hi) : 0;
        return left + right + (y < lo ? lo - y : 0) + (y > hi ? y - hi : 0);
    }

    @Test
    void brierAndLogScores() {
        assertEquals(0.09, ScoringRules.brier(0.7, true), 1e-12);
        assertEquals(0.49, ScoringRules.brier(0.7, false), 1e-12);
        assertEquals(-Math.log(0.7), ScoringRules.log(0.7, true), 1e-12);
        assertEquals(-Math.log(0.3), ScoringRules.log(0.7, false), 1e-12);
        assertEquals(1.0 / 42, ScoringRules.clip(0, 20), 1e-12);
        assertEquals(1 - 1.0 / 42, ScoringRules.clip(1, 20), 1e-12);
        assertEquals(0.4, ScoringRules.clip(0.4, 20), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ScoringRules.brier(1.2, true));
    }

    @Test
    void skillScoresAreStatedAgainstTheirNullModel() {
        Score s = Score.crps(new double[] {50}, new double[] {1}, 57, new NullModel.Uniform(0, 180, "uniform over days 0-180"), "days");
        assertEquals(7, s.score(), 1e-12);
        double ref = (Math.pow(57, 3) + Math.pow(123, 3)) / (3 * 180.0 * 180);
        assertEquals(ref, s.reference(), 1e-9);
        assertEquals(1 - 7 / ref, s.skill(), 1e-12);
        assertEquals("uniform over days 0-180", s.nullModel());
        Score[] e = Score.event(0.8, 100, true, new NullModel.Probability(0.5, "even odds"));
        assertEquals(1 - 0.04 / 0.25, e[0].skill(), 1e-12);
        assertEquals(1 - Math.log(0.8) / Math.log(0.5), e[1].skill(), 1e-12);
        assertTrue(Double.isNaN(ScoringRules.skill(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> ScoringRules.crps(new double[0], 1));
        assertThrows(IllegalArgumentException.class, () -> ScoringRules.crps(new double[] {Double.NaN}, 1));
    }
}
