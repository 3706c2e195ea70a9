package org.conflictsim.model.rules;

/**
 * The adaptive sponsor's monthly decision (model brief, "Adaptive behaviour" and "Limits of war"): a sponsor
 * weighs what its proxy's fighting changes for it against what the war costs it. Gains are only those it would
 * not have without the proxy's control — the smuggling margin on output its proxies' mines send through its
 * border beyond what the same mines would send under the government — and the security value of the ground its
 * proxies hold within their aims; income that arrives whoever holds the land is no reason to fight harder
 * (Salehyan 2010; Byman 2005). Costs are its cash to the proxy, sanction penalties and frozen aid, a
 * reputational cost of the sanctions on it and its proxies, its own troops deployed and lost, and a diplomatic
 * cost that grows with the ground its proxies hold beyond their aims. Amounts are US$ over the last decision
 * period (docs/ODD.md §7.4).
 */
public final class SponsorRules {
    private SponsorRules() {
    }

    /**
     * The sponsor's gains of the period: its marginal mineral gain plus {@code securityWeight × share}, the value
     * it puts on the ground its proxies hold within their aims.
     *
     * @param mineralGain    interest-weighted marginal mineral gain ({@link #marginalGain}), US$
     * @param securityWeight US$ per period when its proxies hold all of their aims
     * @param share          share of their aims its proxies hold (of the theatre, for proxies without aims), 0–1
     */
    public static double gains(double mineralGain, double securityWeight, double share) {
        return mineralGain + securityWeight * share;
    }

    /**
     * The marginal mineral gain of one mine's output held by a proxy: what the sponsor earned on it minus what it
     * would have earned had the government held the mine, {@code max(0, earned − counterfactual)} (negative
     * margins count as no gain: the sponsor does not pay to hold ground).
     *
     * @param earned         interest-weighted margin earned on the mine's output today, US$
     * @param counterfactual interest-weighted margin the same output would bring under the government, US$
     */
    public static double marginalGain(double earned, double counterfactual) {
        return Math.max(0, earned - counterfactual);
    }

    /**
     * The costs of war to a sponsor besides cash, sanctions and frozen aid: {@code troopCostPerDay × troop-days +
     * troopLossCost × troops killed + beyondAimsWeight × share held beyond the aims}.
     */
    public static double warCosts(double troopCostPerDay, double troopDays, double troopLossCost, double troopsKilled,
                                  double beyondAimsWeight, double shareBeyondAims) {
        return troopCostPerDay * troopDays + troopLossCost * troopsKilled + beyondAimsWeight * shareBeyondAims;
    }

    /**
     * The sponsor's losses of the period: cash given + sanction costs + aid frozen + {@code reputationWeight ×
     * severity}, the severity of the sanctions on it and on the factions it supports added up.
     */
    public static double losses(double cashGiven, double sanctionCost, double aidLost, double reputationWeight,
                                double severity) {
        return cashGiven + sanctionCost + aidLost + reputationWeight * severity;
    }

    /**
     * Next support level: {@code clamp(level + step × tanh((G − L) / (G + L)), 0, maxSupport)}, so it moves by
     * less than {@code step} a period, can recover from 0, and stays put when gains and losses balance (or both
     * are zero).
     *
     * @param level      current support level (1 = as scripted)
     * @param gains      G, see {@link #gains}
     * @param losses     L, see {@link #losses}
     * @param step       largest change per period, 0–1
     * @param maxSupport ceiling, 0–5
     */
    public static double nextLevel(double level, double gains, double losses, double step, double maxSupport) {
        double balance = gains + losses > 0 ? (gains - losses) / (gains + losses) : 0.0;
        return Math.max(0, Math.min(maxSupport, level + step * StrictMath.tanh(balance)));
    }
}
