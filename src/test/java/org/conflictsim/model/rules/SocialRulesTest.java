package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): grievance G = H x (1 - L) (Epstein 2002), hardship and legitimacy clamped to [0, 1].
    @ParameterizedTest(name = "G(H={0}, L={1}) = {2}")
    @CsvSource({
        // hardship, legitimacy, expected
        "0,    0,    0",
        "1,    0,    1",
        "1,    1,    0",
        "0.5,  0.5,  0.25",
        "0.8,  0.25, 0.6",
        "1.7,  0.5,  0.5",    // hardship above 1 counts as 1
        "-0.3, 0.2,  0",      // negative hardship counts as 0
        "0.6,  -2,   0.6",    // negative legitimacy counts as 0
        "0.6,  1.5,  0",      // legitimacy above 1 counts as 1
        "3,    -3,   1",      // both clamped: the maximum grievance is 1
    })
    void grievanceClampsItsInputs(double hardship, double legitimacy, double expected) {
        assertEquals(expected, SocialRules.grievance(hardship, legitimacy), EPS);
    }

    // Source (javadoc): deserters = rate x shortfall x fighters, brief: "unpaid fighters desert in proportion
    // to the shortfall"; shortfall clamped to [0, 1].
    @ParameterizedTest(name = "deserters(F={0}, shortfall={1}, rate={2}) = {3}")
    @CsvSource({
        // fighters, shortfall, rate, expected
        "1000,  0,    0.02, 0",       // fully paid: nobody deserts
        "1000,  1,    0.02, 20",      // unpaid
        "1000,  0.5,  0.02, 10",
        "40000, 0.25, 0.02, 200",
        "1000,  1,    0,    0",
        "0,     1,    0.5,  0",
        "1000,  1.5,  0.02, 20",      // shortfall above 1 counts as 1
        "1000,  -0.5, 0.02, 0",       // negative shortfall counts as 0
        "1000,  1,    1,    1000",
    })
    void desertersAreProportionalToTheShortfall(double fighters, double shortfall, double rate, double expected) {
        assertEquals(expected, SocialRules.deserters(fighters, shortfall, rate), 1e-9);
    }

    // Source (javadoc): recruits limited by money above the reserve and by the willing pool, and the ceiling
    // (Collier & Hoeffler 2004, finance-constrained rebellion; pool from grievance).
    @ParameterizedTest(name = "{4}: recruits(surplus={0}, signOn={1}, pool={2}, room={3}) = {5}")
    @CsvSource({
        // surplus, signOn, pool, room, binding limit, expected
        "10000,   100, 500,  1000, money,   100",
        "1000000, 100, 500,  1000, pool,    500",
        "1000000, 100, 5000, 300,  ceiling, 300",
        "10000,   0,   500,  1000, free recruits are limited by the pool, 500",
        "10000,   0,   5000, 1000, free recruits are limited by the ceiling, 1000",
        "0,       100, 500,  1000, no surplus, 0",
        "-5000,   100, 500,  1000, below the reserve, 0",
        "10000,   100, 0,    1000, empty pool, 0",
        "10000,   100, 500,  0,    at the ceiling, 0",
        "10000,   100, 500,  -20,  above the ceiling, 0",
        "150,     100, 500,  1000, fractional recruits, 1.5",
    })
    void recruitsTakeTheTightestLimit(double surplus, double signOn, double pool, double room, String limit,
                                      double expected) {
        assertEquals(expected, SocialRules.recruits(surplus, signOn, pool, room), 1e-9, limit);
    }

    // Source (javadoc): first-order adjustment value + rate x (target - value).
    @ParameterizedTest(name = "approach({0} -> {1}, rate {2}) = {3}")
    @CsvSource({
        "0.5, 1,   0,    0.5",    // rate 0: no change
        "0.5, 1,   1,    1",      // rate 1: jumps to the target
        "0.5, 1,   0.2,  0.6",
        "1,   0.5, 0.2,  0.9",    // approaches from above
        "0.3, 0.3, 0.7,  0.3",    // at the target: stays
        "-2,  2,   0.25, -1",
    })
    void approach(double value, double target, double rate, double expected) {
        assertEquals(expected, SocialRules.approach(value, target, rate), EPS);
    }

    // Source (javadoc): brief: legitimacy falls with territory lost, civilian harm and unpaid soldiers; rises
    // with aid-funded services; a non-state authority loses it with heavy taxation. Territory ratio is
    // capped at 2; deaths count per 1,000; aid per US$ 1 million/day; the result is clamped to [0, 1].
    // Weights below are the declared defaults (Rules.Legitimacy.PARAMS): territory 0.5, harm 0.05, unpaid 0.2, aid 0.5, tax 0.3.
    @ParameterizedTest(name = "{6}")
    @CsvSource({
        // initial, territoryRatio, recentDeaths, shortfall, aidPerDay, taxRate, case, expected
        "0.5, 1,   0,     0,   0,       0,   neutral: stays at the initial value,          0.5",
        "0.5, 0.6, 0,     0,   0,       0,   territory lost lowers it,                     0.3",
        "0.5, 1.4, 0,     0,   0,       0,   territory gained raises it,                   0.7",
        "0.5, 5,   0,     0,   0,       0,   territory ratio is capped at 2,               1.0",
        "0.2, 5,   0,     0,   0,       0,   cap at 2 holds below the clamp too,           0.7",
        "0.5, 1,   2000,  0,   0,       0,   civilian harm lowers it,                      0.4",
        "0.5, 1,   0,     0.5, 0,       0,   unpaid soldiers lower it,                     0.4",
        "0.5, 1,   0,     3,   0,       0,   shortfall above 1 counts as 1,                0.3",
        "0.5, 1,   0,     -1,  0,       0,   negative shortfall counts as 0,               0.5",
        "0.5, 1,   0,     0,   400000,  0,   aid raises it,                                0.7",
        "0.5, 1,   0,     0,   0,       0.2, taxation lowers it,                           0.44",
        "0.5, 0,   1e6,   1,   0,       1,   everything bad: clamped at 0,                 0",
        "0.9, 2,   0,     0,   1e7,     0,   everything good: clamped at 1,                1",
        "0.5, 0.8, 1000,  0.25, 200000, 0.1, all terms together,                           0.37",
    })
    void legitimacyTarget(double initial, double ratio, double deaths, double shortfall, double aid, double tax,
                          String description, double expected) {
        double t = SocialRules.legitimacyTarget(initial, ratio, deaths, shortfall, aid, tax, 0.5, 0.05, 0.2, 0.5, 0.3);
        assertEquals(expected, t, 1e-12, description);
    }

    // Each term on its own, with weight 1 and every other weight 0, moves the target in its documented
    // direction by exactly its weight times its input.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // term, territoryW, harmW, unpaidW, aidW, taxW, expected (initial 0.5, ratio 0.9, deaths 100, shortfall 0.3, aid 1e5, tax 0.25)
        "territory, 1, 0, 0, 0, 0, 0.4",
        "harm,      0, 1, 0, 0, 0, 0.4",
        "unpaid,    0, 0, 1, 0, 0, 0.2",
        "aid,       0, 0, 0, 1, 0, 0.6",
        "tax,       0, 0, 0, 0, 1, 0.25",
        "none,      0, 0, 0, 0, 0, 0.5",
    })
    void legitimacyTermsOneAtATime(String term, double tw, double hw, double uw, double aw, double xw, double expected) {
        assertEquals(expected, SocialRules.legitimacyTarget(0.5, 0.9, 100, 0.3, 1e5, 0.25, tw, hw, uw, aw, xw), 1e-12, term);
    }

    @ParameterizedTest(name = "clamp01({0}) = {1}")
    @CsvSource({"-1, 0", "0, 0", "0.25, 0.25", "1, 1", "7, 1", "-Infinity, 0", "Infinity, 1"})
    void clamp01(double v, double expected) {
        assertEquals(expected, SocialRules.clamp01(v), 0.0);
    }
}
