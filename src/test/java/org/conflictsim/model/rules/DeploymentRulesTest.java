package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploymentRulesTest {

    private static final double EPS = 1e-9;

    // Source (javadoc): enemy cell value = mineWeight x mine value + populationWeight x people; threat = w x force.
    @ParameterizedTest(name = "value({0}, {1}, {2}, {3}) = {4}; threat({5}, {6}) = {7}")
    @CsvSource({
        "1,   2000, 0.01, 50000, 2500, 100, 30, 3000",
        "0,   2000, 0,    50000, 0,    0,   30, 0",
        "2.5, 400,  0.1,  100,   1010, 1,   0,  0",
    })
    void enemyCellValueAndThreat(double mw, double mineValue, double pw, double people, double value, double tw,
                                 double force, double threat) {
        assertEquals(value, DeploymentRules.enemyCellValue(mw, mineValue, pw, people), EPS);
        assertEquals(threat, DeploymentRules.threat(tw, force), EPS);
    }

    // Source (javadoc): objective pull = placeWeight x value x exp(-distance / range).
    @ParameterizedTest(name = "pull({0}, {1}, {2} km / {3} km) = {4}")
    @CsvSource({
        "1, 1e6, 0,  20, 1e6",
        "1, 1e6, 20, 20, 367879.44117144233",
        "2, 5e5, 40, 20, 135335.28323661270",
    })
    void objectivePullDecaysWithDistance(double weight, double value, double km, double range, double expected) {
        assertEquals(expected, DeploymentRules.objectivePull(weight, value, DeploymentRules.decay(km, range)), 1e-6);
    }

    // Source (javadoc): defence pull = defendWeight x value x exp(-distance / range); weight 0 turns it off.
    @ParameterizedTest(name = "defence({0}, {1}, {2} km / {3} km) = {4}")
    @CsvSource({
        "0.5, 4e5, 0,  58, 2e5",
        "0.5, 4e5, 58, 58, 73575.888234288466",
        "0,   4e5, 0,  58, 0",
        "1,   0,   10, 58, 0",
    })
    void defencePullDecaysWithDistance(double weight, double value, double km, double range, double expected) {
        assertEquals(expected, DeploymentRules.defencePull(weight, value, DeploymentRules.decay(km, range)), 1e-6);
    }

    // Source (javadoc): move = rate x (want x weight / totalWeight - present); weight = 1 + pull where eligible.
    @ParameterizedTest(name = "rate {0}, want {1}, weight {2}/{3}, present {4}: move {5}")
    @CsvSource({
        "0.2, 1000, 1, 4, 0,   50",      // a quarter of 1000, a fifth of the gap
        "0.2, 1000, 1, 4, 250, 0",       // at its share
        "0.5, 1000, 3, 4, 950, -100",    // over its share: fighters go back
        "1,   600,  2, 3, 100, 300",
    })
    void moveClosesAShareOfTheGap(double rate, double want, double weight, double total, double present,
                                  double expected) {
        assertEquals(expected, DeploymentRules.move(rate, want, weight, total, present), EPS);
    }

    @ParameterizedTest(name = "eligible {0}, pull {1}: weight {2}")
    @CsvSource({"true, 0, 1", "true, 41.5, 42.5", "false, 100, 0"})
    void weight(boolean eligible, double pull, double expected) {
        assertEquals(expected, DeploymentRules.weight(eligible, pull), EPS);
    }

    @ParameterizedTest(name = "wanted {0}, reserve {1}: scale {2}")
    @CsvSource({"100, 500, 1", "500, 500, 1", "1000, 250, 0.25", "0, 0, 1"})
    void movesInAreScaledToTheReserve(double wanted, double reserve, double expected) {
        assertEquals(expected, DeploymentRules.reserveScale(wanted, reserve), EPS);
    }
}
