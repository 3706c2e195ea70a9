package org.conflictsim.model.rules;

/**
 * The adaptive sponsor's monthly decision (model brief, "Adaptive behaviour": a sponsor "updates its support
 * level monthly by comparing its mineral and security gains with its sanction, aid-freeze and reputational
 * losses"; docs/ODD.md §7, "Adaptive sponsor"). Amounts are US$ over the last decision period.
 */
public final class SponsorRules {
    private SponsorRules() {
    }

    /**
     * The sponsor's gains of the period: interest-weighted mineral income plus {@code securityWeight ×
     * share}, the value it puts on the territory its proxies hold.
     *
     * @param mineralGain    interest-weighted smuggling income and offtake margin, US$
     * @param securityWeight US$ per period per unit of theatre share held by the factions it supports
     * @param share          theatre share its supported factions hold, 0–1
     */
    public static double gains(double mineralGain, double securityWeight, double share) {
        return mineralGain + securityWeight * share;
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
