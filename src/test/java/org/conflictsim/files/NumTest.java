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

    @Test
    void theFastPathWritesWhatBigDecimalWrites() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(20251203L);
        int viaBigDecimal = 0;
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Math.pow(10, r.nextDouble(-12, 16)) * (r.nextBoolean() ? 1 : -1);
                case 1 -> Double.longBitsToDouble(r.nextLong()); // any double, however large or small
                case 2 -> r.nextInt(1_000_000) / 1000.0 + 0.0005; // at or near decimal ties
                default -> (r.nextLong(1L << 40) + 0.5) / (1L << r.nextInt(1, 30)); // exact binary halves
            };
            if (Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
                continue;
            }
            assertEquals(Num.exact(v), Num.format(v), "v = " + v + " (" + Double.doubleToLongBits(v) + ")");
            viaBigDecimal += i % 4 == 0 && Num.fast(v) == null ? 1 : 0;
        }
        assertEquals(true, viaBigDecimal < 750, viaBigDecimal + " of 75000 ordinary values needed BigDecimal");
    }

    @Test
    void valuesAtATieRoundHalfUpOfTheExactBinaryValue() {
        for (double v : new double[] {0.00012345678905, 1.00000000005, 1.000000000049999, 12345.678905,
            1234567890.5, 0.1, 1e-300, 9.9999999995, 99999.999995, 123456789012.5}) {
            assertEquals(Num.exact(v), Num.format(v), "v = " + v);
        }
    }
}
