package org.conflictsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictsim.files.ClosestName;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.geo.Earth;
import org.conflictsim.scenario.geo.GeoDataException;
import org.conflictsim.scenario.geo.Grid;
import org.conflictsim.scenario.geo.IpisSite;
import org.conflictsim.scenario.geo.IpisSites;
import org.conflictsim.scenario.geo.MineClusterer;
import org.conflictsim.scenario.geo.SiteCluster;

/**
 * Builds the mines of a scenario's world from its {@code mines:} section, for {@link MapBuilder}: the IPIS
 * census clustered into sites and scaled by productivity, named mines (which take the census clusters within
 * their radius) and sites written out, each placed on a theatre cell with its smuggling route (the nearest
 * foreign country, or the one named). Problems are recorded with their locations; counts go to the map report.
 */
final class MineBuilder {
    private final Path dir;
    private final Grid grid;
    private final List<String> minerals;
    private final Map<String, Object> report;

    /**
     * @param dir      the folder relative data paths are resolved from
     * @param grid     the map's grid
     * @param minerals the scenario's mineral ids, by index
     * @param report   the map report the counts are added to
     */
    MineBuilder(Path dir, Grid grid, List<String> minerals, Map<String, Object> report) {
        this.dir = dir;
        this.grid = grid;
        this.minerals = minerals;
        this.report = report;
    }

    /**
     * Reads {@code mines:} and places the mines on the grid.
     *
     * @param b              the world being built (its theatre cells)
     * @param countries      the map's countries, by index
     * @param nearestForeign for each cell, the nearest foreign country (a mine's default smuggling route)
     */
    List<MineSite> read(YMap m, World.Builder b, List<String> countries, int[] nearestForeign) {
        List<MineSite> out = new ArrayList<>();
        Map<String, Double> productivity = new HashMap<>();
        YMap prod = m.mapOf("productivityKgPerWorkerDay", "mineral");
        if (prod != null) {
            for (String k : prod.keys()) {
                if (unknownMineral(k)) {
                    prod.problem(k, unknownMineralMessage(k));
                }
                productivity.put(k, prod.number(k, 0, 1000));
            }
            prod.end();
        }
        List<SiteCluster> clusters = new ArrayList<>();
        if (m.has("ipis")) {
            Path ipis = MapBuilder.dataFile(m, "ipis", dir);
            double clusterKm = m.number("clusterKm", 5, 0, 100);
            YMap names = m.requiredMapOf("ipisMinerals", "mineral name in the IPIS census");
            Map<String, String> mineralOf = new HashMap<>();
            for (String k : names.keys()) {
                String v = names.text(k);
                if (v != null && unknownMineral(v)) {
                    names.problem(k, unknownMineralMessage(v));
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
                    nm.problem("mineral", unknownMineralMessage(mineral));
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
            MineSite mine = placeMine(nm, id, name, mineral, lat, lon, cap, workers, industrial, route, true, b, countries,
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
                    s.problem("mineral", unknownMineralMessage(mineral));
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
            MineSite mine = placeMine(s, id, name, mineral, lat, lon, cap, 0, industrial, route, true, b, countries,
                    nearestForeign);
            if (mine != null) {
                out.add(mine);
            }
        }
        m.end();
        return out;
    }

    /** "unknown mineral 'X' (did you mean 'Y'?); minerals are ...", the suggestion when one is close. */
    private String unknownMineralMessage(String mineral) {
        return "unknown mineral '" + mineral + "'" + ClosestName.suggestion(mineral, minerals) + "; minerals are "
                + String.join(", ", minerals);
    }

    /** A mineral the scenario does not declare; with no minerals declared that problem is reported already. */
    private boolean unknownMineral(String mineral) {
        return !minerals.isEmpty() && !minerals.contains(mineral);
    }

    private MineSite placeMine(YMap at, String id, String name, String mineral, double lat, double lon, double cap,
                           int workers, boolean industrial, String route, boolean named, World.Builder b,
                           List<String> countries, int[] nearestForeign) {
        int cell = grid.cellOf(lon, lat);
        if (cell < 0 || !b.theatre(cell)) {
            at.problem("lat", "the mine (" + lat + ", " + lon + ") is not on a land cell of the theatre");
            return null;
        }
        int routeCountry = nearestForeign[cell];
        if (route != null) {
            routeCountry = countries.indexOf(route);
            if (routeCountry < 0) {
                at.problem("route", "unknown country '" + route + "'; the map has " + String.join(", ", countries));
                return null;
            }
        }
        return new MineSite(id, name, minerals.indexOf(mineral), cell, cap, workers, industrial, routeCountry, named);
    }
}
