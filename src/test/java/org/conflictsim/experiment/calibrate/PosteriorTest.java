package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
