package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.results.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeterminismTest {

    private static ConflictModel run(Scenario sc, long seed, int days) {
        ConflictModel m = new ConflictModel(sc, seed, days);
        m.runToEnd();
        return m;
    }

    /** Bit patterns of every value of every series, day-major, so NaN and -0.0 compare exactly too. */
    private static long[] bits(Series s) {
        long[] out = new long[s.size() * s.days()];
        int i = 0;
        for (int k = 0; k < s.size(); k++) {
            for (int d = 0; d < s.days(); d++) {
                out[i++] = Double.doubleToRawLongBits(s.get(k, d));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, seed {1}, {2} days")
    @CsvSource({"island, 7, 365", "island, -42, 200", "kivu-2025, 20241201, 120"})
    void sameScenarioAndSeedGiveIdenticalSeries(String name, long seed, int days) {
        Scenario sc = TestScenarios.load(TestScenarios.DIR.resolve(name + ".yaml")).scenario();
        ConflictModel a = run(sc, seed, days);
        ConflictModel b = run(sc, seed, days);
        assertEquals(a.series().keys(), b.series().keys());
        assertArrayEquals(bits(a.series()), bits(b.series()));
        assertEquals(a.events(), b.events());
        assertEquals(a.battlesTotal(), b.battlesTotal());
        // and a different seed gives a different run (otherwise the test above would prove nothing)
        ConflictModel c = run(sc, seed + 1, days);
        assertEquals(a.series().keys(), c.series().keys());
        assertTrue(!java.util.Arrays.equals(bits(a.series()), bits(c.series())), "seed has no effect");
    }

    private static List<RunResult> replicate(Scenario sc, long master, int reps, int days, int threads)
            throws InterruptedException {
        List<Integer> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        List<RunResult> out = Replications.run(sc, master, reps, days, threads, progress::add);
        assertEquals(reps, out.size());
        assertEquals(reps, progress.size(), "onDone is called once per run");
        assertTrue(progress.contains(reps));
        for (int r = 0; r < reps; r++) {
            assertEquals(r, out.get(r).run(), "results come back in replicate order");
            assertEquals(Seeds.runSeed(master, 0, r), out.get(r).seed());
        }
        return out;
    }

    private static void write(Path dir, Scenario sc, List<RunResult> runs) throws IOException {
        Files.createDirectories(dir);
        RunWriter.timeseries(dir.resolve("timeseries.csv"), sc.start(), runs);
        RunWriter.runs(dir.resolve("runs.csv"), runs);
        RunWriter.events(dir.resolve("events.csv"), runs);
    }

    @Test
    void oneThreadAndTwoThreadsGiveIdenticalOutcomesAndFiles(@TempDir Path tmp) throws Exception {
        Scenario sc = TestScenarios.island().scenario();
        int reps = 4;
        int days = 150;
        List<RunResult> one = replicate(sc, 7, reps, days, 1);
        List<RunResult> two = replicate(sc, 7, reps, days, 2);
        for (int r = 0; r < reps; r++) {
            Map<String, Double> a = one.get(r).outcomes();
            Map<String, Double> b = two.get(r).outcomes();
            assertEquals(new ArrayList<>(a.keySet()), new ArrayList<>(b.keySet()), "column order, run " + r);
            // Double.equals compares bit patterns, so NaN (never captured) equals NaN here
            assertEquals(a, b, "outcomes of run " + r);
            assertEquals(one.get(r).labels(), two.get(r).labels());
            assertArrayEquals(bits(one.get(r).series()), bits(two.get(r).series()));
        }
        assertNotEquals(one.get(0).outcomes(), one.get(1).outcomes(), "replicates differ");

        write(tmp.resolve("t1"), sc, one);
        write(tmp.resolve("t2"), sc, two);
        for (String f : List.of("timeseries.csv", "runs.csv", "events.csv")) {
            byte[] x = Files.readAllBytes(tmp.resolve("t1").resolve(f));
            byte[] y = Files.readAllBytes(tmp.resolve("t2").resolve(f));
            assertTrue(x.length > 0, f);
            assertArrayEquals(x, y, f + " differs between 1 and 2 threads");
        }
        // the files hold what they should: a header and one row per run, series, day
        List<String> runsCsv = Files.readAllLines(tmp.resolve("t1").resolve("runs.csv"));
        assertEquals(reps + 1, runsCsv.size());
        long tsLines;
        try (var lines = Files.lines(tmp.resolve("t1").resolve("timeseries.csv"))) {
            tsLines = lines.count();
        }
        assertEquals(1L + (long) reps * days * one.get(0).series().size(), tsLines);
    }

    @Test
    void moreThreadsThanRunsAndRepeatedCallsGiveTheSameResults() throws Exception {
        Scenario sc = TestScenarios.island().scenario();
        List<RunResult> a = replicate(sc, 99, 2, 60, 8);
        List<RunResult> b = replicate(sc, 99, 2, 60, 1);
        for (int r = 0; r < 2; r++) {
            assertEquals(a.get(r).outcomes(), b.get(r).outcomes());
        }
    }
}
