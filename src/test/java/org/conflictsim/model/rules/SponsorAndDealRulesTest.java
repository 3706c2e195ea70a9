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

    /**
     * ODD §7.4, sponsor's review: G = ΔM + securityWeight × A, A the share of their aims its proxies hold (0-1);
     * L's first line = cash + sanction costs + aid frozen + reputationWeight × (s_p + Σ s_f), the severities added
     * up (so the sum may pass 1).
     */
    @ParameterizedTest(name = "G({0}, {1}, A {2}) = {3}; L({4}, {5}, {6}, {7}, Σs {8}) = {9}")
    @CsvSource({
        // mineralGain, securityWeight, aimsShare, G, cash, sanctionCost, aidLost, reputationWeight, severity, L
        "0,     2e6, 1,    2e6,   0,      0,     0,       0,   0,      0",         // holds all its aims
        "0,     2e6, 0,    0,     0,      0,     0,       0,   0,      0",         // holds none of them
        "5e5,   0,   0.7,  5e5,   0,      0,     0,       0,   0,      0",         // no security interest
        "24480, 1e6, 0.5,  524480, 930000, 0,    0,       1e6, 0.2425, 1172500",   // 31 days of US$30,000; RWA 0.145 + M23 0.0975
        "0,     0,   0,    0,     0,      46500, 7998000, 0,   0,      8044500",   // penalties and 31 days of frozen aid (258,000/day)
        "0,     0,   0,    0,     0,      0,     0,       1e6, 1.3,    1.3e6",     // severities summed over several targets
    })
    void gainsCountSecurityAsAShareOfTheAimsAndLossesSumTheSeverities(double gain, double securityWeight,
                                                                      double share, double g, double cash,
                                                                      double sanctionCost, double aidLost,
                                                                      double reputationWeight, double severity,
                                                                      double l) {
        assertEquals(g, SponsorRules.gains(gain, securityWeight, share), 1e-6);
        assertEquals(l, SponsorRules.losses(cash, sanctionCost, aidLost, reputationWeight, severity), 1e-6);
    }

    /**
     * ODD §7.3 step 6: the marginal gain of a proxy's mine is max(0, earned − cf), earned and cf the sponsor's
     * interest-weighted margins under its proxy and under the government. Rows 1-3: 4,000 kg/day of rebel output
     * at US$60/kg, smugglerMargin 0.2, interest 1, sanctions 0.15 on the sponsor; the government would smuggle 40%.
     */
    @ParameterizedTest(name = "marginal(earned {0}, cf {1}) = {2}")
    @CsvSource({
        // earned, counterfactual, expected
        "40800,  16320, 24480",   // both routes cross the sponsor's border: only the extra volume counts
        "40800,  0,     40800",   // under the government the output would leave through another country
        "24480,  9792,  14688",   // a 0.4 ban through the sponsor's country shrinks both sides
        "0,      16320, 0",       // the proxy's route avoids the sponsor, the government's would not: no gain, not a loss
        "500,    500,   0",       // income that arrives whoever holds the mine
        "0,      0,     0",
    })
    void marginalGainIsWhatTheProxysControlAdds(double earned, double counterfactual, double expected) {
        assertEquals(expected, SponsorRules.marginalGain(earned, counterfactual), 1e-9);
    }

    /**
     * ODD §7.4, L's second line: troopCostPerDay × Δtroop-days + troopLossCost × Δkilled + beyondAimsWeight × B,
     * B the theatre share held beyond the aims.
     */
    @ParameterizedTest(name = "warCosts({0} x {1} + {2} x {3} + {4} x {5}) = {6}")
    @CsvSource({
        // troopCostPerDay, troopDays, troopLossCost, troopsKilled, beyondAimsWeight, shareBeyondAims, expected
        "50,  180000, 0,   0,  0,   0,    9e6",      // 6,000 soldiers for 30 days at US$50 a day
        "0,   0,      1e5, 12, 0,   0,    1.2e6",    // 12 soldiers killed
        "0,   0,      0,   0,  2e7, 0.05, 1e6",      // 5% of the theatre beyond the aims
        "50,  180000, 1e5, 12, 2e7, 0.05, 1.12e7",
        "50,  0,      1e5, 0,  2e7, 0,    0",        // no troops out, none lost, nothing beyond the aims
        "0,   180000, 0,   12, 0,   0.4,  0",        // weights 0 (the defaults): war costs nothing
    })
    void warCostsAddTroopsLossesAndGroundBeyondTheAims(double troopCost, double troopDays, double lossCost,
                                                       double killed, double beyondWeight, double beyondShare,
                                                       double expected) {
        assertEquals(expected, SponsorRules.warCosts(troopCost, troopDays, lossCost, killed, beyondWeight, beyondShare),
                1e-6);
    }

    /**
     * ODD §7.4 (issue 13's unit tests): support cannot rise on income that the proxy's control does not change —
     * adding the same margin to what it earns and to what the government would bring changes neither the marginal
     * gain nor the next level —, and more sanction severity (through the reputational term of L) never raises it.
     */
    @Test
    void incomeThatArrivesAnywayAndMoreSanctionsNeverRaiseSupport() {
        SplittableRandom rnd = new SplittableRandom(20250225L);
        for (int i = 0; i < 500; i++) {
            double earned = rnd.nextDouble() * 1e6;
            double cf = rnd.nextDouble() * 1e6;
            double anyway = rnd.nextDouble() * 1e7;
            double level = rnd.nextDouble() * 3;
            double security = rnd.nextDouble() * 1e6;
            double share = rnd.nextDouble();
            double cash = rnd.nextDouble() * 1e6;
            double reputation = rnd.nextDouble() * 1e7;
            double severity = rnd.nextDouble();
            String c = "case " + i + ": earned " + earned + ", cf " + cf + ", anyway " + anyway + ", level " + level
                    + ", severity " + severity;
            double m = SponsorRules.marginalGain(earned, cf);
            double mAnyway = SponsorRules.marginalGain(earned + anyway, cf + anyway);
            assertEquals(m, mAnyway, 1e-9 * (1 + anyway), c);
            double l = SponsorRules.losses(cash, 0, 0, reputation, severity);
            double next = SponsorRules.nextLevel(level, SponsorRules.gains(m, security, share), l, 0.2, 5);
            double nextAnyway = SponsorRules.nextLevel(level, SponsorRules.gains(mAnyway, security, share), l, 0.2, 5);
            assertEquals(next, nextAnyway, 1e-9, c);
            double harsher = SponsorRules.losses(cash, 0, 0, reputation, severity + rnd.nextDouble());
            assertTrue(SponsorRules.nextLevel(level, SponsorRules.gains(m, security, share), harsher, 0.2, 5)
                    <= next + EPS, c);
            double onlyAnyway = SponsorRules.nextLevel(level, SponsorRules.gains(SponsorRules.marginalGain(anyway,
                    anyway), 0, share), l, 0.2, 5);
            assertTrue(onlyAnyway <= level + EPS, c + ": a margin that arrives anyway is no gain");
        }
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
