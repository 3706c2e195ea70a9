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
    @CsvSource({"0.01, 0.02, true", "0.02, 0.02, false", "0.5, 0.1, false", "0, 0, false",
        "0.999, 1.2, true"})   // the breakdown probability is not capped: above 1 it always breaks down
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

    /**
     * ODD §7.1 step 3, the whole daily breakdown chance of a ceasefire:
     * p_c = (breakdown + imbalance × |ln R| + v) × (1 − mediationHold × μ), with v = violationWeight after a violation
     * ({@link NegotiationRules#violation}, {@link NegotiationRules#heldByMediation}).
     */
    @ParameterizedTest(name = "p_c(base {0}, imbalance {1}, R {2}, violated {3} x{4}, hold {5}, μ {6}) = {7}")
    @CsvSource({
        // breakdown, imbalance, forceRatio, violated, violationWeight, mediationHold, mediation, expected
        "0.1,  0.01,  1,                 false, 0.05, 0.9, 1,   0.01",     // Luanda truce under mediation, even sides
        "0.1,  0.01,  1,                 false, 0.05, 0.9, 0,   0.1",      // after the Luanda summit was cancelled
        "0.01, 0.005, 7.38905609893065,  true,  0.05, 0.9, 0.5, 0.0385",   // (0.01 + 0.01 + 0.05) x 0.55
        "0.01, 0.005, 0.1353352832366127, true, 0.05, 0.9, 0.5, 0.0385",   // R = e^-2 counts as e^2: |ln R|
        "0.01, 0.005, 7.38905609893065,  false, 0.05, 0,   1,   0.02",     // no hold: mediation does nothing here
        "0,    0,     1000,              true,  0,    0.9, 1,   0",        // breakdown 0, imbalance 0, no violation weight
        "0,    0,     1,                 true,  0.05, 1,   1,   0",        // a full hold stops even a violation
    })
    void breakdownChanceAddsImbalanceAndViolationAndMediationHoldsIt(double breakdown, double imbalance,
                                                                     double ratio, boolean violated,
                                                                     double violationWeight, double hold,
                                                                     double mediation, double expected) {
        double p = NegotiationRules.heldByMediation(CeasefireRules.breakdownProbability(breakdown, imbalance, ratio)
                + NegotiationRules.violation(violated, violationWeight), hold, mediation);
        assertEquals(expected, p, 1e-12);
    }
}
