package org.conflictsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.conflictsim.output.results.RunFolder;

/**
 * One small run shared by the chart tests: the island scenario, 2 replications of 60 days, written by
 * {@code conflictsim run} (which also renders charts, maps and report) into a temporary folder. Made once
 * per test JVM.
 */
public final class SmallRun {
    public static final Path SCENARIO = Path.of("scenarios", "island.yaml");
    public static final int REPS = 2;
    public static final int DAYS = 60;
    /** A master seed whose two 60-day runs see places change hands, so every chart has data. */
    static final long SEED = 11;

    private static Path dir;
    private static String output;

    private SmallRun() {
    }

    /** The results folder (created on first use). */
    public static synchronized Path dir() {
        if (dir == null) {
            CommandFolder f = CommandFolder.run("conflictsim-charts-test", "run", SCENARIO.toString(), "--reps", Integer.toString(REPS), "--days", Integer.toString(DAYS),
                    "--seed", Long.toString(SEED), "--threads", "2");
            dir = f.dir();
            output = f.output();
        }
        return dir;
    }

    /** What {@code run} printed. */
    public static synchronized String output() {
        dir();
        return output;
    }

    /** The results read back. */
    public static RunFolder results() {
        try {
            return RunFolder.read(dir());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
