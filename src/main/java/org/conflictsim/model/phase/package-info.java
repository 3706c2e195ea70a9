/**
 * The day, as a list of phases: one small class per phase of the model brief
 * ({@link org.conflictsim.model.phase.EventsPhase}, {@link org.conflictsim.model.phase.MarketPhase},
 * {@link org.conflictsim.model.phase.ProductionPhase}, {@link org.conflictsim.model.phase.ForeignPowersPhase},
 * {@link org.conflictsim.model.phase.BudgetsPhase}, {@link org.conflictsim.model.phase.DeploymentPhase},
 * {@link org.conflictsim.model.phase.CombatPhase}, {@link org.conflictsim.model.phase.PopulationPhase},
 * {@link org.conflictsim.model.phase.LegitimacyPhase}), each a MASON {@code Steppable} scheduled at its own
 * ordering. A phase asks the agents and the rules, in a fixed order. Shared steps of several phases live here
 * too: a cell changing hands ({@code Captures}), the standing effects of instruments, trigger conditions.
 */
package org.conflictsim.model.phase;
