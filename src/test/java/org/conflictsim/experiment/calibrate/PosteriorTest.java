package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summaries of a posterior: weighted quantiles and the implausibility of an observation. */
class PosteriorTest {

    @Test
    void weightedQuantiles() {
        double[] v = {5, 1, 3, 2, 4};
        double[] w = {0.1, 0.1, 0.5, 0.2, 0.1};
        assertEquals(1, Posterior.quantile(v, w, 0.05), 0);
        assertEquals(3, Posterior.quantile(v, w, 0.5), 0, "cumulative weight 0.1, 0.3, 0.8 at 1, 2, 3");
        assertEquals(5, Posterior.quantile(v, w, 0.95), 0);
        assertEquals(Double.NaN, Posterior.quantile(new double[0], new double[0], 0.5), 0);
    }

    @Test
    void implausibilityIsTheDistanceInCombinedStandardDeviations() {
        Target t = new Target("x", "final_share.REB", Target.Kind.VALUE, 0.5, 0.03, null, Target.Use.CALIBRATION,
                "test", Target.Reference.DEFAULT);
        // ensemble {0.6, 0.7} with equal weights: mean 0.65, variance 0.0025; |0.65 - 0.5| / sqrt(0.0009 + 0.0025)
        Posterior.TargetSummary s = new Posterior.TargetSummary(t, new double[] {0.5, 0.5}, new double[] {0.6, 0.7},
                new double[] {0.5, 0.5}, 0, List.of());
        assertEquals(0.15 / Math.sqrt(0.0034), s.implausibility(), 1e-12);
        assertEquals(0, s.priorImplausibility(), 1e-12);
        assertEquals(0.65, s.posteriorMean(), 1e-12);
    }

    /**
     * The default null model of "captured by day d" over a horizon of 365 days: a uniform capture day while that
     * gives a probability between 0.1 and 0.9, a fair coin beyond (a date at the horizon's end made the event
     * certain under the uniform null, and every forecast of "it held" looked skilful against it).
     */
    @ParameterizedTest(name = "by day {0}: p = {1}")
    @CsvSource({
        "  0, 0.5",        // 1/365: nearly impossible under the uniform null
        " 35, 0.5",        // 36/365 = 0.099: just below 0.1
        " 36, 0.10136986301369863",
        "181, 0.4986301369863014",
        "327, 0.8986301369863013",
        "328, 0.5",        // 329/365 = 0.901
        "364, 0.5",        // the last day: certain under the uniform null
    })
    void aByDateEventIsScoredAgainstAUniformCaptureDayUnlessThatIsNearlyCertain(int day, double p) {
        Target t = new Target("held", "capture_day.uvira", Target.Kind.EVENT, 0, Double.NaN,
                new Target.Condition(Target.Op.BY, day), Target.Use.CALIBRATION, "test", Target.Reference.DEFAULT);
        assertEquals(p, Posterior.eventNull(t, 365, new double[0]).p(), 1e-12);
    }

    /**
     * A weighted share of an event that happened in every run is 1 even when the weights sum to a little more
     * than 1 (the calibration of 3 December 2026 stopped on 1.0000000000000095).
     */
    @Test
    void aWeightedShareStaysAProbabilityDespiteRounding() {
        double[] w = new double[200];
        double[] all = new double[200];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextDouble();
            sum += w[i];
            all[i] = 1;
        }
        double raw = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
            raw += w[i];
        }
        double[] none = new double[200];
        assertEquals(1.0, Posterior.weightedShare(all, w), 1e-12, "raw sum " + raw);
        org.junit.jupiter.api.Assertions.assertTrue(Posterior.weightedShare(all, w) <= 1.0);
        assertEquals(0.0, Posterior.weightedShare(none, w));
        // 0.2 + 0.4 + 0.3 + 0.1 sums to 1.0000000000000002 in floating point
        assertEquals(1.0, Posterior.weightedShare(new double[] {1, 1, 1, 1}, new double[] {0.2, 0.4, 0.3, 0.1}));
        assertEquals(0.5, Posterior.weightedShare(new double[] {1, 0}, new double[] {0.5, 0.5}));
    }
}
