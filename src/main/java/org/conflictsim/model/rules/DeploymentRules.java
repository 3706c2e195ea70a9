package org.conflictsim.model.rules;

/**
 * How a faction spreads its fighters over its front cells (model brief, "Deployment: each faction shifts a
 * fraction of its fighters per day toward its frontier, weighted by the value of adjacent enemy cells (mine
 * value, population, strategic places) and the threat it faces").
 */
public final class DeploymentRules {
    private DeploymentRules() {
    }

    /**
     * Value an adjacent enemy cell adds to a front cell's pull: {@code mineWeight × mineValue +
     * populationWeight × people}.
     *
     * @param mineWeight       per US$/day of mine-gate value of the cell's mines' output
     * @param mineValue        that value, US$/day
     * @param populationWeight per person
     * @param people           residents and displaced people hosted in the cell
     */
    public static double enemyCellValue(double mineWeight, double mineValue, double populationWeight, double people) {
        return mineWeight * mineValue + populationWeight * people;
    }

    /** Threat an adjacent enemy cell adds: {@code threatWeight × enemy effective force in it}. */
    public static double threat(double threatWeight, double enemyForce) {
        return threatWeight * enemyForce;
    }

    /**
     * Pull of an enemy-held objective (a place with strategic value) on a front cell: {@code placeWeight ×
     * value × exp(−distance / range)}.
     *
     * @param placeWeight weight per unit of strategic value
     * @param value       the objective's strategic value
     * @param decay       {@link #decay} of its distance
     */
    public static double objectivePull(double placeWeight, double value, double decay) {
        return placeWeight * value * decay;
    }

    /**
     * Pull of a place its own side holds on a front cell near it: {@code defendWeight × value × decay}, the
     * defence of what a side holds. Armies weigh what they would lose as well as what they would take: a purpose
     * of the defence is to retain decisive terrain or deny a vital area (US Army ADP 3-90, <i>Offense and
     * Defense</i>, 2019); in
     * 2024 the government's side held Goma with its heaviest concentration of forces (FARDC, the SADC mission,
     * MONUSCO's Operation Springbok at Sake and Goma, docs/SOURCES.md). The weight is an assumption to calibrate
     * ({@code rules.deployment.defendWeight}; 0 turns the rule off).
     *
     * @param defendWeight weight per unit of strategic value of a place the faction's side holds
     * @param value        the place's strategic value
     * @param decay        {@link #decay} of its distance from the front cell
     */
    public static double defencePull(double defendWeight, double value, double decay) {
        return defendWeight * value * decay;
    }

    /** Distance decay {@code exp(−distanceKm / rangeKm)} of an objective's pull. */
    public static double decay(double distanceKm, double rangeKm) {
        return StrictMath.exp(-distanceKm / rangeKm);
    }

    /** Weight of a front cell in the allocation: {@code 1 + pull} where the faction may deploy, else 0. */
    public static double weight(boolean eligible, double pull) {
        return eligible ? 1.0 + pull : 0.0;
    }

    /**
     * Today's move of fighters into (positive) or out of (negative) a front cell: {@code rate × (want ×
     * weight / totalWeight − present)}, closing {@code rate} of the gap to the cell's share of the fighters the
     * faction wants at the front.
     *
     * @param rate        share of the gap closed per day ({@code rules.deployment.rate})
     * @param want        fighters the faction wants at the front ({@code deployShare × fighters})
     * @param weight      the cell's weight (see {@link #weight})
     * @param totalWeight sum of the weights of the faction's front cells, &gt; 0
     * @param present     the faction's fighters in the cell now
     */
    public static double move(double rate, double want, double weight, double totalWeight, double present) {
        return rate * (want * weight / totalWeight - present);
    }

    /**
     * Scale of today's moves into front cells when the reserve cannot fill them all: {@code reserve / wanted}
     * if more is wanted than the reserve holds, else 1 (moves out are never scaled).
     */
    public static double reserveScale(double wanted, double reserve) {
        return wanted > reserve ? reserve / wanted : 1.0;
    }
}
