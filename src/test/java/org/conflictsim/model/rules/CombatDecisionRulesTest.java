package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attack decision, loss sharing, retreat and advance of {@link CombatRules}. */
class CombatDecisionRulesTest {

    private static final double EPS = 1e-9;

    // Source (javadoc): committed = commitShare x fighters x quality.
    @ParameterizedTest(name = "committed({0}, {1}, {2}) = {3}")
    @CsvSource({"0.5, 1000, 2.0, 1000", "0.5, 1000, 0.3, 150", "0, 1000, 1, 0", "1, 0, 1, 0"})
    void committedForce(double share, double fighters, double quality, double expected) {
        assertEquals(expected, CombatRules.committedForce(share, fighters, quality), EPS);
    }

    // Source (javadoc): perceived = actual x exp(fog x z); no fog, no error.
    @ParameterizedTest(name = "perceived({0}, fog {1}, z {2}) = {3}")
    @CsvSource({
        "1000, 0,   1.7,  1000",
        "1000, 0.3, 0,    1000",
        "1000, 0.5, 2,    2718.281828459045",
        "1000, 1,   -1,   367.87944117144233",
    })
    void fogDistortsTheForceRatioLogNormally(double actual, double fog, double z, double expected) {
        assertEquals(expected, CombatRules.perceivedForce(actual, fog, z), 1e-6);
    }

    // Source (javadoc): attack when perceived >= threshold x defence.
    @ParameterizedTest(name = "perceived {0}, threshold {1}, defence {2}: attack {3}")
    @CsvSource({
        "1500, 1.5, 1000, true",
        "1499, 1.5, 1000, false",
        "3000, 3.0, 1000, true",   // a deterrent doubling the threshold from 1.5 still allows it
        "2999, 3.0, 1000, false",
        "10,   1.0, 0,    true",
    })
    void attackWhenThePerceivedRatioReachesTheThreshold(double perceived, double threshold, double defence,
                                                        boolean expected) {
        assertEquals(expected, CombatRules.decidesToAttack(perceived, threshold, defence));
    }

    @ParameterizedTest(name = "u {0}, tempo {1}: {2}")
    @CsvSource({"0.1, 0.3, true", "0.3, 0.3, false", "0.99, 1, true", "0, 0, false"})
    void tempoIsTheDailyChanceOfTakingAnOpportunity(double u, double tempo, boolean expected) {
        assertEquals(expected, CombatRules.seizesOpportunity(u, tempo));
    }

    // Source (javadoc): launch chance = min(1, tempo x margin^elasticity); elasticity 0 or a margin at or below 1
    // gives the tempo.
    @ParameterizedTest(name = "tempo {0}, margin {1}, elasticity {2}: {3}")
    @CsvSource({
        "0.3, 2,   0,   0.3",      // off: the tempo whatever the odds
        "0.3, 1,   1,   0.3",      // at the threshold: the tempo
        "0.3, 0.5, 2,   0.3",      // below the threshold (not an attack it wants): the tempo
        "0.3, 2,   1,   0.6",
        "0.2, 2,   2,   0.8",
        "0.3, 4,   1,   1",        // capped at certainty
        "0.25, 1.5, 0.5, 0.30618621784789724",
        "0.3, Infinity, 1, 1",     // no defence at all
    })
    void launchChanceRisesWithTheMargin(double tempo, double margin, double elasticity, double expected) {
        assertEquals(expected, CombatRules.launchChance(tempo, margin, elasticity), EPS);
    }

    @Test
    void aBetterMarginNeverLowersTheChance() {
        java.util.Random r = new java.util.Random(20241201);
        for (int i = 0; i < 10_000; i++) {
            double tempo = r.nextDouble();
            double elasticity = 3 * r.nextDouble();
            double m = 1 + 5 * r.nextDouble();
            double more = m + 5 * r.nextDouble();
            double c = CombatRules.launchChance(tempo, m, elasticity);
            assertTrue(c >= tempo && c <= 1, "chance within [tempo, 1]");
            assertTrue(CombatRules.launchChance(tempo, more, elasticity) >= c, "monotone in the margin");
        }
    }

    // Source (javadoc): attacker share = loss x commitShare x fighters / committed; defender = loss x fighters / all.
    @ParameterizedTest(name = "attacker loss {0}, share {1}, fighters {2} of {3}: {4}")
    @CsvSource({"100, 0.5, 1000, 1000, 50", "100, 0.5, 2000, 1000, 100", "0, 0.5, 1000, 500, 0"})
    void attackerLossesProRata(double loss, double share, double fighters, double committed, double expected) {
        assertEquals(expected, CombatRules.attackerLoss(loss, share, fighters, committed), EPS);
    }

    @ParameterizedTest(name = "defender loss {0}, fighters {1} of {2}: {3}")
    @CsvSource({"100, 250, 1000, 25", "100, 1000, 1000, 100", "0, 10, 20, 0"})
    void defenderLossesProRata(double loss, double fighters, double defenders, double expected) {
        assertEquals(expected, CombatRules.defenderLoss(loss, fighters, defenders), EPS);
    }

    @ParameterizedTest(name = "retreat {0} at loss {1}: {2} survive")
    @CsvSource({"1000, 0.1, 900", "1000, 0, 1000", "1000, 1, 0", "0, 0.5, 0"})
    void retreatCostsAShare(double fighters, double loss, double expected) {
        assertEquals(expected, CombatRules.retreatSurvivors(fighters, loss), EPS);
    }

    @ParameterizedTest(name = "advance {0} x {1} x {2} = {3}")
    @CsvSource({"0.5, 0.5, 1000, 250", "1, 1, 1000, 1000", "0, 0.5, 1000, 0"})
    void advanceTakesAShareOfTheCommitted(double advance, double commit, double fighters, double expected) {
        assertEquals(expected, CombatRules.advancing(advance, commit, fighters), EPS);
    }

    @ParameterizedTest(name = "hardship {0} + {1} = {2}")
    @CsvSource({"0, 0.3, 0.3", "0.8, 0.3, 1", "0.5, 0, 0.5"})
    void hardshipRisesWithFightingUpToOne(double hardship, double add, double expected) {
        assertEquals(expected, CombatRules.hardshipAfterFight(hardship, add), EPS);
    }
}
