package org.conflictsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterTest {

    private static Parameter.Range range(double min, double max, Distribution d, double mean, double sd, boolean integer) {
        return new Parameter.Range("x", "a.x", min, max, d, mean, sd, integer, 0);
    }

    @Test
    void uniformAndLogUniformQuantiles() {
        Parameter.Range u = range(10, 20, Distribution.UNIFORM, Double.NaN, Double.NaN, false);
        assertEquals(10, u.at(0).number());
        assertEquals(15, u.at(0.5).number(), 1e-12);
        assertEquals(20, u.at(1).number());
        Parameter.Range lu = range(0.01, 1, Distribution.LOG_UNIFORM, Double.NaN, Double.NaN, false);
        assertEquals(0.01, lu.at(0).number());
        assertEquals(0.1, lu.at(0.5).number(), 1e-12, "the median of a log-uniform is the geometric mean");
        assertEquals(1, lu.at(1).number());
    }

    @Test
    void truncatedNormalQuantiles() {
        Parameter.Range n = range(-1, 1, Distribution.NORMAL, 0, 1, false);
        assertEquals(0, n.at(0.5).number(), 1e-9, "symmetric truncation keeps the median at the mean");
        assertEquals(-1, n.at(0).number());
        assertEquals(1, n.at(1).number());
        // P(X <= 0.5 | -1 <= X <= 1) for a standard normal
        double phi05 = 0.6914624612740131;
        double phi1 = 0.8413447460685429;
        double u = (phi05 - (1 - phi1)) / (2 * phi1 - 1);
        assertEquals(0.5, n.at(u).number(), 1e-7);
        Parameter.Range oneSided = range(0, 10, Distribution.NORMAL, 0, 2, false);
        assertTrue(oneSided.at(0.5).number() < 2, "mass piles up near the mean at the lower bound");
    }

    @Test
    void wholeNumbersGetEqualSharesOfTheUnitInterval() {
        Parameter.Range w = range(1, 4, Distribution.UNIFORM, Double.NaN, Double.NaN, true);
        int[] count = new int[5];
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double v = w.at((i + 0.5) / n).number();
            assertEquals(Math.rint(v), v);
            count[(int) v]++;
        }
        for (int k = 1; k <= 4; k++) {
            assertEquals(n / 4, count[k], "value " + k);
        }
        assertEquals("4", w.at(1).yaml());
        assertEquals("1", w.at(0).yaml());
    }

    @Test
    void levelsSplitTheUnitIntervalEqually() {
        Parameter.Levels l = new Parameter.Levels("p", "a.p", List.of(Value.text("a"), Value.of(2), Value.text("c")));
        assertEquals("\"a\"", l.at(0).yaml());
        assertEquals("\"a\"", l.at(0.33).yaml());
        assertEquals("2", l.at(0.34).yaml());
        assertEquals("\"c\"", l.at(0.999).yaml());
        assertEquals("\"c\"", l.at(1).yaml());
        for (int i = 0; i < 3; i++) {
            assertEquals(l.levels().get(i), l.grid(i), "grid value " + i);
        }
    }

    @Test
    void valuesAreWrittenExactlyWithoutExponents() {
        assertEquals("0.00001", Value.of(1e-5).yaml());
        assertEquals("12345678901234567000", Value.of(1.2345678901234567e19).yaml(), "shortest decimal that reads back");
        assertEquals("-3", Value.of(-3.0).yaml());
        assertEquals(0.1 + 0.2, Double.parseDouble(Value.of(0.1 + 0.2).yaml()));
        assertEquals("\"tab\\there\"", Value.text("tab\there").yaml());
    }
}
