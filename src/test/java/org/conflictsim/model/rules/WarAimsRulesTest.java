package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** War aims (ODD §7.6 pull and aims, §7.7 step 4 threshold): {@link WarAimsRules}. */
class WarAimsRulesTest {

    private static final double EPS = 1e-12;

    /** ODD §7.6: v_s(o) = value within the side's aims, beyondValue × value beyond them. */
    @ParameterizedTest(name = "value({0}, within {1}, beyond {2}) = {3}")
    @CsvSource({
        // value, withinAims, beyondValue, expected
        "20000,   true,  0.1, 20000",
        "20000,   false, 0.1, 2000",     // kivu-2025: 10% beyond the aims
        "1000000, true,  0,   1000000",  // the discount never touches objectives within the aims
        "1000000, false, 0,   0",        // worthless beyond the aims
        "1000000, false, 1,   1000000",  // beyondValue 1 (the default): no discount
        "0,       false, 0.5, 0",
        "350000,  false, 0.25, 87500",
    })
    void objectivesBeyondTheAimsAreWorthLess(double value, boolean within, double beyondValue, double expected) {
        assertEquals(expected, WarAimsRules.objectiveValue(value, within, beyondValue), 1e-9);
    }

    /** ODD §7.7 step 4: θ = riskThreshold within the aims, riskThreshold × beyondRisk beyond them. */
    @ParameterizedTest(name = "θ({0}, within {1}, beyondRisk {2}) = {3}")
    @CsvSource({
        // threshold, withinAims, beyondRisk, expected
        "1.2, true,  3.8, 1.2",
        "1.2, false, 3.8, 4.56",     // kivu-2025: 3.8 times the odds beyond the aims
        "1,   false, 1,   1",        // beyondRisk 1 (the default): no change
        "0.8, false, 2.5, 2",
        "0.8, true,  10,  0.8",
        "2,   false, 10,  20",       // the top of beyondRisk's range
    })
    void attacksBeyondTheAimsNeedBetterOdds(double threshold, boolean within, double beyondRisk, double expected) {
        assertEquals(expected, WarAimsRules.threshold(threshold, within, beyondRisk), EPS);
    }

    /**
     * ODD §7.6, war aims: a cell is within if it lies within depthKm of the nearest aimed border or within placeKm of
     * an aimed place (both limits included).
     */
    @ParameterizedTest(name = "within(border {0} km, depth {1}; place {2} km, radius {3}) = {4}")
    @CsvSource({
        // kmToBorder, depthKm, kmToAimedPlace, placeKm, expected
        "30,       57, 100,      15, true",    // inside the border belt
        "57,       57, 100,      15, true",    // on the belt's edge
        "57.01,    57, 100,      15, false",   // just beyond it, far from any aimed place
        "100,      57, 15,       15, true",    // on the edge of an aimed place's circle
        "100,      57, 15.01,    15, false",
        "100,      57, 0,        15, true",    // the aimed place's own cell
        "0,        0,  Infinity, 15, true",    // depth 0: only the border cells themselves
        "5,        0,  Infinity, 15, false",
        "100,      57, 10,       0,  false",   // placeKm 0: only the place's own cell
        "Infinity, 57, Infinity, 15, false",   // no aimed border, no aimed place
    })
    void withinTheAimsByDepthOrByPlace(double kmToBorder, double depthKm, double kmToPlace, double placeKm,
                                       boolean expected) {
        assertEquals(expected, WarAimsRules.within(kmToBorder, depthKm, kmToPlace, placeKm));
    }

    /**
     * ODD §7.6-7.7: deeper aims or wider places never take a cell out of the aims, and beyond the aims an objective
     * is never worth more nor an attack cheaper (beyondValue ≤ 1, beyondRisk ≥ 1).
     */
    @Test
    void widerAimsNeverExcludeACellAndBeyondIsNeverBetter() {
        SplittableRandom rnd = new SplittableRandom(57L);
        for (int i = 0; i < 500; i++) {
            double border = rnd.nextDouble() * 300;
            double place = rnd.nextDouble() * 300;
            double depth = rnd.nextDouble() * 150;
            double radius = rnd.nextDouble() * 200;
            String c = "case " + i + ": border " + border + ", place " + place + ", depth " + depth + ", radius "
                    + radius;
            if (WarAimsRules.within(border, depth, place, radius)) {
                assertTrue(WarAimsRules.within(border, depth + rnd.nextDouble() * 100, place, radius), c);
                assertTrue(WarAimsRules.within(border, depth, place, radius + rnd.nextDouble() * 100), c);
            }
            double value = rnd.nextDouble() * 1e6;
            double beyondValue = rnd.nextDouble();
            assertTrue(WarAimsRules.objectiveValue(value, false, beyondValue)
                    <= WarAimsRules.objectiveValue(value, true, beyondValue), c);
            double theta = 0.1 + rnd.nextDouble() * 3;
            double beyondRisk = 1 + rnd.nextDouble() * 9;
            assertTrue(WarAimsRules.threshold(theta, false, beyondRisk)
                    >= WarAimsRules.threshold(theta, true, beyondRisk), c);
        }
    }
}
