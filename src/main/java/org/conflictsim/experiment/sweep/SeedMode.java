package org.conflictsim.experiment.sweep;

/** How run seeds are derived from the master seed ({@link org.conflictsim.experiment.Seeds#runSeed}). */
public enum SeedMode {
    /** Replicate r of point p gets {@code runSeed(master, p, r)}: independent noise at every point (default). */
    PER_POINT,
    /**
     * Replicate r of every point gets {@code runSeed(master, 0, r)} (common random numbers): differences
     * between points are not blurred by different random histories, at the price of correlated noise.
     */
    COMMON;

    /** The name as written in sweep files. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
