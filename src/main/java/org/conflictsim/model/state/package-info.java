/**
 * One run's state as the phases see it: the {@link org.conflictsim.model.state.ModelState} registry (agents,
 * territory, population, books, market, flows, random stream, day), the
 * {@link org.conflictsim.model.state.Agenda} of instruments in force and the lever queue, and the
 * {@link org.conflictsim.model.state.EventLog}.
 */
package org.conflictsim.model.state;
