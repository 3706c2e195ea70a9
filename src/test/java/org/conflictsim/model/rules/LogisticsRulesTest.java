package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Supply lines (ODD §7.7) and garrisons (ODD §7.6): {@link LogisticsRules}. */
class LogisticsRulesTest {

    private static final double EPS = 1e-12;

    /**
     * ODD §7.7, supply lines: σ = max(supplyFloor, exp(−km / supplyRangeKm)); it halves every ln 2 × range
     * (146 km at 210 km), and an unreachable cell (km = ∞) gets the floor.
     */
    @ParameterizedTest(name = "σ(km {0}, range {1}, floor {2}) = {3}")
    @CsvSource({
        // km, rangeKm, floor, expected
        "0,                  210,   0.2, 1",                     // at the border: full strength
        "210,                210,   0.2, 0.36787944117144233",   // e^-1
        "145.5609079175885,  210,   0.2, 0.5",                   // ln 2 x 210: half
        "105,                210,   0,   0.6065306597126334",    // e^-0.5, no floor
        "100,                10000, 0.2, 0.9900498337491681",    // the default range: negligible gradient
        "337.98196161116107, 210,   0.2, 0.2",                   // exp = floor exactly: -210 ln 0.2
        "420,                210,   0.2, 0.2",                   // e^-2 = 0.135 < floor: the floor binds
        "420,                210,   0.1, 0.1353352832366127",    // e^-2 above a lower floor
        "Infinity,           210,   0.2, 0.2",                   // cut off: the floor
        "Infinity,           210,   0,   0",                     // cut off without a floor: nothing left
        "50,                 1,     0,   0",                     // 50 ranges out: e^-50, 2e-22
        "0,                  1,     1,   1",                     // floor 1: no gradient at all
        "5000,               210,   1,   1",
    })
    void supplyFactorFallsExponentiallyDownToTheFloor(double km, double rangeKm, double floor, double expected) {
        assertEquals(expected, LogisticsRules.supplyFactor(km, rangeKm, floor), EPS);
    }

    /** ODD §7.7, encirclement: a pocket cut off from the side's main area fights with 1 − e × (1 − floor). */
    @ParameterizedTest(name = "cut off {0}, encirclement {1}, floor {2}: {3}")
    @CsvSource({
        "false, 1,   0.2, 1",      // not in a pocket: full strength
        "true,  0,   0.2, 1",      // encirclement off
        "true,  1,   0.2, 0.2",    // the floor, as a based faction cut off from its base
        "true,  0.5, 0.2, 0.6",
        "true,  1,   0,   0",
        "true,  0.3, 1,   1",      // floor 1: nothing to lose
    })
    void aPocketFightsWithLessDownToTheFloor(boolean cutOff, double encirclement, double floor, double expected) {
        assertEquals(expected, LogisticsRules.pocketFactor(cutOff, encirclement, floor), EPS);
    }

    /** ODD §7.7: the distance at which σ reaches its floor, R ln(1/floor) (kivu-2025: 210 km × ln 5 = 338 km). */
    @ParameterizedTest(name = "floorKm(range {0}, floor {1}) = {2}")
    @CsvSource({
        // rangeKm, floor, expected km
        "210,   0.2,  337.98",
        "100,   0.5,  69.315",
        "1000,  0.01, 4605.17",
        "210,   1,    0",             // strength is the floor everywhere
        "210,   0,    Infinity",      // no floor: strength falls for ever
        "0,     0.2,  Infinity",      // no range: no cut-off is claimed
        "Infinity, 0.2, Infinity",
    })
    void floorDistanceIsRangeTimesLogOfOneOverFloor(double rangeKm, double floor, double expected) {
        double km = LogisticsRules.floorKm(rangeKm, floor);
        if (Double.isInfinite(expected)) {
            assertEquals(expected, km);
        } else {
            assertEquals(expected, km, 0.01);
        }
    }

    /** A search may stop at floorKm: every distance at least that far gets exactly the floor (seeded). */
    @Test
    void beyondTheFloorDistanceTheFactorIsExactlyTheFloor() {
        SplittableRandom rnd = new SplittableRandom(20250216L);
        for (int i = 0; i < 20_000; i++) {
            double range = 1 + rnd.nextDouble() * 2000;
            double floor = rnd.nextDouble();
            double cut = LogisticsRules.floorKm(range, floor);
            double beyond = cut * (1 + (i % 2 == 0 ? 0 : rnd.nextDouble()));
            String c = "range " + range + ", floor " + floor + ", km " + beyond;
            assertEquals(floor, LogisticsRules.supplyFactor(beyond, range, floor), 0.0, c);
            assertTrue(LogisticsRules.supplyFactor(cut * 0.999, range, floor) > floor, c + ": short of the cut-off");
        }
    }

    /** ODD §7.7: σ never rises with distance, and stays within [floor, 1]. */
    @Test
    void strengthFallsWithDistanceAndStaysBetweenTheFloorAndOne() {
        SplittableRandom rnd = new SplittableRandom(20250127L);
        for (int i = 0; i < 500; i++) {
            double range = 1 + rnd.nextDouble() * 1e4;
            double floor = rnd.nextDouble();
            double near = rnd.nextDouble() * 2000;
            double far = near + rnd.nextDouble() * 2000;
            double sNear = LogisticsRules.supplyFactor(near, range, floor);
            double sFar = LogisticsRules.supplyFactor(far, range, floor);
            String c = "case " + i + ": range " + range + ", floor " + floor + ", km " + near + " -> " + far;
            assertTrue(sFar <= sNear, c + ": " + sNear + " -> " + sFar);
            assertTrue(sFar >= floor && sNear <= 1, c);
            double longer = range + rnd.nextDouble() * 1e4;
            assertTrue(LogisticsRules.supplyFactor(far, longer, floor) >= sFar, c + ": a longer range never weakens");
        }
    }

    /**
     * ODD §7.6, garrison: g = garrisonPerThousand × P / 1000 (kivu-2025: 2 per 1,000, so a million people occupied
     * keep 2,000 fighters off the front, and Goma with Bukavu, 2.1 million, 4,200).
     */
    @ParameterizedTest(name = "g({0} per 1000, {1} people) = {2}")
    @CsvSource({
        // perThousand, people, expected
        "2,   1000000, 2000",
        "2,   2100000, 4200",
        "20,  1000,    20",       // Quinlivan's full-control ratio
        "25,  400,     10",
        "2.5, 333,     0.8325",
        "2,   0,       0",        // nobody occupied: no garrison
        "0,   500000,  0",        // garrisons off (the default)
        "100, 1,       0.1",      // the top of the parameter's range
    })
    void garrisonIsProportionalToThePeopleHeld(double perThousand, double people, double expected) {
        assertEquals(expected, LogisticsRules.garrison(perThousand, people), 1e-9);
    }

    /** ODD §7.6: front wanted = deployShare × max(0, N − g); a garrison as large as the force leaves no front. */
    @ParameterizedTest(name = "front({0}, N {1}, g {2}) = {3}")
    @CsvSource({
        // deployShare, fighters, garrison, expected
        "0.59, 10000, 2000, 4720",
        "0.5,  6000,  0,    3000",
        "1,    100,   30,   70",
        "0.5,  2000,  2000, 0",     // garrison = force: nothing for the front
        "0.5,  1000,  4200, 0",     // garrison beyond the force: never negative
        "0,    8000,  0,    0",     // deploys nothing
        "0.7,  0,     0,    0",     // no fighters
    })
    void frontWantedIsTheDeployShareOfWhatTheGarrisonLeaves(double deployShare, double fighters, double garrison,
                                                            double expected) {
        assertEquals(expected, LogisticsRules.frontWanted(deployShare, fighters, garrison), 1e-9);
    }

    /** ODD §7.6: holding more people never adds fighters to the front (overstretch). */
    @Test
    void moreOccupiedPeopleNeverEnlargeTheFront() {
        SplittableRandom rnd = new SplittableRandom(314L);
        for (int i = 0; i < 500; i++) {
            double perThousand = rnd.nextDouble() * 100;
            double share = rnd.nextDouble();
            double fighters = rnd.nextDouble() * 20000;
            double people = rnd.nextDouble() * 3e6;
            double more = people + rnd.nextDouble() * 3e6;
            double g = LogisticsRules.garrison(perThousand, people);
            double gMore = LogisticsRules.garrison(perThousand, more);
            String c = "case " + i + ": " + perThousand + " per 1000, share " + share + ", N " + fighters
                    + ", people " + people + " -> " + more;
            assertTrue(gMore >= g, c);
            double front = LogisticsRules.frontWanted(share, fighters, g);
            double frontMore = LogisticsRules.frontWanted(share, fighters, gMore);
            assertTrue(frontMore <= front, c + ": " + front + " -> " + frontMore);
            assertTrue(frontMore >= 0 && front <= share * fighters + EPS, c);
        }
    }
}
