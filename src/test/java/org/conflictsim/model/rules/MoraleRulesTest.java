package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoraleRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): target = baseMorale x (1 - unpaidMorale x shortfall); model brief on unpaid soldiers.
    @ParameterizedTest(name = "target({0}, {1}, {2}) = {3}")
    @CsvSource({
        // baseMorale, unpaidMorale, shortfall, expected
        "1.0, 0.5, 0.0, 1.0",     // paid: base morale
        "1.0, 0.5, 1.0, 0.5",     // nothing paid: halved
        "0.8, 0.5, 0.5, 0.6",
        "1.2, 0.0, 1.0, 1.2",     // morale does not depend on pay
        "0.7, 1.0, 1.0, 0.0",     // the floor is applied by next(), not here
    })
    void targetFallsWithUnpaidWages(double base, double unpaid, double shortfall, double expected) {
        assertEquals(expected, MoraleRules.target(base, unpaid, shortfall), EPS);
    }

    // Source (javadoc): next = max(FLOOR, morale + rate x (target - morale)).
    @ParameterizedTest(name = "next({0} -> {1} at {2}) = {3}")
    @CsvSource({
        // morale, target, rate, expected
        "1.0,  1.0,  0.05, 1.0",
        "0.5,  1.0,  0.1,  0.55",
        "1.0,  0.0,  0.5,  0.5",
        "0.12, 0.0,  0.5,  0.1",   // floor
        "0.1,  0.0,  1.0,  0.1",
        "0.3,  1.5,  1.0,  1.5",   // reaches the target in one day at rate 1
    })
    void nextMovesTowardTargetAboveTheFloor(double morale, double target, double rate, double expected) {
        assertEquals(expected, MoraleRules.next(morale, target, rate), EPS);
    }

    // Source (javadoc): shock = captureShock x strategicValue / 1e6 (per US$ 1 million of value).
    @ParameterizedTest(name = "shock({0}, {1}) = {2}")
    @CsvSource({
        "0,   5e6,   0",
        "0.1, 1e6,   0.1",
        "0.1, 5e6,   0.5",
        "2,   250e3, 0.5",
        "5,   0,     0",
    })
    void captureShockScalesWithStrategicValue(double captureShock, double value, double expected) {
        assertEquals(expected, MoraleRules.captureShock(captureShock, value), EPS);
    }

    // Source (javadoc): the loser's morale falls by the shock (floor 0.1), the taker's rises by half (ceiling 1.5).
    @ParameterizedTest(name = "shaken({0}, {1}) = {2}, lifted = {3}")
    @CsvSource({
        // morale, shock, shaken, lifted
        "1.0, 0.2, 0.8, 1.1",
        "0.3, 0.5, 0.1, 0.55",
        "1.4, 0.4, 1.0, 1.5",
        "1.0, 0,   1.0, 1.0",
    })
    void shockShakesTheLoserAndLiftsTheTakerHalfAsMuch(double morale, double shock, double shaken, double lifted) {
        assertEquals(shaken, MoraleRules.shaken(morale, shock), EPS);
        assertEquals(lifted, MoraleRules.lifted(morale, shock), EPS);
    }
}
