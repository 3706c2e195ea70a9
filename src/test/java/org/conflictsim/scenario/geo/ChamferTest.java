package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChamferTest {

    private static final double SQRT2 = Math.sqrt(2);

    /**
     * Brute force: Bellman-Ford relaxation over the 8-neighbour graph until nothing changes. A cell may
     * be entered if it is passable or a source; sources start at 0.
     */
    private static double[] bruteForce(Grid g, boolean[] sources, boolean[] passable) {
        double ortho = g.cellKm();
        double diag = ortho * SQRT2;
        double[] d = new double[g.size()];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int i = 0; i < d.length; i++) {
            if (sources[i]) {
                d[i] = 0;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < d.length; i++) {
                if (d[i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int c = g.col(i) + dc;
                        int r = g.row(i) + dr;
                        if ((dr == 0 && dc == 0) || c < 0 || r < 0 || c >= g.width() || r >= g.height()) {
                            continue;
                        }
                        int j = g.index(c, r);
                        if (passable != null && !passable[j] && !sources[j]) {
                            continue;
                        }
                        double nd = d[i] + (dr != 0 && dc != 0 ? diag : ortho);
                        if (nd < d[j] - 1e-12) {
                            d[j] = nd;
                            changed = true;
                        }
                    }
                }
            }
        }
        return d;
    }

    /** Brute force nearest source: one search per source, ties (within 1e-9 km) to the lowest cell index. */
    private static int[] bruteNearest(Grid g, boolean[] sources, int[] labels, boolean[] passable) {
        int[] best = new int[g.size()];
        double[] bestD = new double[g.size()];
        Arrays.fill(best, -1);
        Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        for (int s = 0; s < g.size(); s++) {
            if (!sources[s]) {
                continue;
            }
            boolean[] one = new boolean[g.size()];
            one[s] = true;
            // other sources are still enterable in the real search, so keep them enterable here
            boolean[] pass = passable == null ? null : passable.clone();
            if (pass != null) {
                for (int i = 0; i < pass.length; i++) {
                    pass[i] |= sources[i];
                }
            }
            double[] d = bruteForce(g, one, pass);
            for (int i = 0; i < d.length; i++) {
                if (d[i] < bestD[i] - 1e-9) {
                    bestD[i] = d[i];
                    best[i] = labels[s];
                }
            }
        }
        return best;
    }

    private record Case(Grid grid, boolean[] sources, boolean[] passable, int[] labels) {
    }

    private static Case randomCase(long seed, boolean withObstacles) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 1 + rnd.nextInt(14);
        int h = 1 + rnd.nextInt(11);
        Grid g = new Grid(28.0, -1.0, 0.05, w, h);
        boolean[] sources = new boolean[g.size()];
        boolean[] passable = withObstacles ? new boolean[g.size()] : null;
        int[] labels = new int[g.size()];
        double pSource = rnd.nextDouble(0.02, 0.2);
        for (int i = 0; i < g.size(); i++) {
            sources[i] = rnd.nextDouble() < pSource;
            labels[i] = rnd.nextInt(5);
            if (passable != null) {
                passable[i] = rnd.nextDouble() < 0.7;
            }
        }
        return new Case(g, sources, passable, labels);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 11, 17, 42, 99, 1234, 987654321})
    void distancesMatchBruteForce(long seed) {
        for (boolean obstacles : new boolean[] {false, true}) {
            Case c = randomCase(seed, obstacles);
            double[] expected = bruteForce(c.grid, c.sources, c.passable);
            double[] actual = Chamfer.distanceKm(c.grid, c.sources, c.passable);
            for (int i = 0; i < expected.length; i++) {
                if (Double.isInfinite(expected[i])) {
                    assertEquals(Double.POSITIVE_INFINITY, actual[i], "cell " + i);
                } else {
                    assertEquals(expected[i], actual[i], 1e-9, "cell " + i);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 11, 17, 42, 99, 1234, 987654321})
    void nearestSourceMatchesBruteForce(long seed) {
        for (boolean obstacles : new boolean[] {false, true}) {
            Case c = randomCase(seed, obstacles);
            int[] expected = bruteNearest(c.grid, c.sources, c.labels, c.passable);
            int[] actual = c.passable == null
                    ? Chamfer.nearestSource(c.grid, c.sources, c.labels)
                    : Chamfer.nearestSource(c.grid, c.sources, c.labels, c.passable);
            assertArrayEquals(expected, actual);
            assertArrayEquals(actual, Chamfer.nearestSource(c.grid, c.sources, c.labels, c.passable), "deterministic");
        }
    }

    @Test
    void openGridClosedForm() {
        Grid g = new Grid(28.0, -1.0, 0.05, 9, 7);
        boolean[] src = new boolean[g.size()];
        src[g.index(2, 3)] = true;
        double[] d = Chamfer.distanceKm(g, src, null);
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                int dx = Math.abs(c - 2);
                int dy = Math.abs(r - 3);
                double want = (Math.max(dx, dy) - Math.min(dx, dy)) * g.cellKm() + Math.min(dx, dy) * g.cellKm() * SQRT2;
                assertEquals(want, d[g.index(c, r)], 1e-12);
            }
        }
    }

    @Test
    void tiesGoToTheLowestSourceCell() {
        Grid g = new Grid(28.0, -1.0, 0.05, 5, 5);
        boolean[] src = new boolean[g.size()];
        int[] label = new int[g.size()];
        for (int[] s : List.of(new int[] {4, 4, 7}, new int[] {0, 0, 3}, new int[] {4, 0, 9}, new int[] {0, 4, 5})) {
            int i = g.index(s[0], s[1]);
            src[i] = true;
            label[i] = s[2];
        }
        int[] near = Chamfer.nearestSource(g, src, label);
        assertEquals(3, near[g.index(2, 2)], "centre: all four corners tie; (0,0) has the lowest index");
        assertEquals(3, near[g.index(2, 0)], "top middle: (0,0) and (4,0) tie");
        assertEquals(5, near[g.index(2, 4)], "bottom middle: (0,4) index 20 beats (4,4) index 24");
        assertEquals(3, near[g.index(0, 2)], "left middle: (0,0) beats (0,4)");
        assertEquals(9, near[g.index(4, 2)], "right middle: (4,0) index 4 beats (4,4)");
        assertEquals(7, near[g.index(3, 3)]);
    }

    @Test
    void wallsAndUnreachableCells() {
        // 5 x 3 grid, wall in column 2 except the bottom row: paths detour through (2,2)
        Grid g = new Grid(28.0, -1.0, 0.05, 5, 3);
        boolean[] pass = new boolean[g.size()];
        Arrays.fill(pass, true);
        pass[g.index(2, 0)] = false;
        pass[g.index(2, 1)] = false;
        boolean[] src = new boolean[g.size()];
        src[g.index(0, 0)] = true;
        double k = g.cellKm();
        double[] d = Chamfer.distanceKm(g, src, pass);
        assertEquals(Double.POSITIVE_INFINITY, d[g.index(2, 0)]);
        assertEquals(2 * k * SQRT2, d[g.index(2, 2)], 1e-12);
        assertEquals(2 * k * SQRT2 + 2 * k * SQRT2, d[g.index(4, 0)], 1e-12);
        // close the gap: the right side becomes unreachable
        pass[g.index(2, 2)] = false;
        d = Chamfer.distanceKm(g, src, pass);
        assertEquals(Double.POSITIVE_INFINITY, d[g.index(4, 0)]);
        int[] label = new int[g.size()];
        assertEquals(-1, Chamfer.nearestSource(g, src, label, pass)[g.index(4, 0)]);
        // an impassable source still radiates
        boolean[] src2 = new boolean[g.size()];
        src2[g.index(2, 1)] = true;
        d = Chamfer.distanceKm(g, src2, pass);
        assertEquals(0.0, d[g.index(2, 1)]);
        assertEquals(k, d[g.index(1, 1)], 1e-12);
        assertEquals(k, d[g.index(3, 1)], 1e-12);
        // no source at all
        assertTrue(Arrays.stream(Chamfer.distanceKm(g, new boolean[g.size()], null)).allMatch(Double::isInfinite));
    }

    @Test
    void validatesArguments() {
        Grid g = new Grid(28.0, -1.0, 0.05, 3, 3);
        assertThrows(IllegalArgumentException.class, () -> Chamfer.distanceKm(g, new boolean[8], null));
        assertThrows(IllegalArgumentException.class, () -> Chamfer.distanceKm(g, new boolean[9], new boolean[10]));
        boolean[] src = new boolean[9];
        src[4] = true;
        int[] labels = new int[9];
        labels[4] = -2;
        assertThrows(IllegalArgumentException.class, () -> Chamfer.nearestSource(g, src, labels));
    }

    @Test
    void exactLengthComparison() {
        assertEquals(0, Chamfer.compareLength(3, 4, 3, 4));
        assertTrue(Chamfer.compareLength(3, 0, 0, 2) > 0, "3 > 2.828");
        assertTrue(Chamfer.compareLength(2, 0, 0, 2) < 0, "2 < 2.828");
        assertTrue(Chamfer.compareLength(0, 5, 7, 0) > 0, "7.07 > 7");
        assertTrue(Chamfer.compareLength(0, 12, 17, 0) < 0, "16.97 < 17");
        assertTrue(Chamfer.compareLength(1, 70, 100, 0) < 0, "99.995 < 100");
    }

    @Test
    void fastOnTheFineScenarioGrid() {
        Grid g = TestData.grid(0.025);
        boolean[] src = new boolean[g.size()];
        int[] label = new int[g.size()];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 200; k++) {
            int i = rnd.nextInt(g.size());
            src[i] = true;
            label[i] = k;
        }
        Chamfer.nearestSource(g, src, label);
        double[] d = Chamfer.distanceKm(g, src, null);
        int[] near = Chamfer.nearestSource(g, src, label);
        assertTrue(Arrays.stream(d).allMatch(Double::isFinite));
        assertTrue(Arrays.stream(near).allMatch(v -> v >= 0));
    }
}
