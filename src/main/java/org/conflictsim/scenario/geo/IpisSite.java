package org.conflictsim.scenario.geo;

import java.util.Objects;

/**
 * One artisanal mining site from the IPIS open data (latest visit per site).
 *
 * <p>Coordinates are decimal degrees (WGS 84). Text fields are as in the source (French mineral
 * names: Or = gold, Cassitérite = tin ore, Coltan, Wolframite = tungsten ore, Diamant, Cuivre =
 * copper); empty when the source leaves them blank.
 *
 * @param pcode             IPIS site code, e.g. {@code codmine00001}
 * @param name              site name
 * @param province          province as recorded by IPIS (Ituri, Nord-Kivu, Sud-Kivu, Maniema)
 * @param territoire        territory
 * @param lat               latitude, degrees
 * @param lon               longitude, degrees
 * @param workers           reported number of workers; 0 when not reported
 * @param mineral1          main mineral
 * @param armedPresence     an armed actor was reported present; false when not reported
 * @param armedInterference an armed actor was reported interfering (taxation, control, ...); false when
 *                          not reported
 * @param armedGroup1       the first armed actor named (FARDC units included); empty if none
 */
public record IpisSite(String pcode, String name, String province, String territoire, double lat, double lon,
                       int workers, String mineral1, boolean armedPresence, boolean armedInterference,
                       String armedGroup1) {

    /**
     * @throws IllegalArgumentException if a coordinate is out of range or workers is negative
     */
    public IpisSite {
        Objects.requireNonNull(pcode, "pcode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(territoire, "territoire");
        Objects.requireNonNull(mineral1, "mineral1");
        Objects.requireNonNull(armedGroup1, "armedGroup1");
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (workers < 0) {
            throw new IllegalArgumentException("negative workers: " + workers);
        }
    }
}
