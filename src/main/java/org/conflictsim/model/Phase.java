package org.conflictsim.model;

/**
 * The phases of one simulated day, in the order they run. Each phase is one MASON {@code Steppable}
 * scheduled at the ordering {@link #ordinal()}, so the order is explicit in the schedule, not implied by
 * call order.
 */
public enum Phase {
    EVENTS, MARKET, PRODUCTION, FOREIGN_POWERS, BUDGETS, DEPLOYMENT, COMBAT, POPULATION, LEGITIMACY, METRICS
}
