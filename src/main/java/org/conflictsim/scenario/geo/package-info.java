/**
 * Geographic inputs of the eastern-DRC scenario: reading GeoJSON polygons and the IPIS mining-site
 * CSV, rasterising polygons onto a longitude-latitude {@link org.conflictsim.scenario.geo.Grid},
 * grid distances ({@link org.conflictsim.scenario.geo.Chamfer}) and clustering of mining sites.
 *
 * <p>Units throughout: angles in decimal degrees (WGS 84; longitude positive east, latitude positive
 * north; where a method takes both, longitude comes first unless named otherwise), distances in km
 * with 111.32 km per degree of latitude (see {@link org.conflictsim.scenario.geo.Earth}). Grid row 0
 * is the northern edge; cell index = row × width + column.
 *
 * <p>Data (in {@code scenarios/data/}, see {@code SOURCES.md} there): Natural Earth countries and
 * provinces (public domain), OpenStreetMap lakes (ODbL, "© OpenStreetMap contributors"), IPIS mining
 * sites (ODC-BY, "IPIS").
 */
package org.conflictsim.scenario.geo;
