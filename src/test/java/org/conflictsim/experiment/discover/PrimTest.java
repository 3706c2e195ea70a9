package org.conflictsim.experiment.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PRIM finds known boxes in synthetic data. */
class PrimTest {

    /** y = 1 inside [0.2, 0.5] x [0.6, 0.9] (with label noise), a third dimension irrelevant. */
    @Test
    void findsTheKnownBoxWithin005OnEachBound() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int n = 4000;
            double[][] x = new double[n][3];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < 3; j++) {
                    x[i][j] = rng.nextDouble();
                }
                boolean inBox = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][1] >= 0.6 && x[i][1] <= 0.9;
                y[i] = inBox ? rng.nextDouble() < 0.9 : rng.nextDouble() < 0.05; // noise both ways
            }
            Prim prim = new Prim(x, y, new boolean[3]);
            List<Prim.Box> t = prim.peel(0.05, 0.02);
            Prim.Box b = t.get(Discovery.defaultChoice(t));
            assertEquals(0.2, b.lower()[0], 0.05, "seed " + seed + ": lower bound of x0");
            assertEquals(0.5, b.upper()[0], 0.05, "seed " + seed + ": upper bound of x0");
            assertEquals(0.6, b.lower()[1], 0.05, "seed " + seed + ": lower bound of x1");
            assertEquals(0.9, b.upper()[1], 0.05, "seed " + seed + ": upper bound of x1");
            assertTrue(b.restricted()[0] && b.restricted()[1]);
            assertTrue(b.density() > 0.8, "density " + b.density());
            // the noise outside puts about 36% of the positives outside the box: coverage is at most about 0.64
            assertTrue(b.coverage() > 0.55, "coverage " + b.coverage());
            // the base rate is about 0.09 * 0.9 + 0.91 * 0.05 = 0.126
            assertEquals(0.126, t.get(0).density(), 0.02);
            assertEquals(1.0, t.get(0).coverage(), 1e-12);
            assertEquals(1.0, t.get(0).mass(), 1e-12);
        }
    }

    @Test
    void theTrajectoryShrinksAndItsStatisticsAreConsistent() {
        SplittableRandom rng = new SplittableRandom(9);
        int n = 1000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextInt(3);
            y[i] = x[i][0] > 0.7 && x[i][1] == 2;
        }
        Prim prim = new Prim(x, y, new boolean[] {false, true});
        List<Prim.Box> t = prim.peel(0.1, 0.05);
        for (int k = 1; k < t.size(); k++) {
            assertTrue(t.get(k).cases() < t.get(k - 1).cases(), "each peel removes cases");
            assertTrue(t.get(k).mass() >= 0.05 - 1e-12);
        }
        Prim.Box last = t.get(t.size() - 1);
        assertEquals(1.0, last.density(), 1e-12, "the levels dimension is peeled to level 2 and x0 above 0.7");
        assertEquals(1, last.levels()[1].cardinality());
        assertTrue(last.levels()[1].get(2));
        assertTrue(last.lower()[0] > 0.6);
        int inside = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (prim.inside(last, i, -1)) {
                inside++;
                hits += y[i] ? 1 : 0;
            }
        }
        assertEquals(last.cases(), inside);
        assertEquals(last.hits(), hits);
        List<Prim.Lifted> lifted = prim.lift(last);
        assertEquals(2, lifted.size());
        for (Prim.Lifted l : lifted) {
            assertTrue(l.density() < last.density());
            assertTrue(l.pValue() < 1e-6, "both restrictions matter: p = " + l.pValue());
        }
    }

    @Test
    void anIrrelevantRestrictionHasALargeQuasiPValue() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 2000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = rng.nextDouble();
            y[i] = x[i][0] < 0.3 && rng.nextDouble() < 0.8;
        }
        Prim prim = new Prim(x, y, new boolean[2]);
        double[] lo = {0, 0.1};
        double[] hi = {0.3, 1};
        Prim.Box box = new Prim.Box(lo, hi, new java.util.BitSet[2], new boolean[] {true, true}, 0, 0, 0, 0, 0);
        int cases = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (prim.inside(box, i, -1)) {
                cases++;
                hits += y[i] ? 1 : 0;
            }
        }
        box = new Prim.Box(lo, hi, new java.util.BitSet[2], new boolean[] {true, true}, cases, hits, 0, (double) hits / cases, 0);
        List<Prim.Lifted> lifted = prim.lift(box);
        assertTrue(lifted.get(0).pValue() < 1e-10, "x0 matters");
        assertTrue(lifted.get(1).pValue() > 0.05, "x1 does not: p = " + lifted.get(1).pValue());
    }

    @Test
    void rejectsBadSettings() {
        Prim prim = new Prim(new double[][] {{1}, {2}}, new boolean[] {true, false}, new boolean[1]);
        assertThrows(IllegalArgumentException.class, () -> prim.peel(0.6, 0.05));
        assertThrows(IllegalArgumentException.class, () -> prim.peel(0.05, 1));
        assertThrows(IllegalArgumentException.class, () -> new Prim(new double[][] {{Double.NaN}}, new boolean[] {true},
                new boolean[1]));
        assertFalse(prim.peel(0.1, 0).isEmpty());
    }
}
