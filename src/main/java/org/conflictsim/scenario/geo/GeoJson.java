package org.conflictsim.scenario.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GeoJSON FeatureCollections of areal features.
 *
 * <p>Coordinates are taken as decimal degrees, {@code [longitude, latitude]} (RFC 7946 order);
 * a third (altitude) value is ignored. Supported geometry types are {@code Polygon} and
 * {@code MultiPolygon}; all rings are kept, the first of each polygon being the outer ring and the
 * others holes. Any other geometry type, a missing geometry, or malformed coordinates make the
 * whole file fail with a {@link GeoDataException} naming the file, the feature (0-based index in
 * the {@code features} array) and the problem. Ring orientation is not checked: inside tests use
 * the even-odd rule, for which it does not matter.
 */
public final class GeoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJson() {
    }

    /**
     * Reads the features of a GeoJSON FeatureCollection file.
     *
     * @param file a UTF-8 GeoJSON file
     * @return the features in file order
     * @throws GeoDataException if the file cannot be read, is not JSON, or is not a FeatureCollection
     *                          of Polygon/MultiPolygon features
     */
    public static List<GeoFeature> read(Path file) throws GeoDataException {
        String name = GeoDataException.nameOf(file);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (NoSuchFileException e) {
            throw new GeoDataException(name + ": file not found (" + file + ")", e);
        } catch (JsonProcessingException e) {
            throw new GeoDataException(name + ": not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GeoDataException(name + ": cannot read: " + e.getMessage(), e);
        }
        return features(root, name);
    }

    /**
     * Parses GeoJSON text; {@code sourceName} is used in error messages in place of a file name.
     *
     * @throws GeoDataException as {@link #read(Path)}
     */
    public static List<GeoFeature> parse(String json, String sourceName) throws GeoDataException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GeoDataException(sourceName + ": not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        }
        return features(root, sourceName);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + " column " + loc.getColumnNr();
    }

    private static List<GeoFeature> features(JsonNode root, String name) throws GeoDataException {
        if (root == null || !root.isObject()) {
            throw new GeoDataException(name + ": top level is not a JSON object");
        }
        String type = root.path("type").asText("");
        if (!"FeatureCollection".equals(type)) {
            throw new GeoDataException(name + ": type is \"" + type + "\", expected \"FeatureCollection\"");
        }
        JsonNode array = root.get("features");
        if (array == null || !array.isArray()) {
            throw new GeoDataException(name + ": \"features\" is missing or not an array");
        }
        List<GeoFeature> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String ctx = name + ": feature " + i;
            out.add(feature(array.get(i), ctx));
        }
        return List.copyOf(out);
    }

    private static GeoFeature feature(JsonNode f, String ctx) throws GeoDataException {
        if (!f.isObject()) {
            throw new GeoDataException(ctx + ": not a JSON object");
        }
        String type = f.path("type").asText("");
        if (!"Feature".equals(type)) {
            throw new GeoDataException(ctx + ": type is \"" + type + "\", expected \"Feature\"");
        }
        Map<String, String> props = new LinkedHashMap<>();
        JsonNode p = f.get("properties");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new GeoDataException(ctx + ": \"properties\" is not an object");
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                JsonNode v = e.getValue();
                if (v.isNull()) {
                    continue;
                }
                props.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        }
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            throw new GeoDataException(ctx + ": has no geometry");
        }
        if (!g.isObject()) {
            throw new GeoDataException(ctx + ": geometry is not a JSON object");
        }
        String gType = g.path("type").asText("");
        JsonNode coords = g.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        switch (gType) {
            case "Polygon" -> polygons.add(polygon(array(coords, ctx + ": coordinates"), ctx));
            case "MultiPolygon" -> {
                JsonNode parts = array(coords, ctx + ": coordinates");
                if (parts.isEmpty()) {
                    throw new GeoDataException(ctx + ": MultiPolygon has no polygons");
                }
                for (int k = 0; k < parts.size(); k++) {
                    polygons.add(polygon(array(parts.get(k), ctx + ": polygon " + k), ctx + ": polygon " + k));
                }
            }
            default -> throw new GeoDataException(ctx + ": geometry type " + (gType.isEmpty() ? "(missing)" : gType) + " is not supported");
        }
        return new GeoFeature(props, polygons);
    }

    private static JsonNode array(JsonNode n, String ctx) throws GeoDataException {
        if (n == null || !n.isArray()) {
            throw new GeoDataException(ctx + ": expected an array");
        }
        return n;
    }

    private static Polygon polygon(JsonNode rings, String ctx) throws GeoDataException {
        if (rings.isEmpty()) {
            throw new GeoDataException(ctx + ": polygon has no rings");
        }
        List<Ring> out = new ArrayList<>(rings.size());
        for (int r = 0; r < rings.size(); r++) {
            String rctx = ctx + ": ring " + r;
            JsonNode ring = array(rings.get(r), rctx);
            int n = ring.size();
            double[] lon = new double[n];
            double[] lat = new double[n];
            for (int i = 0; i < n; i++) {
                JsonNode pos = ring.get(i);
                if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                    throw new GeoDataException(rctx + ": position " + i + " is not [lon, lat] numbers: " + pos);
                }
                lon[i] = pos.get(0).asDouble();
                lat[i] = pos.get(1).asDouble();
                if (!Double.isFinite(lon[i]) || !Double.isFinite(lat[i])
                        || Math.abs(lon[i]) > 180 || Math.abs(lat[i]) > 90) {
                    throw new GeoDataException(rctx + ": position " + i + " is out of range: " + pos);
                }
            }
            try {
                out.add(new Ring(lon, lat));
            } catch (IllegalArgumentException e) {
                throw new GeoDataException(rctx + ": " + e.getMessage(), e);
            }
        }
        return new Polygon(out);
    }
}
