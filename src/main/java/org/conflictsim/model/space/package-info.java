/**
 * The map as a run changes it, kept in arrays indexed by cell for speed: the
 * {@link org.conflictsim.model.space.Territory} (who holds each cell, the front lines, where fighting happened,
 * first captures of places) and the {@link org.conflictsim.model.space.Population} (residents, displaced groups,
 * hardship, the dead; the daily census); and what the limits of war read from the map: supply distances from
 * each side's bases ({@link org.conflictsim.model.space.Supply}, by a bucket queue), smuggling routes that follow
 * control ({@link org.conflictsim.model.space.Routes}, by an indexed binary heap whose order decides ties
 * between exits) and each side's war aims ({@link org.conflictsim.model.space.WarAims}).
 */
package org.conflictsim.model.space;
