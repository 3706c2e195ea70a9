package org.conflictsim.model.rules;

/**
 * When a ceasefire breaks down (model brief, "Mediation and ceasefire: ... can break down with a probability
 * that rises with the military imbalance"; the stronger side has more to gain by fighting on, Fearon 1995).
 */
public final class CeasefireRules {
    private CeasefireRules() {
    }

    /**
     * Daily probability that a ceasefire breaks down: {@code breakdown + imbalance × |ln(ratio)|}, where ratio is
     * the effective force of the strongest side over the second strongest (≥ 1; equal sides add nothing).
     *
     * @param breakdown base daily probability, 0–1
     * @param imbalance added probability per unit of |ln(force ratio)|, 0–1
     * @param forceRatio ratio of the two strongest sides' effective forces, &gt; 0
     */
    public static double breakdownProbability(double breakdown, double imbalance, double forceRatio) {
        return breakdown + imbalance * Math.abs(StrictMath.log(forceRatio));
    }

    /** Whether it breaks down today, for a uniform draw {@code u} in [0, 1). */
    public static boolean breaksDown(double u, double probability) {
        return u < probability;
    }

    /**
     * Ratio (≥ 1) of the effective force of the strongest side to that of the second strongest: the military
     * imbalance of {@link #breakdownProbability}; 1 when fewer than two sides have any force.
     *
     * @param sideForces effective force (fighters × quality) of each side, in any order
     */
    public static double forceRatio(double[] sideForces) {
        double first = 0;
        double second = 0;
        for (double v : sideForces) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return second > 0 ? first / second : 1.0;
    }
}
