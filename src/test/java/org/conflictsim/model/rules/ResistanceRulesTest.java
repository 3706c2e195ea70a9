package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Local resistance behind the lines (ODD §7.7b): {@link ResistanceRules}. */
class ResistanceRulesTest {

    private static final double EPS = 1e-9;

    /**
     * ODD §7.7b step 2: hidden ← min(maxShare × P, hidden × (1 − decay) + rate × P × G). With kivu-2025's values
     * (rate 0.0021, decay 0.01, cap 5%) a cell of 10,000 at G = 0.15 tends to 315 fighters.
     */
    @ParameterizedTest(name = "grow(hidden {0}, decay {1}, rate {2}, P {3}, G {4}, cap {5}) = {6}")
    @CsvSource({
        // hidden, decay, rate, people, grievance, maxShare, expected
        "0,   0.01, 0.0021, 10000, 0.15, 0.05, 3.15",     // the first day's recruits
        "100, 0.01, 0.0021, 10000, 0.15, 0.05, 102.15",   // 99 kept + 3.15
        "315, 0.01, 0.0021, 10000, 0.15, 0.05, 315",      // the steady state rate x P x G / decay
        "400, 0.01, 0.0021, 10000, 0.15, 0.05, 399.15",   // above the steady state: shrinks toward it
        "490, 0.01, 0.0021, 10000, 1,    0.05, 500",      // 485.1 + 21 = 506.1, capped at 5% of 10,000
        "500, 0,    0.0021, 10000, 1,    0.05, 500",      // at the cap, no decay: stays at the cap
        "100, 0.01, 0.0021, 1000,  0.5,  0.05, 50",       // people fled: the cap cuts what is there
        "50,  0.01, 0.0021, 10000, 0,    0.05, 49.5",     // no grievance: only decay
        "50,  1,    0.0021, 10000, 0,    0.05, 0",        // full decay
        "0,   0.01, 0.0021, 0,     1,    0.05, 0",        // an empty cell raises nobody
        "0,   0.01, 0,      10000, 1,    0.05, 0",        // rate 0 (the default): nothing grows
        "20,  0.01, 0.0021, 10000, 1,    0,    0",        // maxShare 0: no resistance can exist
    })
    void hiddenResistanceGrowsWithGrievanceUpToTheCap(double hidden, double decay, double rate, double people,
                                                      double grievance, double maxShare, double expected) {
        assertEquals(expected, ResistanceRules.grow(hidden, decay, rate, people, grievance, maxShare), EPS);
    }

    /** ODD §7.7b step 3: a rising needs F_r &gt; 0 and F_r ≥ threshold × F_d. */
    @ParameterizedTest(name = "rises({0} vs {1}, threshold {2}) = {3}")
    @CsvSource({
        // resistance, defence, threshold, expected
        "100,  100, 1,   true",    // equal: the limit is included
        "99.9, 100, 1,   false",
        "150,  100, 1.5, true",
        "149,  100, 1.5, false",
        "50,   100, 0.5, true",
        "1,    0,   1,   true",    // an undefended cell rises to any resistance
        "0,    0,   1,   false",   // no resistance, no rising, even undefended
        "0,    10,  0.1, false",
        "1e6,  1,   100, true",
    })
    void aRisingNeedsResistanceAtTheThreshold(double resistance, double defence, double threshold,
                                              boolean expected) {
        assertEquals(expected, ResistanceRules.rises(resistance, defence, threshold));
    }

    /**
     * ODD §7.7b step 2: the hardship of the occupied is H(c) + occupationHardship, unclamped here (the grievance
     * clamps it to 0–1).
     */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"0, 0.3, 0.3", "0.8, 0.3, 1.1", "0, 0, 0", "0.25, 0, 0.25", "1, 1, 2"})
    void occupiedHardshipAddsTheOccupationsHardship(double hardship, double occupation, double expected) {
        assertEquals(expected, ResistanceRules.occupiedHardship(hardship, occupation), 1e-12);
    }

    /**
     * ODD §7.7b: hidden resistance grows with grievance and people, stays within [0, maxShare × P], and, repeated
     * daily without risings, tends to min(maxShare × P, rate × P × G / decay).
     */
    @Test
    void growthIsMonotoneBoundedAndTendsToItsSteadyState() {
        SplittableRandom rnd = new SplittableRandom(2025L);
        for (int i = 0; i < 300; i++) {
            double decay = 0.005 + rnd.nextDouble() * 0.2;
            double rate = rnd.nextDouble() * 0.01;
            double people = rnd.nextDouble() * 50000;
            double g = rnd.nextDouble();
            double cap = rnd.nextDouble() * 0.2;
            double hidden = rnd.nextDouble() * cap * people;
            String c = "case " + i + ": decay " + decay + ", rate " + rate + ", P " + people + ", G " + g + ", cap "
                    + cap + ", hidden " + hidden;
            double next = ResistanceRules.grow(hidden, decay, rate, people, g, cap);
            assertTrue(next >= 0 && next <= cap * people + EPS, c + ": " + next);
            double angrier = Math.min(1, g + rnd.nextDouble());
            assertTrue(ResistanceRules.grow(hidden, decay, rate, people, angrier, cap) >= next, c);
            double larger = people + rnd.nextDouble() * 50000;
            assertTrue(ResistanceRules.grow(hidden, decay, rate, larger, g, cap) >= next, c);
            double h = 0;
            for (int d = 0; d < 5000; d++) {
                h = ResistanceRules.grow(h, decay, rate, people, g, cap);
            }
            double steady = Math.min(cap * people, rate * people * g / decay);
            assertEquals(steady, h, 1e-6 * Math.max(1, steady), c);
        }
    }
}
