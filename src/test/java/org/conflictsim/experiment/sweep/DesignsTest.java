package org.conflictsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DesignsTest {

    private static List<Parameter> ranges(int d, int steps) {
        return java.util.stream.IntStream.range(0, d)
                .mapToObj(i -> (Parameter) new Parameter.Range("p" + i, "a.p" + i, 0, 1, Distribution.UNIFORM,
                        Double.NaN, Double.NaN, false, steps)).toList();
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumOfEveryParameter() {
        int n = 37;
        int d = 5;
        double[] u = Designs.latinHypercube(n, d, new SplittableRandom(1));
        assertEquals(n * d, u.length);
        for (int j = 0; j < d; j++) {
            boolean[] hit = new boolean[n];
            for (int i = 0; i < n; i++) {
                double x = u[i * d + j];
                assertTrue(x >= 0 && x < 1, "in [0, 1): " + x);
                int stratum = (int) Math.floor(x * n);
                assertTrue(!hit[stratum], "stratum " + stratum + " of parameter " + j + " hit twice");
                hit[stratum] = true;
            }
        }
        assertArrayEquals(u, Designs.latinHypercube(n, d, new SplittableRandom(1)), "same seed, same design");
        assertNotEquals(u[0], Designs.latinHypercube(n, d, new SplittableRandom(2))[0]);
    }

    @Test
    void sobolPointsLieInTheHalfOpenUnitCubeAndSkipTheOrigin() {
        int n = 1024;
        int d = 7;
        double[] u = Designs.sobol(n, d);
        for (double x : u) {
            assertTrue(x >= 0 && x < 1, "in [0, 1): " + x);
        }
        boolean origin = true;
        for (int j = 0; j < d; j++) {
            origin &= u[j] == 0;
        }
        assertTrue(!origin, "the first point is not the origin");
        assertEquals(0.5, u[0], 1e-15, "the sequence after the origin starts at 1/2");
        // low discrepancy: each dimension's first 1023 points (plus the skipped origin) fill the 1024 strata of width 1/1024
        for (int j = 0; j < d; j++) {
            Set<Integer> strata = new HashSet<>();
            for (int i = 0; i < n - 1; i++) {
                strata.add((int) Math.floor(u[i * d + j] * 1024));
            }
            assertEquals(n - 1, strata.size(), "dimension " + j);
        }
    }

    @Test
    void fullFactorialHasTheProductOfTheGridSizesWithTheLastParameterFastest() {
        Parameter a = new Parameter.Range("a", "a", 10, 30, Distribution.UNIFORM, Double.NaN, Double.NaN, false, 3);
        Parameter b = new Parameter.Levels("b", "b", List.of(Value.text("x"), Value.text("y")));
        Parameter c = new Parameter.Range("c", "c", 0, 1, Distribution.UNIFORM, Double.NaN, Double.NaN, false, 4);
        List<Parameter> ps = List.of(a, b, c);
        assertEquals(24, Designs.fullFactorialCount(ps, 1000));
        assertEquals(-1, Designs.fullFactorialCount(ps, 23));
        PointTable t = PointTable.ofUnits(ps, Designs.fullFactorial(ps));
        assertEquals(24, t.size());
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            distinct.add(String.join(",", t.overrides(i)));
        }
        assertEquals(24, distinct.size(), "every combination once");
        assertEquals(List.of("a=10", "b=\"x\"", "c=0"), t.overrides(0));
        assertEquals(List.of("a=10", "b=\"x\"", "c=1"), t.overrides(3));
        assertEquals(List.of("a=10", "b=\"y\"", "c=0"), t.overrides(4));
        assertEquals(List.of("a=20", "b=\"x\"", "c=0"), t.overrides(8));
        assertEquals(List.of("a=30", "b=\"y\"", "c=1"), t.overrides(23));
    }

    @Test
    void morrisTrajectoriesMoveEachParameterOnceByDeltaOnTheGrid() {
        int r = 25;
        int d = 6;
        int p = 4;
        double delta = Designs.morrisDelta(p);
        assertEquals(2.0 / 3, delta, 1e-15);
        double[] u = Designs.morris(r, d, p, new SplittableRandom(3));
        assertEquals(r * (d + 1) * d, u.length);
        for (double x : u) {
            double level = x * (p - 1);
            assertEquals(Math.rint(level), level, 1e-9, "on the grid {0, 1/3, 2/3, 1}: " + x);
            assertTrue(x >= 0 && x <= 1);
        }
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s < d; s++) {
                int a = t * (d + 1) + s;
                int changed = -1;
                for (int j = 0; j < d; j++) {
                    double diff = u[(a + 1) * d + j] - u[a * d + j];
                    if (Math.abs(diff) > 1e-12) {
                        assertEquals(-1, changed, "one parameter per step");
                        assertEquals(delta, Math.abs(diff), 1e-12, "a step is +-delta");
                        changed = j;
                    }
                }
                assertTrue(changed >= 0, "every step moves a parameter");
                moved.add(changed);
            }
            assertEquals(d, moved.size(), "each parameter moves exactly once in trajectory " + t);
        }
    }

    @Test
    void saltelliRowsAreAThenBThenAWithOneColumnOfB() {
        int n = 8;
        int d = 3;
        double[] u = Designs.saltelli(n, d);
        assertEquals(n * (d + 2) * d, u.length);
        double[] base = Designs.sobol(n, 2 * d);
        for (int j = 0; j < n; j++) {
            int row = j * (d + 2);
            for (int k = 0; k < d; k++) {
                assertEquals(base[j * 2 * d + k], u[row * d + k], "A");
                assertEquals(base[j * 2 * d + d + k], u[(row + 1) * d + k], "B");
            }
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    double expected = k == i ? base[j * 2 * d + d + k] : base[j * 2 * d + k];
                    assertEquals(expected, u[(row + 2 + i) * d + k], "A_B^" + i);
                }
            }
        }
    }

    @Test
    void randomPointsAreUniformInTheUnitCube() {
        double[] u = Designs.random(2000, 3, new SplittableRandom(5));
        double mean = 0;
        for (double x : u) {
            assertTrue(x >= 0 && x < 1);
            mean += x / u.length;
        }
        assertEquals(0.5, mean, 0.02);
    }

    @Test
    void theDesignOfASweepDependsOnlyOnTheMasterSeed() {
        DesignSpec lhs = new DesignSpec(DesignType.LATIN_HYPERCUBE, 10, 0, 0, null);
        List<Parameter> ps = ranges(2, 0);
        assertEquals(PointRows.digest(lhs.points(ps, 7)), PointRows.digest(lhs.points(ps, 7)));
        assertNotEquals(PointRows.digest(lhs.points(ps, 7)), PointRows.digest(lhs.points(ps, 8)));
        assertEquals(10, lhs.pointCount(ps));
        assertEquals(3 * 4, new DesignSpec(DesignType.MORRIS, 0, 3, 4, null).pointCount(ranges(3, 0)));
        assertEquals(5 * 5, new DesignSpec(DesignType.SALTELLI, 5, 0, 0, null).pointCount(ranges(3, 0)));
    }
}
