package org.conflictsim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.conflictsim.experiment.sweep.Designs;
import org.junit.jupiter.api.Test;

class MorrisEffectsTest {

    private static double[] outputs(double[] u, int d, java.util.function.ToDoubleFunction<double[]> f) {
        int points = u.length / d;
        double[] y = new double[points];
        double[] x = new double[d];
        for (int p = 0; p < points; p++) {
            System.arraycopy(u, p * d, x, 0, d);
            y[p] = f.applyAsDouble(x);
        }
        return y;
    }

    @Test
    void aLinearModelHasItsCoefficientsAsEffectsWithNoSpread() {
        double[] c = {3, -2, 0, 0.5};
        int d = c.length;
        int r = 20;
        double[] u = Designs.morris(r, d, 4, new SplittableRandom(1));
        double[] y = outputs(u, d, x -> {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += c[i] * x[i];
            }
            return s;
        });
        MorrisEffects.Result m = MorrisEffects.estimate(u, y, d, r, 200, 7);
        for (int i = 0; i < d; i++) {
            assertEquals(Math.abs(c[i]), m.muStar()[i].value(), 1e-9, "mu* of " + i);
            assertEquals(c[i], m.mu()[i], 1e-9, "mu of " + i);
            assertEquals(0, m.sigma()[i], 1e-9, "sigma of " + i);
            assertEquals(r, m.n()[i]);
        }
    }

    /** y = x1 x2: the effect of x1 is x2 (and the other way round), so σ > 0 flags the interaction. */
    @Test
    void anInteractionShowsAsSpread() {
        int d = 3;
        int r = 50;
        double[] u = Designs.morris(r, d, 4, new SplittableRandom(2));
        MorrisEffects.Result m = MorrisEffects.estimate(u, outputs(u, d, x -> x[0] * x[1]), d, r, 200, 7);
        assertTrue(m.sigma()[0] > 0.2 && m.sigma()[1] > 0.2, "sigma " + m.sigma()[0] + ", " + m.sigma()[1]);
        assertEquals(0, m.muStar()[2].value(), 1e-12, "x3 does nothing");
        assertTrue(m.muStar()[0].ciLow() <= m.muStar()[0].value() && m.muStar()[0].value() <= m.muStar()[0].ciHigh());
    }

    /** On the G function μ* ranks the parameters as their a_i do (small a_i, important parameter). */
    @Test
    void muStarRanksTheGFunctionsParameters() {
        double[] a = {0, 1, 4.5, 9, 99};
        int d = a.length;
        int r = 200;
        double[] u = Designs.morris(r, d, 4, new SplittableRandom(3));
        double[] y = outputs(u, d, x -> {
            double g = 1;
            for (int i = 0; i < d; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        });
        MorrisEffects.Result m = MorrisEffects.estimate(u, y, d, r, 0, 1);
        for (int i = 1; i < d; i++) {
            assertTrue(m.muStar()[i - 1].value() > m.muStar()[i].value(), "mu* falls with a: " + i);
        }
    }

    @Test
    void missingOutputsSkipOnlyTheirSteps() {
        int d = 2;
        double[] u = Designs.morris(3, d, 4, new SplittableRandom(4));
        double[] y = outputs(u, d, x -> x[0] + 2 * x[1]);
        y[1] = Double.NaN;
        MorrisEffects.Result m = MorrisEffects.estimate(u, y, d, 3, 0, 1);
        assertEquals(6 - 2, m.n()[0] + m.n()[1], "point 1 ends step 0 and starts step 1 of trajectory 0");
        double[] bad = u.clone();
        bad[d] = bad[0];
        bad[d + 1] = bad[1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MorrisEffects.estimate(bad, y, d, 3, 0, 1));
        assertEquals("trajectory 0 step 0 moves no parameter", e.getMessage());
    }
}
