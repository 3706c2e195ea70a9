package org.conflictsim.model.rules;

/**
 * Rules of pay, foreign troop levels, training and the removal of fighters (phase "budgets and manpower" of
 * the model brief). Recruitment and desertion are in {@link SocialRules}.
 */
public final class ManpowerRules {
    private ManpowerRules() {
    }

    /**
     * Unpaid share of the day's wage bill: {@code 1 − paid / bill}, 0 when nothing is owed.
     *
     * @param bill US$ owed today (wage per fighter-day × fighters)
     * @param paid US$ actually paid (at most the treasury)
     */
    public static double shortfall(double bill, double paid) {
        return bill > 0 ? 1.0 - paid / bill : 0.0;
    }

    /**
     * Fighters a foreign force sends home today when it has more than its sponsor's troop level:
     * {@code max(0, fighters − target) × rate} (military support: "the foreign-force faction moves toward
     * {@code troops} fighters at {@code troopRate} of the gap per day").
     */
    public static double troopsWithdrawn(double fighters, double target, double rate) {
        return Math.max(0, fighters - target) * rate;
    }

    /** Fighters a sponsor sends today to a foreign force below its troop level: {@code max(0, target − fighters) × rate}. */
    public static double troopsSent(double fighters, double target, double rate) {
        return Math.max(0, target - fighters) * rate;
    }

    /**
     * Tomorrow's training multiplier. Under a training deal whose cap (the lower of the deal's and the
     * faction's own {@code trainingCap}) exceeds today's level, training moves toward that cap at the deal's
     * rate; otherwise it erodes back toward the faction's base at {@code decay} of the gap per day
     * (first-order adjustment; the brief: "training moves effectiveness toward its cap").
     *
     * @param training  today's multiplier
     * @param dealCap   highest cap of the deals in force past their lag (0 without a deal)
     * @param ownCap    the faction's own ceiling ({@code trainingCap})
     * @param base      the faction's training without deals
     * @param dealRate  highest rate of those deals, share of the gap per day
     * @param decay     {@code rules.manpower.trainingDecay}, share of the gap to base per day
     */
    public static double nextTraining(double training, double dealCap, double ownCap, double base, double dealRate,
                                      double decay) {
        double cap = Math.min(dealCap, ownCap);
        return cap > training ? SocialRules.approach(training, cap, dealRate)
                : SocialRules.approach(training, base, decay);
    }

    /**
     * Share of each front cell's fighters that stays when {@code lost} fighters must be removed beyond what the
     * reserve held: {@code max(0, 1 − lost / deployed)} (losses taken from the reserve first, then pro rata
     * from the front).
     */
    public static double frontShareKept(double lost, double deployed) {
        return Math.max(0, 1 - lost / deployed);
    }
}
