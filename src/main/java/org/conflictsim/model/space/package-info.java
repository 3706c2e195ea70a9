/**
 * The map as a run changes it, kept in arrays indexed by cell for speed: the
 * {@link org.conflictsim.model.space.Territory} (who holds each cell, the front lines, where fighting happened,
 * first captures of places) and the {@link org.conflictsim.model.space.Population} (residents, displaced groups,
 * hardship, the dead; the daily census).
 */
package org.conflictsim.model.space;
