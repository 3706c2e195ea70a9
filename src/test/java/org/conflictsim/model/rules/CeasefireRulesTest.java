package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeasefireRulesTest {

    // Source (javadoc): p = breakdown + imbalance x |ln(ratio)|.
    @ParameterizedTest(name = "p({0}, {1}, ratio {2}) = {3}")
    @CsvSource({
        "0.01, 0.02, 1,                  0.01",   // equal sides: base rate only
        "0.01, 0.02, 2.718281828459045,  0.03",   // ratio e: + imbalance
        "0,    0.1,  7.38905609893065,   0.2",    // ratio e^2
        "0.05, 0,    10,                 0.05",
    })
    void breakdownRisesWithImbalance(double breakdown, double imbalance, double ratio, double expected) {
        assertEquals(expected, CeasefireRules.breakdownProbability(breakdown, imbalance, ratio), 1e-12);
    }

    @ParameterizedTest(name = "u {0} < p {1}: {2}")
    @CsvSource({"0.01, 0.02, true", "0.02, 0.02, false", "0.5, 0.1, false", "0, 0, false"})
    void breaksDownWhenTheDrawIsBelowTheProbability(double u, double p, boolean expected) {
        assertEquals(expected, CeasefireRules.breaksDown(u, p));
    }

    // Source (javadoc): ratio of the strongest side to the second strongest; 1 with fewer than two sides.
    @ParameterizedTest(name = "ratio({0}, {1}, {2}, {3}) = {4}")
    @CsvSource({
        "100, 50,  0,   0,  2",
        "50,  100, 0,   0,  2",
        "10,  40,  20,  0,  2",
        "0,   0,   30,  0,  1",   // one side with force
        "0,   0,   0,   0,  1",
        "25,  25,  0,   0,  1",
    })
    void forceRatioOfTheTwoStrongestSides(double a, double b, double c, double d, double expected) {
        assertEquals(expected, CeasefireRules.forceRatio(new double[] {a, b, c, d}), 1e-12);
    }
}
