package org.conflictsim.model.rules;

/** Pure rules of manpower, grievance and legitimacy. */
public final class SocialRules {
    private SocialRules() {
    }

    /** Grievance {@code G = H × (1 − L)} (Epstein 2002), hardship and legitimacy in [0, 1]. */
    public static double grievance(double hardship, double legitimacy) {
        return clamp01(hardship) * (1.0 - clamp01(legitimacy));
    }

    /**
     * Deserters of a day: {@code rate × shortfall × fighters}, where shortfall is the unpaid share of the
     * day's wage bill (brief: "unpaid fighters desert in proportion to the shortfall").
     */
    public static double deserters(double fighters, double shortfall, double rate) {
        return fighters * clamp01(shortfall) * rate;
    }

    /**
     * Recruits bought in a day: limited by money above the reserve and by the willing pool
     * (Collier &amp; Hoeffler 2004 finance-constrained rebellion; pool from grievance).
     *
     * @param surplus US$ above the reserve the faction keeps
     * @param signOn  US$ per recruit
     * @param pool    willing recruits available today
     * @param room    fighters the faction may still add under its ceiling
     */
    public static double recruits(double surplus, double signOn, double pool, double room) {
        if (surplus <= 0 || pool <= 0 || room <= 0) {
            return 0;
        }
        double affordable = signOn > 0 ? surplus / signOn : pool;
        return Math.min(Math.min(affordable, pool), room);
    }

    /** Moves {@code value} toward {@code target} by {@code rate} of the gap (first-order adjustment). */
    public static double approach(double value, double target, double rate) {
        return value + rate * (target - value);
    }

    /**
     * Target legitimacy of an authority (brief: falls with territory lost, civilian harm and unpaid
     * soldiers; rises with aid-funded services; a non-state authority loses it with heavy taxation).
     *
     * @param initial          legitimacy at the start
     * @param territoryRatio   cells held now over cells held at the start (≥ 0)
     * @param recentDeaths     civilian deaths in its cells over the last 30 days
     * @param shortfall        unpaid share of the wage bill, 0–1
     * @param aidPerDay        aid received, US$/day
     * @param taxRate          mine tax rate (counted only for non-state factions; pass 0 for the state)
     */
    public static double legitimacyTarget(double initial, double territoryRatio, double recentDeaths,
                                          double shortfall, double aidPerDay, double taxRate,
                                          double territoryWeight, double harmWeight, double unpaidWeight,
                                          double aidWeight, double taxWeight) {
        double t = initial
                + territoryWeight * (Math.min(territoryRatio, 2.0) - 1.0)
                - harmWeight * recentDeaths / 1000.0
                - unpaidWeight * clamp01(shortfall)
                + aidWeight * aidPerDay / 1e6
                - taxWeight * taxRate;
        return clamp01(t);
    }

    public static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    /**
     * The territory term of a faction's legitimacy target: cells held now over cells held at the start (1 without
     * a start). Conquest alone does not raise a non-state faction's legitimacy, so for it the ratio is at most 1
     * (people under a new occupier do not grant it authority for being conquered: Kalyvas 2006; the state's
     * legitimacy rises when it restores control, model brief).
     *
     * @param cells      cells held now
     * @param initial    cells held at the start
     * @param government whether the faction is the state's army
     */
    public static double legitimacyTerritoryRatio(double cells, int initial, boolean government) {
        double ratio = initial > 0 ? cells / initial : 1.0;
        return government ? ratio : Math.min(ratio, 1.0);
    }
}
