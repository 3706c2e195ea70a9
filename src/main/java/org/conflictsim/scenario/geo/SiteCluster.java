package org.conflictsim.scenario.geo;

import java.util.List;
import java.util.Objects;

/**
 * A cluster of mining sites of one mineral, built by {@link MineClusterer}.
 *
 * @param mineral                the sites' {@code mineral1}
 * @param lat                    latitude of the worker-weighted centroid (plain mean if no site reports
 *                               workers), degrees
 * @param lon                    longitude of that centroid, degrees
 * @param sites                  number of sites
 * @param workers                total reported workers
 * @param name                   name of the site with most workers (ties: lowest pcode)
 * @param pcodes                 the sites' IPIS codes, sorted
 * @param armedInterferenceSites number of sites with armed interference reported
 */
public record SiteCluster(String mineral, double lat, double lon, int sites, int workers, String name,
                          List<String> pcodes, int armedInterferenceSites) {

    /**
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public SiteCluster {
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(name, "name");
        pcodes = List.copyOf(pcodes);
        if (sites < 1 || sites != pcodes.size() || workers < 0
                || armedInterferenceSites < 0 || armedInterferenceSites > sites) {
            throw new IllegalArgumentException("inconsistent cluster counts: " + sites + " sites, "
                    + pcodes.size() + " pcodes, " + workers + " workers, " + armedInterferenceSites + " interfered");
        }
    }
}
