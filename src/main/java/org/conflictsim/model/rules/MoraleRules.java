package org.conflictsim.model.rules;

/**
 * Rules of morale: the daily drift toward a target that unpaid wages lower, and the shock of losing a place.
 * Morale multiplies effective force (see {@link CombatRules#effectiveForce}); it stays within
 * [{@link #FLOOR}, {@link #CEILING}], the range a scenario may give it.
 */
public final class MoraleRules {
    /**
     * Lowest morale: a beaten, unpaid army still fights at a tenth of its paid, confident strength rather than
     * vanishing (the lower bound of a faction's {@code morale} in scenario files).
     */
    public static final double FLOOR = 0.1;
    /** Highest morale: one and a half times the paid, confident level (the upper bound in scenario files). */
    public static final double CEILING = 1.5;
    /** Capture shock is given per US$ 1 million of a place's strategic value. */
    public static final double USD_PER_MILLION = 1e6;

    private MoraleRules() {
    }

    /**
     * Target morale of a faction: {@code baseMorale × (1 − unpaidMorale × shortfall)} (model brief: government
     * pay "lower and often unpaid, which feeds indiscipline and lower morale").
     *
     * @param baseMorale   morale when paid and not losing, 0.1–1.5
     * @param unpaidMorale fall of the target at full pay shortfall, 0–1 ({@code rules.manpower.unpaidMorale})
     * @param shortfall    unpaid share of today's wage bill, 0–1
     */
    public static double target(double baseMorale, double unpaidMorale, double shortfall) {
        return baseMorale * (1.0 - unpaidMorale * shortfall);
    }

    /**
     * Tomorrow's morale: a first-order approach to the target at {@code rate} of the gap per day, not below
     * {@link #FLOOR} ({@code rules.manpower.moraleRate}).
     */
    public static double next(double morale, double target, double rate) {
        return Math.max(FLOOR, SocialRules.approach(morale, target, rate));
    }

    /**
     * Morale lost by the side that loses a place: {@code captureShock × strategicValue / 10⁶} (a collapse-and-
     * momentum effect, e.g. FARDC after Goma; {@code rules.manpower.captureShock}, per US$ 1 million of value;
     * calibrated, docs/VALIDATION.md). The taker gains half of it (see {@link #lifted}).
     *
     * @param captureShock   morale per US$ 1 million of strategic value, 0–5
     * @param strategicValue the place's strategic value, US$/day-equivalent
     */
    public static double captureShock(double captureShock, double strategicValue) {
        return captureShock * strategicValue / USD_PER_MILLION;
    }

    /** Morale of a faction on the losing side after a shock: {@code max(FLOOR, morale − shock)}. */
    public static double shaken(double morale, double shock) {
        return Math.max(FLOOR, morale - shock);
    }

    /** Morale of a faction on the taking side after a capture: {@code min(CEILING, morale + shock / 2)}. */
    public static double lifted(double morale, double shock) {
        return Math.min(CEILING, morale + shock / 2);
    }

    /** A shock range at or above this distance, km, reaches every faction of a side in full (no local decay). */
    public static final double GLOBAL_SHOCK_KM = 1e4;

    /**
     * How exposed a faction is to the fall of a place: the share of its deployed fighters weighted by
     * {@code exp(−distance / rangeKm)} — 1 when all of them are at the place, near 0 when they are far away.
     * Shocks are local: the troops who see a city fall are shaken, those 150 km away much less (a modelling
     * choice; the brief's "losing a city shakes the troops near it"). With no deployed fighters, 0.
     *
     * @param weightedFighters Σ over its front cells of fighters × exp(−distance to the place / rangeKm)
     * @param deployed         its deployed fighters
     */
    public static double exposure(double weightedFighters, double deployed) {
        return deployed > 0 ? Math.min(1.0, weightedFighters / deployed) : 0.0;
    }

    /** The distance weight of one cell: {@code exp(−km / rangeKm)}. */
    public static double proximity(double km, double rangeKm) {
        return StrictMath.exp(-km / rangeKm);
    }
}
