package org.conflictsim.scenario.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups nearby mining sites of the same main mineral into clusters (single linkage).
 *
 * <p>Two sites with the same {@link IpisSite#mineral1()} are linked when their distance by
 * {@link Earth#distanceKm} (equirectangular, km) is at most {@code radiusKm}; clusters are the
 * connected components of these links, so a chain A–B–C joins even when A and C are farther apart.
 * Sites of different minerals never join. Candidate pairs are found with a uniform bucket grid whose
 * cells are at least {@code radiusKm} on a side, so each site is only compared with sites in its
 * own and the 8 neighbouring buckets.
 *
 * <p>Output is deterministic: sorted by mineral, then workers (descending), then name, then first pcode.
 */
public final class MineClusterer {

    private MineClusterer() {
    }

    /**
     * Clusters the sites.
     *
     * @param sites    the sites (pcodes should be unique)
     * @param radiusKm linking distance in km, {@code >= 0}
     * @return the clusters, every site in exactly one
     * @throws IllegalArgumentException if {@code radiusKm} is negative or not finite
     */
    public static List<SiteCluster> cluster(List<IpisSite> sites, double radiusKm) {
        Objects.requireNonNull(sites, "sites");
        if (!(radiusKm >= 0) || !Double.isFinite(radiusKm)) {
            throw new IllegalArgumentException("radiusKm must be finite and >= 0: " + radiusKm);
        }
        Map<String, List<IpisSite>> byMineral = new TreeMap<>();
        for (IpisSite s : sites) {
            byMineral.computeIfAbsent(s.mineral1(), k -> new ArrayList<>()).add(s);
        }
        List<SiteCluster> out = new ArrayList<>();
        for (Map.Entry<String, List<IpisSite>> e : byMineral.entrySet()) {
            clusterOne(e.getKey(), e.getValue(), radiusKm, out);
        }
        out.sort(Comparator.comparing(SiteCluster::mineral)
                .thenComparing(Comparator.comparingInt(SiteCluster::workers).reversed())
                .thenComparing(SiteCluster::name)
                .thenComparing(c -> c.pcodes().get(0)));
        return List.copyOf(out);
    }

    private static void clusterOne(String mineral, List<IpisSite> group, double radiusKm, List<SiteCluster> out) {
        int n = group.size();
        // Bucket sizes in degrees. A pair within radiusKm differs by at most radiusKm/111.32 degrees of
        // latitude, and by at most radiusKm/(111.32 cos(mean latitude)) degrees of longitude, which is
        // bounded using the group's largest |latitude|. So linked sites are in neighbouring buckets.
        double maxAbsLat = 0;
        for (IpisSite s : group) {
            maxAbsLat = Math.max(maxAbsLat, Math.abs(s.lat()));
        }
        double r = Math.max(radiusKm, 1e-6); // a zero radius still needs buckets of some size
        double latStep = r / Earth.KM_PER_DEGREE;
        double cos = StrictMath.cos(Math.toRadians(maxAbsLat));
        double lonStep = Math.min(360, r / (Earth.KM_PER_DEGREE * Math.max(cos, 1e-12)));
        long[] bx = new long[n];
        long[] by = new long[n];
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            IpisSite s = group.get(i);
            bx[i] = (long) Math.floor(s.lon() / lonStep);
            by[i] = (long) Math.floor(s.lat() / latStep);
            buckets.computeIfAbsent(key(bx[i], by[i]), k -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            IpisSite a = group.get(i);
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    List<Integer> bucket = buckets.get(key(bx[i] + dx, by[i] + dy));
                    if (bucket == null) {
                        continue;
                    }
                    for (int j : bucket) {
                        if (j > i) {
                            IpisSite b = group.get(j);
                            if (Earth.distanceKm(a.lon(), a.lat(), b.lon(), b.lat()) <= radiusKm) {
                                union(parent, i, j);
                            }
                        }
                    }
                }
            }
        }
        Map<Integer, List<IpisSite>> components = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(group.get(i));
        }
        for (List<IpisSite> members : components.values()) {
            out.add(summarise(mineral, members));
        }
    }

    private static SiteCluster summarise(String mineral, List<IpisSite> members) {
        List<IpisSite> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(IpisSite::pcode));
        long workers = 0;
        double wLat = 0;
        double wLon = 0;
        double sumLat = 0;
        double sumLon = 0;
        int interfered = 0;
        IpisSite biggest = null;
        List<String> pcodes = new ArrayList<>(sorted.size());
        for (IpisSite s : sorted) {
            workers += s.workers();
            wLat += (double) s.workers() * s.lat();
            wLon += (double) s.workers() * s.lon();
            sumLat += s.lat();
            sumLon += s.lon();
            if (s.armedInterference()) {
                interfered++;
            }
            if (biggest == null || s.workers() > biggest.workers()) {
                biggest = s;
            }
            pcodes.add(s.pcode());
        }
        int count = sorted.size();
        double lat = workers > 0 ? wLat / workers : sumLat / count;
        double lon = workers > 0 ? wLon / workers : sumLon / count;
        return new SiteCluster(mineral, lat, lon, count, Math.toIntExact(workers), biggest.name(), pcodes, interfered);
    }

    private static long key(long x, long y) {
        return (y << 32) ^ (x & 0xffffffffL);
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    /** Joins the sets of i and j, keeping the smaller root so the result does not depend on order. */
    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
