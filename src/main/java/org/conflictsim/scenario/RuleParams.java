package org.conflictsim.scenario;

import java.util.List;

/**
 * The declarations of the global rule parameters ({@code rules:} in a scenario file): key, default, valid
 * range, unit and meaning. The loader reads through these declarations, and {@code docs/ODD.md} lists the
 * same table, so the defaults live in exactly one place.
 */
public final class RuleParams {
    private RuleParams() {
    }

    /** One declared parameter. */
    public record Param(String group, String key, double def, double min, double max, String unit, String meaning) {
    }

    private static Param p(String g, String k, double def, double min, double max, String unit, String meaning) {
        return new Param(g, k, def, min, max, unit, meaning);
    }

    /** Every rule parameter, grouped as in the scenario file. */
    public static final List<Param> ALL = List.of(
            p("combat", "decisiveness", 1.5, 0.5, 5, "1", "exponent m of the contest success function"),
            p("combat", "attrition", 0.02, 0, 0.5, "fighters per effective fighter per battle-day",
                    "Lanchester coefficient k"),
            p("combat", "terrainBonus", 1.0, 0, 5, "1", "defender multiplier per unit of terrain factor"),
            p("combat", "tempo", 0.3, 0, 1, "per day", "probability a favourable attack is launched on a day"),
            p("combat", "commitShare", 0.5, 0, 1, "1", "share of adjacent forces committed to one attack"),
            p("combat", "advanceShare", 0.5, 0, 1, "1", "share of committed attackers moving into a captured cell"),
            p("combat", "retreatLoss", 0.1, 0, 1, "1", "share of defenders lost when driven out"),
            p("combat", "rearGuard", 50, 0, 1e5, "fighters", "local defence of every held cell"),
            p("combat", "civilianRate", 5e-6, 0, 0.01, "per resident per combatant casualty",
                    "civilian deaths per resident per casualty in the cell"),
            p("combat", "fog", 0.3, 0, 2, "1", "sd of the log force ratio as commanders perceive it"),
            p("deployment", "rate", 0.2, 0, 1, "per day", "share of the deployment gap closed per day"),
            p("deployment", "mineWeight", 1.0, 0, 1e6, "per US$/day", "pull of adjacent enemy mine value"),
            p("deployment", "populationWeight", 0.01, 0, 1e6, "per person", "pull of adjacent enemy residents"),
            p("deployment", "placeWeight", 1.0, 0, 1e6, "per unit of strategic value",
                    "pull of enemy-held places and named mines, decaying with distance"),
            p("deployment", "threatWeight", 100, 0, 1e9, "per effective fighter", "pull of adjacent enemy force"),
            p("deployment", "objectiveRangeKm", 20, 0.1, 1000, "km", "distance over which an objective's pull falls by e"),
            p("economy", "royaltyRate", 0.035, 0, 1, "share of world value", "royalty on official exports"),
            p("economy", "royaltyLeakage", 0.5, 0, 1, "1", "share of royalties that never reach the army"),
            p("economy", "smugglerMargin", 0.1, 0, 1, "share of world value", "transit country's margin on smuggling"),
            p("economy", "fightingDrop", 0.3, 0, 1, "per battle-day", "share of a mine's operation lost to fighting"),
            p("economy", "recovery", 0.05, 0, 1, "per day", "share of lost operation recovered per quiet day"),
            p("manpower", "desertion", 0.02, 0, 1, "per day", "desertion at full pay shortfall"),
            p("manpower", "recruitRate", 1e-4, 0, 0.01, "per person per day", "enlistment of aggrieved residents"),
            p("manpower", "reserveDays", 30, 0, 365, "days of wages", "cash kept before buying recruits"),
            p("manpower", "moraleRate", 0.05, 0, 1, "per day", "share of the morale gap closed per day"),
            p("manpower", "unpaidMorale", 0.5, 0, 1, "1", "fall of target morale at full shortfall"),
            p("manpower", "trainingDecay", 0.002, 0, 1, "per day", "return of training to its base without a deal"),
            p("manpower", "captureShock", 0.0, 0, 5, "morale per US$ 1 M of place value",
                    "morale lost by the side losing a place (half of it gained by the taker)"),
            p("population", "fleeShare", 0.2, 0, 1, "per battle-day", "share of residents fleeing fighting"),
            p("population", "fleeOnCapture", 0.3, 0, 1, "1", "extra share fleeing when the cell changes hands"),
            p("population", "returnRate", 0.01, 0, 1, "per day", "share of displaced returning once quiet"),
            p("population", "returnDelay", 30, 0, 3650, "days", "quiet days before return starts"),
            p("population", "fightHardship", 0.3, 0, 1, "per battle-day", "hardship added by fighting"),
            p("population", "hardshipDecay", 0.01, 0, 1, "per day", "share of hardship fading per day"),
            p("population", "maxFleeKm", 150, 1, 5000, "km", "farthest a group looks for a safe place"),
            p("legitimacy", "rate", 0.02, 0, 1, "per day", "share of the legitimacy gap closed per day"),
            p("legitimacy", "territoryWeight", 0.5, 0, 1, "1", "weight of territory held relative to the start"),
            p("legitimacy", "harmWeight", 0.05, 0, 1, "per 1,000 deaths in 30 days", "fall with civilian harm"),
            p("legitimacy", "unpaidWeight", 0.2, 0, 1, "1", "fall at full pay shortfall"),
            p("legitimacy", "aidWeight", 0.5, 0, 10, "per US$ 1 million/day", "rise with aid-funded services"),
            p("legitimacy", "taxWeight", 0.3, 0, 1, "per unit of tax rate", "fall with a non-state faction's taxation"),
            p("legitimacy", "initial", 0.5, 0, 1, "1", "legitimacy of every authority at the start"));
}
