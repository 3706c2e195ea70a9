package org.conflictsim.scenario.geo;

/**
 * Distances on the Earth's surface at the scale of a regional scenario (a few hundred km).
 *
 * <p>Coordinates are decimal degrees (WGS 84): longitude positive east, latitude positive north.
 * Distances are kilometres. One degree of latitude is taken as {@value #KM_PER_DEGREE} km and one
 * degree of longitude as {@value #KM_PER_DEGREE} km times the cosine of the latitude. Near the
 * equator (eastern DR Congo lies between 5.5°S and 2.5°N) this equirectangular approximation is
 * within a fraction of a percent of the great-circle distance for distances up to several hundred km.
 */
public final class Earth {

    /** Kilometres per degree of latitude (and of longitude at the equator). */
    public static final double KM_PER_DEGREE = 111.32;

    private Earth() {
    }

    /**
     * Equirectangular distance between two points, using the cosine of their mean latitude for the
     * east-west component.
     *
     * @param lonA longitude of the first point, degrees
     * @param latA latitude of the first point, degrees
     * @param lonB longitude of the second point, degrees
     * @param latB latitude of the second point, degrees
     * @return distance in km
     */
    public static double distanceKm(double lonA, double latA, double lonB, double latB) {
        double meanLat = Math.toRadians(0.5 * (latA + latB));
        double dx = (lonA - lonB) * StrictMath.cos(meanLat);
        double dy = latA - latB;
        return KM_PER_DEGREE * StrictMath.sqrt(dx * dx + dy * dy);
    }
}
