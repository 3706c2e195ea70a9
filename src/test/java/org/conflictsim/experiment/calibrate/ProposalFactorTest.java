package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The proposal's Cholesky factor for many dimensions and unequal weights: the weighted covariance must be exactly
 * symmetric (a rounding difference between (a, b) and (b, a) made commons-math refuse it with 10 parameters).
 */
class ProposalFactorTest {

    @Test
    void theFactorReproducesTheCovarianceForTenParametersAndRandomWeights() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 50;
            int d = 10;
            double[][] theta = new double[n][d];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble();
                for (int a = 0; a < d; a++) {
                    theta[i][a] = rnd.nextDouble() * (a + 1) / 3.0;
                }
            }
            double[][] l = AbcSmc.proposalFactor(theta, w);
            // L L^T is symmetric and its diagonal positive
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double ab = 0;
                    double ba = 0;
                    for (int k = 0; k < d; k++) {
                        ab += l[a][k] * l[b][k];
                        ba += l[b][k] * l[a][k];
                    }
                    assertEquals(ab, ba, 1e-12);
                }
                assertEquals(true, l[a][a] > 0, "trial " + trial);
            }
        }
    }
}
