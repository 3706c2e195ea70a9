/**
 * Observation from outside the agents: the {@link org.conflictsim.model.observe.DailyCollector} records the day's
 * {@link org.conflictsim.model.observe.Metric}s into a {@link org.conflictsim.model.observe.Series} after the
 * phases, and {@link org.conflictsim.model.observe.Conservation} checks that money, people and cells are
 * conserved. {@code Metric} is the one registry of metric names, used by outcomes, charts and the GUI.
 */
package org.conflictsim.model.observe;
