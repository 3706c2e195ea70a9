package org.conflictsim.model.rules;

import java.util.List;

/**
 * When the parties negotiate a halt. In bargaining models of war (Fearon 1995; Powell 2006) fighting reveals
 * strength, and a settlement becomes more likely as the front stalls, as the war's costs weigh on those who wage
 * it, and as mediators lower the cost of talking. The model turns these into a daily hazard of a negotiated
 * ceasefire between the main parties; militias not at the table are not bound.
 */
public final class NegotiationRules {
    private NegotiationRules() {
    }

    /**
     * How stalled the front is: {@code min(1, days since a named place last changed hands / stalemateDays)}.
     *
     * @param daysSinceCapture days since any named place last changed hands
     * @param stalemateDays    days that make a full stalemate, ≥ 1
     */
    public static double stalemate(int daysSinceCapture, int stalemateDays) {
        return Math.min(1.0, Math.max(0, daysSinceCapture) / (double) stalemateDays);
    }

    /**
     * Daily probability of a negotiated ceasefire: {@code min(1, hazard + stalemateWeight × stalemate +
     * costWeight × costShare + mediationWeight × mediation)}.
     *
     * @param hazard          base daily probability
     * @param stalemateWeight added at full stalemate
     * @param stalemate       0–1 ({@link #stalemate})
     * @param costWeight      added when the war's costs are all of the sponsor's stakes
     * @param costShare       the offensive side's sponsor's costs over its gains plus costs, 0–1
     * @param mediationWeight added per unit of mediation
     * @param mediation       intensity of the mediation in force, 0–1
     */
    public static double hazard(double hazard, double stalemateWeight, double stalemate, double costWeight,
                                double costShare, double mediationWeight, double mediation) {
        return Math.min(1.0, hazard + stalemateWeight * stalemate + costWeight * costShare
                + mediationWeight * mediation);
    }

    /** Whether the parties agree today, for a uniform draw {@code u}. */
    public static boolean agrees(double u, double hazard) {
        return u < hazard;
    }

    /**
     * Added breakdown probability of a ceasefire on a day after one of its parties lost ground to a faction it
     * does not bind (a spoiler's attack invites retaliation): {@code violationWeight} if violated, else 0.
     */
    public static double violation(boolean violated, double violationWeight) {
        return violated ? violationWeight : 0.0;
    }

    /**
     * A ceasefire's breakdown probability while mediation is in force: {@code probability × (1 − hold ×
     * mediation)}. Mediators monitor and absorb incidents, so truces last longer while talks go on and break down
     * more readily when they collapse (Beardsley 2008; the Luanda truce of July 2024 ended with the cancelled summit
     * of 15 December 2024).
     *
     * @param probability breakdown probability without mediation
     * @param hold        share taken away by mediation at intensity 1, 0–1
     * @param mediation   intensity of the mediation in force, 0–1
     */
    public static double heldByMediation(double probability, double hold, double mediation) {
        return probability * (1 - hold * mediation);
    }

    /**
     * Whether a table in force seats both principals {@code a} and {@code b}: some mediation names both, or names
     * no one (a mediation between all the parties). Parties sign ceasefires with those they talk to; Kinshasa
     * refused direct talks with AFC/M23 until March 2025 and dealt with Rwanda instead, in Luanda and then
     * Washington, while Doha seated the DRC and AFC/M23 (docs/SOURCES.md).
     *
     * @param tables who sits at each mediation in force (faction or power ids; empty: everyone)
     * @param a      principal faction of one side
     * @param b      principal faction of the other
     */
    public static boolean seats(List<List<String>> tables, String a, String b) {
        for (List<String> t : tables) {
            if (t.isEmpty() || (t.contains(a) && t.contains(b))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share of the negotiated-ceasefire chance left without direct talks: {@code 1} at a table that seats both
     * principals, else {@code 1 − directTalks}.
     *
     * @param atTable     whether the principals of both sides talk ({@link #seats})
     * @param directTalks share of the chance that needs such talks, 0–1
     */
    public static double talks(boolean atTable, double directTalks) {
        return atTable ? 1.0 : 1.0 - directTalks;
    }
}
