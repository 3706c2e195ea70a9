/**
 * What foreign powers (and scenarios) can do: typed {@link org.conflictsim.model.instruments.Instrument}s, the
 * dated or triggered {@link org.conflictsim.model.instruments.EventSpec}s that switch them on, and their
 * {@link org.conflictsim.model.instruments.Trigger}s. Immutable values from the scenario; which are in force
 * during a run is the {@code state.Agenda}'s business.
 */
package org.conflictsim.model.instruments;
