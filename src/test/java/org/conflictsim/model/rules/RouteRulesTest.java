package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Costs of the smuggling routes that follow control (ODD §7.3): {@link RouteRules}. */
class RouteRulesTest {

    private static final double EPS = 1e-12;

    /**
     * ODD §7.3, a step into a theatre cell: cellKm × (roadFactor on a road, else 1) × (1 if held by the route's
     * side, else enemyPassage).
     */
    @ParameterizedTest(name = "cost({0} km, road {1} x{2}, own {3}, enemy x{4}) = {5}")
    @CsvSource({
        // cellKm, road, roadFactor, own, enemyPassage, expected
        "5,   false, 0.5,  true,  10,   5",      // own ground, off road: its width
        "5,   true,  0.5,  true,  10,   2.5",    // own road: half
        "5,   false, 0.5,  false, 10,   50",     // across the lines (or unheld): ten times
        "5,   true,  0.5,  false, 10,   25",     // an enemy road: both factors
        "5,   true,  1,    false, 1,    5",      // no road advantage, no enemy penalty
        "2.5, true,  0.05, true,  1000, 0.125",  // the ranges' extremes
        "2.5, false, 0.05, false, 1000, 2500",
        "0,   true,  0.5,  false, 10,   0",
    })
    void cellCostIsItsWidthTimesRoadAndEnemyFactors(double cellKm, boolean road, double roadFactor, boolean own,
                                                    double enemyPassage, double expected) {
        assertEquals(expected, RouteRules.cellCost(cellKm, road, roadFactor, own, enemyPassage), 1e-9);
    }

    /**
     * ODD §7.3, a border source: borderCost = sanctionKm × φ, φ the combined severity of the sanctions on the
     * country's power and the import bans on the mineral there (here φ is given).
     */
    @ParameterizedTest(name = "border({0} km, φ {1}) = {2}")
    @CsvSource({
        // sanctionKm, severity, expected
        "200, 0,    0",       // an unsanctioned border costs nothing extra
        "200, 1,    200",     // the full penalty
        "200, 0.15, 30",
        "200, 0.49, 98",      // sanctions 0.15 and a 0.4 ban: 1 - 0.85 x 0.6
        "0,   0.5,  0",       // sanctionKm 0: sanctions do not steer routes
        "1e4, 0.5,  5000",    // the top of sanctionKm's range
    })
    void borderCostIsProportionalToTheSeverity(double sanctionKm, double severity, double expected) {
        assertEquals(expected, RouteRules.borderCost(sanctionKm, severity), 1e-9);
    }

    /**
     * ODD §7.3: a border's cost never falls as the sanctions on its power or the import bans there rise
     * (φ = 1 − (1 − s_p)(1 − b), {@link SanctionRules#withBan}), and an enemy cell never costs less than an own one.
     */
    @Test
    void borderCostRisesWithSeverityAndEnemyCellsCostMore() {
        SplittableRandom rnd = new SplittableRandom(1707L);
        for (int i = 0; i < 500; i++) {
            double km = rnd.nextDouble() * 1e4;
            double s = rnd.nextDouble();
            double b = rnd.nextDouble();
            double moreS = s + rnd.nextDouble() * (1 - s);
            double moreB = b + rnd.nextDouble() * (1 - b);
            double base = RouteRules.borderCost(km, SanctionRules.withBan(s, b));
            String c = "case " + i + ": sanctionKm " + km + ", s " + s + " -> " + moreS + ", ban " + b + " -> " + moreB;
            assertTrue(RouteRules.borderCost(km, SanctionRules.withBan(moreS, b)) >= base - EPS, c);
            assertTrue(RouteRules.borderCost(km, SanctionRules.withBan(s, moreB)) >= base - EPS, c);
            assertTrue(base >= 0 && base <= km + EPS, c);
            double cell = rnd.nextDouble() * 10;
            double rf = 0.05 + rnd.nextDouble() * 0.95;
            double ep = 1 + rnd.nextDouble() * 999;
            boolean road = rnd.nextBoolean();
            assertTrue(RouteRules.cellCost(cell, road, rf, false, ep) >= RouteRules.cellCost(cell, road, rf, true, ep),
                    c + ", cell " + cell + ", road " + road + ", enemyPassage " + ep);
            assertTrue(RouteRules.cellCost(cell, true, rf, true, ep) <= RouteRules.cellCost(cell, false, rf, true, ep),
                    c + ", cell " + cell + ", roadFactor " + rf);
        }
    }
}
