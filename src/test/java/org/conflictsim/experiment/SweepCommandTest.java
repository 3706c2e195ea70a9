package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep, export and dry-run commands through the command line, in this JVM. */
class SweepCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path in;

    @TempDir
    Path out;

    static String sweepText(long seed) {
        return """
                scenario: SCENARIO
                days: 20
                seed: SEED
                replications: 2
                design:
                  type: random
                  samples: 5
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 5000
                    integer: true
                  - path: factions[GOV].posture
                    levels: [offensive, defensive]
                outcomes: [final_share.*, casualties.*, capture_day.*]
                series: [territory_share]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString())
                .replace("SEED", Long.toString(seed));
    }

    private Path sweep(long seed) throws IOException {
        Path f = in.resolve("small.yaml");
        Files.writeString(f, sweepText(seed), StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runsExportsAndRefusesToOverwrite() throws IOException {
        Path f = sweep(3);
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Path store = out.resolve("small").resolve("sweep.sqlite");
        assertTrue(r.out().contains("sweep small of island: 5 points (random) x 2 replications = 10 runs of 20 days,"
                + " master seed 3"), r.out());
        assertTrue(r.out().contains("10 runs in this session, 0 failed; the store holds 10 of 10 runs"), r.out());
        assertTrue(r.out().contains("export it to CSV with: conflictsim export " + store), r.out());
        assertTrue(r.err().contains("10/10"), "progress bar on stderr: " + r.err());
        assertTrue(r.out().contains("report: " + store.resolveSibling("report.html")), r.out());
        assertEquals(List.of("charts", "report.html", "sweep.sqlite"), entries(store.getParent()),
                "a complete sweep gets its charts and report beside the store");

        Cli.Result again = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OUTPUT, again.code());
        assertTrue(again.err().endsWith("error: " + store + " already exists; add --resume to continue it, or choose"
                + " another --out" + NL), again.err());

        Cli.Result resumed = Cli.run("sweep", f.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming: 10 of 10 runs are recorded, 0 left"), resumed.out());
        assertTrue(resumed.out().contains("0 runs in this session"), resumed.out());

        Cli.Result other = Cli.run("sweep", sweep(4).toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.INVALID, other.code());
        assertEquals("error: " + store + " was made by a different sweep: the parameter points differ; master_seed"
                + " is 3 in the store, 4 now; resume it with the sweep file that made it, or choose another --out" + NL,
                other.err());

        Cli.Result exp = Cli.run("export", store.toString());
        assertEquals(ExitCodes.OK, exp.code(), exp.err());
        Path csv = store.resolveSibling(store.getParent().getFileName() + "-csv");
        assertEquals(List.of("manifest.json", "points.csv", "runs.csv", "scenario.yaml", "series.csv", "sweep.yaml"),
                entries(csv));
        assertTrue(Files.readString(csv.resolve("scenario.yaml")).contains("id: island"),
                "the base scenario as the sweep resolved it");
        assertTrue(!Files.readString(csv.resolve("manifest.json")).contains("scenario_resolved\""),
                "the manifest does not repeat the scenario");
        List<String> runs = Files.readAllLines(csv.resolve("runs.csv"));
        assertEquals(11, runs.size());
        assertTrue(runs.get(0).startsWith("run,point,replicate,seed,status,wall_ms,finished_at,error,"
                + "factions[REB].fighters,factions[GOV].posture,capture_day.port-sud,"), runs.get(0));
        for (int i = 1; i <= 10; i++) {
            String[] c = runs.get(i).split(",", -1);
            assertEquals(Integer.toString(i - 1), c[0]);
            assertEquals(Integer.toString((i - 1) % 5), c[1], "runs go round-robin over the points");
            assertEquals(Integer.toString((i - 1) / 5), c[2]);
            assertEquals("s" + Long.toUnsignedString(Seeds.runSeed(3, (i - 1) % 5, (i - 1) / 5)), c[3],
                    "seeds as text, which R, pandas and spreadsheets keep exact");
            assertEquals("ok", c[4]);
        }
        assertEquals(1 + 10 * 2 * 20, Files.readAllLines(csv.resolve("series.csv")).size());
        assertEquals(sweepText(3), Files.readString(csv.resolve("sweep.yaml")));
        Cli.Result exp2 = Cli.run("export", store.toString());
        assertEquals(ExitCodes.OK, exp2.code());
        assertTrue(Files.isDirectory(store.resolveSibling(store.getParent().getFileName() + "-csv-2")), "a second export never overwrites");
    }

    @Test
    void dryRunEstimatesAndWritesNothing() throws IOException {
        Cli.Result r = Cli.run("sweep", sweep(3).toString(), "--out", out.toString(), "--dry-run", "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("dry run: 10 runs in " + out.resolve("small").resolve("sweep.sqlite")
                + " (0 recorded, 10 left); nothing is written"), r.out());
        assertTrue(r.out().matches("(?s).*loading a point's scenario \\d+ ms, one run of 20 days \\d+ ms.*"), r.out());
        assertTrue(r.out().matches("(?s).*estimated time with 2 threads: \\d+:\\d\\d:\\d\\d \\(10 runs, 5 scenario loads.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*estimated disk: [0-9.]+ (kB|MB) \\(points .*, .* per run with the series"
                + " territory_share\\).*"), r.out());
        assertEquals(List.of(), entries(out));
    }

    @Test
    void shardsSplitTheRunsByIdModuloTheirCount() throws IOException {
        Path f = sweep(3);
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--shard", "1/3");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("shard 1/3: 3 of the runs"), r.out());
        Path store = out.resolve("small").resolve("shard-1-of-3.sqlite");
        Cli.Result exp = Cli.run("export", store.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, exp.code(), exp.err());
        assertTrue(exp.out().startsWith("exported 3 runs (3 ok, 0 failed) of 10 in the sweep (this store is shard 1/3)"),
                exp.out());
        List<String> ids = Files.readAllLines(out.resolve("small-shard-1-of-3-csv").resolve("runs.csv")).stream().skip(1)
                .map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("1", "4", "7"), ids);

        for (String bad : List.of("3/3", "x/2", "1-2", "0/0")) {
            Cli.Result b = Cli.run("sweep", f.toString(), "--out", out.toString(), "--shard", bad);
            assertEquals(ExitCodes.USAGE, b.code(), bad);
            assertTrue(b.err().startsWith("error: --shard"), b.err());
        }
    }

    @Test
    void inputProblemsExitCleanly() throws IOException {
        Path missing = in.resolve("missing.yaml");
        Cli.Result m = Cli.run("sweep", missing.toString(), "--out", out.toString());
        assertEquals(ExitCodes.NOT_FOUND, m.code());
        assertEquals(missing + ": no such file" + NL, m.err());
        Path bad = in.resolve("bad.yaml");
        Files.writeString(bad, sweepText(3).replace("samples: 5", "samples: 5\n  levels: 4"));
        Cli.Result b = Cli.run("sweep", bad.toString(), "--out", out.toString());
        assertEquals(ExitCodes.INVALID, b.code());
        assertEquals(bad + ":8:3: design.levels: unknown key; known keys: type, samples" + NL, b.err());
        assertFalse(b.err().contains("Exception"));
        Cli.Result noStore = Cli.run("export", out.resolve("none.sqlite").toString());
        assertEquals(ExitCodes.NOT_FOUND, noStore.code());
        assertEquals("error: " + out.resolve("none.sqlite") + ": no such store file" + NL, noStore.err());
        Path notStore = in.resolve("x.sqlite");
        Files.writeString(notStore, "not a database at all, just text ".repeat(100));
        Cli.Result ns = Cli.run("export", notStore.toString());
        assertEquals(ExitCodes.INVALID, ns.code(), ns.err());
        assertEquals(List.of(), entries(out));
    }

    @Test
    void aRunThatFailsIsRecordedWithItsErrorAndTheSweepGoesOn() throws IOException {
        Path f = in.resolve("failing.yaml");
        Files.writeString(f, """
                scenario: SCENARIO
                days: 10
                design:
                  type: full-factorial
                parameters:
                  - path: factions[REB].training
                    levels: [1.0, 1.8]
                  - path: factions[REB].trainingCap
                    levels: [1.5, 3]
                outcomes: [final_share.REB]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString()));
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("4 runs in this session, 1 failed; the store holds 4 of 4 runs"), r.out());
        assertTrue(r.err().contains("failed: 1"), "the progress bar counts failures: " + r.err());
        Path store = out.resolve("failing").resolve("sweep.sqlite");
        assertEquals(ExitCodes.OK, Cli.run("export", store.toString()).code());
        List<String> runs = Files.readAllLines(store.resolveSibling(store.getParent().getFileName() + "-csv").resolve("runs.csv"));
        String failed = runs.get(3);
        assertTrue(failed.startsWith("2,2,0,"), failed);
        assertTrue(failed.contains(",failed,"), failed);
        assertTrue(failed.contains("the point's scenario is invalid: "), failed);
        assertTrue(failed.contains("trainingCap: must be at least training"), failed);
        assertTrue(failed.endsWith(",1.8,1.5,"), "no outcome for a failed run: " + failed);
    }
}
