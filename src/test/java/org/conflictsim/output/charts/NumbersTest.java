package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.conflictsim.output.results.Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Axis numbers and bands across runs. */
class NumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "250|250", "999|999", "1000|1 k", "1500|1.5 k", "20000|20 k", "123456|123 k", "3000000|3 M",
        "1250000000|1.25 bn", "0.25|0.25", "-2000|-2 k", "12.5|12.5"})
    void compactAxisNumbers(double value, String text) {
        assertEquals(text, CompactFormat.text(value));
    }

    @Test
    void bandIsMeanAndQuantilesPerDayIgnoringNaN() {
        double[][] runs = {{1, 10, Double.NaN}, {2, 20, Double.NaN}, {3, 30, 5}, {4, 40, Double.NaN}, {5, 50, 7}};
        Band b = Band.of(runs, 2);
        assertArrayEquals(new double[] {6, 60, 12}, b.mean(), 1e-12);
        assertArrayEquals(new double[] {2.4, 24, 10.2}, b.low(), 1e-12);
        assertArrayEquals(new double[] {9.6, 96, 13.8}, b.high(), 1e-12);
        assertEquals(3, b.days());
    }

    @Test
    void bandOfNoValuesIsNaN() {
        Band b = Band.of(new double[][] {{Double.NaN}}, 1);
        assertEquals(Double.NaN, b.mean()[0]);
    }

    @Test
    void bandNeedsEqualLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Band(new double[2], new double[2], new double[1]));
        assertEquals("mean, low and high need one value per day each, got 2, 2, 1", e.getMessage());
    }
}
