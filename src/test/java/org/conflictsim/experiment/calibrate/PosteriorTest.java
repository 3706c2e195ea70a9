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
}
