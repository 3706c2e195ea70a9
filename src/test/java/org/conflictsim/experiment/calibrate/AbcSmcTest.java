package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ABC-SMC on toy models whose posterior is known. */
class AbcSmcTest {

    /** x ~ N(θ, σ²) per dimension, θ uniform on the unit cube: the posterior of θ given y is about N(y, σ²). */
    private static AbcSmc.Simulator gaussian(double[] observed, double sd, int reps, long seed, int[] runs) {
        return (gen, units) -> {
            SplittableRandom rng = new SplittableRandom(seed + 1000L * gen);
            double[][] out = new double[units.length][reps];
            for (int i = 0; i < units.length; i++) {
                for (int r = 0; r < reps; r++) {
                    double s = 0;
                    for (int k = 0; k < observed.length; k++) {
                        double u1 = rng.nextDouble();
                        double u2 = rng.nextDouble();
                        double x = units[i][k] + sd * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
                        s += Math.pow((x - observed[k]) / sd, 2);
                    }
                    out[i][r] = Math.sqrt(s / observed.length);
                    runs[0]++;
                }
            }
            return out;
        };
    }

    @Test
    void recoversAGaussianPosterior() throws Exception {
        double[] y = {0.4, 0.7};
        double sd = 0.05;
        int[] runs = new int[1];
        AbcSmc abc = new AbcSmc(new AbcSmc.Settings(400, 4, 12, 0.6, 0.02, 0.3), 2, 99);
        List<AbcSmc.Generation> seen = new ArrayList<>();
        AbcSmc.Result r = abc.run(gaussian(y, sd, 4, 5, runs), seen::add);
        assertEquals(seen, r.generations());
        long total = r.generations().stream().mapToLong(AbcSmc.Generation::runs).sum();
        assertEquals(runs[0], total, "every run the simulator made is counted");
        for (int k = 0; k < 2; k++) {
            double mean = 0;
            for (int i = 0; i < r.units().length; i++) {
                mean += r.weights()[i] * r.units()[i][k];
            }
            double var = 0;
            for (int i = 0; i < r.units().length; i++) {
                var += r.weights()[i] * Math.pow(r.units()[i][k] - mean, 2);
            }
            assertEquals(y[k], mean, 0.02, "posterior mean of dimension " + k);
            // the ABC posterior is the true one (sd 0.05) widened by the tolerance
            assertTrue(Math.sqrt(var) > 0.035 && Math.sqrt(var) < 0.08, "posterior sd " + Math.sqrt(var));
        }
        for (int g = 1; g < r.generations().size(); g++) {
            assertTrue(r.generations().get(g).epsilon() < r.generations().get(g - 1).epsilon(), "epsilon falls");
        }
        assertTrue(r.epsilon() < 2, "final tolerance " + r.epsilon());
    }

    @Test
    void theSameSeedAndRunsGiveTheSameParticles() throws Exception {
        AbcSmc.Settings s = new AbcSmc.Settings(50, 2, 4, 0.5, 0.0, 0);
        AbcSmc.Result a = new AbcSmc(s, 1, 3).run(gaussian(new double[] {0.5}, 0.1, 2, 8, new int[1]), g -> { });
        AbcSmc.Result b = new AbcSmc(s, 1, 3).run(gaussian(new double[] {0.5}, 0.1, 2, 8, new int[1]), g -> { });
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a.units()[i], b.units()[i]);
        }
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(4, a.generations().size() - 1);
        assertTrue(a.stop().contains("last allowed generation"), a.stop());
    }

    @Test
    void epsilonChoiceHalvesTheEss() {
        double[][] dist = {{1, 2}, {3, 4}, {5, 6}, {7, 8}};
        double[] w = {0.25, 0.25, 0.25, 0.25};
        double eps = AbcSmc.nextEpsilon(dist, w, Double.POSITIVE_INFINITY, 2.0);
        double[] nw = AbcSmc.reweight(dist, w, Double.POSITIVE_INFINITY, eps);
        assertTrue(AbcSmc.ess(nw) >= 2.0);
        assertEquals(4, eps, 0.0, "ε = 4 keeps two particles fully (ESS 2); ε = 3 gives 1.8");
        assertEquals(0.3, AbcSmc.reflect(0.3), 1e-12);
        assertEquals(0.2, AbcSmc.reflect(-0.2), 1e-12);
        assertEquals(0.9, AbcSmc.reflect(1.1), 1e-12);
        assertEquals(0.5, AbcSmc.reflect(2.5), 1e-12);
        assertEquals(0.5, AbcSmc.reflect(-1.5), 1e-12);
        int[] pick = AbcSmc.systematic(new double[] {0, 0.5, 0, 0.5}, new SplittableRandom(1));
        for (int p : pick) {
            assertTrue(p == 1 || p == 3);
        }
    }
}
