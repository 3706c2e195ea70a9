package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.cli.Main;

/**
 * One small run shared by the chart tests: the island scenario, 2 replications of 60 days, written by
 * {@code conflictsim run} (which also renders charts, maps and report) into a temporary folder. Made once
 * per test JVM.
 */
final class SmallRun {
    static final Path SCENARIO = Path.of("scenarios", "island.yaml");
    static final int REPS = 2;
    static final int DAYS = 60;
    /** A master seed whose two 60-day runs see places change hands, so every chart has data. */
    static final long SEED = 11;

    private static Path dir;
    private static String output;

    private SmallRun() {
    }

    /** The results folder (created on first use). */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path out = Files.createTempDirectory("conflictsim-charts-test");
                StringWriter o = new StringWriter();
                StringWriter e = new StringWriter();
                int code = Main.execute(new String[] {"run", SCENARIO.toString(), "--reps", Integer.toString(REPS),
                    "--days", Integer.toString(DAYS), "--seed", Long.toString(SEED), "--threads", "2",
                    "--out", out.toString()},
                        new PrintWriter(o, true), new PrintWriter(e, true));
                assertEquals(0, code, "run failed: " + e);
                output = o.toString();
                try (Stream<Path> s = Files.list(out)) {
                    List<Path> folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString()
                            .startsWith(".")).toList();
                    assertEquals(1, folders.size(), "one results folder expected in " + out);
                    dir = folders.get(0);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return dir;
    }

    /** What {@code run} printed. */
    static synchronized String output() {
        dir();
        return output;
    }

    /** The results read back. */
    static Results results() {
        try {
            return Results.read(dir());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
