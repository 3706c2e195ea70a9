package org.conflictsim.scenario.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable GeoJSON feature with an areal geometry.
 *
 * <p>Coordinates are decimal degrees (longitude positive east, latitude positive north). A GeoJSON
 * {@code Polygon} becomes one {@link Polygon}, a {@code MultiPolygon} several. Property values are
 * kept as text: JSON strings as they are, numbers and booleans in their JSON spelling, nested
 * objects and arrays as compact JSON; {@code null} properties are left out. Properties keep the
 * file's order.
 *
 * @param properties feature properties as text
 * @param polygons   the polygons (each with its outer ring and holes); at least one
 */
public record GeoFeature(Map<String, String> properties, List<Polygon> polygons) {

    /**
     * @throws IllegalArgumentException if there are no polygons
     */
    public GeoFeature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("feature has no polygons");
        }
    }

    /** The value of property {@code key}, or {@code null} if the feature has none. */
    public String property(String key) {
        return properties.get(key);
    }

    /**
     * Whether the point lies inside any of the polygons (even-odd rule within each polygon).
     *
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     */
    public boolean contains(double lon, double lat) {
        for (Polygon p : polygons) {
            if (p.contains(lon, lat)) {
                return true;
            }
        }
        return false;
    }
}
