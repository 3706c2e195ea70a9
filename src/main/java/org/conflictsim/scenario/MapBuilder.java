package org.conflictsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.PlaceKind;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.geo.Chamfer;
import org.conflictsim.scenario.geo.Earth;
import org.conflictsim.scenario.geo.GeoDataException;
import org.conflictsim.scenario.geo.GeoFeature;
import org.conflictsim.scenario.geo.GeoJson;
import org.conflictsim.scenario.geo.Grid;
import org.conflictsim.scenario.geo.IpisSite;
import org.conflictsim.scenario.geo.IpisSites;
import org.conflictsim.scenario.geo.MineClusterer;
import org.conflictsim.scenario.geo.Polygon;
import org.conflictsim.scenario.geo.Rasteriser;
import org.conflictsim.scenario.geo.Ring;
import org.conflictsim.scenario.geo.SiteCluster;

/**
 * Builds a scenario's {@link World} from its {@code map:} and {@code mines:} sections: either real geography
 * (GeoJSON countries, lakes and provinces rasterised at {@code cellDeg}) or a synthetic layout drawn as
 * rows of characters; then places, roads, population, remoteness, terrain, mines and their smuggling
 * routes. Problems are recorded on the scenario's source with their locations.
 *
 * <p>Why one file of about 750 lines: it is the one path from geographic data to the grid (rasterising countries,
 * lakes and provinces, roads, remoteness, places, mine clusters and control areas, in an order each step depends
 * on); a split would move the control areas and the mines to their own builders.
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
        List<MineSite> mineList = mines == null ? List.of() : readMines(mines, b, layers, nearestForeign);
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

    private Path dataFile(YMap m, String key) {
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
        Path countries = dataFile(geo, "countries");
        Path lakes = dataFile(geo, "lakes");
        Path provinces = geo.has("provinces") ? dataFile(geo, "provinces") : null;
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

    private List<MineSite> readMines(YMap m, World.Builder b, Layers layers, int[] nearestForeign) {
        List<MineSite> out = new ArrayList<>();
        Map<String, Double> productivity = new HashMap<>();
        YMap prod = m.mapOf("productivityKgPerWorkerDay", "mineral");
        if (prod != null) {
            for (String k : prod.keys()) {
                if (unknownMineral(k)) {
                    prod.problem(k, "unknown mineral '" + k + "'; minerals are " + String.join(", ", minerals));
                }
                productivity.put(k, prod.number(k, 0, 1000));
            }
            prod.end();
        }
        List<SiteCluster> clusters = new ArrayList<>();
        if (m.has("ipis")) {
            Path ipis = dataFile(m, "ipis");
            double clusterKm = m.number("clusterKm", 5, 0, 100);
            YMap names = m.requiredMapOf("ipisMinerals", "mineral name in the IPIS census");
            Map<String, String> mineralOf = new HashMap<>();
            for (String k : names.keys()) {
                String v = names.text(k);
                if (v != null && unknownMineral(v)) {
                    names.problem(k, "unknown mineral '" + v + "'; minerals are " + String.join(", ", minerals));
                }
                mineralOf.put(k, v);
            }
            names.end();
            if (ipis != null) {
                try {
                    IpisSites.Result r = IpisSites.read(ipis);
                    List<IpisSite> kept = new ArrayList<>();
                    for (IpisSite s : r.sites()) {
                        String mineral = mineralOf.get(s.mineral1());
                        if (mineral != null && minerals.contains(mineral)) {
                            kept.add(s);
                        }
                    }
                    report.put("ipisSites", r.sites().size());
                    report.put("ipisSitesSkipped", r.skippedLines().size());
                    report.put("ipisSitesOfModelledMinerals", kept.size());
                    for (SiteCluster c : MineClusterer.cluster(kept, clusterKm)) {
                        clusters.add(new SiteCluster(mineralOf.get(c.mineral()), c.lat(), c.lon(), c.sites(),
                                c.workers(), c.name(), c.pcodes(), c.armedInterferenceSites()));
                    }
                } catch (GeoDataException e) {
                    m.problem("ipis", e.getMessage());
                }
            }
        }
        boolean[] usedCluster = new boolean[clusters.size()];
        Set<String> ids = new HashSet<>();
        for (YMap nm : m.maps("named")) {
            String id = nm.text("id");
            String name = nm.text("name", id);
            String mineral = nm.text("mineral");
            double lat = nm.number("lat", -90, 90);
            double lon = nm.number("lon", -180, 180);
            double radius = nm.number("radiusKm", 0, 0, 100);
            boolean industrial = nm.bool("industrial", false);
            double capacity = nm.number("capacityKgPerDay", -1, 0, 1e8);
            String route = nm.text("route", null);
            nm.text("source", "");
            nm.end();
            if (mineral != null && !minerals.contains(mineral)) {
                if (unknownMineral(mineral)) {
                    nm.problem("mineral", "unknown mineral '" + mineral + "'; minerals are " + String.join(", ", minerals));
                }
                continue;
            }
            if (id == null || mineral == null) {
                continue;
            }
            if (!ids.add(id)) {
                nm.problem("id", "duplicate mine id '" + id + "'");
                continue;
            }
            int workers = 0;
            for (int i = 0; i < clusters.size(); i++) {
                SiteCluster c = clusters.get(i);
                if (!usedCluster[i] && c.mineral().equals(mineral)
                        && Earth.distanceKm(lon, lat, c.lon(), c.lat()) <= radius) {
                    usedCluster[i] = true;
                    workers += c.workers();
                }
            }
            double cap = capacity >= 0 ? capacity : workers * productivity.getOrDefault(mineral, 0.0);
            MineSite mine = placeMine(nm, id, name, mineral, lat, lon, cap, workers, industrial, route, true, b, layers,
                    nearestForeign);
            if (mine != null) {
                out.add(mine);
            }
        }
        int outside = 0;
        int k = 0;
        for (int i = 0; i < clusters.size(); i++) {
            SiteCluster c = clusters.get(i);
            double cap = c.workers() * productivity.getOrDefault(c.mineral(), 0.0);
            if (usedCluster[i] || cap <= 0) {
                continue;
            }
            int cell = grid.cellOf(c.lon(), c.lat());
            if (cell < 0 || !b.theatre(cell)) {
                outside++;
                continue;
            }
            out.add(new MineSite(String.format(Locale.ROOT, "%s-%04d", c.mineral(), k++), c.name(),
                    minerals.indexOf(c.mineral()), cell, cap, c.workers(), false,
                    nearestForeign[cell], false));
        }
        report.put("clustersOutsideTheatre", outside);
        for (YMap s : m.maps("sites")) {
            String id = s.text("id");
            String name = s.text("name", id);
            String mineral = s.text("mineral");
            double lat = s.number("lat", -90, 90);
            double lon = s.number("lon", -180, 180);
            double cap = s.number("capacityKgPerDay", 0, 1e8);
            boolean industrial = s.bool("industrial", false);
            String route = s.text("route", null);
            s.text("source", "");
            s.end();
            if (mineral != null && !minerals.contains(mineral)) {
                if (unknownMineral(mineral)) {
                    s.problem("mineral", "unknown mineral '" + mineral + "'; minerals are " + String.join(", ", minerals));
                }
                continue;
            }
            if (id == null || mineral == null) {
                continue;
            }
            if (!ids.add(id)) {
                s.problem("id", "duplicate mine id '" + id + "'");
                continue;
            }
            MineSite mine = placeMine(s, id, name, mineral, lat, lon, cap, 0, industrial, route, true, b, layers,
                    nearestForeign);
            if (mine != null) {
                out.add(mine);
            }
        }
        m.end();
        return out;
    }

    /** A mineral the scenario does not declare; with no minerals declared that problem is reported already. */
    private boolean unknownMineral(String mineral) {
        return !minerals.isEmpty() && !minerals.contains(mineral);
    }

    private MineSite placeMine(YMap at, String id, String name, String mineral, double lat, double lon, double cap,
                           int workers, boolean industrial, String route, boolean named, World.Builder b,
                           Layers layers, int[] nearestForeign) {
        int cell = grid.cellOf(lon, lat);
        if (cell < 0 || !b.theatre(cell)) {
            at.problem("lat", "the mine (" + lat + ", " + lon + ") is not on a land cell of the theatre");
            return null;
        }
        int routeCountry = nearestForeign[cell];
        if (route != null) {
            routeCountry = layers.countries.indexOf(route);
            if (routeCountry < 0) {
                at.problem("route", "unknown country '" + route + "'; the map has " + String.join(", ", layers.countries));
                return null;
            }
        }
        return new MineSite(id, name, minerals.indexOf(mineral), cell, cap, workers, industrial, routeCountry, named);
    }

    /**
     * Reads {@code control:}: a default faction for every theatre cell, then areas (polygon, circle or
     * province) applied in order.
     */
    Scenario.InitialControl control(YMap m, List<FactionSpec> factions, java.util.Set<String> declared, World world)
            throws ScenarioException {
        final int before = src.problemCount();
        byte[] ctrl = new byte[world.cells()];
        java.util.Arrays.fill(ctrl, (byte) -1);
        String def = m.text("default");
        int d = indexOfTerritorial(m, "default", def, factions, declared);
        for (int c = 0; c < world.cells(); c++) {
            if (world.theatre(c)) {
                ctrl[c] = (byte) d;
            }
        }
        for (YMap a : m.maps("areas")) {
            int problemsBefore = src.problemCount();
            String fid = a.text("faction");
            int f = indexOfTerritorial(a, "faction", fid, factions, declared);
            List<double[]> poly = a.numberRows("polygon", 2);
            YMap circle = a.map("circle");
            String province = a.text("province", null);
            a.text("note", "");
            int shapes = (poly.isEmpty() ? 0 : 1) + (circle == null ? 0 : 1) + (province == null ? 0 : 1);
            boolean readOk = src.problemCount() == problemsBefore;
            if (shapes != 1 && readOk) {
                a.problem(null, "an area needs exactly one of polygon, circle or province");
            }
            if (poly.size() > 0 && poly.size() < 3 && readOk) {
                a.problem("polygon", "a polygon needs at least 3 [lon, lat] points, got " + poly.size());
            }
            double clat = 0;
            double clon = 0;
            double radius = 0;
            if (circle != null) {
                clat = circle.number("lat", -90, 90);
                clon = circle.number("lon", -180, 180);
                radius = circle.number("radiusKm", 0, 5000);
                circle.end();
            }
            int prov = province == null ? -1 : world.provinces().indexOf(province);
            if (province != null && prov < 0) {
                a.problem("province", "unknown province '" + province + "'; the map has "
                        + String.join(", ", world.provinces()));
            }
            a.end();
            if (f < 0 || shapes != 1 || src.problemCount() > problemsBefore) {
                continue;
            }
            Polygon polygon = null;
            if (poly.size() >= 3) {
                double[] flat = new double[poly.size() * 2];
                for (int i = 0; i < poly.size(); i++) {
                    flat[2 * i] = poly.get(i)[0];
                    flat[2 * i + 1] = poly.get(i)[1];
                }
                polygon = Polygon.of(Ring.of(flat));
            }
            int count = 0;
            for (int c = 0; c < world.cells(); c++) {
                if (!world.theatre(c)) {
                    continue;
                }
                boolean in;
                if (polygon != null) {
                    in = polygon.contains(world.lon(c), world.lat(c));
                } else if (circle != null) {
                    in = Earth.distanceKm(clon, clat, world.lon(c), world.lat(c)) <= radius;
                } else {
                    in = prov >= 0 && world.province(c) == prov;
                }
                if (in) {
                    ctrl[c] = (byte) f;
                    count++;
                }
            }
            if (count == 0 && (polygon != null || circle != null)) {
                a.problem(polygon != null ? "polygon" : "circle", "the area covers no theatre cell");
            }
        }
        m.end();
        src.throwIfProblemsSince(before);
        return new Scenario.InitialControl(ctrl);
    }

    /** Index of a territorial faction; a faction declared but invalid is skipped silently (reported already). */
    private static int indexOfTerritorial(YMap m, String key, String id, List<FactionSpec> factions,
                                          java.util.Set<String> declared) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < factions.size(); i++) {
            if (factions.get(i).id().equals(id)) {
                if (!factions.get(i).kind().holdsTerritory()) {
                    m.problem(key, "'" + id + "' is a foreign force and holds no territory of its own");
                    return -1;
                }
                return i;
            }
        }
        if (!declared.isEmpty() && !declared.contains(id)) {
            m.problem(key, "unknown faction '" + id + "'; factions are " + String.join(", ", declared));
        }
        return -1;
    }
}
