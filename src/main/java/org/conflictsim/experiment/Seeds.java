package org.conflictsim.experiment;

/**
 * Derivation of run seeds. A run's seed is
 * {@code mix(mix(masterSeed ^ mix(point + 0x9E3779B97F4A7C15)) ^ replicate)}, where {@code mix} is the
 * SplitMix64 finaliser (Steele, Lea &amp; Flood 2014). Replicate r of every scenario compared under the
 * same master seed gets the same seed (common random numbers); different points and replicates get
 * well-separated seeds. The formula is recorded in every manifest.
 */
public final class Seeds {
    /** The formula, as written into manifests. */
    public static final String FORMULA =
            "seed(point, replicate) = mix(mix(master ^ mix(point + 0x9E3779B97F4A7C15)) ^ replicate),"
                    + " mix = SplitMix64 finaliser; point = 0 for run and compare";

    private Seeds() {
    }

    /** The seed of replicate {@code replicate} at parameter point {@code point}. */
    public static long runSeed(long master, long point, long replicate) {
        return mix(mix(master ^ mix(point + 0x9E3779B97F4A7C15L)) ^ replicate);
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
