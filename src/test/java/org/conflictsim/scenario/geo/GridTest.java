package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GridTest {

    @ParameterizedTest
    @CsvSource({
        "0.05,  110, 160",
        "0.025, 220, 320",
        "0.1,    55,  80",
        "0.5,    11,  16",
    })
    void sizesOfTheScenarioBox(double cellDeg, int width, int height) {
        Grid g = TestData.grid(cellDeg);
        assertEquals(width, g.width());
        assertEquals(height, g.height());
        assertEquals(width * height, g.size());
        assertEquals(31.5, g.east(), 1e-9);
        assertEquals(-5.5, g.south(), 1e-9);
    }

    @Test
    void cellCentresAndIndices() {
        Grid g = TestData.grid(0.05);
        assertEquals(26.025, g.lon(0), 1e-12);
        assertEquals(2.475, g.lat(0), 1e-12);
        assertEquals(31.475, g.lon(109), 1e-12);
        assertEquals(-5.475, g.lat(159), 1e-12);
        assertEquals(0, g.index(0, 0));
        assertEquals(109, g.index(109, 0));
        assertEquals(110, g.index(0, 1));
        assertEquals(17599, g.index(109, 159));
        assertEquals(37, g.col(g.index(37, 91)));
        assertEquals(91, g.row(g.index(37, 91)));
        assertThrows(IndexOutOfBoundsException.class, () -> g.index(110, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> g.index(0, -1));
    }

    @ParameterizedTest
    @CsvSource({
        // lon, lat, col, row
        "29.2336, -1.6794,  64, 83",   // Goma
        "26.0,     2.5,      0,  0",   // north-west corner belongs to cell (0,0)
        "26.01,    2.49,     0,  0",
        "31.49,   -5.49,   109, 159",
        "28.867,  -2.5,     57, 100",  // Bukavu
    })
    void cellOfPoints(double lon, double lat, int col, int row) {
        Grid g = TestData.grid(0.05);
        assertEquals(g.index(col, row), g.cellOf(lon, lat));
    }

    @ParameterizedTest
    @CsvSource({"25.99, 0", "31.5, 0", "28, 2.51", "28, -5.5", "NaN, 0"})
    void cellOfOutside(double lon, double lat) {
        assertEquals(-1, TestData.grid(0.05).cellOf(lon, lat));
    }

    @Test
    void everyCentreMapsToItsOwnCell() {
        Grid g = TestData.grid(0.025);
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                assertEquals(g.index(c, r), g.cellOf(g.lon(c), g.lat(r)));
            }
        }
    }

    @Test
    void kilometres() {
        Grid g = TestData.grid(0.05);
        assertEquals(-1.5, g.meanLat(), 1e-12);
        double ns = 0.05 * 111.32;
        double ew = ns * Math.cos(Math.toRadians(1.5));
        assertEquals(0.5 * (ns + ew), g.cellKm(), 1e-12);
        assertEquals(5.56505, g.cellKm(), 1e-5);
        // due north-south: exact degrees of latitude
        assertEquals(10 * ns, g.distanceKm(g.index(3, 4), g.index(3, 14)), 1e-9);
        // due east-west at row 0 (2.475 N)
        assertEquals(10 * ns * Math.cos(Math.toRadians(2.475)), g.distanceKm(g.index(0, 0), g.index(10, 0)), 1e-9);
        // Goma's cell centre (29.225, -1.675) to Bukavu's (28.875, -2.525): 102.3 km
        double gomaBukavu = g.distanceKm(g.cellOf(29.2336, -1.6794), g.cellOf(28.867, -2.5));
        assertEquals(111.32 * Math.hypot(0.85, 0.35 * Math.cos(Math.toRadians(2.1))), gomaBukavu, 1e-9);
        assertEquals(102.32, gomaBukavu, 0.01);
        assertEquals(0.0, g.distanceKm(5, 5));
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> Grid.of(26, 26, -5, 2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Grid.of(26, 31, 2, -5, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Grid.of(26, 31, -5, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Grid.of(26, 26.01, -5, 2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Grid(26, 2, 0.05, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Grid(26, 2, Double.NaN, 10, 10));
    }
}
