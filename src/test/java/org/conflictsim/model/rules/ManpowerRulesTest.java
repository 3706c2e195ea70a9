package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManpowerRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): shortfall = 1 - paid / bill, 0 when nothing is owed.
    @ParameterizedTest(name = "shortfall(bill {0}, paid {1}) = {2}")
    @CsvSource({
        "1000, 1000, 0",
        "1000, 250,  0.75",
        "1000, 0,    1",
        "0,    0,    0",
    })
    void shortfallIsTheUnpaidShare(double bill, double paid, double expected) {
        assertEquals(expected, ManpowerRules.shortfall(bill, paid), EPS);
    }

    // Source (javadoc): a foreign force moves toward its sponsor's troop level at rate x gap per day.
    @ParameterizedTest(name = "fighters {0}, target {1}, rate {2}: withdrawn {3}, sent {4}")
    @CsvSource({
        // fighters, target, rate, withdrawn, sent
        "4000, 4000, 0.1,  0,   0",
        "4000, 6000, 0.1,  0,   200",
        "6000, 4000, 0.05, 100, 0",
        "4000, 0,    1,    4000, 0",
        "0,    3000, 0,    0,   0",
    })
    void troopsMoveTowardTheTargetLevel(double fighters, double target, double rate, double withdrawn, double sent) {
        assertEquals(withdrawn, ManpowerRules.troopsWithdrawn(fighters, target, rate), EPS);
        assertEquals(sent, ManpowerRules.troopsSent(fighters, target, rate), EPS);
    }

    // Source (javadoc): under a deal whose cap (min of deal and own cap) is above today's level, training moves
    // toward it at the deal's rate; otherwise it erodes toward base at decay.
    @ParameterizedTest(name = "training {0}, deal cap {1}, own cap {2}, base {3}, rate {4}, decay {5} -> {6}")
    @CsvSource({
        // training, dealCap, ownCap, base, dealRate, decay, expected
        "0.8, 0,   2.0, 0.8, 0,    0.002, 0.8",     // no deal, at base
        "1.0, 0,   2.0, 0.8, 0,    0.5,   0.9",     // no deal, erodes toward base
        "0.8, 1.6, 2.0, 0.8, 0.1,  0.002, 0.88",    // deal: 0.8 + 0.1 x 0.8
        "0.8, 1.6, 1.2, 0.8, 0.5,  0.002, 1.0",     // own cap binds: 0.8 + 0.5 x 0.4
        "1.6, 1.6, 2.0, 0.8, 0.1,  0.5,   1.2",     // at the cap: erodes toward base
    })
    void trainingFollowsDealsOrErodes(double training, double dealCap, double ownCap, double base, double dealRate,
                                      double decay, double expected) {
        assertEquals(expected, ManpowerRules.nextTraining(training, dealCap, ownCap, base, dealRate, decay), EPS);
    }

    // Source (javadoc): kept share of each front cell = max(0, 1 - lost / deployed).
    @ParameterizedTest(name = "lost {0} of {1} deployed: keep {2}")
    @CsvSource({
        "0,    1000, 1",
        "250,  1000, 0.75",
        "1000, 1000, 0",
        "5000, 1000, 0",
    })
    void frontLossesArePaidProRata(double lost, double deployed, double expected) {
        assertEquals(expected, ManpowerRules.frontShareKept(lost, deployed), EPS);
    }
}
