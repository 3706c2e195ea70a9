package org.conflictsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.Main;
import org.conflictsim.output.charts.SweepData;
import org.conflictsim.output.report.SweepRendering;

/**
 * Four small island sweeps shared by the sweep chart tests, one per kind of chart, each run once per test
 * JVM by {@code conflictsim sweep} (which draws the charts and report at the end) into a temporary folder:
 * a full factorial of two parameters (3 × 2 levels, 2 replicates), a Latin hypercube of three (one of them
 * log-uniform, one a text), a Morris design and a Saltelli design of two. Runs last 40 days.
 */
public final class SmallSweeps {
    /** The kinds of sweep. */
    public enum Kind {
        FACTORIAL("""
                replications: 2
                design:
                  type: full-factorial
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 4500
                    steps: 3
                    integer: true
                  - path: factions[GOV].posture
                    levels: [offensive, defensive]
                """),
        LHS("""
                design:
                  type: latin-hypercube
                  samples: 8
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 5000
                    integer: true
                  - path: rules.combat.tempo
                    min: 0.05
                    max: 0.6
                    distribution: log-uniform
                  - path: factions[GOV].posture
                    levels: [offensive, defensive]
                """),
        MORRIS("""
                design:
                  type: morris
                  trajectories: 4
                  levels: 4
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 5000
                  - path: rules.combat.tempo
                    min: 0.1
                    max: 0.6
                """),
        SALTELLI("""
                design:
                  type: saltelli
                  samples: 6
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 5000
                  - path: rules.combat.tempo
                    min: 0.1
                    max: 0.6
                """);

        private final String design;

        Kind(String design) {
            this.design = design;
        }

        /** The sweep's name (its file name without extension). */
        String sweepName() {
            return "small-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final int DAYS = 40;
    public static final long SEED = 11;
    static final String OUTCOMES = "outcomes: [final_share.REB, capture_day.*, civilian_deaths]\n";

    private static final Map<Kind, Path> DIRS = new EnumMap<>(Kind.class);
    private static Path root;

    private SmallSweeps() {
    }

    /** The text of a sweep file of this kind. */
    public static String text(Kind kind) {
        return "scenario: " + TestScenarios.ISLAND.toAbsolutePath() + "\ndays: " + DAYS + "\nseed: " + SEED + "\n"
                + kind.design + OUTCOMES;
    }

    /** The sweep folder of a kind (run on first use), holding sweep.sqlite, charts/ and report.html. */
    public static synchronized Path dir(Kind kind) {
        return DIRS.computeIfAbsent(kind, SmallSweeps::run);
    }

    /** The store of a kind. */
    public static Path store(Kind kind) {
        return dir(kind).resolve(SweepRendering.STORE);
    }

    private static Path run(Kind kind) {
        try {
            if (root == null) {
                root = Files.createTempDirectory("conflictsim-sweep-charts-test");
            }
            Path file = root.resolve(kind.sweepName() + ".yaml");
            Files.writeString(file, text(kind));
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = Main.execute(new String[] {"sweep", file.toString(), "--out", root.resolve("out").toString(),
                "--threads", "2"}, new PrintWriter(o, true), new PrintWriter(e, true));
            assertEquals(0, code, "sweep failed: " + e);
            return root.resolve("out").resolve(kind.sweepName());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The sweep's data for charts, as {@code chart} reads it (default outcomes). */
    public static SweepData data(Kind kind) {
        try {
            return SweepData.read(store(kind), java.util.List.of());
        } catch (org.conflictsim.experiment.store.StoreException ex) {
            throw new AssertionError(ex);
        }
    }

    /** Copies a sweep folder (store, charts, report) into {@code target}. */
    public static Path copy(Kind kind, Path target) throws IOException {
        return FolderCopy.of(dir(kind), target);
    }
}
