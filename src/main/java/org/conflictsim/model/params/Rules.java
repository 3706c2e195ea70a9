package org.conflictsim.model.params;

import org.conflictsim.model.check.Check;

/**
 * Global rule parameters, grouped by phase. Units and sources are in {@code docs/ODD.md}; every value is
 * validated when the record is built.
 */
public record Rules(Combat combat, Deployment deployment, Economy economy, Manpower manpower,
                    Population population, Legitimacy legitimacy) {
    public Rules {
        Check.notNull("rules.combat", combat);
        Check.notNull("rules.deployment", deployment);
        Check.notNull("rules.economy", economy);
        Check.notNull("rules.manpower", manpower);
        Check.notNull("rules.population", population);
        Check.notNull("rules.legitimacy", legitimacy);
    }

    /**
     * @param decisiveness   exponent m of the contest success function, 0.5–5 (Hirshleifer 1989)
     * @param attrition      Lanchester coefficient k: fighters lost per unit of opposing effective force per
     *                       battle-day, 0–0.5
     * @param terrainBonus   defender multiplier per unit of terrain factor, 0–5
     * @param tempo          probability that a favourable attack opportunity is taken on a given day, 0–1
     * @param commitShare    share of the forces in adjacent cells committed to one attack, 0–1
     * @param advanceShare   share of committed attackers that move into a captured cell, 0–1
     * @param retreatLoss    share of defenders lost when driven out of a cell, 0–1
     * @param rearGuard      fighters-equivalent of local defence added to every held cell, ≥ 0
     * @param civilianRate   civilians killed per resident per casualty of fighting in the cell, 0–0.01
     * @param fog            standard deviation of the log of the force ratio as a commander perceives it, 0–2
     */
    public record Combat(double decisiveness, double attrition, double terrainBonus, double tempo,
                         double commitShare, double advanceShare, double retreatLoss, double rearGuard,
                         double civilianRate, double fog) {
        public Combat {
            Check.range("combat.fog", fog, 0, 2);
            Check.range("combat.decisiveness", decisiveness, 0.5, 5);
            Check.range("combat.attrition", attrition, 0, 0.5);
            Check.range("combat.terrainBonus", terrainBonus, 0, 5);
            Check.range("combat.tempo", tempo, 0, 1);
            Check.range("combat.commitShare", commitShare, 0, 1);
            Check.range("combat.advanceShare", advanceShare, 0, 1);
            Check.range("combat.retreatLoss", retreatLoss, 0, 1);
            Check.range("combat.rearGuard", rearGuard, 0, 1e5);
            Check.range("combat.civilianRate", civilianRate, 0, 0.01);
        }
    }

    /**
     * @param rate            share of the gap between desired and actual deployment closed per day, 0–1
     * @param mineWeight      weight of the local (mine-gate) value of adjacent enemy mines' output, per US$/day
     * @param populationWeight weight per adjacent enemy resident
     * @param placeWeight     weight of enemy-held places' strategic value, discounted by
     *                        exp(−distance / objectiveRangeKm)
     * @param threatWeight    weight of adjacent enemy effective force
     * @param objectiveRangeKm distance over which an objective's pull falls by a factor e, km
     */
    public record Deployment(double rate, double mineWeight, double populationWeight, double placeWeight,
                             double threatWeight, double objectiveRangeKm) {
        public Deployment {
            Check.range("deployment.objectiveRangeKm", objectiveRangeKm, 0.1, 1000);
            Check.range("deployment.rate", rate, 0, 1);
            Check.range("deployment.mineWeight", mineWeight, 0, 1e6);
            Check.range("deployment.populationWeight", populationWeight, 0, 1e6);
            Check.range("deployment.placeWeight", placeWeight, 0, 1e6);
            Check.range("deployment.threatWeight", threatWeight, 0, 1e9);
        }
    }

    /**
     * @param royaltyRate        government royalty on the world value of official exports, 0–1
     * @param royaltyLeakage     share of royalties lost before reaching the army's treasury, 0–1
     * @param smugglerMargin     share of the world value of smuggled minerals earned in the transit country, 0–1
     * @param fightingDrop       share of a mine's operating level lost per day of fighting in its cell, 0–1
     * @param recovery           share of the lost operating level recovered per quiet day, 0–1
     */
    public record Economy(double royaltyRate, double royaltyLeakage, double smugglerMargin, double fightingDrop,
                          double recovery) {
        public Economy {
            Check.range("economy.royaltyRate", royaltyRate, 0, 1);
            Check.range("economy.royaltyLeakage", royaltyLeakage, 0, 1);
            Check.range("economy.smugglerMargin", smugglerMargin, 0, 1);
            Check.range("economy.fightingDrop", fightingDrop, 0, 1);
            Check.range("economy.recovery", recovery, 0, 1);
        }
    }

    /**
     * @param desertion        share of unpaid fighters who desert per day, at full shortfall, 0–1
     * @param recruitRate      share of the grievance-weighted population of held cells willing to enlist per day
     * @param reserveDays      days of wages a faction keeps before it spends on recruits, 0–365
     * @param moraleRate       share of the gap to target morale closed per day, 0–1
     * @param unpaidMorale     fall of target morale at full pay shortfall, 0–1
     * @param trainingDecay    share of the gap to the faction's base training closed per day without a deal, 0–1
     * @param captureShock     morale lost by the losing side (and half of it gained by the taker) per US$ 1
     *                         million of strategic value of a captured place, 0–5
     */
    public record Manpower(double desertion, double recruitRate, double reserveDays, double moraleRate,
                           double unpaidMorale, double trainingDecay, double captureShock) {
        public Manpower {
            Check.range("manpower.captureShock", captureShock, 0, 5);
            Check.range("manpower.desertion", desertion, 0, 1);
            Check.range("manpower.recruitRate", recruitRate, 0, 0.01);
            Check.range("manpower.reserveDays", reserveDays, 0, 365);
            Check.range("manpower.moraleRate", moraleRate, 0, 1);
            Check.range("manpower.unpaidMorale", unpaidMorale, 0, 1);
            Check.range("manpower.trainingDecay", trainingDecay, 0, 1);
        }
    }

    /**
     * @param fleeShare        share of residents who flee a cell on a day of fighting, 0–1
     * @param fleeOnCapture    additional share who flee when the cell changes hands, 0–1
     * @param returnRate       share of a cell's displaced who return per day once it is quiet, 0–1
     * @param returnDelay      quiet days before return begins, 0–3650
     * @param fightHardship    hardship added to a cell per day of fighting, 0–1
     * @param hardshipDecay    share of hardship that fades per day, 0–1
     * @param maxFleeKm        farthest a fleeing group goes looking for a safe place, km
     */
    public record Population(double fleeShare, double fleeOnCapture, double returnRate, int returnDelay,
                             double fightHardship, double hardshipDecay, double maxFleeKm) {
        public Population {
            Check.range("population.fleeShare", fleeShare, 0, 1);
            Check.range("population.fleeOnCapture", fleeOnCapture, 0, 1);
            Check.range("population.returnRate", returnRate, 0, 1);
            Check.range("population.returnDelay", returnDelay, 0, 3650);
            Check.range("population.fightHardship", fightHardship, 0, 1);
            Check.range("population.hardshipDecay", hardshipDecay, 0, 1);
            Check.range("population.maxFleeKm", maxFleeKm, 1, 5000);
        }
    }

    /**
     * @param rate             share of the gap to target legitimacy closed per day, 0–1
     * @param territoryWeight  weight of territory held relative to the start
     * @param harmWeight       fall of target per 1,000 civilian deaths in the last 30 days
     * @param unpaidWeight     fall of target at full pay shortfall
     * @param aidWeight        rise of target per US$ 1 million/day of aid received
     * @param taxWeight        fall of a non-state faction's target per unit of its mine tax rate
     * @param initial          legitimacy of every faction at the start, 0–1
     */
    public record Legitimacy(double rate, double territoryWeight, double harmWeight, double unpaidWeight,
                             double aidWeight, double taxWeight, double initial) {
        public Legitimacy {
            Check.range("legitimacy.rate", rate, 0, 1);
            Check.range("legitimacy.territoryWeight", territoryWeight, 0, 1);
            Check.range("legitimacy.harmWeight", harmWeight, 0, 1);
            Check.range("legitimacy.unpaidWeight", unpaidWeight, 0, 1);
            Check.range("legitimacy.aidWeight", aidWeight, 0, 10);
            Check.range("legitimacy.taxWeight", taxWeight, 0, 1);
            Check.range("legitimacy.initial", initial, 0, 1);
        }
    }
}
