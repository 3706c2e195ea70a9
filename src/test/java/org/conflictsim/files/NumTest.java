package org.conflictsim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Num.format: whole numbers without a decimal point, others rounded to 10 significant digits, NaN empty. */
class NumTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(value = {
        "NaN                  | ''",
        "3                    | 3",
        "-0.0                 | 0",
        "-42                  | -42",
        "0.30000000000000004  | 0.3",
        "0.3333333333333333   | 0.3333333333",
        "1234567.891234       | 1234567.891",
        "-2.75                | -2.75",
        "2.5E-7               | 0.00000025",
        "123456789012.5       | 123456789000",
        "0.99999999999        | 1",
        "12.0000000001        | 12",
        "Infinity             | Inf",
        "-Infinity            | -Inf",
        "1.0E15               | 1000000000000000",
    }, delimiter = '|')
    void format(double v, String expected) {
        assertEquals(expected, Num.format(v));
    }

    @Test
    void formatDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234567.891", Num.format(1234567.891234));
            Locale.setDefault(new Locale("ar", "EG"));
            assertEquals("0.3333333333", Num.format(1.0 / 3));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void tenSignificantDigitsRoundTripWithinHalfAUnitInTheTenthDigit() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, r.nextDouble(-8, 14)) * (r.nextBoolean() ? 1 : -1);
            double back = Double.parseDouble(Num.format(v));
            assertEquals(v, back, Math.abs(v) * 5e-10 + 1e-300, "v = " + v);
        }
    }
}
