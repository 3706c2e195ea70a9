package org.conflictsim.scenario.geo;

import java.nio.file.Path;

/** Locations of the shipped data files (tests run from the project directory). */
final class TestData {

    static final Path DIR = Path.of("scenarios", "data");
    static final Path COUNTRIES = DIR.resolve("countries-east-drc.geojson");
    static final Path LAKES = DIR.resolve("lakes-east-drc.geojson");
    static final Path PROVINCES = DIR.resolve("provinces-east-drc.geojson");
    static final Path IPIS = DIR.resolve("ipis-mine-sites-east-drc.csv");

    /** The scenario box: lon 26–31.5, lat −5.5–2.5. */
    static Grid grid(double cellDeg) {
        return Grid.of(26.0, 31.5, -5.5, 2.5, cellDeg);
    }

    private TestData() {
    }
}
