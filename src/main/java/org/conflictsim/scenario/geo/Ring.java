package org.conflictsim.scenario.geo;

import java.util.Arrays;

/**
 * An immutable closed linear ring of a polygon, in decimal degrees (longitude positive east,
 * latitude positive north), with its bounding box precomputed.
 *
 * <p>The closing vertex of a GeoJSON ring (a repeat of the first vertex) is dropped: the ring is
 * implicitly closed by an edge from the last vertex back to the first. A ring has at least three
 * vertices. Vertex arrays are copied on the way in and on the way out; {@link #lon(int)} and
 * {@link #lat(int)} read single vertices without copying.
 */
public final class Ring {

    private final double[] lon;
    private final double[] lat;
    private final double west;
    private final double east;
    private final double south;
    private final double north;

    /**
     * @param lon vertex longitudes, degrees
     * @param lat vertex latitudes, degrees (same length as {@code lon})
     * @throws IllegalArgumentException if the lengths differ, a coordinate is not finite, or fewer
     *                                  than three vertices remain once a closing repeat is dropped
     */
    public Ring(double[] lon, double[] lat) {
        if (lon.length != lat.length) {
            throw new IllegalArgumentException(
                    "ring has " + lon.length + " longitudes but " + lat.length + " latitudes");
        }
        int n = lon.length;
        if (n > 1 && lon[0] == lon[n - 1] && lat[0] == lat[n - 1]) {
            n--;
        }
        if (n < 3) {
            throw new IllegalArgumentException("ring has fewer than 3 distinct vertices");
        }
        this.lon = Arrays.copyOf(lon, n);
        this.lat = Arrays.copyOf(lat, n);
        double w = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        double s = Double.POSITIVE_INFINITY;
        double no = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = this.lon[i];
            double y = this.lat[i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("ring vertex " + i + " is not finite");
            }
            w = Math.min(w, x);
            e = Math.max(e, x);
            s = Math.min(s, y);
            no = Math.max(no, y);
        }
        this.west = w;
        this.east = e;
        this.south = s;
        this.north = no;
    }

    /**
     * A ring from interleaved coordinates {@code lon0, lat0, lon1, lat1, ...} in degrees.
     *
     * @throws IllegalArgumentException if the number of values is odd, or as {@link #Ring(double[], double[])}
     */
    public static Ring of(double... lonLat) {
        if (lonLat.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of coordinates: " + lonLat.length);
        }
        int n = lonLat.length / 2;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lonLat[2 * i];
            y[i] = lonLat[2 * i + 1];
        }
        return new Ring(x, y);
    }

    /** Number of vertices (without a closing repeat). */
    public int size() {
        return lon.length;
    }

    /** Longitude of vertex {@code i}, degrees. */
    public double lon(int i) {
        return lon[i];
    }

    /** Latitude of vertex {@code i}, degrees. */
    public double lat(int i) {
        return lat[i];
    }

    /** A copy of the vertex longitudes, degrees. */
    public double[] lons() {
        return lon.clone();
    }

    /** A copy of the vertex latitudes, degrees. */
    public double[] lats() {
        return lat.clone();
    }

    /** Westernmost vertex longitude, degrees. */
    public double west() {
        return west;
    }

    /** Easternmost vertex longitude, degrees. */
    public double east() {
        return east;
    }

    /** Southernmost vertex latitude, degrees. */
    public double south() {
        return south;
    }

    /** Northernmost vertex latitude, degrees. */
    public double north() {
        return north;
    }

    /**
     * Number of edges of this ring that cross the parallel {@code lat} strictly east of {@code lon}.
     * An edge crosses the parallel when exactly one of its end points lies strictly north of it
     * (a half-open rule, so a vertex on the parallel is counted once). The parity of the sum over a
     * polygon's rings is the even-odd inside test used by {@link Polygon#contains(double, double)}
     * and, for whole rows at once, by {@link Rasteriser}.
     *
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     */
    public int crossingsEastOf(double lon, double lat) {
        if (lat < south || lat > north) {
            return 0;
        }
        int count = 0;
        int n = this.lon.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = this.lat[i];
            double yj = this.lat[j];
            if ((yi > lat) != (yj > lat) && crossingLon(this.lon[i], yi, this.lon[j], yj, lat) > lon) {
                count++;
            }
        }
        return count;
    }

    /**
     * Appends to {@code buffer}, from position {@code count}, the longitudes at which the edges of
     * this ring cross the parallel {@code lat} (same half-open rule as {@link #crossingsEastOf}).
     * The buffer must have room for {@link #size()} more values.
     *
     * @return the new count
     */
    int crossings(double lat, double[] buffer, int count) {
        if (lat < south || lat > north) {
            return count;
        }
        int n = this.lon.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = this.lat[i];
            double yj = this.lat[j];
            if ((yi > lat) != (yj > lat)) {
                buffer[count++] = crossingLon(this.lon[i], yi, this.lon[j], yj, lat);
            }
        }
        return count;
    }

    /** The one formula for where edge (xi,yi)-(xj,yj) meets the parallel y; yi != yj. */
    private static double crossingLon(double xi, double yi, double xj, double yj, double y) {
        return xi + (y - yi) * (xj - xi) / (yj - yi);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && Arrays.equals(lon, r.lon) && Arrays.equals(lat, r.lat);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lon) + Arrays.hashCode(lat);
    }

    @Override
    public String toString() {
        return "Ring[" + lon.length + " vertices, lon " + west + ".." + east + ", lat " + south + ".." + north + "]";
    }
}
