package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoJsonTest {

    @Test
    void readsShippedCountries() throws Exception {
        List<GeoFeature> countries = GeoJson.read(TestData.COUNTRIES);
        assertEquals(List.of("TZA", "COD", "BDI", "RWA", "UGA"), Rasteriser.distinct(countries, "iso3"));
        GeoFeature cod = countries.get(1);
        assertEquals("Democratic Republic of the Congo", cod.property("name"));
        assertEquals(1, cod.polygons().size());
        // 292 positions in the file, the last repeating the first
        assertEquals(291, cod.polygons().get(0).outer().size());
        assertTrue(cod.polygons().get(0).west() >= 26.0 && cod.polygons().get(0).east() <= 31.5);
    }

    @Test
    void readsShippedLakesWithHolesAndMultiPolygon() throws Exception {
        List<GeoFeature> lakes = GeoJson.read(TestData.LAKES);
        assertEquals(List.of("Lake Tanganyika", "Lake Albert", "Lake Kivu", "Lake Edward"),
                Rasteriser.distinct(lakes, "name"));
        GeoFeature kivu = lakes.get(2);
        assertEquals(2, kivu.polygons().size(), "main lake and Kabuno Bay");
        assertEquals(9, kivu.polygons().get(0).holes().size(), "islands");
        assertEquals(5, lakes.get(0).polygons().get(0).holes().size());
        assertTrue(kivu.contains(29.2, -2.0));
        assertFalse(kivu.contains(29.2336, -1.6794), "Goma is on the shore, not in the lake");
        assertFalse(kivu.contains(29.05, -2.05), "Idjwi island");
    }

    @Test
    void keepsPropertiesAsText() throws Exception {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"a":"x","n":3,"f":1.5,"b":true,"z":null,"o":{"k":[1,2]}},
                  "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}""";
        GeoFeature f = GeoJson.parse(json, "t.geojson").get(0);
        assertEquals(List.of("a", "n", "f", "b", "o"), List.copyOf(f.properties().keySet()));
        assertEquals("x", f.property("a"));
        assertEquals("3", f.property("n"));
        assertEquals("1.5", f.property("f"));
        assertEquals("true", f.property("b"));
        assertEquals("{\"k\":[1,2]}", f.property("o"));
        assertEquals(null, f.property("z"));
        assertThrows(UnsupportedOperationException.class, () -> f.properties().put("q", "r"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Feature\"}|bad.geojson: type is \"Feature\", expected \"FeatureCollection\"",
        "{\"type\":\"FeatureCollection\"}|bad.geojson: \"features\" is missing or not an array",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}},{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}]}|bad.geojson: feature 1: geometry type LineString is not supported",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}|bad.geojson: feature 0: has no geometry",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,\"a\"],[1,1],[0,0]]]}}]}|bad.geojson: feature 0: ring 0: position 1 is not [lon, lat] numbers: [1,\"a\"]",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}}]}|bad.geojson: feature 0: ring 0: ring has fewer than 3 distinct vertices",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1]]],[[[0,0],[200,0],[1,1]]]]}}]}|bad.geojson: feature 0: polygon 1: ring 0: position 1 is out of range: [200,0]",
    })
    void reportsFileFeatureAndProblem(String json, String message, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, json);
        GeoDataException e = assertThrows(GeoDataException.class, () -> GeoJson.read(file));
        assertEquals(message, e.getMessage());
    }

    @Test
    void reportsInvalidJsonAndMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.geojson");
        Files.writeString(file, "{\"type\":\n\"FeatureCollection\",");
        GeoDataException e = assertThrows(GeoDataException.class, () -> GeoJson.read(file));
        assertTrue(e.getMessage().startsWith("broken.geojson: not valid JSON at line 2"), e.getMessage());
        GeoDataException missing = assertThrows(GeoDataException.class, () -> GeoJson.read(dir.resolve("none.geojson")));
        assertTrue(missing.getMessage().startsWith("none.geojson: file not found"), missing.getMessage());
    }
}
