package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.calibrate.TinyCalibration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep stopped by SIGTERM says how many runs it saved and how to resume, and leaves one self-contained
 * store, and so does a calibration for the stage it was running; a sweep killed by SIGKILL at any moment
 * (while the JVM starts, while the store is created, mid-run, while the charts are drawn) always resumes to the
 * results of an uninterrupted sweep.
 */
class InterruptTest {
    static final int RUNS = 20 * 2;

    @TempDir
    Path dir;

    private Path sweep() throws IOException {
        return sweep(60, 20);
    }

    /** The island sweep, {@code samples} points × 2 replications of {@code days} days. */
    private Path sweep(int days, int samples) throws IOException {
        Path f = dir.resolve("stop.yaml");
        Files.writeString(f, """
                scenario: SCENARIO
                days: DAYS
                seed: 11
                replications: 2
                design:
                  type: latin-hypercube
                  samples: SAMPLES
                parameters:
                  - path: rules.combat.tempo
                    min: 0.05
                    max: 0.6
                outcomes: [final_share.*, casualties.*]
                series: [fighters]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString())
                .replace("DAYS", Integer.toString(days)).replace("SAMPLES", Integer.toString(samples)),
                StandardCharsets.UTF_8);
        return f;
    }

    private Process start(Path f, Path out, Path stdout) throws IOException {
        List<String> cmd = new ArrayList<>(KillResumeTest.javaCommand());
        cmd.addAll(List.of("sweep", f.toString(), "--out", out.toString(), "--threads", "1"));
        return new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * Runs {@code conflictsim ARGS} in a new JVM, sends it SIGTERM once its progress shows 5 runs done, checks that
     * it ends by the signal (exit 143), and returns what it printed.
     *
     * @param what  the command's work, for the message when it ends before it can be stopped
     * @param total runs its progress counts up to
     */
    private static String stopAfterFiveRuns(String what, List<String> args, int total, Path stdout) throws Exception {
        List<String> cmd = new ArrayList<>(KillResumeTest.javaCommand());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).start();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> KillResumeTest.watchProgress(p.getErrorStream(), done, total));
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && done.get() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), what + " ended before it could be stopped: " + Files.readString(stdout));
        p.destroy();   // SIGTERM on Linux
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), "ended by SIGTERM (128 + 15)");
        return Files.readString(stdout);
    }

    @Test
    void sigtermSavesTheRunsSaysHowToResumeAndLeavesOneFile() throws Exception {
        // 400 runs of a year, so that the sweep cannot finish between the fifth run and the signal (40 short runs
        // sometimes all finished within one progress update on a quiet machine, leaving nothing to interrupt)
        int total = 400;
        Path f = sweep(365, total / 2);
        Path out = dir.resolve("stopped");
        Path stdout = dir.resolve("stdout.txt");
        Path store = out.resolve("stop").resolve("sweep.sqlite");
        String said = stopAfterFiveRuns("the sweep", List.of("sweep", f.toString(), "--out", out.toString(),
                "--threads", "1"), total, stdout);
        Matcher m = Pattern.compile("interrupted: (\\d+) of " + total + " runs are saved in " + Pattern.quote(store.toString()))
                .matcher(said);
        assertTrue(m.find(), said);
        int saved = Integer.parseInt(m.group(1));
        assertTrue(saved >= 5 && saved < total, said);
        assertTrue(said.contains("resume with: conflictsim sweep " + f + " --resume --out " + out + "\n"), said);
        try (Stream<Path> s = Files.list(store.getParent())) {
            assertEquals(List.of("sweep.sqlite"), s.map(x -> x.getFileName().toString()).toList(),
                    "one self-contained file: no -wal or -shm beside it");
        }
        assertEquals(saved, runsIn(store));

        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "1", "--resume");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("resuming: " + saved + " of " + total + " runs are recorded"), r.out());
        assertEquals(contents(uninterrupted(f)), contents(store));
    }

    @Test
    void aCalibrationStoppedBySigtermKeepsItsStageAndResumesToTheSameResult() throws Exception {
        Path f = TinyCalibration.write(dir.resolve("cal.yaml"), 60, 100, 1);
        Path out = dir.resolve("cal-stopped");
        Path stdout = dir.resolve("cal-stdout.txt");
        String said = stopAfterFiveRuns("the calibration", List.of("calibrate", f.toString(), "--out", out.toString(),
                "--threads", "1"), 200, stdout);
        Matcher m = Pattern.compile("interrupted: (\\d+) of 200 runs of (generation-\\d) are saved in (\\S+) ").matcher(said);
        assertTrue(m.find(), said);
        Path store = Path.of(m.group(3));
        assertEquals(out.resolve("cal").resolve(m.group(2)).resolve("sweep.sqlite"), store);
        assertEquals(Integer.parseInt(m.group(1)), runsIn(store), said);
        assertTrue(said.contains("resume with: conflictsim calibrate " + f + " --resume --out " + out + "\n"), said);
        assertFalse(Files.exists(out.resolve("cal").resolve("posterior.csv")), said);

        Cli.Result resumed = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--threads", "1", "--resume");
        assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming: " + m.group(1) + " of 200 runs are recorded"), resumed.out());
        Cli.Result whole = Cli.run("calibrate", f.toString(), "--out", dir.resolve("cal-whole").toString(),
                "--threads", "1");
        assertEquals(ExitCodes.OK, whole.code(), whole.err());
        assertEquals(Files.readString(dir.resolve("cal-whole").resolve("cal").resolve("posterior.csv")),
                Files.readString(out.resolve("cal").resolve("posterior.csv")));
    }

    @Test
    void sigkillAtRandomMomentsAlwaysResumesToTheSameResults() throws Exception {
        Path f = sweep();
        Path whole = uninterrupted(f);
        String expected = contents(whole);
        long t0 = System.nanoTime();
        Process timed = start(f, dir.resolve("timed"), dir.resolve("timed.txt"));
        assertTrue(timed.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, timed.exitValue(), Files.readString(dir.resolve("timed.txt")));
        long wholeMs = (System.nanoTime() - t0) / 1_000_000;

        // 20 moments spread over the whole sweep, JVM start and charts included: trial i is killed in the i-th
        // of 20 equal slices of its duration, at a random point of the slice; the first slices fall in its first second
        int trials = 20;
        Random random = new Random(20261203L);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            long at = (long) ((i + random.nextDouble()) * wholeMs / trials);
            Path out = dir.resolve("kill-" + i);
            Process p = start(f, out, dir.resolve("kill-" + i + ".txt"));
            boolean ended = p.waitFor(at, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly();   // SIGKILL: no hook, no clean close
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            Path store = out.resolve("stop").resolve("sweep.sqlite");
            Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "1", "--resume");
            assertEquals(ExitCodes.OK, r.code(), "trial " + i + " killed at " + at + " ms:\n" + r.out() + r.err());
            Matcher resumed = Pattern.compile("resuming: (\\d+) of").matcher(r.out());
            int before = resumed.find() ? Integer.parseInt(resumed.group(1)) : -1;
            assertEquals(expected, contents(store), "trial " + i + " killed at " + at + " ms");
            try (Stream<Path> s = Files.list(store.getParent())) {
                assertFalse(s.anyMatch(x -> x.getFileName().toString().endsWith(".creating")), "trial " + i);
            }
            outcomes.add(at + " ms: " + (ended ? "finished" : before < 0 ? "no store yet" : before + " runs saved"));
        }
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("no store yet")), "some kills before the store: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.matches(".* [1-9]\\d* runs saved")), "some mid-sweep: " + outcomes);
    }

    private Path uninterrupted(Path f) {
        Path out = dir.resolve("whole");
        Path store = out.resolve("stop").resolve("sweep.sqlite");
        if (!Files.exists(store)) {
            Cli.Result w = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "1");
            assertEquals(ExitCodes.OK, w.code(), w.err());
        }
        return store;
    }

    /** Runs recorded in a store, -1 when there is none (yet) or it cannot be read now. */
    private static int runsIn(Path store) {
        if (!Files.exists(store)) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + store.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM runs")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** What a sweep computed: the ledger without times, every outcome and every series value, in order. */
    static String contents(Path store) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
             Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT run, point, replicate, seed, status, error FROM runs ORDER BY run",
                    "SELECT run, name, value FROM outcomes ORDER BY run, name",
                    "SELECT run, day, metric, entity, value FROM series ORDER BY run, metric, entity, day",
                    "SELECT point, parameter, value, number, unit FROM points ORDER BY point, parameter")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= n; k++) {
                            sb.append(rs.getString(k)).append(k < n ? ',' : '\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
