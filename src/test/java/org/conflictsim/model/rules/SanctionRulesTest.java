package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): several sanctions combine as 1 - prod(1 - s).
    @ParameterizedTest(name = "combined({0}, {1}, {2}) = {3}")
    @CsvSource({
        "0,   0,   0,   0",
        "0.3, 0,   0,   0.3",
        "0.5, 0.5, 0,   0.75",
        "0.2, 0.5, 0.5, 0.8",
        "1,   0.3, 0.1, 1",
    })
    void sanctionsCombineMultiplicatively(double a, double b, double c, double expected) {
        assertEquals(expected, SanctionRules.combined(a, b, c), EPS);
        assertEquals(expected, SanctionRules.severity(SanctionRules.kept(SanctionRules.kept(SanctionRules.kept(1, a), b), c)),
                EPS);
    }

    @Test
    void combinedSeverityNeverFallsWhenASanctionIsAddedAndStaysInRange() {
        SplittableRandom rnd = new SplittableRandom(20250220L);
        for (int i = 0; i < 1000; i++) {
            double a = rnd.nextDouble();
            double b = rnd.nextDouble();
            double one = SanctionRules.combined(a);
            double two = SanctionRules.combined(a, b);
            assertTrue(two >= one - EPS && two <= 1 + EPS, a + ", " + b);
            assertEquals(two, SanctionRules.combined(b, a), EPS, "order does not matter");
        }
    }

    // Source (javadoc): a sanctioned recipient gets amount x (1 - severity).
    @ParameterizedTest(name = "passedThrough({0}, {1}) = {2}")
    @CsvSource({
        "1000, 0,    1000",
        "1000, 0.25, 750",
        "1000, 1,    0",
        "0,    0.5,  0",
    })
    void passedThrough(double amount, double severity, double expected) {
        assertEquals(expected, SanctionRules.passedThrough(amount, severity), EPS);
    }

    // Source (javadoc): penalty = max(severity on sponsor, severity on proxy) x cash paid.
    @ParameterizedTest(name = "penalty({0}, {1}, {2}) = {3}")
    @CsvSource({
        "0,   0,   1e6, 0",
        "0.3, 0,   1e6, 3e5",
        "0.1, 0.4, 1e6, 4e5",
        "0.5, 0.5, 0,   0",
    })
    void sponsorPenaltyFollowsTheHarsherSanction(double onSponsor, double onProxy, double cash, double expected) {
        assertEquals(expected, SanctionRules.sponsorPenalty(onSponsor, onProxy, cash), 1e-6);
    }

    /**
     * ODD §7.3, severity met on output crossing a banned border: withBan(s, b) = 1 − (1 − s)(1 − b), exactly s
     * when b = 0.
     */
    @ParameterizedTest(name = "withBan({0}, {1}) = {2}")
    @CsvSource({
        // severity, ban, expected
        "0.15, 0,   0.15",
        "0,    0.4, 0.4",
        "0.15, 0.4, 0.49",     // RWA under US and EU sanctions, coltan under a 0.4 ban
        "0,    0.58, 0.58",    // the EU (0.4) and US (0.3) bans combined
        "0.5,  0.5, 0.75",
        "0.1,  1,   1",        // a full ban: nothing sells
        "1,    0.3, 1",
        "0,    0,   0",
    })
    void aBanCombinesWithTheSanctions(double severity, double ban, double expected) {
        assertEquals(expected, SanctionRules.withBan(severity, ban), EPS);
    }

    /** ODD §7.3: without a ban the severity is the sanctions' own, bit for bit; with one, at least each part. */
    @Test
    void withoutABanTheSeverityIsExactlyTheSanctions() {
        SplittableRandom rnd = new SplittableRandom(20250313L);
        for (int i = 0; i < 1000; i++) {
            double s = rnd.nextDouble();
            double b = rnd.nextDouble();
            assertEquals(s, SanctionRules.withBan(s, 0), 0.0, "case " + i + ": s " + s);
            double both = SanctionRules.withBan(s, b);
            String c = "case " + i + ": s " + s + ", ban " + b;
            assertTrue(both >= Math.max(s, b) - EPS && both <= 1 + EPS, c + ": " + both);
            assertEquals(both, SanctionRules.withBan(b, s), EPS, c + ": symmetric");
        }
    }
}
