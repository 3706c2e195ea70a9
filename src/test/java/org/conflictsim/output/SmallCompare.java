package org.conflictsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.conflictsim.output.results.CompareFolder;

/**
 * One small comparison shared by the chart tests: the island against the island with an adaptive sponsor
 * and a minerals-for-security offer, 3 replicates of 120 days, written by {@code conflictsim compare} (which
 * also renders charts and report) into a temporary folder. Made once per test JVM. With master seed 7 the
 * deal changes the mineral flows from February, the sanctions on the mainland (only in island-deal) start
 * on 1 April, and places fall in some island runs but in no island-deal run, so every chart type has data.
 */
public final class SmallCompare {
    static final Path ISLAND = Path.of("scenarios", "island.yaml");
    static final Path DEAL = Path.of("scenarios", "island-deal.yaml");
    public static final int REPS = 3;
    public static final int DAYS = 120;

    private static Path dir;
    private static String output;

    private SmallCompare() {
    }

    /** The compare folder (created on first use). */
    public static synchronized Path dir() {
        if (dir == null) {
            CommandFolder f = CommandFolder.run("conflictsim-compare-charts-test", "compare", ISLAND.toString(), DEAL.toString(), "--reps", Integer.toString(REPS),
                    "--days", Integer.toString(DAYS), "--seed", "7", "--threads", "2");
            dir = f.dir();
            output = f.output();
        }
        return dir;
    }

    /** What {@code compare} printed. */
    static synchronized String output() {
        dir();
        return output;
    }

    /** The folder read back. */
    public static CompareFolder results() {
        try {
            return CompareFolder.read(dir());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
