/**
 * The static map of a scenario, shared by all its runs: the {@link org.conflictsim.model.world.World} raster
 * (countries, provinces, lakes, theatre, roads, population, remoteness, terrain), named
 * {@link org.conflictsim.model.world.Place}s and {@link org.conflictsim.model.world.MineSite}s.
 */
package org.conflictsim.model.world;
