/**
 * The agents: {@link org.conflictsim.model.agent.Faction} (an army, a rebel group, a militia, a foreign force;
 * with its {@link org.conflictsim.model.agent.Forces} and {@link org.conflictsim.model.agent.Holdings}),
 * {@link org.conflictsim.model.agent.ForeignPower} (a sponsor, donor or deal seeker) and
 * {@link org.conflictsim.model.agent.Mine}. Each keeps its own state and behaviour; the phases ask them, and
 * MASON's inspectors show their {@code getX} properties live. The numbers come from {@code model.rules}.
 */
package org.conflictsim.model.agent;
