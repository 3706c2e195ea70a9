package org.conflictsim.model;

/**
 * The phases of one simulated day, in the order they run. Each is one MASON {@code Steppable} — a class of
 * {@code model.phase} ({@code EventsPhase}, ..., {@code ResistancePhase}, ..., {@code LegitimacyPhase}), then the {@code DailyCollector} of
 * {@code model.observe} for {@link #METRICS} — scheduled at the ordering {@link #ordinal()}, so the order is
 * explicit in the schedule, not implied by call order ({@link ConflictModel#start()} lists them).
 */
public enum Phase {
    EVENTS, MARKET, PRODUCTION, FOREIGN_POWERS, BUDGETS, DEPLOYMENT, COMBAT, RESISTANCE, POPULATION, LEGITIMACY,
    METRICS
}
