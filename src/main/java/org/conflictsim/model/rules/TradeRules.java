package org.conflictsim.model.rules;

/**
 * Rules of mines and mineral trade (model brief, "Production and revenue"; "The seed's claim, as a metric").
 * Quantities are kg per day of the mineral's traded product; prices US$/kg.
 */
public final class TradeRules {
    private TradeRules() {
    }

    /**
     * Whether a mine stops work today: an industrial mine suspends while its cell is on a front line (as
     * Alphamin suspended Bisie on 13 Mar 2025 when M23 approached); artisanal mines keep working at a level
     * that fighting lowers (see {@link #nextOperating}).
     */
    public static boolean suspends(boolean industrial, boolean onFront) {
        return industrial && onFront;
    }

    /**
     * A mine's operating level (0–1) after a day: after fighting in its cell yesterday or today it loses
     * {@code fightingDrop} of its level; otherwise it recovers {@code recovery} of the gap to full operation
     * (brief: "operating drops when its cell sees fighting and recovers at a rate").
     */
    public static double nextOperating(double operating, boolean fightingNearby, double fightingDrop, double recovery) {
        return fightingNearby ? operating * (1.0 - fightingDrop) : SocialRules.approach(operating, 1.0, recovery);
    }

    /**
     * Output that leaves by smuggling: all of it from mines held by non-state factions (they cannot export
     * officially), {@code smuggledShare} of it from mines the state holds (brief: a government earns royalties
     * "minus leakage"; Rwanda's declared coltan exports exceed its own production, UN Group of Experts 2024).
     *
     * @param kg             output not taken by offtake deals
     * @param government     whether the holder is the state's army
     * @param smuggledShare  the mineral's smuggled share of government-held output, 0–1
     */
    public static double smuggledKg(double kg, boolean government, double smuggledShare) {
        return kg * (government ? smuggledShare : 1.0);
    }

    /**
     * Mine tax collected by the holder: {@code rate × localPrice × (kg − smuggled × severity)}: sanctions on
     * the holder cut what it can collect on the smuggled part (buyers avoid sanctioned sellers). Rebels tax
     * bulky minerals per kg at the mine (≈ US$7/kg of coltan at Rubaya, UN Group of Experts Dec 2024) and gold
     * at a lower effective rate (Sánchez de la Sierra 2020).
     *
     * @param rate      the holder's tax rate on the local value, 0–1
     * @param localPrice mine-gate price, US$/kg
     * @param kg        the mine's output today
     * @param smuggled  of which smuggled
     * @param severity  combined sanction severity on the holder, 0–1
     */
    public static double mineTax(double rate, double localPrice, double kg, double smuggled, double severity) {
        double taxable = kg - smuggled * severity;
        return rate * localPrice * taxable;
    }

    /** The mine tax sanctions take from the holder: {@code rate × localPrice × smuggled × severity}. */
    public static double mineTaxLostToSanctions(double rate, double localPrice, double smuggled, double severity) {
        return rate * localPrice * smuggled * severity;
    }

    /**
     * Royalties reaching the state's army on official exports: {@code royaltyRate × (1 − leakage) × kg ×
     * worldPrice} (brief: "official royalties on mines it controls, minus leakage"; DRC mining code: 3.5% on
     * base metals, 10% on strategic substances since 2018).
     */
    public static double royalty(double royaltyRate, double leakage, double officialKg, double worldPrice) {
        return royaltyRate * (1 - leakage) * officialKg * worldPrice;
    }

    /**
     * Margin the transit country earns on smuggled output: {@code smugglerMargin × kg × worldPrice}, before
     * sanctions on it (brief: "a share of output is smuggled through the mine's neighbour route, crediting that
     * neighbour (this is how a sponsor profits)").
     */
    public static double smugglingMargin(double smugglerMargin, double smuggledKg, double worldPrice) {
        return smugglerMargin * smuggledKg * worldPrice;
    }
}
