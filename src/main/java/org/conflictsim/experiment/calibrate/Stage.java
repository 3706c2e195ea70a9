package org.conflictsim.experiment.calibrate;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.DesignSpec;
import org.conflictsim.experiment.sweep.DesignType;
import org.conflictsim.experiment.sweep.PointTable;
import org.conflictsim.experiment.sweep.SeedMode;
import org.conflictsim.experiment.sweep.SweepSpec;

/**
 * One batch of runs of a calibration (a generation of particles, or the posterior-predictive runs) as a sweep of
 * given points, so it goes through the sweep machinery: its own SQLite store with provenance, resumable, on
 * all cores, splittable into shards.
 */
public final class Stage {
    /** Salt of the run seeds of stage k: a generation's master seed is {@code mix(master ^ mix(SALT + k))}. */
    static final long SALT = 0x3C6EF372FE94F82BL;
    /** Stage number of the posterior-predictive runs. */
    public static final int PREDICTIVE = 1_000_000;

    private Stage() {
    }

    /** The folder name of a stage: {@code generation-3} or {@code predictive}. */
    public static String folder(int stage) {
        return stage == PREDICTIVE ? "predictive" : "generation-" + stage;
    }

    /**
     * The sweep of a stage.
     *
     * @param stage a generation number or {@link #PREDICTIVE}
     * @param units points × parameters in the unit cube
     * @param reps  runs per point
     */
    public static SweepSpec sweep(CalibrationSpec c, int stage, double[][] units, int reps) {
        int d = c.parameters().size();
        double[] flat = new double[units.length * d];
        for (int i = 0; i < units.length; i++) {
            System.arraycopy(units[i], 0, flat, i * d, d);
        }
        PointTable table = PointTable.ofUnits(c.parameters(), flat);
        long master = Seeds.mix(c.masterSeed() ^ Seeds.mix(SALT + stage));
        return new SweepSpec(c.file(), c.text(), c.base(), c.parameters(), new DesignSpec(DesignType.POINTS, 0, 0, 0, table),
                table, reps, SeedMode.PER_POINT, master, c.days(), c.outcomes(), c.outcomes(), List.of(), List.of());
    }

    /**
     * The runs of a complete stage store.
     *
     * @param raw points × replications × outcome columns (in {@link CalibrationSpec#outcomes} order); NaN where
     *            the run has no value
     * @param ok  points × replications: whether the run succeeded
     */
    public record Runs(double[][][] raw, boolean[][] ok) {
        /** Distances of the runs from the calibration targets (+∞ for failed runs). */
        public double[][] distances(CalibrationSpec c) {
            double[][] out = new double[raw.length][];
            for (int i = 0; i < raw.length; i++) {
                out[i] = new double[raw[i].length];
                for (int r = 0; r < raw[i].length; r++) {
                    out[i][r] = ok[i][r] ? c.distance(raw[i][r]) : Double.POSITIVE_INFINITY;
                }
            }
            return out;
        }
    }

    /** Reads the runs of a stage's store. */
    public static Runs read(Path store, CalibrationSpec c, int points, int reps) throws StoreException {
        int k = c.outcomes().size();
        double[][][] raw = new double[points][reps][k];
        boolean[][] ok = new boolean[points][reps];
        try (SweepStore s = SweepStore.openForReading(store)) {
            for (int j = 0; j < k; j++) {
                for (StoreTables.RunValue v : StoreTables.runValues(s, c.outcomes().get(j))) {
                    if (v.point() < 0 || v.point() >= points || v.replicate() < 0 || v.replicate() >= reps) {
                        throw new StoreException(StoreException.Kind.INVALID, store + ": run " + v.run()
                                + " is outside the stage's " + points + " points x " + reps + " replications");
                    }
                    raw[v.point()][v.replicate()][j] = v.value();
                    ok[v.point()][v.replicate()] = true;
                }
            }
        }
        return new Runs(raw, ok);
    }
}
