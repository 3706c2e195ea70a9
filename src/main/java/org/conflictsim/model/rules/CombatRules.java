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
     * Prepared defences: the multiplier of a defence that has held its cell on the front line for {@code days}
     * days, {@code 1 + gain × min(1, days / fullDays)} (ODD §7.7 step 3). Defenders dig in, mine and range their
     * fire over time; Dupuy's posture factors put a hasty defence at 1.3, a prepared one at 1.5 and a fortified
     * one at 1.6 times the strength of the same force in the open (Dupuy 1979, <i>Numbers, Predictions and
     * War</i>; 1987, <i>Understanding War</i>), so a full gain of 0.3–0.6 is that range. The linear build-up
     * over {@code fullDays} is an assumption: Dupuy's fortified defence takes weeks of work.
     *
     * @param gain     strength gained by a fully prepared defence, 0–1 ({@code rules.combat.entrenchment});
     *                 0 switches prepared defences off
     * @param days     days the holder has held the cell on the front, ≥ 0
     * @param fullDays days of holding that reach the full gain, ≥ 1 ({@code rules.combat.entrenchDays})
     * @return the multiplier, 1 to 1 + gain
     */
    public static double entrenchment(double gain, double days, double fullDays) {
        return 1.0 + gain * Math.min(1.0, days / fullDays);
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

    /**
     * Effective force a faction commits from one adjacent cell to an attack: {@code commitShare × fighters ×
     * quality} (model brief, "Combat": part of the forces next to a cell join an attack on it).
     *
     * @param commitShare share of the fighters in the cell committed, 0–1 ({@code rules.combat.commitShare})
     * @param fighters    the faction's fighters in the adjacent cell
     * @param quality     its effective force per fighter (training × equipment × morale)
     * @return effective fighters committed
     */
    public static double committedForce(double commitShare, double fighters, double quality) {
        return commitShare * fighters * quality;
    }

    /**
     * The attacker's force ratio as its commander perceives it: {@code actual × exp(fog × z)}, a log-normal
     * error (fog of war; model brief: "a faction attacks only if F_a/F_d exceeds its risk threshold", with
     * misperception as in Fearon 1995's private information).
     *
     * @param actual the attacking side's committed effective force
     * @param fog    standard deviation of the log error ({@code rules.combat.fog}), 0–2
     * @param z      a standard normal draw
     */
    public static double perceivedForce(double actual, double fog, double z) {
        return actual * StrictMath.exp(fog * z);
    }

    /**
     * Whether the attacker judges the attack worth it: its perceived force is at least {@code threshold ×
     * defence} (model brief: the risk threshold; a minerals-for-security deterrent multiplies the threshold).
     *
     * @param perceived  perceived attacking force (see {@link #perceivedForce})
     * @param threshold  the faction's risk threshold × its deterrence multiplier, &gt; 0
     * @param defence    the defence's effective force, terrain and fortification included
     */
    public static boolean decidesToAttack(double perceived, double threshold, double defence) {
        return !(perceived < threshold * defence);
    }

    /**
     * Whether a favourable opportunity is taken today: a uniform draw {@code u} below the tempo
     * ({@code rules.combat.tempo}, the daily probability; calibrated, docs/VALIDATION.md).
     */
    public static boolean seizesOpportunity(double u, double tempo) {
        return !(u >= tempo);
    }

    /**
     * Daily chance of launching an attack the attacker judges worth it: {@code min(1, tempo × margin^elasticity)},
     * where {@code margin = perceived / (threshold × defence)} (≥ 1 once it has decided to attack). The better its
     * odds, the less an attacker waits: opposed advance rates rise with the force ratio (Dupuy 1987,
     * <i>Understanding War</i>; Helmbold 1990, rate of advance against force ratio in historical battles), so an
     * offensive grinds against a defence near its threshold and runs when the defence collapses. Elasticity 0
     * gives the tempo whatever the odds.
     *
     * @param tempo      the chance at the threshold ({@code rules.combat.tempo}), 0–1
     * @param margin     perceived force / (threshold × defence), ≥ 1 for an attack the attacker wants; below 1 is
     *                   treated as 1
     * @param elasticity {@code rules.combat.tempoElasticity}, ≥ 0
     */
    public static double launchChance(double tempo, double margin, double elasticity) {
        if (elasticity == 0 || !(margin > 1)) {
            return tempo;
        }
        return Math.min(1.0, tempo * StrictMath.pow(margin, elasticity));
    }

    /**
     * One attacker's share of the attacker's losses, in proportion to the fighters it committed:
     * {@code loss × commitShare × fighters / committed} (losses shared pro rata, as in Lanchester's aggregate
     * form).
     *
     * @param loss        the attacking side's losses of the battle-day, fighters
     * @param commitShare share of a cell's fighters committed, 0–1
     * @param fighters    this faction's fighters in this source cell
     * @param committed   fighters committed by the whole attacking side, &gt; 0
     */
    public static double attackerLoss(double loss, double commitShare, double fighters, double committed) {
        return loss * commitShare * fighters / committed;
    }

    /** One defender's share of the defence's losses: {@code loss × fighters / defenders}, defenders &gt; 0. */
    public static double defenderLoss(double loss, double fighters, double defenders) {
        return loss * fighters / defenders;
    }

    /**
     * Defenders who survive being driven out of a cell: {@code fighters × (1 − retreatLoss)}; they fall back to
     * the first neighbouring cell their side holds, or to the reserve ({@code rules.combat.retreatLoss}).
     */
    public static double retreatSurvivors(double fighters, double retreatLoss) {
        return fighters * (1 - retreatLoss);
    }

    /**
     * Attackers who move into a captured cell from one source cell: {@code advanceShare × commitShare ×
     * fighters} ({@code rules.combat.advanceShare}: share of the committed fighters that advance).
     */
    public static double advancing(double advanceShare, double commitShare, double fighters) {
        return advanceShare * commitShare * fighters;
    }

    /**
     * Hardship of a cell after a day of fighting: {@code min(1, hardship + fightHardship)} (the H of Epstein
     * 2002's grievance, raised by fighting as the brief says; {@code rules.population.fightHardship}).
     */
    public static double hardshipAfterFight(double hardship, double fightHardship) {
        return Math.min(1.0, hardship + fightHardship);
    }
}
