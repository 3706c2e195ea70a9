package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.experiment.Seeds;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line through Main.execute, with captured output streams. */
class MainTest {

    private static final String NL = System.lineSeparator();
    private static final String ISLAND_TEXT = read(TestScenarios.ISLAND);

    @TempDir
    Path in;

    @TempDir
    Path out;

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Result of one command line. */
    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    static String mutate(String from, String to) {
        int i = ISLAND_TEXT.indexOf(from);
        if (i < 0 || ISLAND_TEXT.indexOf(from, i + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur exactly once in island.yaml");
        }
        return ISLAND_TEXT.substring(0, i) + to + ISLAND_TEXT.substring(i + from.length());
    }

    /** "line:col" of the first occurrence of {@code needle}, 1-based. */
    static String pos(String text, String needle) {
        int i = text.indexOf(needle);
        int line = 1 + (int) text.substring(0, i).chars().filter(c -> c == '\n').count();
        int col = i - (text.lastIndexOf('\n', i - 1) + 1) + 1;
        return line + ":" + col;
    }

    /** Every entry of the output folder, hidden ones included. */
    private Set<String> outEntries() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void assertCleanFailure(Result r, int code, String expectedErr) throws IOException {
        assertEquals(code, r.code(), "exit code; stderr: " + r.err());
        assertEquals(expectedErr, r.err());
        assertFalse(r.err().contains("\tat "), "stack trace on stderr");
        assertFalse(r.err().contains("Exception"), "exception name on stderr");
        assertEquals(Set.of(), outEntries(), "nothing may be written to --out on error");
    }

    @Test
    void missingFileExits3() throws IOException {
        Path f = in.resolve("nope.yaml");
        Result r = cli("run", f.toString(), "--out", out.toString());
        assertCleanFailure(r, ExitCodes.NOT_FOUND, f + ": no such file" + NL);
        assertEquals("", r.out());
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
            // name, from, to, where the problem is reported, expected message after "file:line:col: "
            Arguments.of("malformed YAML", "theatre: [ISL]", "theatre: [ISL", ": {Hills",
                    "not valid YAML: a list opened with '[' at line " + pos(ISLAND_TEXT, "theatre: [ISL]").split(":")[0]
                    + " is not closed with ']' (found ':' instead)"),
            Arguments.of("wrong type", "fighters: 8000", "fighters: \"many\"", "\"many\"",
                    "factions[0].fighters: expected a number, got the text \"many\""),
            Arguments.of("unknown key", "goldTax: 0.02,", "goldTax: 0.02, figthers: 1,", "figthers",
                    "factions[0].figthers: unknown key (did you mean 'fighters'?)"),
            Arguments.of("out of range", "training: 0.8", "training: 9", "9,\n",
                    "factions[0].training: must be between 0.1 and 3, got 9"),
            Arguments.of("dangling reference", "to: REB, cashPerDay", "to: REBS, cashPerDay", "REBS",
                    "events[0].militarySupport.to: unknown faction 'REBS' (did you mean 'REB'?); known: GOV, REB"));
    }

    @ParameterizedTest(name = "{0} exits 4")
    @MethodSource("invalidFiles")
    void invalidFileExits4(String name, String from, String to, String at, String message) throws IOException {
        String text = mutate(from, to);
        Path f = in.resolve("bad.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Result r = cli("run", f.toString(), "--reps", "2", "--days", "5", "--out", out.toString());
        assertCleanFailure(r, ExitCodes.INVALID, f + ":" + pos(text, at) + ": " + message + NL);
        assertEquals("", r.out(), "nothing is printed before the scenario loads");
    }

    @Test
    void missingSectionExits4() throws IOException {
        String text = ISLAND_TEXT.substring(0, ISLAND_TEXT.indexOf("control:")) + ISLAND_TEXT.substring(ISLAND_TEXT.indexOf("events:"));
        Path f = in.resolve("no-control.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Result r = cli("run", f.toString(), "--out", out.toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().startsWith(f + ":"), r.err());
        assertTrue(r.err().contains("control: missing required key"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(Set.of(), outEntries());
    }

    /** Command lines with a usage error; "OUT" stands for the test's output folder. */
    static Stream<Arguments> badCommandLines() {
        String island = TestScenarios.ISLAND.toString();
        String tryRun = "Try 'conflictsim run --help' for usage." + NL;
        return Stream.of(
            Arguments.of(List.of("run", island, "--reps", "0", "--out", "OUT"),
                    "error: --reps must be between 1 and 1000000, got 0" + NL),
            Arguments.of(List.of("run", island, "--reps", "-3", "--out", "OUT"),
                    "error: --reps must be between 1 and 1000000, got -3" + NL),
            Arguments.of(List.of("run", island, "--days", "0", "--out", "OUT"),
                    "error: --days must be between 1 and 36500, got 0" + NL),
            Arguments.of(List.of("run", island, "--threads", "0", "--out", "OUT"),
                    "error: --threads must be between 1 and 1024, got 0" + NL),
            Arguments.of(List.of("backtest", "--reps", "0", "--out", "OUT"),
                    "error: --reps must be between 1 and 1000000, got 0" + NL),
            Arguments.of(List.of("backtest", "--threads", "0", "--out", "OUT"),
                    "error: --threads must be between 1 and 1024, got 0" + NL),
            Arguments.of(List.of("sweep", "no-such-sweep.yaml", "--threads", "2000", "--out", "OUT"),
                    "error: --threads must be between 1 and 1024, got 2000" + NL),
            Arguments.of(List.of("run", island, "--bogus", "--out", "OUT"),
                    "error: Unknown option: '--bogus'" + NL + tryRun),
            Arguments.of(List.of("run", island, "--reps", "many", "--out", "OUT"),
                    "error: Invalid value for option '--reps': 'many' is not an int" + NL + tryRun),
            Arguments.of(List.of("run", "--out", "OUT"),
                    "error: Missing required parameter: 'SCENARIO'" + NL + tryRun),
            Arguments.of(List.of("frobnicate"),
                    "error: Unmatched argument at index 0: 'frobnicate'" + NL + "Try 'conflictsim --help' for usage." + NL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void badCommandLineExits2(List<String> args, String expectedErr) throws IOException {
        Result r = cli(args.stream().map(a -> a.equals("OUT") ? out.toString() : a).toArray(String[]::new));
        assertCleanFailure(r, ExitCodes.USAGE, expectedErr);
        assertEquals("", r.out());
    }

    @Test
    void helpListsTheExitCodes() {
        Result r = cli("run", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        // picocli wraps the footer at 80 columns, so the line of code 4 continues on the next line
        for (String line : List.of("  0  success", "  2  wrong command line", "  3  input file not found or unreadable",
                "  4  input file invalid (YAML syntax, wrong type, unknown key, out-of-range", "dangling reference)")) {
            assertTrue(r.out().contains(line), line + " missing from:\n" + r.out());
        }
    }

    @Test
    void everyCommandsHelpIsCleanAndFitsEightyColumns() {
        picocli.CommandLine cl = new picocli.CommandLine(new Main());
        assertTrue(cl.getSubcommands().size() >= 15, "the commands are registered: " + cl.getSubcommands().keySet());
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue; // picocli's own help command
            }
            java.io.PrintStream saved = System.err;
            java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
            Result r;
            try {
                System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
                r = cli(name, "--help");
            } finally {
                System.setErr(saved);
            }
            assertEquals(0, r.code(), name + ": " + r.err());
            assertEquals("", captured.toString(StandardCharsets.UTF_8) + r.err(), name + " --help warns");
            assertTrue(r.out().startsWith("Usage: conflictsim " + name), name + ":\n" + r.out());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= 80, name + " --help has a line over 80 columns: " + line);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> resultFolders() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.sorted().toList();
        }
    }

    @Test
    void successfulRunWritesOneCompleteFolderAndNeverOverwrites() throws Exception {
        String[] args = {"run", TestScenarios.ISLAND.toString(), "--reps", "2", "--days", "30", "--out", out.toString()};
        Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        // stderr carries only the progress bar (runs > 1)
        assertTrue(r.err().isEmpty() || r.err().strip().startsWith("runs "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        List<Path> folders = resultFolders();
        assertEquals(1, folders.size(), "exactly one entry (no hidden temporary folder left): " + outEntries());
        Path dir = folders.get(0);
        assertTrue(Files.isDirectory(dir));
        assertTrue(dir.getFileName().toString().matches("island-\\d{8}-\\d{6}-seed7"), dir.toString());
        assertTrue(r.out().contains("Results: " + dir), r.out());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(Set.of("manifest.json", "scenario.yaml", "timeseries.csv.gz", "runs.csv", "events.csv", "charts",
                    "report.html"),
                    s.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }

        // scenario.yaml is the scenario as run, resolved (after extends and --set): it loads to the same scenario
        String resolved = Files.readString(dir.resolve("scenario.yaml"));
        assertTrue(resolved.startsWith("id: island\n"), resolved);
        assertTrue(resolved.contains("REB"), resolved);

        List<String> ts = gunzip(dir.resolve("timeseries.csv.gz")).lines().toList();
        assertEquals("run,day,date,metric,entity,value", ts.get(0));
        assertEquals("0,0,2025-01-01,territory_share,GOV", ts.get(1).substring(0, ts.get(1).lastIndexOf(',')));
        assertTrue(ts.get(ts.size() - 1).startsWith("1,29,2025-01-30,"), ts.get(ts.size() - 1));

        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(3, runs.size(), "header and 2 data rows");
        assertTrue(runs.get(0).startsWith("run,seed,capture_day."), runs.get(0));
        String seed0 = Long.toUnsignedString(Seeds.runSeed(7, 0, 0));
        String seed1 = Long.toUnsignedString(Seeds.runSeed(7, 0, 1));
        assertTrue(runs.get(1).startsWith("0," + seed0 + ","), runs.get(1));
        assertTrue(runs.get(2).startsWith("1," + seed1 + ","), runs.get(2));

        assertEquals("run,day,date,type,subject,actor,detail", Files.readAllLines(dir.resolve("events.csv")).get(0));

        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(sha256(Files.readAllBytes(TestScenarios.ISLAND)), m.get("scenarioSha256").asText());
        assertEquals(7, m.get("masterSeed").asLong());
        assertEquals(Seeds.FORMULA, m.get("seedDerivation").asText());
        assertEquals(2, m.get("runSeeds").size());
        assertEquals(seed0, m.get("runSeeds").get(0).asText());
        assertEquals(seed1, m.get("runSeeds").get(1).asText());
        assertTrue(m.get("jvm").isObject());
        assertEquals(System.getProperty("java.version"), m.get("jvm").get("version").asText());
        assertEquals(2, m.get("replications").asInt());
        assertEquals(30, m.get("days").asInt());
        assertEquals("island", m.get("scenario").asText());
        assertEquals(List.of(args), List.of(new ObjectMapper().convertValue(m.get("commandLine"), String[].class)));

        // the same command again: a second folder, the first one untouched
        byte[] firstTimeseries = Files.readAllBytes(dir.resolve("timeseries.csv.gz"));
        Result again = cli(args);
        assertEquals(0, again.code(), again.err());
        List<Path> after = resultFolders();
        assertEquals(2, after.size(), "a second folder: " + outEntries());
        assertTrue(after.contains(dir));
        Path second = after.get(0).equals(dir) ? after.get(1) : after.get(0);
        assertNotEquals(dir, second);
        assertTrue(second.getFileName().toString().startsWith("island-"), second.toString());
        assertTrue(again.out().contains("Results: " + second), again.out());
        assertArrayEquals(firstTimeseries, Files.readAllBytes(dir.resolve("timeseries.csv.gz")));
        // same seeds, same results
        assertArrayEquals(firstTimeseries, Files.readAllBytes(second.resolve("timeseries.csv.gz")));
        assertEquals(Files.readString(dir.resolve("runs.csv")), Files.readString(second.resolve("runs.csv")));
    }

    @Test
    void runWritesOnlyToTheGivenStreams() throws IOException {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        Result r;
        try {
            System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            r = cli("run", TestScenarios.ISLAND.toString(), "--reps", "2", "--days", "5", "--out", out.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unwritableOutputExits5AndLeavesTheFileAlone() throws IOException {
        Path notAFolder = out.resolve("results");
        Files.writeString(notAFolder, "keep me");
        Result r = cli("run", TestScenarios.ISLAND.toString(), "--reps", "1", "--days", "3", "--out", notAFolder.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("error: cannot write results under " + notAFolder + ": "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("keep me", Files.readString(notAFolder));
        assertEquals(Set.of("results"), outEntries());
    }

    /** The text of a gzip file. */
    static String gunzip(Path file) throws IOException {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
