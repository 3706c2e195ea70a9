package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL part-way (the CLI in a separate JVM), then resumed, gives the same results
 * as an uninterrupted sweep: no run lost, none done twice.
 */
class KillResumeTest {
    static final int RUNS = 60 * 12;

    @TempDir
    Path dir;

    /** The class path of this test JVM (surefire sets it), or the shaded jar. */
    static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Djava.awt.headless=true"));
        if (cp != null && cp.contains("classes")) {
            cmd.addAll(List.of("-cp", cp, "org.conflictsim.cli.Main"));
        } else {
            Path jar = Path.of("target", "conflictsim.jar");
            assertTrue(Files.exists(jar), "no class path and no " + jar + " to start the CLI from");
            cmd.addAll(List.of("-jar", jar.toString()));
        }
        return cmd;
    }

    private Path sweep() throws IOException {
        Path f = dir.resolve("kill.yaml");
        Files.writeString(f, """
                scenario: SCENARIO
                days: 120
                seed: 5
                replications: 12
                design:
                  type: sobol
                  samples: 60
                parameters:
                  - path: factions[REB].fighters
                    min: 1000
                    max: 6000
                    integer: true
                  - path: rules.combat.tempo
                    min: 0.05
                    max: 0.6
                outcomes: [final_share.*, capture_day.*, captured_by.*, casualties.*]
                series: [fighters]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString()), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSweepKilledPartWayAndResumedEqualsAnUninterruptedOne() throws Exception {
        Path f = sweep();
        Path killed = dir.resolve("killed");
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(List.of("sweep", f.toString(), "--out", killed.toString(), "--threads", "2"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        AtomicInteger done = new AtomicInteger();
        Thread reader = new Thread(() -> watchProgress(p.getErrorStream(), done));
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (done.get() < RUNS / 6 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the sweep ended before it could be killed: " + done.get() + " runs; stdout "
                + Files.readString(dir.resolve("stdout.txt")));
        assertTrue(done.get() >= RUNS / 6, "no progress within 120 s");
        p.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no clean close of the store
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL (128 + 9)");

        List<String> resume = new ArrayList<>(javaCommand());
        resume.addAll(List.of("sweep", f.toString(), "--out", killed.toString(), "--threads", "2", "--resume"));
        Process r = new ProcessBuilder(resume).redirectErrorStream(true).start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(r.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, r.exitValue(), out);
        Matcher m = Pattern.compile("resuming: (\\d+) of " + RUNS + " runs are recorded, (\\d+) left").matcher(out);
        assertTrue(m.find(), out);
        int recorded = Integer.parseInt(m.group(1));
        assertTrue(recorded > 0 && recorded < RUNS, "killed part-way: " + recorded + " runs recorded");
        assertEquals(RUNS, recorded + Integer.parseInt(m.group(2)));
        assertTrue(out.contains((RUNS - recorded) + " runs in this session, 0 failed; the store holds " + RUNS + " of "
                + RUNS + " runs"), out);

        Path whole = dir.resolve("whole");
        Cli.Result w = Cli.run("sweep", f.toString(), "--out", whole.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, w.code(), w.err());
        Path a = export(killed.resolve("kill").resolve("sweep.sqlite"));
        Path b = export(whole.resolve("kill").resolve("sweep.sqlite"));
        assertEquals(withoutTimes(b.resolve("runs.csv")), withoutTimes(a.resolve("runs.csv")));
        assertEquals(Files.readString(b.resolve("series.csv")), Files.readString(a.resolve("series.csv")));
        assertEquals(Files.readString(b.resolve("points.csv")), Files.readString(a.resolve("points.csv")));
        assertEquals(RUNS + 1, Files.readAllLines(a.resolve("runs.csv")).size());
    }

    /** Follows the progress bar on stderr ("... 123/720 ...") and keeps the latest count. */
    private static void watchProgress(InputStream err, AtomicInteger done) {
        watchProgress(err, done, RUNS);
    }

    /** Follows the progress bar on stderr ("... 123/{@code total} ...") and keeps the latest count. */
    static void watchProgress(InputStream err, AtomicInteger done, int total) {
        Pattern count = Pattern.compile("(\\d+)/" + total);
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while ((c = err.read()) >= 0) {
                if (c == '\r' || c == '\n') {
                    Matcher m = count.matcher(line);
                    while (m.find()) {
                        done.set(Math.max(done.get(), Integer.parseInt(m.group(1))));
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the process was killed: its stream ends
        }
    }

    private static Path export(Path store) {
        Cli.Result r = Cli.run("export", store.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return store.resolveSibling(store.getParent().getFileName() + "-csv");
    }

    /** runs.csv without wall_ms and finished_at (columns 6 and 7). */
    static List<String> withoutTimes(Path runsCsv) throws IOException {
        return Files.readAllLines(runsCsv).stream().map(l -> {
            String[] c = l.split(",", -1);
            List<String> keep = new ArrayList<>();
            for (int i = 0; i < c.length; i++) {
                if (i != 5 && i != 6) {
                    keep.add(c[i]);
                }
            }
            return String.join(",", keep);
        }).collect(Collectors.toList());
    }
}
