package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CombatRulesTest {

    private static final double EPS = 1e-12;

    // Source (javadoc): F = fighters x training x equipment x morale, model brief; multiplicative quality
    // factors as in Lanchester-type models (Epstein 1985).
    @ParameterizedTest(name = "F({0}, {1}, {2}, {3}) = {4}")
    @CsvSource({
        // fighters, training, equipment, morale, expected
        "1000,  1.0, 1.0, 1.0, 1000",
        "1000,  0.6, 1.0, 0.7, 420",
        "5000,  1.8, 1.5, 1.0, 13500",
        "4000,  2.5, 2.0, 1.1, 22000",
        "0,     3.0, 5.0, 1.5, 0",
        "1,     0.1, 0.1, 0.1, 0.001",
        "8000,  0.8, 1.0, 0.8, 5120",
    })
    void effectiveForceIsTheProductOfItsFactors(double fighters, double training, double equipment, double morale,
                                                double expected) {
        assertEquals(expected, CombatRules.effectiveForce(fighters, training, equipment, morale), 1e-9 * Math.max(1, expected));
    }

    // Source (javadoc): defender multiplier 1 + terrainBonus x terrain + fortification.
    @ParameterizedTest(name = "1 + {0}*{1} + {2} = {3}")
    @CsvSource({
        // terrainBonus, terrain, fortification, expected
        "0,   0,   0,   1",
        "1,   0,   0,   1",
        "1,   1,   0,   2",
        "1,   0.2, 0,   1.2",
        "1,   0.5, 1.0, 2.5",
        "2.5, 0.4, 0.3, 2.3",
        "5,   1,   10,  16",
        "0,   1,   0.8, 1.8",
    })
    void defenceMultiplier(double terrainBonus, double terrain, double fortification, double expected) {
        assertEquals(expected, CombatRules.defenceMultiplier(terrainBonus, terrain, fortification), EPS);
    }

    // Source (javadoc): prepared defences 1 + gain x min(1, days / fullDays); Dupuy's posture factors (hasty 1.3,
    // prepared 1.5, fortified 1.6 relative to a force in the open) bound a full gain of 0.3-0.6.
    @ParameterizedTest(name = "E(gain {0}, {1} d, full {2} d) = {3}")
    @CsvSource({
        // gain, days, fullDays, expected
        "0,    500, 30,  1",        // off: no gain however long the cell is held
        "0.6,  0,   30,  1",        // just taken or just reached by the front: no preparation
        "0.6,  15,  30,  1.3",      // half way: Dupuy's hasty defence
        "0.5,  30,  30,  1.5",      // fully prepared
        "0.6,  30,  30,  1.6",      // fortified (Dupuy's highest posture factor)
        "0.6,  120, 30,  1.6",      // no further gain after fullDays
        "0.3,  1,   1,   1.3",      // full after one day
        "0.45, 10,  40,  1.1125",
        "1,    365, 365, 2",
    })
    void entrenchmentGrowsWithDaysHeldUpToItsFullGain(double gain, double days, double fullDays, double expected) {
        assertEquals(expected, CombatRules.entrenchment(gain, days, fullDays), EPS);
    }

    // Seeded property: the multiplier never falls as days pass, and stays within [1, 1 + gain].
    @Test
    void entrenchmentIsMonotoneAndBounded() {
        SplittableRandom r = new SplittableRandom(20241201L);
        for (int i = 0; i < 2000; i++) {
            double gain = r.nextDouble();
            double full = 1 + r.nextDouble() * 364;
            double d1 = r.nextDouble() * 400;
            double d2 = d1 + r.nextDouble() * 50;
            double e1 = CombatRules.entrenchment(gain, d1, full);
            double e2 = CombatRules.entrenchment(gain, d2, full);
            assertTrue(e2 >= e1, "later is weaker: " + gain + " " + full + " " + d1 + " " + d2);
            assertTrue(e1 >= 1 && e1 <= 1 + gain + EPS, "out of bounds: " + e1);
        }
    }

    // Source (javadoc): contest success function Fa^m / (Fa^m + Fd^m), Tullock 1980; Hirshleifer 1989.
    // Both zero gives 0.5; a side with zero force loses for sure.
    @ParameterizedTest(name = "p({0} vs {1}, m={2}) = {3}")
    @CsvSource({
        // attacker, defender, m, expected
        "100,   100,   1.5, 0.5",           // equal forces
        "1,     1,     0.5, 0.5",
        "7e5,   7e5,   5,   0.5",
        "200,   100,   1,   0.6666666666666666",
        "300,   100,   2,   0.9",           // 9 / (9 + 1)
        "100,   300,   2,   0.1",
        "400,   100,   0.5, 0.6666666666666666", // 2 / (2 + 1)
        "0,     0,     1.5, 0.5",           // both zero
        "0,     100,   1.5, 0",             // attacker has nothing
        "100,   0,     1.5, 1",             // defender has nothing
        "-5,    0,     1.5, 0.5",           // negative forces count as none
        "-5,    10,    1.5, 0",
        "1e300, 1e300, 5,   0.5",           // overflow safety: Fa^m alone would be +Infinity
        "2e300, 1e300, 2,   0.8",
        "1e300, 2e300, 2,   0.2",
        "1e300, 1e-300, 5,  1",
        "1e-300, 1e300, 5,  0",
        "1e-300, 1e-300, 5, 0.5",           // underflow safety: Fa^m alone would be 0
    })
    void winProbabilityTable(double attacker, double defender, double m, double expected) {
        assertEquals(expected, CombatRules.winProbability(attacker, defender, m), EPS);
    }

    // Source (javadoc): Tullock CSF. As the decisiveness m grows the stronger side wins with p -> 1.
    @ParameterizedTest(name = "m = {0}")
    @CsvSource({"1, 0.5999", "5, 0.883", "20, 0.9990", "100, 0.99999999", "1e4, 1", "1e9, 1"})
    void largeDecisivenessMakesTheStrongerSideWin(double m, double atLeast) {
        double p = CombatRules.winProbability(1.5, 1.0, m);
        assertTrue(p >= atLeast && p <= 1.0, "p = " + p);
        double q = CombatRules.winProbability(1.0, 1.5, m);
        assertTrue(q <= 1 - atLeast && q >= 0.0, "q = " + q);
    }

    @Test
    void winProbabilityRisesMonotonicallyWithDecisivenessForTheStrongerSide() {
        double previous = 0.5;
        for (double m = 0.5; m <= 50; m += 0.5) {
            double p = CombatRules.winProbability(1.2, 1.0, m);
            assertTrue(p > previous, "m = " + m + ": " + p + " <= " + previous);
            previous = p;
        }
        assertEquals(1.0, CombatRules.winProbability(1.2, 1.0, 1e6), 0.0);
    }

    static Stream<Arguments> randomForces() {
        // a fixed seed so the table is the same every run; forces span 1e-6 .. 1e300 on a log scale
        SplittableRandom r = new SplittableRandom(20250101L);
        return Stream.generate(() -> Arguments.of(Math.pow(10, r.nextDouble(-6, 300)), Math.pow(10, r.nextDouble(-6, 300)),
                r.nextDouble(0.5, 5))).limit(200);
    }

    // Source (javadoc): Tullock CSF is symmetric: p(a, d) + p(d, a) = 1, and it stays in [0, 1] for any forces.
    @ParameterizedTest
    @MethodSource("randomForces")
    void symmetryAndRange(double a, double d, double m) {
        double p = CombatRules.winProbability(a, d, m);
        double q = CombatRules.winProbability(d, a, m);
        assertTrue(p >= 0 && p <= 1 && !Double.isNaN(p), "p = " + p);
        assertEquals(1.0, p + q, 1e-12, "p(a,d) = " + p + ", p(d,a) = " + q);
        if (a > d) {
            assertTrue(p >= 0.5, "the stronger attacker has p >= 0.5, got " + p);
        }
    }

    // Source (javadoc): Lanchester (1916) square-law attrition: a side loses k x opposing effective force,
    // never more than it has.
    @ParameterizedTest(name = "losses(k={0}, opp={1}, present={2}) = {3}")
    @CsvSource({
        // k, opposing effective force, present, expected
        "0.02, 1000,  500,  20",
        "0.02, 0,     500,  0",
        "0,    1000,  500,  0",
        "0.5,  1000,  500,  500",   // exactly the cap
        "0.5,  2000,  500,  500",   // capped at present
        "0.02, 1e6,   100,  100",   // capped at present
        "0.1,  50,    0,    0",     // nobody present, nobody lost
        "0.02, 12345, 1e9,  246.9",
    })
    void lossesAreCappedAtThosePresent(double k, double opposing, double present, double expected) {
        assertEquals(expected, CombatRules.losses(k, opposing, present), 1e-9);
    }

    // Source (javadoc): civilian deaths = rate x residents x casualties, capped at the residents
    // (intensity-scaled harm, brief; calibrated, see ODD).
    @ParameterizedTest(name = "civilianDeaths(rate={0}, residents={1}, casualties={2}) = {3}")
    @CsvSource({
        // rate, residents, casualties, expected
        "5e-6,  1000000, 40,   200",
        "5e-6,  1000,    40,   0.2",
        "0,     1000000, 40,   0",
        "5e-6,  0,       40,   0",
        "5e-6,  1000000, 0,    0",
        "0.01,  1000,    100,  1000",   // exactly the residents
        "0.01,  1000,    5000, 1000",   // capped at the residents
        "0.001, 50,      1e6,  50",     // capped at the residents
    })
    void civilianDeathsAreCappedAtTheResidents(double rate, double residents, double casualties, double expected) {
        assertEquals(expected, CombatRules.civilianDeaths(rate, residents, casualties), 1e-9);
    }
}
