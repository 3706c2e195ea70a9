package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeRulesTest {

    private static final double EPS = 1e-9;

    // Source (javadoc): an industrial mine suspends on a front line (Bisie, 13 Mar 2025); artisanal mines do not.
    @ParameterizedTest(name = "industrial {0}, on front {1}: suspends {2}")
    @CsvSource({
        "true,  true,  true",
        "true,  false, false",
        "false, true,  false",
        "false, false, false",
    })
    void onlyIndustrialMinesOnAFrontSuspend(boolean industrial, boolean onFront, boolean expected) {
        assertEquals(expected, TradeRules.suspends(industrial, onFront));
    }

    // Source (javadoc): fighting takes fightingDrop of the level; quiet days recover recovery of the gap to 1.
    @ParameterizedTest(name = "operating {0}, fighting {1}, drop {2}, recovery {3} -> {4}")
    @CsvSource({
        "1.0, true,  0.3, 0.05, 0.7",
        "0.7, true,  0.3, 0.05, 0.49",
        "0.5, false, 0.3, 0.1,  0.55",
        "1.0, false, 0.3, 0.1,  1.0",
        "0.0, false, 0.3, 1.0,  1.0",
    })
    void operatingFallsWithFightingAndRecovers(double operating, boolean fighting, double drop, double recovery,
                                              double expected) {
        assertEquals(expected, TradeRules.nextOperating(operating, fighting, drop, recovery), EPS);
    }

    // Source (javadoc): non-state holders smuggle everything; the state smuggles smuggledShare.
    @ParameterizedTest(name = "kg {0}, government {1}, share {2}: smuggled {3}")
    @CsvSource({
        "4000, false, 0.3, 4000",
        "4000, true,  0.3, 1200",
        "4000, true,  0,   0",
        "0,    false, 0.3, 0",
    })
    void smuggledShare(double kg, boolean government, double share, double expected) {
        assertEquals(expected, TradeRules.smuggledKg(kg, government, share), EPS);
    }

    // Source (javadoc): tax = rate x local price x (kg - smuggled x severity); Rubaya: US$7/kg is 10% of US$70/kg.
    @ParameterizedTest(name = "rate {0}, local {1}, kg {2}, smuggled {3}, severity {4}: tax {5}, lost {6}")
    @CsvSource({
        // rate, localPrice, kg, smuggled, severity, tax, lostToSanctions
        "0.1, 70, 4000, 4000, 0,   28000, 0",
        "0.1, 70, 4000, 4000, 0.5, 14000, 14000",
        "0.1, 70, 4000, 1200, 1,   19600, 8400",
        "0,   70, 4000, 4000, 0.5, 0,     0",
    })
    void mineTaxAndWhatSanctionsTake(double rate, double local, double kg, double smuggled, double severity,
                                     double tax, double lost) {
        assertEquals(tax, TradeRules.mineTax(rate, local, kg, smuggled, severity), EPS);
        assertEquals(lost, TradeRules.mineTaxLostToSanctions(rate, local, smuggled, severity), EPS);
    }

    // Source (javadoc): royalty = rate x (1 - leakage) x kg x world price; margin = smugglerMargin x kg x price.
    @ParameterizedTest(name = "royalty({0}, {1}, {2}, {3}) = {4}; margin({5}) = {6}")
    @CsvSource({
        // royaltyRate, leakage, kg, worldPrice, royalty, smugglerMargin, margin
        "0.035, 0.5, 1000, 100, 1750, 0.1, 10000",
        "0.1,   0,   1000, 100, 10000, 0,  0",
        "0.1,   1,   1000, 100, 0,    0.25, 25000",
    })
    void royaltiesAndSmugglingMargins(double rate, double leakage, double kg, double price, double royalty,
                                      double smugglerMargin, double margin) {
        assertEquals(royalty, TradeRules.royalty(rate, leakage, kg, price), EPS);
        assertEquals(margin, TradeRules.smugglingMargin(smugglerMargin, kg, price), EPS);
    }
}
