package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MineClustererTest {

    private static List<IpisSite> ipis;

    @BeforeAll
    static void load() throws GeoDataException {
        ipis = IpisSites.read(TestData.IPIS).sites();
    }

    private static final double KM_LAT = 1 / Earth.KM_PER_DEGREE; // degrees of latitude per km

    private static IpisSite site(String pcode, String mineral, double lat, double lon, int workers, boolean interfered) {
        return new IpisSite(pcode, "site " + pcode, "Sud-Kivu", "Mwenga", lat, lon, workers, mineral, interfered,
                interfered, interfered ? "X" : "");
    }

    @Test
    void sitesThreeKmApartMergeAtFiveKm() {
        List<IpisSite> s = List.of(site("a", "Or", -3.0, 28.0, 100, true), site("b", "Or", -3.0 + 3 * KM_LAT, 28.0, 300, false));
        List<SiteCluster> c = MineClusterer.cluster(s, 5);
        assertEquals(1, c.size());
        SiteCluster k = c.get(0);
        assertEquals("Or", k.mineral());
        assertEquals(2, k.sites());
        assertEquals(400, k.workers());
        assertEquals("site b", k.name());
        assertEquals(List.of("a", "b"), k.pcodes());
        assertEquals(1, k.armedInterferenceSites());
        assertEquals(-3.0 + 0.75 * 3 * KM_LAT, k.lat(), 1e-12, "worker-weighted");
        assertEquals(28.0, k.lon(), 1e-12);
        assertEquals(2, MineClusterer.cluster(s, 2.9).size(), "3 km apart stay apart at 2.9 km");
    }

    @Test
    void differentMineralsNeverMerge() {
        List<IpisSite> s = List.of(site("a", "Or", -3.0, 28.0, 10, false), site("b", "Coltan", -3.0, 28.0, 20, false),
                site("c", "Or", -3.0, 28.001, 0, false));
        List<SiteCluster> c = MineClusterer.cluster(s, 50);
        assertEquals(2, c.size());
        assertEquals("Coltan", c.get(0).mineral());
        assertEquals(List.of("b"), c.get(0).pcodes());
        assertEquals("Or", c.get(1).mineral());
        assertEquals(List.of("a", "c"), c.get(1).pcodes());
    }

    @Test
    void chainMergesBySingleLinkage() {
        // A-B 4 km, B-C 4 km, A-C 8 km: one cluster at 5 km
        List<IpisSite> s = List.of(site("c", "Cassitérite", -2.0 + 8 * KM_LAT, 27.5, 0, false),
                site("a", "Cassitérite", -2.0, 27.5, 0, false),
                site("b", "Cassitérite", -2.0 + 4 * KM_LAT, 27.5, 0, false));
        List<SiteCluster> c = MineClusterer.cluster(s, 5);
        assertEquals(1, c.size());
        assertEquals(List.of("a", "b", "c"), c.get(0).pcodes());
        assertEquals(-2.0 + 4 * KM_LAT, c.get(0).lat(), 1e-12, "plain mean when no workers");
        assertEquals("site a", c.get(0).name(), "no workers anywhere: lowest pcode");
        assertEquals(3, MineClusterer.cluster(s, 3.9).size());
        assertEquals(List.of(), MineClusterer.cluster(List.of(), 5));
        assertThrows(IllegalArgumentException.class, () -> MineClusterer.cluster(s, -1));
    }

    @Test
    void eastWestDistancesUseTheCosineOfLatitude() {
        // 0.04 degrees of longitude at 2.5 N is 4.448 km
        List<IpisSite> s = List.of(site("a", "Or", 2.5, 28.0, 1, false), site("b", "Or", 2.5, 28.04, 1, false));
        assertEquals(1, MineClusterer.cluster(s, 4.45).size());
        assertEquals(2, MineClusterer.cluster(s, 4.44).size());
    }

    /** The bucketed result equals an all-pairs single-linkage computation on the shipped sites. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 5, 12.5})
    void matchesAllPairsOnShippedSites(double radiusKm) {
        int n = ipis.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                IpisSite a = ipis.get(i);
                IpisSite b = ipis.get(j);
                if (a.mineral1().equals(b.mineral1())
                        && Earth.distanceKm(a.lon(), a.lat(), b.lon(), b.lat()) <= radiusKm) {
                    int ra = root(parent, i);
                    int rb = root(parent, j);
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        Map<Integer, Set<String>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new HashSet<>()).add(ipis.get(i).pcode());
        }
        Set<Set<String>> expected = new HashSet<>(groups.values());
        List<SiteCluster> clusters = MineClusterer.cluster(ipis, radiusKm);
        Set<Set<String>> actual = new HashSet<>();
        int sites = 0;
        for (SiteCluster c : clusters) {
            actual.add(new HashSet<>(c.pcodes()));
            sites += c.sites();
        }
        assertEquals(n, sites);
        assertEquals(expected, actual);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    @Test
    void shippedSitesAtFiveKm() {
        List<SiteCluster> clusters = MineClusterer.cluster(ipis, 5);
        Map<String, Integer> perMineral = new TreeMap<>();
        for (SiteCluster c : clusters) {
            perMineral.merge(c.mineral(), 1, Integer::sum);
        }
        assertEquals(619, clusters.size());
        assertEquals(319, perMineral.get("Or"));
        assertEquals(184, perMineral.get("Cassitérite"));
        assertEquals(65, perMineral.get("Coltan"));
        assertEquals(20, perMineral.get("Wolframite"));
        assertEquals(18, perMineral.get("Diamant"));
        assertEquals(4, perMineral.get("Cuivre"));

        // sorted by mineral, then workers descending, then name
        Comparator<SiteCluster> order = Comparator.comparing(SiteCluster::mineral)
                .thenComparing(Comparator.comparingInt(SiteCluster::workers).reversed())
                .thenComparing(SiteCluster::name);
        List<SiteCluster> sorted = new ArrayList<>(clusters);
        sorted.sort(order);
        assertEquals(sorted, clusters);
        assertEquals(clusters, MineClusterer.cluster(ipis, 5), "deterministic");

        // Rubaya: the coltan cluster nearest the town
        SiteCluster rubaya = clusters.stream().filter(c -> c.mineral().equals("Coltan"))
                .min(Comparator.comparingDouble(c -> Earth.distanceKm(28.885, -1.556, c.lon(), c.lat())))
                .orElseThrow();
        assertTrue(rubaya.workers() > 1000, "Rubaya coltan workers " + rubaya.workers());
        assertEquals(2564, rubaya.workers());
        assertEquals(28, rubaya.sites());
        assertEquals("D4 Gakombe", rubaya.name());
        assertEquals(-1.5812, rubaya.lat(), 1e-4);
        assertEquals(28.8882, rubaya.lon(), 1e-4);
        assertTrue(Earth.distanceKm(28.885, -1.556, rubaya.lon(), rubaya.lat()) < 3);
    }
}
