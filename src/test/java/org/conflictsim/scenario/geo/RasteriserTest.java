package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RasteriserTest {

    private static List<GeoFeature> countries;
    private static List<GeoFeature> lakes;
    private static List<GeoFeature> provinces;
    private static final List<String> ISO = List.of("COD", "RWA", "BDI", "UGA", "TZA");

    @BeforeAll
    static void load() throws GeoDataException {
        countries = GeoJson.read(TestData.COUNTRIES);
        lakes = GeoJson.read(TestData.LAKES);
        provinces = GeoJson.read(TestData.PROVINCES);
    }

    private static GeoFeature feature(String cls, Polygon... polygons) {
        return new GeoFeature(Map.of("cls", cls), List.of(polygons));
    }

    /** 10 x 10 degree square with a 4 x 4 hole in the middle, on a 1 degree grid. */
    @Test
    void squareWithHole() {
        Polygon p = Polygon.of(Ring.of(0, 0, 10, 0, 10, 10, 0, 10, 0, 0), Ring.of(3, 3, 7, 3, 7, 7, 3, 7));
        Grid g = Grid.of(-2, 12, -2, 12, 1.0);
        int[] r = Rasteriser.rasterise(g, List.of(feature("sq", p)), "cls", List.of("sq"));
        int inside = 0;
        for (int v : r) {
            inside += v == 0 ? 1 : 0;
        }
        assertEquals(100 - 16, inside);
        assertEquals(0, r[g.cellOf(0.5, 0.5)]);
        assertEquals(0, r[g.cellOf(9.5, 9.5)]);
        assertEquals(-1, r[g.cellOf(5, 5)], "hole");
        assertEquals(-1, r[g.cellOf(3.5, 6.5)], "hole corner cell");
        assertEquals(0, r[g.cellOf(2.5, 6.5)], "just west of the hole");
        assertEquals(-1, r[g.cellOf(-0.5, 5)], "outside");
        assertEquals(-1, r[g.cellOf(10.5, 5)], "outside");
        boolean[] m = Rasteriser.mask(g, List.of(feature("sq", p)));
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i] == 0, m[i]);
        }
    }

    @Test
    void firstFeatureWinsAndUnlistedClassesAreIgnored() {
        Polygon a = Polygon.of(Ring.of(0, 0, 6, 0, 6, 4, 0, 4));
        Polygon b = Polygon.of(Ring.of(4, 0, 10, 0, 10, 4, 4, 4));
        Polygon c = Polygon.of(Ring.of(0, 4, 10, 4, 10, 8, 0, 8));
        Grid g = Grid.of(0, 10, 0, 8, 1.0);
        List<GeoFeature> fs = List.of(feature("A", a), feature("B", b), feature("C", c));
        int[] r = Rasteriser.rasterise(g, fs, "cls", List.of("B", "A"));
        assertEquals(1, r[g.cellOf(5.5, 1.5)], "overlap goes to A, listed first among features");
        assertEquals(0, r[g.cellOf(7.5, 1.5)]);
        assertEquals(-1, r[g.cellOf(7.5, 5.5)], "class C not requested");
        assertEquals(List.of("A", "B", "C"), Rasteriser.distinct(fs, "cls"));
        assertEquals(List.of(), Rasteriser.distinct(fs, "nope"));
        assertThrows(IllegalArgumentException.class, () -> Rasteriser.rasterise(g, fs, "cls", List.of("A", "A")));
    }

    /** Random self-intersecting polygons with holes: scanline fill equals the point test at every centre. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void scanlineMatchesPointTest(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Grid g = Grid.of(0, 3.7, 0, 2.9, 0.1);
        List<GeoFeature> fs = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            List<Ring> rings = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                int n = 3 + rnd.nextInt(12);
                double[] ll = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    // snap some vertices to the cell-centre lattice to exercise the edge cases
                    boolean snap = rnd.nextInt(3) == 0;
                    ll[2 * i] = snap ? g.lon(rnd.nextInt(g.width())) : rnd.nextDouble(-0.2, 3.9);
                    ll[2 * i + 1] = snap ? g.lat(rnd.nextInt(g.height())) : rnd.nextDouble(-0.2, 3.1);
                }
                rings.add(Ring.of(ll));
            }
            fs.add(feature("f" + f, new Polygon(rings)));
        }
        List<String> classes = Rasteriser.distinct(fs, "cls");
        int[] r = Rasteriser.rasterise(g, fs, "cls", classes);
        int[] expected = new int[g.size()];
        for (int row = 0; row < g.height(); row++) {
            for (int col = 0; col < g.width(); col++) {
                int v = -1;
                for (int f = 0; f < fs.size() && v < 0; f++) {
                    if (fs.get(f).contains(g.lon(col), g.lat(row))) {
                        v = f;
                    }
                }
                expected[g.index(col, row)] = v;
            }
        }
        assertArrayEquals(expected, r);
    }

    @ParameterizedTest
    @CsvSource({
        // lon, lat, expected iso3 at 0.05 deg
        "29.2336, -1.6794, COD",   // Goma
        "30.062,  -1.944,  RWA",   // Kigali
        "29.364,  -3.382,  BDI",   // Bujumbura
        "29.140,  -3.370,  COD",   // Uvira
        "29.256,  -1.703,  RWA",   // Gisenyi/Rubavu, opposite Goma
        "29.2875,  0.1278, COD",   // Butembo
        "30.250,   1.567,  COD",   // Bunia
    })
    void shippedCountriesAtPlaces(double lon, double lat, String iso) {
        Grid g = TestData.grid(0.05);
        int cell = g.cellOf(lon, lat);
        int[] r = Rasteriser.rasterise(g, countries, "iso3", ISO);
        assertEquals(iso, ISO.get(r[cell]));
    }

    /** Point tests against the polygons, not cells: the generalised Natural Earth border. */
    @Test
    void exactTownCoordinatesAgainstPolygons() {
        GeoFeature cod = countries.get(1);
        GeoFeature rwa = countries.get(3);
        assertEquals("COD", cod.property("iso3"));
        assertTrue(rwa.contains(29.2336, -1.6794), "Goma's own coordinates fall just inside the 1:10m Rwanda polygon");
        assertTrue(cod.contains(29.225, -1.675), "but the centre of Goma's 0.05 degree cell is DRC");
        assertTrue(rwa.contains(28.867, -2.5), "Bukavu's own coordinates too");
    }

    @Test
    void bukavuCellReadsRwandaAtFiveHundredthsOfADegree() {
        Grid g = TestData.grid(0.05);
        int[] r = Rasteriser.rasterise(g, countries, "iso3", ISO);
        int bukavu = g.cellOf(28.867, -2.5);
        assertEquals("RWA", ISO.get(r[bukavu]), "documented in SOURCES.md: the cell centre falls east of the border");
        assertEquals("COD", ISO.get(r[bukavu - 1]), "one column west is DRC");
    }

    @Test
    void shippedLakes() {
        Grid g = TestData.grid(0.05);
        boolean[] lake = Rasteriser.mask(g, lakes);
        assertTrue(lake[g.cellOf(29.1, -2.0)], "Lake Kivu");
        assertFalse(lake[g.cellOf(29.2336, -1.6794)], "Goma");
        assertTrue(lake[g.cellOf(29.2336, -1.6794) + g.width()], "the lake just south of Goma");
        assertTrue(lake[g.cellOf(29.5, -5.0)], "Lake Tanganyika");
        assertFalse(lake[g.cellOf(29.05, -2.05)], "Idjwi island");
        int[] byName = Rasteriser.rasterise(g, lakes, "name", Rasteriser.distinct(lakes, "name"));
        assertEquals("Lake Edward", Rasteriser.distinct(lakes, "name").get(byName[g.cellOf(29.6, -0.4)]));
        assertEquals("Lake Albert", Rasteriser.distinct(lakes, "name").get(byName[g.cellOf(30.8, 1.7)]));
    }

    /** Cell counts; cross-checked with an independent script evaluating the point test at every centre. */
    @ParameterizedTest
    @CsvSource({
        // cellDeg, COD, RWA, BDI, UGA, TZA, lake cells, lake cells in COD
        "0.05,  11790,  823,  884, 1902, 2201,  697,  316",
        "0.025, 47158, 3293, 3521, 7625, 8803, 2766, 1260",
    })
    void shippedCellCounts(double cellDeg, int cod, int rwa, int bdi, int uga, int tza, int lakeCells, int lakeCod) {
        Grid g = TestData.grid(cellDeg);
        int[] r = Rasteriser.rasterise(g, countries, "iso3", ISO);
        boolean[] lake = Rasteriser.mask(g, lakes);
        int[] counts = new int[ISO.size()];
        int unassigned = 0;
        int lakes = 0;
        int lakesInCod = 0;
        for (int i = 0; i < r.length; i++) {
            if (r[i] < 0) {
                unassigned++;
            } else {
                counts[r[i]]++;
            }
            if (lake[i]) {
                lakes++;
                lakesInCod += r[i] == 0 ? 1 : 0;
            }
        }
        assertArrayEquals(new int[] {cod, rwa, bdi, uga, tza}, counts);
        assertEquals(0, unassigned, "the countries file covers the whole box");
        assertEquals(lakeCells, lakes);
        assertEquals(lakeCod, lakesInCod);
    }

    @Test
    void shippedProvinces() {
        Grid g = TestData.grid(0.05);
        List<String> names = Rasteriser.distinct(provinces, "name");
        int[] r = Rasteriser.rasterise(g, provinces, "name", names);
        int[] counts = new int[names.size()];
        for (int v : r) {
            if (v >= 0) {
                counts[v]++;
            }
        }
        assertEquals(List.of("Orientale", "Sud-Kivu", "Katanga", "Nord-Kivu", "Kasaï-Oriental", "Maniema"), names);
        assertArrayEquals(new int[] {4336, 2061, 657, 1939, 33, 2760}, counts);
        assertEquals("Nord-Kivu", names.get(r[g.cellOf(29.2875, 0.1278)]), "Butembo");
        assertEquals("Nord-Kivu", names.get(r[g.cellOf(27.744, -1.033)]), "Bisie");
        assertEquals("Orientale", names.get(r[g.cellOf(30.250, 1.567)]), "Bunia");
        assertEquals("Sud-Kivu", names.get(r[g.cellOf(28.18, -3.06)]), "Kamituga");
        assertEquals("Sud-Kivu", names.get(r[g.cellOf(28.817, -2.5)]), "one cell west of Bukavu's");
        // The province file's border differs from the country file's: Goma's cell is DRC but in no province.
        assertEquals(-1, r[g.cellOf(29.2336, -1.6794)]);
    }

    /** The country and province files disagree slightly along DRC's border (SOURCES.md). */
    @ParameterizedTest
    @CsvSource({"0.05, 5, 1", "0.025, 2, 8"})
    void provinceAndCountryBordersDiffer(double cellDeg, int codWithoutProvince, int provinceOutsideCod) {
        Grid g = TestData.grid(cellDeg);
        int[] country = Rasteriser.rasterise(g, countries, "iso3", ISO);
        int[] province = Rasteriser.rasterise(g, provinces, "name", Rasteriser.distinct(provinces, "name"));
        int noProvince = 0;
        int outside = 0;
        for (int i = 0; i < country.length; i++) {
            noProvince += country[i] == 0 && province[i] < 0 ? 1 : 0;
            outside += province[i] >= 0 && country[i] != 0 ? 1 : 0;
        }
        assertEquals(codWithoutProvince, noProvince);
        assertEquals(provinceOutsideCod, outside);
    }

    @Test
    void ipisSitesOnTheCountryRaster() throws GeoDataException {
        Grid g = TestData.grid(0.05);
        int[] r = Rasteriser.rasterise(g, countries, "iso3", ISO);
        int outsideBox = 0;
        int notCod = 0;
        for (IpisSite s : IpisSites.read(TestData.IPIS).sites()) {
            int cell = g.cellOf(s.lon(), s.lat());
            if (cell < 0) {
                outsideBox++;
                assertTrue(s.lat() > 2.5, s.pcode() + " is outside the box only by being north of 2.5 N");
            } else if (r[cell] != 0) {
                notCod++;
            }
        }
        assertEquals(28, outsideBox);
        assertEquals(5, notCod, "sites whose 0.05 degree cell centre falls across the border");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.025})
    void fast(double cellDeg) {
        Grid g = TestData.grid(cellDeg);
        for (int warm = 0; warm < 3; warm++) {
            Rasteriser.rasterise(g, countries, "iso3", ISO);
            Rasteriser.mask(g, lakes);
        }
        int[] c = Rasteriser.rasterise(g, countries, "iso3", ISO);
        boolean[] water = Rasteriser.mask(g, lakes);
        int[] p = Rasteriser.rasterise(g, provinces, "name", Rasteriser.distinct(provinces, "name"));
        assertEquals(g.size(), c.length);
        assertEquals(g.size(), water.length);
        assertEquals(g.size(), p.length);
    }
}
