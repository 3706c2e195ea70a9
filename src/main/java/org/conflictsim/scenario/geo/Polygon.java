package org.conflictsim.scenario.geo;

import java.util.List;

/**
 * An immutable polygon: the first ring is the outer boundary, the others are holes. Coordinates
 * are decimal degrees (longitude positive east, latitude positive north).
 *
 * <p>A point is inside when it is inside an odd number of the rings (even-odd rule), so a point in
 * a hole is outside. The bounding box covers all rings.
 *
 * @param rings outer ring first, then holes; at least one ring
 */
public record Polygon(List<Ring> rings) {

    /**
     * @throws IllegalArgumentException if there are no rings
     */
    public Polygon {
        rings = List.copyOf(rings);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon has no rings");
        }
    }

    /** A polygon with an outer ring and optional holes. */
    public static Polygon of(Ring outer, Ring... holes) {
        Ring[] all = new Ring[holes.length + 1];
        all[0] = outer;
        System.arraycopy(holes, 0, all, 1, holes.length);
        return new Polygon(List.of(all));
    }

    /** The outer ring. */
    public Ring outer() {
        return rings.get(0);
    }

    /** The holes (possibly empty). */
    public List<Ring> holes() {
        return rings.subList(1, rings.size());
    }

    /** Westernmost longitude of any ring, degrees. */
    public double west() {
        double v = Double.POSITIVE_INFINITY;
        for (Ring r : rings) {
            v = Math.min(v, r.west());
        }
        return v;
    }

    /** Easternmost longitude of any ring, degrees. */
    public double east() {
        double v = Double.NEGATIVE_INFINITY;
        for (Ring r : rings) {
            v = Math.max(v, r.east());
        }
        return v;
    }

    /** Southernmost latitude of any ring, degrees. */
    public double south() {
        double v = Double.POSITIVE_INFINITY;
        for (Ring r : rings) {
            v = Math.min(v, r.south());
        }
        return v;
    }

    /** Northernmost latitude of any ring, degrees. */
    public double north() {
        double v = Double.NEGATIVE_INFINITY;
        for (Ring r : rings) {
            v = Math.max(v, r.north());
        }
        return v;
    }

    /**
     * Even-odd inside test honouring holes; gives exactly the same answer as the scanline fill of
     * {@link Rasteriser} for a cell centre.
     *
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     */
    public boolean contains(double lon, double lat) {
        int count = 0;
        for (Ring r : rings) {
            count += r.crossingsEastOf(lon, lat);
        }
        return (count & 1) == 1;
    }

    /** Total number of vertices over all rings. */
    int vertexCount() {
        int n = 0;
        for (Ring r : rings) {
            n += r.size();
        }
        return n;
    }
}
