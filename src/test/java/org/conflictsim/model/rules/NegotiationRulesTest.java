package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Negotiated ceasefires and what holds or breaks them (ODD §7.1 steps 3 and 4): {@link NegotiationRules}. */
class NegotiationRulesTest {

    private static final double EPS = 1e-12;

    /** ODD §7.1 step 4: stalemate = min(1, (t − t_P) / stalemateDays), never below 0. */
    @ParameterizedTest(name = "stalemate({0} days, full at {1}) = {2}")
    @CsvSource({
        // daysSinceCapture, stalemateDays, expected
        "0,   60, 0",       // a place changed hands today
        "30,  60, 0.5",
        "45,  60, 0.75",
        "59,  60, 0.9833333333333333",
        "60,  60, 1",       // full stalemate
        "120, 60, 1",       // capped
        "-5,  60, 0",       // a negative count reads as 0
        "0,   1,  0",       // the shortest stalemateDays
        "1,   1,  1",
        "364, 3650, 0.09972602739726028",
    })
    void stalemateGrowsWithTheDaysSinceAPlaceChangedHands(int days, int stalemateDays, double expected) {
        assertEquals(expected, NegotiationRules.stalemate(days, stalemateDays), EPS);
    }

    /**
     * ODD §7.1 step 4: h = min(1, hazard + stalemateWeight × stalemate + costWeight × c + mediationWeight × μ)
     * (kivu-2025: 0.0005, 0.01, 0.004, 0.055).
     */
    @ParameterizedTest(name = "h({0} + {1}x{2} + {3}x{4} + {5}x{6}) = {7}")
    @CsvSource({
        // hazard, stalemateWeight, stalemate, costWeight, costShare, mediationWeight, mediation, expected
        "0.0005, 0.01, 0,   0.004, 0,   0.055, 0,   0.0005",   // kivu-2025, front moving, no costs, no talks
        "0.0005, 0.01, 1,   0.004, 0,   0.055, 0,   0.0105",   // full stalemate
        "0.0005, 0.01, 0,   0.004, 1,   0.055, 0,   0.0045",   // all costs, no gains
        "0.0005, 0.01, 0,   0.004, 0,   0.055, 0.5, 0.028",    // Washington talks (intensity 0.5)
        "0.0005, 0.01, 0.5, 0.004, 0.5, 0.055, 0.5, 0.035",
        "0.0005, 0.01, 1,   0.004, 1,   0.055, 1,   0.0695",   // everything at its most
        "0,      0,    1,   0,     1,   0,     1,   0",        // negotiation off: no chance whatever happens
        "0.2,    0.8,  1,   0,     0,   0,     0,   1",        // sums to 1 exactly
        "0.5,    0.3,  1,   0.2,   1,   0.1,   1,   1",        // 1.1 capped at 1
    })
    void hazardAddsStalemateCostsAndMediationUpToOne(double hazard, double sw, double stalemate, double cw,
                                                     double costShare, double mw, double mediation,
                                                     double expected) {
        assertEquals(expected, NegotiationRules.hazard(hazard, sw, stalemate, cw, costShare, mw, mediation), EPS);
    }

    /** ODD §7.1 step 4: the parties agree if u &lt; h (strictly). */
    @ParameterizedTest(name = "agrees(u {0}, h {1}) = {2}")
    @CsvSource({
        "0.01,  0.02, true",
        "0.02,  0.02, false",   // equal: no
        "0,     0,    false",   // h = 0 never agrees, even on u = 0
        "0,     1e-9, true",
        "0.999, 1,    true",    // h = 1 always agrees (u < 1)
        "0.5,   0.1,  false",
    })
    void agreesWhenTheDrawIsBelowTheHazard(double u, double h, boolean expected) {
        assertEquals(expected, NegotiationRules.agrees(u, h));
    }

    /** ODD §7.1 step 3: v = violationWeight if yesterday a bound party lost a cell to an unbound faction, else 0. */
    @ParameterizedTest(name = "violation({0}, {1}) = {2}")
    @CsvSource({"true, 0.05, 0.05", "false, 0.05, 0", "true, 0, 0", "false, 0, 0", "true, 1, 1"})
    void aViolationAddsItsWeight(boolean violated, double weight, double expected) {
        assertEquals(expected, NegotiationRules.violation(violated, weight), EPS);
    }

    /** ODD §7.1 step 3: the breakdown chance is multiplied by (1 − mediationHold × μ). */
    @ParameterizedTest(name = "held({0}, hold {1}, μ {2}) = {3}")
    @CsvSource({
        // probability, hold, mediation, expected
        "0.1,  0.9, 1,   0.01",    // Luanda truce under the Angolan mediation: a tenth
        "0.1,  0.9, 0,   0.1",     // once the talks end: the full chance
        "0.1,  0.9, 0.5, 0.055",   // Washington (0.5)
        "0.1,  0,   1,   0.1",     // mediationHold 0 (the default): mediation does not hold truces
        "0.1,  1,   1,   0",       // a full hold: never breaks down
        "0,    0.9, 1,   0",
        "0.06, 0.9, 1,   0.006",   // base 0.01 plus a violation 0.05
    })
    void mediationHoldsTruces(double probability, double hold, double mediation, double expected) {
        assertEquals(expected, NegotiationRules.heldByMediation(probability, hold, mediation), EPS);
    }

    /**
     * ODD §7.1 steps 3-4: the negotiation hazard never falls as stalemate, cost share or mediation rise, stays within
     * [0, 1]; the breakdown chance never rises with the mediation's intensity or hold; stalemate never falls with
     * time.
     */
    @Test
    void hazardRisesAndBreakdownFallsWithTheirDrivers() {
        SplittableRandom rnd = new SplittableRandom(20250719L);
        for (int i = 0; i < 500; i++) {
            double h0 = rnd.nextDouble() * 0.01;
            double sw = rnd.nextDouble() * 0.1;
            double cw = rnd.nextDouble() * 0.1;
            double mw = rnd.nextDouble() * 0.2;
            double s = rnd.nextDouble();
            double c = rnd.nextDouble();
            double m = rnd.nextDouble();
            String name = "case " + i + ": h0 " + h0 + ", weights " + sw + "/" + cw + "/" + mw + ", stalemate " + s
                    + ", cost " + c + ", mediation " + m;
            double h = NegotiationRules.hazard(h0, sw, s, cw, c, mw, m);
            assertTrue(h >= 0 && h <= 1, name);
            assertTrue(NegotiationRules.hazard(h0, sw, s + rnd.nextDouble() * (1 - s), cw, c, mw, m) >= h, name);
            assertTrue(NegotiationRules.hazard(h0, sw, s, cw, c + rnd.nextDouble() * (1 - c), mw, m) >= h, name);
            assertTrue(NegotiationRules.hazard(h0, sw, s, cw, c, mw, m + rnd.nextDouble() * (1 - m)) >= h, name);
            double p = rnd.nextDouble();
            double hold = rnd.nextDouble();
            double held = NegotiationRules.heldByMediation(p, hold, m);
            assertTrue(held >= 0 && held <= p, name + ", p " + p + ", hold " + hold);
            assertTrue(NegotiationRules.heldByMediation(p, hold, m + rnd.nextDouble() * (1 - m)) <= held + EPS,
                    name + ", p " + p + ", hold " + hold);
            assertTrue(NegotiationRules.heldByMediation(p, hold + rnd.nextDouble() * (1 - hold), m) <= held + EPS,
                    name + ", p " + p + ", hold " + hold);
            int days = rnd.nextInt(400);
            int full = 1 + rnd.nextInt(365);
            assertTrue(NegotiationRules.stalemate(days + 1 + rnd.nextInt(30), full)
                    >= NegotiationRules.stalemate(days, full), name + ", day " + days + ", full at " + full);
        }
    }

    /**
     * ODD §7.1 step 4: a table seats two principals if some mediation in force names both or names no one
     * (kivu-2025: Luanda and Washington seat FARDC and RWA, Doha FARDC and M23).
     */
    @ParameterizedTest(name = "seats({0}; {1}, {2}) = {3}")
    @CsvSource(delimiter = ';', value = {
        // tables (| between tables, + between ids, '-' for a table of all the parties), a, b, expected
        "FARDC+RWA;        FARDC; M23;   false",   // Luanda: DRC-Rwanda talks do not seat M23
        "FARDC+M23;        FARDC; M23;   true",    // Doha
        "FARDC+M23;        M23;   FARDC; true",    // order does not matter
        "FARDC+RWA|FARDC+M23; FARDC; M23; true",   // Washington and Doha together
        "FARDC+RWA|QAT+M23; FARDC; M23;  false",   // each names one principal only
        "-;                FARDC; M23;   true",    // a mediation between all the parties
        "FARDC+RWA|-;      FARDC; M23;   true",
        "'';               FARDC; M23;   false",   // no mediation in force
        "FARDC+M23+RWA;    FARDC; M23;   true",    // a table of three
    })
    void aTableSeatsBothPrincipalsOrEveryone(String tables, String a, String b, boolean expected) {
        java.util.List<java.util.List<String>> t = new java.util.ArrayList<>();
        if (!tables.isBlank()) {
            for (String table : tables.split("\\|")) {
                t.add(table.equals("-") ? java.util.List.of() : java.util.List.of(table.split("\\+")));
            }
        }
        assertEquals(expected, NegotiationRules.seats(t, a, b));
    }

    /** ODD §7.1 step 4: without a table the chance keeps 1 − directTalks of itself; at one, all of it. */
    @ParameterizedTest(name = "talks(table {0}, directTalks {1}) = {2}")
    @CsvSource({
        // atTable, directTalks, expected
        "false, 0,    1",      // rules without the need (every scenario but kivu-2025): as before
        "true,  0,    1",
        "false, 1,    0",      // kivu-2025 before Doha: no negotiated ceasefire between FARDC and M23
        "true,  1,    1",      // kivu-2025 from the Doha talks
        "false, 0.25, 0.75",
        "true,  0.25, 1",
    })
    void directTalksTakeAwayTheChanceWithoutATable(boolean atTable, double directTalks, double expected) {
        assertEquals(expected, NegotiationRules.talks(atTable, directTalks), EPS);
    }

    /** Seeded: the factor is in [0, 1], never lower at a table, and never higher as directTalks grows. */
    @Test
    void talksNeverPenaliseATableAndFallWithTheNeed() {
        SplittableRandom rnd = new SplittableRandom(913);
        for (int i = 0; i < 1000; i++) {
            double d = rnd.nextDouble();
            double more = d + rnd.nextDouble() * (1 - d);
            double off = NegotiationRules.talks(false, d);
            assertTrue(off >= 0 && off <= 1, "factor " + off);
            assertTrue(NegotiationRules.talks(true, d) >= off, "a table lowers the chance at " + d);
            assertTrue(NegotiationRules.talks(false, more) <= off + EPS, "more need raises it at " + d);
        }
    }
}
