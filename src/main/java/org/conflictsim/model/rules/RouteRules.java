package org.conflictsim.model.rules;

/**
 * Costs of smuggling routes (model brief, "Limits of war": "minerals leave by the cheapest route through friendly
 * or unheld ground"). Costs are in km-equivalents: traders prefer short routes on roads through their own side's
 * ground, avoid crossing enemy lines (roadblocks, confiscation: UN Group of Experts reports on taxation at
 * checkpoints) and borders where buyers face sanctions.
 */
public final class RouteRules {
    private RouteRules() {
    }

    /**
     * Cost of crossing one cell: its width, {@code × roadFactor} on a road, {@code × enemyPassage} when the
     * cell is not held by the route's side.
     *
     * @param cellKm       cell width, km
     * @param road         whether a main road crosses the cell
     * @param roadFactor   cost of a road cell relative to an off-road cell, 0–1
     * @param own          whether the route's side holds the cell
     * @param enemyPassage cost multiplier of a cell held by another side or by no one, ≥ 1
     */
    public static double cellCost(double cellKm, boolean road, double roadFactor, boolean own, double enemyPassage) {
        return cellKm * (road ? roadFactor : 1.0) * (own ? 1.0 : enemyPassage);
    }

    /**
     * Extra cost of exporting through a border: {@code sanctionKm × severity} of the sanctions on the power of
     * the country beyond it (sanctions on a buyer or a refinery make its border a worse outlet).
     */
    public static double borderCost(double sanctionKm, double severity) {
        return sanctionKm * severity;
    }
}
