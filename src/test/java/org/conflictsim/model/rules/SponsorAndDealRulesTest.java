package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SponsorAndDealRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): level' = clamp(level + step x tanh((G - L)/(G + L)), 0, max).
    @ParameterizedTest(name = "level {0}, G {1}, L {2}, step {3}, max {4} -> {5}")
    @CsvSource({
        // level, gains, losses, step, maxSupport, expected
        "1.0, 0,   0,   0.2, 2, 1.0",                    // nothing at stake: no change
        "1.0, 100, 100, 0.2, 2, 1.0",                    // balanced
        "1.0, 100, 0,   0.2, 2, 1.1523188311911530",     // 1 + 0.2 tanh(1)
        "1.0, 0,   100, 0.2, 2, 0.8476811688088470",     // 1 - 0.2 tanh(1)
        "1.95, 100, 0,  0.2, 2, 2.0",                    // ceiling
        "0.05, 0,  100, 0.2, 2, 0.0",                    // floor
        "0.0, 300, 100, 0.5, 5, 0.2310585786300049",     // recovers from 0: 0.5 tanh(0.5)
    })
    void supportMovesByAtMostAStep(double level, double gains, double losses, double step, double max,
                                   double expected) {
        assertEquals(expected, SponsorRules.nextLevel(level, gains, losses, step, max), EPS);
    }

    // Source (javadoc): G = mineral gain + securityWeight x share; L = cash + sanction cost + aid lost + rep x sev.
    @ParameterizedTest(name = "G({0}, {1}, {2}) = {3}; L({4}, {5}, {6}, {7}, {8}) = {9}")
    @CsvSource({
        "1e6, 2e6, 0.25, 1.5e6, 3e5, 1e5, 5e4, 1e6, 0.5, 9.5e5",
        "0,   0,   1,    0,     0,   0,   0,   0,   1,   0",
    })
    void gainsAndLosses(double gain, double securityWeight, double share, double g, double cash, double sanctionCost,
                        double aidLost, double reputationWeight, double severity, double l) {
        assertEquals(g, SponsorRules.gains(gain, securityWeight, share), 1e-6);
        assertEquals(l, SponsorRules.losses(cash, sanctionCost, aidLost, reputationWeight, severity), 1e-6);
    }

    @Test
    void moreLossesNeverRaiseSupport() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double level = rnd.nextDouble() * 3;
            double g = rnd.nextDouble() * 1e7;
            double l = rnd.nextDouble() * 1e7;
            double more = l + rnd.nextDouble() * 1e7;
            assertTrue(SponsorRules.nextLevel(level, g, more, 0.2, 5) <= SponsorRules.nextLevel(level, g, l, 0.2, 5) + EPS);
        }
    }

    // Source (javadoc): a deal is worth offering while offtakeShare x (value now - value before) > period x cash/day,
    // the value being interest x world value x (1 - localShare).
    @ParameterizedTest(name = "share {0}, value {1} (was {2}), cash {3}/day: access {4}, wanted {5}")
    @CsvSource({
        // offtakeShare, value, valueBefore, cashPerDay, expectedAccess, wanted
        "0.5, 3e6, 1e6, 30000, 1e6, true",      // 1e6 > 30 x 30,000 = 9e5
        "0.5, 3e6, 1e6, 40000, 1e6, false",     // 1e6 < 1.2e6
        "0.5, 2e6, 2e6, 0,     0,   false",     // no new value: not worth even for free
        "1.0, 4e6, 1e6, 1e5,   3e6, false",     // equal: not strictly more
    })
    void dealIsWorthOfferingWhenAccessExceedsCost(double share, double value, double before, double cash,
                                                  double access, boolean wanted) {
        double v = DealRules.expectedAccess(share, value, before);
        assertEquals(access, v, 1e-6);
        assertEquals(wanted, DealRules.worthOffering(v, cash, 30));
    }

    @ParameterizedTest(name = "margin({0}, {1}, {2}) = {3}")
    @CsvSource({
        "1,   1e6, 0.5, 5e5",
        "2,   1e6, 0.4, 1.2e6",
        "0,   1e6, 0.5, 0",
        "1,   1e6, 1,   0",
    })
    void accessMarginIsTheGapBetweenWorldAndMineGatePrices(double interest, double worldValue, double localShare,
                                                          double expected) {
        assertEquals(expected, DealRules.accessMargin(interest, worldValue, localShare), 1e-6);
    }
}
