package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output safety of {@code conflictsim run} at the command line: results are written to a hidden temporary
 * folder and renamed when complete, an existing folder is never overwritten, and a disk that is full, read
 * only or not a folder ends the run with exit code 5 and a one-line message, leaving no temporary folder and
 * earlier results byte for byte as they were. The tests run as root, so permissions cannot stop a write:
 * a full disk and a read-only disk are small tmpfs mounts (skipped where mounting is not permitted), and an
 * unusable path is one whose parent is a regular file.
 */
class OutputSafetyTest {
    private static final String ISLAND = TestScenarios.ISLAND.toString();

    @TempDir
    Path tmp;

    private final List<Path> mounts = new ArrayList<>();

    /** Result of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            int code = run("umount", m.toString());
            if (code != 0) {
                code = run("umount", "-l", m.toString());
            }
            assertEquals(0, code, "umount " + m);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Mounts a tmpfs of {@code size} at a new folder, or skips the test where that is not permitted. */
    private Path tmpfs(String name, String size) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        Assumptions.assumeTrue(code == 0, "cannot mount a tmpfs here (mount exit code " + code + "); needs root"
                + " with CAP_SYS_ADMIN");
        mounts.add(dir);
        return dir;
    }

    /** An earlier results folder: a few files whose bytes the tests compare later. */
    private static Path earlierResults(Path parent) throws IOException {
        Path dir = Files.createDirectory(parent.resolve("island-20250101-000000-seed7"));
        Files.writeString(dir.resolve("runs.csv"), "run,seed\n0,42\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), "{\"tool\": \"conflictsim\"}\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("timeseries.csv"), new byte[] {'r', 'u', 'n', '\n', (byte) 0xC3, (byte) 0xA9, '\n'});
        return dir;
    }

    /** Every file under {@code dir} (relative path) with the SHA-256 of its bytes. */
    private static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Set<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void assertOneLineError(Result r, String prefix, String contains) {
        assertEquals(ExitCodes.OUTPUT, r.code(), "exit code; stderr: " + r.err());
        assertTrue(r.err().startsWith(prefix), r.err());
        assertTrue(r.err().strip().lines().count() == 1, "one line: " + r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("\tat "), "stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "exception name: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        assertFalse(r.out().contains("Results: "), "no results folder is announced: " + r.out());
    }

    @Test
    void aFullDiskEndsWithExit5AndLeavesEarlierResultsIntact() throws Exception {
        Path disk = tmpfs("small-disk", "64k");
        Path earlier = earlierResults(disk);
        Map<String, String> before = fingerprint(earlier);

        // one run (no progress bar on stderr) of a year: its time series alone is several hundred kB
        Result r = cli("run", ISLAND, "--reps", "1", "--days", "365", "--out", disk.toString());

        assertOneLineError(r, "error: cannot write results under " + disk + ": ", "No space left on device");
        assertEquals(Set.of(earlier.getFileName().toString()), entries(disk), "no temporary folder left behind");
        assertEquals(before, fingerprint(earlier), "earlier results byte for byte");
    }

    @Test
    void aReadOnlyDiskEndsWithExit5AndLeavesEarlierResultsIntact() throws Exception {
        Path disk = tmpfs("read-only-disk", "1m");
        Path earlier = earlierResults(disk);
        Map<String, String> before = fingerprint(earlier);
        assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()), "remount read-only");

        Result r = cli("run", ISLAND, "--reps", "1", "--days", "5", "--out", disk.toString());

        assertOneLineError(r, "error: cannot write results under " + disk + ": ", "Read-only file system");
        assertEquals(Set.of(earlier.getFileName().toString()), entries(disk), "nothing new on the disk");
        assertEquals(before, fingerprint(earlier), "earlier results byte for byte");
    }

    @Test
    void anOutFolderInsideARegularFileEndsWithExit5() throws Exception {
        Path file = tmp.resolve("notes.txt");
        Files.writeString(file, "keep me\n", StandardCharsets.UTF_8);
        Path out = file.resolve("results");

        Result r = cli("run", ISLAND, "--reps", "1", "--days", "5", "--out", out.toString());

        assertOneLineError(r, "error: cannot write results under " + out + ": ", "notes.txt");
        assertEquals("keep me\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Set.of("notes.txt"), entries(tmp));
    }

    @Test
    void anExistingFolderOfTheSameNameIsNeverOverwritten() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("results"));
        // the run names its folder island-<date>-<time>-seed7 after the second it finishes; occupy every
        // name it can choose in the next two minutes, each with a file whose bytes are compared afterwards
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Map<String, String> before = new TreeMap<>();
        for (int s = -1; s <= 120; s++) {
            Path d = Files.createDirectory(out.resolve("island-" + now.plusSeconds(s).format(f) + "-seed7"));
            Files.writeString(d.resolve("runs.csv"), "earlier run " + s + "\n", StandardCharsets.UTF_8);
        }
        Set<String> earlier = entries(out);
        for (String e : earlier) {
            before.putAll(fingerprint(out.resolve(e)).entrySet().stream()
                    .collect(Collectors.toMap(x -> e + "/" + x.getKey(), Map.Entry::getValue)));
        }

        Result r = cli("run", ISLAND, "--reps", "1", "--days", "5", "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        Set<String> added = entries(out);
        added.removeAll(earlier);
        assertEquals(1, added.size(), "one new folder, no temporary one: " + added);
        String name = added.iterator().next();
        assertTrue(name.matches("island-\\d{8}-\\d{6}-seed7-2"), "the new folder takes the suffix -2: " + name);
        assertTrue(r.out().contains("Results: " + out.resolve(name)), r.out());
        assertEquals(Set.of("events.csv", "manifest.json", "runs.csv", "scenario.yaml", "timeseries.csv.gz", "charts",
                "report.html"), entries(out.resolve(name)));
        Map<String, String> after = new TreeMap<>();
        for (String e : earlier) {
            after.putAll(fingerprint(out.resolve(e)).entrySet().stream()
                    .collect(Collectors.toMap(x -> e + "/" + x.getKey(), Map.Entry::getValue)));
        }
        assertEquals(before, after, "every earlier folder byte for byte");
    }
}
