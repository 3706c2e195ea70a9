package org.conflictsim.model.rules;

/** Pure combat rules. Each cites its source; tests in {@code CombatRulesTest} are table-driven. */
public final class CombatRules {
    private CombatRules() {
    }

    /**
     * Effective force {@code F = fighters × training × equipment × morale} (model brief; the
     * multiplicative form follows Lanchester-type models with quality factors, e.g. Epstein 1985).
     */
    public static double effectiveForce(double fighters, double training, double equipment, double morale) {
        return fighters * training * equipment * morale;
    }

    /** Defender multiplier {@code 1 + terrainBonus × terrain + fortification}. */
    public static double defenceMultiplier(double terrainBonus, double terrain, double fortification) {
        return 1.0 + terrainBonus * terrain + fortification;
    }

    /**
     * Contest success function (Tullock 1980; Hirshleifer 1989): probability that the attacker wins,
     * {@code Fa^m / (Fa^m + Fd^m)}. Both forces zero gives 0.5; a side with zero force loses for sure.
     *
     * @param attacker     attacker's effective force, ≥ 0
     * @param defender     defender's effective force (terrain and fortification included), ≥ 0
     * @param decisiveness exponent m &gt; 0
     */
    public static double winProbability(double attacker, double defender, double decisiveness) {
        if (attacker <= 0 && defender <= 0) {
            return 0.5;
        }
        if (defender <= 0) {
            return 1.0;
        }
        if (attacker <= 0) {
            return 0.0;
        }
        // ratio form avoids overflow of large forces raised to m
        double r = StrictMath.pow(defender / attacker, decisiveness);
        return 1.0 / (1.0 + r);
    }

    /**
     * Lanchester square-law attrition for one battle-day: a side loses {@code k × opposing effective force}
     * fighters, never more than it has (Lanchester 1916; brief: a few percent of engaged forces per day).
     */
    public static double losses(double attritionK, double opposingEffective, double present) {
        return Math.min(present, attritionK * opposingEffective);
    }

    /**
     * Civilian deaths of a battle-day: {@code rate × residents × combatant casualties}, capped at the
     * residents (intensity-scaled harm, as in the brief; magnitude calibrated, see ODD).
     */
    public static double civilianDeaths(double rate, double residents, double casualties) {
        return Math.min(residents, rate * residents * casualties);
    }
}
