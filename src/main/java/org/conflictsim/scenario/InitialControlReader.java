package org.conflictsim.scenario;

import java.util.List;
import java.util.Set;
import org.conflictsim.files.ClosestName;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.geo.Earth;
import org.conflictsim.scenario.geo.Polygon;
import org.conflictsim.scenario.geo.Ring;

/**
 * Reads a scenario's {@code control:} section into who holds each theatre cell on the first day: a default
 * territorial faction, then areas (a polygon, a circle or a province) applied in order. A foreign force holds
 * no territory of its own; an area that covers no theatre cell is a problem. Problems are recorded with their
 * locations.
 */
final class InitialControlReader {
    private InitialControlReader() {
    }

    /**
     * Reads {@code control:}: a default faction for every theatre cell, then areas (polygon, circle or
     * province) applied in order.
     */
    static Scenario.InitialControl read(YamlSource src, YMap m, List<FactionSpec> factions, Set<String> declared,
                                        World world) throws ScenarioException {
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
                                          Set<String> declared) {
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
            m.problem(key, "unknown faction '" + id + "'" + ClosestName.suggestion(id, declared) + "; factions are "
                    + String.join(", ", declared));
        }
        return -1;
    }
}
