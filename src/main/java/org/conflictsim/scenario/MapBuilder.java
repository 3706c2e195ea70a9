package org.conflictsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.PlaceKind;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.geo.Chamfer;
import org.conflictsim.scenario.geo.GeoDataException;
import org.conflictsim.scenario.geo.GeoFeature;
import org.conflictsim.scenario.geo.GeoJson;
import org.conflictsim.scenario.geo.Grid;
import org.conflictsim.scenario.geo.Rasteriser;

/**
 * Builds a scenario's {@link World} from its {@code map:} and {@code mines:} sections: either real geography
 * (GeoJSON countries, lakes and provinces rasterised at {@code cellDeg}) or a synthetic layout drawn as
 * rows of characters; then places, roads, population, remoteness, terrain, mines and their smuggling
 * routes. Problems are recorded on the scenario's source with their locations.
 *
 * <p>The steps run in an order each depends on (countries, lakes and provinces, population, places, roads,
 * remoteness, then the mines, built by {@link MineBuilder}); the initial control areas are read on the built
 * world by {@link InitialControlReader}.
 */
final class MapBuilder {
    private final YamlSource src;
    private final Path dir;
    private final List<String> minerals;
    private Grid grid;
    /** Ids of the places the file declares, valid or not, so a reference to a broken place is not reported too. */
    private final Set<String> declaredPlaces = new HashSet<>();
    private final Map<String, Object> report = new LinkedHashMap<>();

    MapBuilder(YamlSource src, Path dir, List<String> minerals) {
        this.src = src;
        this.dir = dir;
        this.minerals = minerals;
    }

    MapReport report() {
        return new MapReport(report);
    }

    World build(YMap map, YMap mines) throws ScenarioException {
        final int before = src.problemCount();
        YMap geo = map.map("geo");
        YMap layout = map.map("grid");
        if (map.present(List.of("geo", "grid")).size() != 1 || (geo == null) == (layout == null)) {
            map.problem(null, "needs exactly one of geo (real geography) or grid (a synthetic layout)");
            src.throwIfProblems();
        }
        List<String> theatre = map.requiredTexts("theatre",
                "missing: list the countries where factions hold and fight over land, e.g. [COD]");
        Layers layers = geo != null ? readGeo(geo) : readLayout(layout);
        src.throwIfProblemsSince(before);
        int n = grid.size();
        World.Builder b = new World.Builder(grid.west(), grid.north(), grid.cellDeg(), grid.width(), grid.height(),
                grid.cellKm());
        b.countries(layers.countries).provinces(layers.provinces);
        for (String t : theatre) {
            if (!layers.countries.contains(t)) {
                map.problem("theatre", "unknown country '" + t + "'; the map has " + String.join(", ", layers.countries));
            }
        }
        src.throwIfProblemsSince(before);
        boolean[] land = new boolean[n];
        int theatreCells = 0;
        for (int c = 0; c < n; c++) {
            b.country(c, layers.country[c]).province(c, layers.province[c]).water(c, layers.water[c]);
            land[c] = layers.country[c] >= 0 && !layers.water[c];
            boolean th = land[c] && theatre.contains(layers.countries.get(layers.country[c]));
            b.theatre(c, th);
            if (th) {
                theatreCells++;
            }
        }
        if (theatreCells == 0) {
            map.problem("theatre", "no land cell of the theatre countries lies on the map");
            src.throwIfProblemsSince(before);
        }
        fillMissingProvinces(b, layers, land);
        report.put("cells", n);
        report.put("theatreCells", theatreCells);
        report.put("cellKm", Math.round(grid.cellKm() * 100) / 100.0);

        // population: rural density by province, else by country
        YMap dens = map.requiredMapOf("ruralDensity", "province or country");
        Map<String, Double> density = new HashMap<>();
        for (String k : dens.keys()) {
            if (!layers.provinces.contains(k) && !layers.countries.contains(k)) {
                dens.problem(k, "unknown province or country '" + k + "'");
            }
            density.put(k, dens.number(k, 0, 1e5));
        }
        dens.end();
        double area = grid.cellKm() * grid.cellKm();
        for (int c = 0; c < n; c++) {
            if (!land[c]) {
                continue;
            }
            int p = layers.province[c];
            Double d = p >= 0 && b.theatre(c) ? density.get(layers.provinces.get(p)) : null;
            if (d == null) {
                d = density.get(layers.countries.get(layers.country[c]));
            }
            b.population(c, d == null ? 0 : d * area);
        }

        List<Place> places = readPlaces(map, b, layers, land);
        b.places(places);
        Map<String, Place> byId = new HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        boolean[] roadOrTown = new boolean[n];
        for (YMap r : map.maps("roads")) {
            List<String> via = r.texts("via");
            for (String id : via) {
                if (!declaredPlaces.contains(id)) {
                    r.problem("via", "unknown place '" + id + "'");
                }
            }
            r.end();
            for (int i = 0; i + 1 < via.size(); i++) {
                Place a = byId.get(via.get(i));
                Place z = byId.get(via.get(i + 1));
                if (a != null && z != null) {
                    drawLine(a.cell(), z.cell(), b, roadOrTown);
                }
            }
        }
        for (Place p : places) {
            if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.MINING_TOWN) {
                roadOrTown[p.cell()] = true;
            }
        }
        YMap terrain = map.requiredMap("terrain");
        double scale = terrain.number("remotenessScaleKm", 1, 1000);
        double floor = terrain.number("base", 0.0, 0, 1);
        terrain.end();
        double[] remote = Chamfer.distanceKm(grid, roadOrTown, null);
        for (int c = 0; c < n; c++) {
            double r = Double.isFinite(remote[c]) ? remote[c] : 1000;
            b.remotenessKm(c, r);
            b.terrain(c, Math.min(1.0, floor + r / scale));
        }

        // smuggling routes: the nearest land cell of a foreign (non-theatre) country
        boolean[] foreign = new boolean[n];
        int[] label = new int[n];
        for (int c = 0; c < n; c++) {
            foreign[c] = land[c] && !b.theatre(c);
            label[c] = layers.country[c];
        }
        int[] nearestForeign = Chamfer.nearestSource(grid, foreign, label);
        List<MineSite> mineList = mines == null ? List.of()
                : new MineBuilder(dir, grid, minerals, report).read(mines, b, layers.countries, nearestForeign);
        b.mines(mineList);
        report.put("mines", mineList.size());
        map.end();
        src.throwIfProblemsSince(before);
        return b.build();
    }

    /** Raster layers before they go into the world. */
    private record Layers(List<String> countries, List<String> provinces, int[] country, int[] province,
                          boolean[] water) {
    }

    /** The data file named under {@code key}, resolved from its file's folder (else {@code dir}); null if missing. */
    static Path dataFile(YMap m, String key, Path dir) {
        String rel = m.text(key);
        if (rel == null) {
            return null;
        }
        Path p;
        try {
            p = m.dirOf(key, dir).resolve(rel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            m.problem(key, "not a possible file name: " + e.getReason());
            return null;
        }
        if (!Files.isRegularFile(p)) {
            m.problem(key, "data file not found: " + rel + " (looked in " + p.getParent() + ")");
            return null;
        }
        return p;
    }

    private Layers readGeo(YMap geo) throws ScenarioException {
        final int before = src.problemCount();
        Path countries = dataFile(geo, "countries", dir);
        Path lakes = dataFile(geo, "lakes", dir);
        Path provinces = geo.has("provinces") ? dataFile(geo, "provinces", dir) : null;
        double west = geo.number("west", -180, 180);
        double east = geo.number("east", -180, 180);
        double south = geo.number("south", -90, 90);
        double north = geo.number("north", -90, 90);
        double cellDeg = geo.number("cellDeg", 0.001, 5);
        geo.end();
        if (east <= west) {
            geo.problem("east", "must be greater than west (" + west + "), got " + east);
        }
        if (north <= south) {
            geo.problem("north", "must be greater than south (" + south + "), got " + north);
        }
        src.throwIfProblemsSince(before);
        long cells = Math.round((east - west) / cellDeg) * Math.round((north - south) / cellDeg);
        if (cells > ScenarioLoader.MAX_CELLS) {
            geo.problem("cellDeg", "a grid of " + cells + " cells is too large (at most " + ScenarioLoader.MAX_CELLS
                    + "); use a larger cellDeg or a smaller box");
            src.throwIfProblemsSince(before);
        }
        grid = Grid.of(west, east, south, north, cellDeg);
        try {
            List<GeoFeature> cf = GeoJson.read(countries);
            List<String> cnames = Rasteriser.distinct(cf, "iso3");
            int[] country = Rasteriser.rasterise(grid, cf, "iso3", cnames);
            boolean[] water = Rasteriser.mask(grid, GeoJson.read(lakes));
            List<String> pnames = List.of();
            int[] province = new int[grid.size()];
            java.util.Arrays.fill(province, -1);
            if (provinces != null) {
                List<GeoFeature> pf = GeoJson.read(provinces);
                pnames = Rasteriser.distinct(pf, "name");
                province = Rasteriser.rasterise(grid, pf, "name", pnames);
            }
            return new Layers(cnames, pnames, country, province, water);
        } catch (GeoDataException e) {
            geo.problem(null, e.getMessage());
            src.throwIfProblemsSince(before);
            throw new IllegalStateException(e);
        }
    }

    /**
     * A synthetic layout: {@code rows} is a list of equal-length strings, one character per cell; the legend
     * maps each character to a country and optional province, or to water.
     */
    private Layers readLayout(YMap g) throws ScenarioException {
        final int before = src.problemCount();
        double west = g.number("west", 0, -180, 180);
        double north = g.number("north", 0, -90, 90);
        double cellDeg = g.number("cellDeg", 0.001, 5);
        List<String> rows = g.requiredTexts("rows", "missing: draw the map as a list of rows of characters");
        YMap legend = g.requiredMapOf("legend", "map character");
        Map<Character, String[]> codes = new HashMap<>();
        List<String> countries = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        for (String k : legend.keys()) {
            YMap e = legend.map(k);
            if (k.length() != 1) {
                legend.problem(k, "legend keys are single characters, got \"" + k + "\"");
            }
            if (e == null) {
                continue;
            }
            boolean water = e.bool("water", false);
            String country = e.text("country", null);
            String province = e.text("province", null);
            e.end();
            if (!water && country == null) {
                e.problem("country", "missing: a land character needs a country (or water: true)");
            }
            if (country != null && !countries.contains(country)) {
                countries.add(country);
            }
            if (province != null && !provinces.contains(province)) {
                provinces.add(province);
            }
            if (k.length() == 1) {
                codes.put(k.charAt(0), new String[] {water ? "~" : "", country, province});
            }
        }
        if (codes.isEmpty()) {
            legend.problem(null, "the legend needs at least one character, e.g. \"~\": {water: true}");
        }
        legend.end();
        g.end();
        if (codes.isEmpty()) {
            src.throwIfProblems();
        }
        src.throwIfProblemsSince(before);
        int width = rows.get(0).length();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length() != width) {
                g.problem("rows", "row " + (r + 1) + " has " + rows.get(r).length() + " characters; row 1 has " + width);
            }
            for (char ch : rows.get(r).toCharArray()) {
                if (!codes.containsKey(ch)) {
                    g.problem("rows", "row " + (r + 1) + ": character '" + ch + "' is not in the legend");
                    break;
                }
            }
        }
        if (width == 0) {
            g.problem("rows", "row 1 is empty; draw each row as one character per cell");
        }
        if (countries.size() > 127 || provinces.size() > 127) {
            g.problem("legend", "a map has at most 127 countries and 127 provinces, got " + countries.size()
                    + " and " + provinces.size());
        }
        if ((long) width * rows.size() > ScenarioLoader.MAX_CELLS) {
            g.problem("rows", "a grid of " + ((long) width * rows.size()) + " cells is too large (at most "
                    + ScenarioLoader.MAX_CELLS + "); draw fewer or shorter rows");
        }
        src.throwIfProblemsSince(before);
        grid = new Grid(west, north, cellDeg, width, rows.size());
        int n = grid.size();
        int[] country = new int[n];
        int[] province = new int[n];
        boolean[] water = new boolean[n];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
                String[] code = codes.get(rows.get(r).charAt(c));
                int i = grid.index(c, r);
                water[i] = code[0].equals("~");
                country[i] = code[1] == null ? -1 : countries.indexOf(code[1]);
                province[i] = code[2] == null ? -1 : provinces.indexOf(code[2]);
            }
        }
        return new Layers(countries, provinces, country, province, water);
    }

    /** Theatre cells without a province take the province of the nearest theatre cell that has one. */
    private void fillMissingProvinces(World.Builder b, Layers layers, boolean[] land) {
        if (layers.provinces.isEmpty()) {
            return;
        }
        int n = grid.size();
        boolean[] has = new boolean[n];
        int missing = 0;
        for (int c = 0; c < n; c++) {
            has[c] = b.theatre(c) && layers.province[c] >= 0;
            if (b.theatre(c) && layers.province[c] < 0) {
                missing++;
            }
        }
        if (missing > 0) {
            int[] nearest = Chamfer.nearestSource(grid, has, layers.province);
            for (int c = 0; c < n; c++) {
                if (b.theatre(c) && layers.province[c] < 0) {
                    layers.province[c] = nearest[c];
                    b.province(c, nearest[c]);
                }
            }
        }
        int outside = 0;
        for (int c = 0; c < n; c++) {
            if (!b.theatre(c) && layers.province[c] >= 0) {
                layers.province[c] = -1;
                b.province(c, -1);
                outside++;
            }
        }
        report.put("provinceCellsFilled", missing);
        report.put("provinceCellsOutsideTheatre", outside);
    }

    private List<Place> readPlaces(YMap map, World.Builder b, Layers layers, boolean[] land) {
        List<Place> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int moved = 0;
        for (YMap p : map.maps("places")) {
            int problemsBefore = src.problemCount();
            String id = p.text("id");
            String name = p.text("name", id);
            PlaceKind kind = p.choice("kind", PlaceKind.class, PlaceKind.TOWN);
            double lat = p.number("lat", -90, 90);
            double lon = p.number("lon", -180, 180);
            double pop = p.number("population", 0, 0, 5e7);
            double value = p.number("value", 0, 0, 1e9);
            double fort = p.number("fortification", 0, 0, 10);
            String country = p.text("country", null);
            p.text("source", "");
            p.end();
            if (id != null) {
                declaredPlaces.add(id);
            }
            if (id == null || src.problemCount() > problemsBefore) {
                continue;
            }
            if (!ids.add(id)) {
                p.problem("id", "duplicate place id '" + id + "'");
                continue;
            }
            if (country != null && !layers.countries.contains(country)) {
                p.problem("country", "unknown country '" + country + "'");
                continue;
            }
            int cell = grid.cellOf(lon, lat);
            if (cell < 0) {
                p.problem("lat", "the place (" + lat + ", " + lon + ") lies outside the map");
                continue;
            }
            int want = country == null ? -1 : layers.countries.indexOf(country);
            if (!land[cell] || (want >= 0 && layers.country[cell] != want)) {
                int fixed = nearestLand(cell, want, land, layers);
                if (fixed < 0) {
                    p.problem("lat", "no land cell" + (country != null ? " of " + country : "") + " within 3 cells");
                    continue;
                }
                cell = fixed;
                moved++;
            }
            b.addPopulation(cell, pop);
            out.add(new Place(id, name, kind, lat, lon, cell, pop, value, fort));
        }
        report.put("places", out.size());
        report.put("placesMovedToOwnCountry", moved);
        return out;
    }

    /** Nearest land cell (of the given country, if ≥ 0) within 3 cells, by distance then index; -1 if none. */
    private int nearestLand(int cell, int country, boolean[] land, Layers layers) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        int col = grid.col(cell);
        int row = grid.row(cell);
        for (int dr = -3; dr <= 3; dr++) {
            for (int dc = -3; dc <= 3; dc++) {
                int r = row + dr;
                int c = col + dc;
                if (r < 0 || c < 0 || r >= grid.height() || c >= grid.width()) {
                    continue;
                }
                int i = grid.index(c, r);
                if (!land[i] || (country >= 0 && layers.country[i] != country)) {
                    continue;
                }
                double d = dr * dr + dc * dc;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
        }
        return best;
    }

    /** Marks the cells of a straight road between two cells (Bresenham's line). */
    private void drawLine(int a, int z, World.Builder b, boolean[] mark) {
        int x0 = grid.col(a);
        int y0 = grid.row(a);
        int x1 = grid.col(z);
        int y1 = grid.row(z);
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        while (true) {
            int i = grid.index(x0, y0);
            b.road(i, true);
            mark[i] = true;
            if (x0 == x1 && y0 == y1) {
                break;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y0 += sy;
            }
        }
    }
}
