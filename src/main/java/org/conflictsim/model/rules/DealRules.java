package org.conflictsim.model.rules;

/**
 * The mineral-seeking power's monthly judgement of a minerals-for-security deal (model brief: "a
 * mineral-seeking power offers a deal when the expected mineral access exceeds the cost of the support it
 * must give"; docs/ODD.md §7, "Deal seeker").
 */
public final class DealRules {
    private DealRules() {
    }

    /**
     * Value to the power of one mineral's output from the partner's mines: {@code interest × worldValue ×
     * (1 − localShare)}, the margin between the world price and the mine-gate price it pays for its offtake.
     *
     * @param interest   the power's weight on the mineral, ≥ 0
     * @param worldValue world value of the partner's output of the mineral, US$
     * @param localShare mine-gate price as a share of the world price, 0–1
     */
    public static double accessMargin(double interest, double worldValue, double localShare) {
        return interest * worldValue * (1 - localShare);
    }

    /**
     * Expected access value of the last period: {@code offtakeShare × (value now − value at the last
     * decision)}, both cumulative margins (see {@link #accessMargin}).
     */
    public static double expectedAccess(double offtakeShare, double cumulativeValue, double valueAtLastDecision) {
        return offtakeShare * (cumulativeValue - valueAtLastDecision);
    }

    /** The deal is worth offering while the expected access exceeds its cash cost over the period. */
    public static boolean worthOffering(double expectedAccess, double cashPerDay, int periodDays) {
        return expectedAccess > periodDays * cashPerDay;
    }
}
