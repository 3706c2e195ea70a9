package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed scenario files ({@code src/test/resources/corpus/}): each file holds one mistake, and
 * {@code expected.tsv} says, for each command line {@code conflictsim validate ARGS}, the exit code, the number
 * of problems and the exact first line of stderr ({@code file:line:col: key.path: message}). Two inputs too
 * large to commit are made at run time: a file over the 8 MiB limit and a map drawn with more rows than
 * {@link ScenarioLoader#MAX_CELLS} cells.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus");
    static final Path TABLE = CORPUS.resolve("expected.tsv");
    private static final Pattern LOCATION = Pattern.compile("^(.*?\\.yaml(?: \\(--set .*?\\))?|.*?/\\.)(?::(\\d+):(\\d+))?: ");

    /**
     * One row of the table.
     *
     * @param args     the arguments after {@code validate}; the first is a file of the corpus folder
     * @param exit     expected exit code
     * @param problems expected number of problems (lines on stderr)
     * @param schema   what the JSON Schema says of the file: rejects, accepts or n/a
     * @param first    expected first line of stderr, with {CORPUS} and {ABS} for the corpus folder
     */
    record Row(List<String> args, int exit, int problems, String schema, String first) {
        Path file() {
            return CORPUS.resolve(args.get(0));
        }

        String expectedFirst() {
            return first.replace("{ABS}", CORPUS.toAbsolutePath().toString()).replace("{CORPUS}", CORPUS.toString());
        }

        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    /** The rows of {@code expected.tsv}. */
    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertEquals(5, c.length, "five tab-separated columns: " + line);
            rows.add(new Row(List.of(c[0].split(" ")), Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4]));
        }
        return rows;
    }

    /** Result of one command line. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    static Result validate(List<String> args) {
        List<String> full = new ArrayList<>();
        full.add("validate");
        full.add(CORPUS.resolve(args.get(0)).toString());
        full.addAll(args.subList(1, args.size()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(full.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), "stack trace on stderr: " + err);
        assertFalse(err.contains("Exception"), "exception name on stderr: " + err);
        assertFalse(err.contains("internal error"), "internal error: " + err);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachMistakeIsReportedExactly(Row row) throws Exception {
        Result r = validate(row.args());
        assertEquals(row.exit(), r.code(), "exit code; stderr: " + r.err());
        assertNoStackTrace(r.err());
        List<String> lines = r.errLines();
        if (row.exit() == ExitCodes.OK) {
            assertEquals(List.of(), lines);
            assertTrue(r.out().startsWith("ok: " + row.file()), r.out());
            return;
        }
        assertEquals("", r.out(), "nothing on stdout for an invalid file");
        assertFalse(lines.isEmpty(), "a message on stderr");
        assertEquals(row.expectedFirst(), lines.get(0));
        assertEquals(row.problems(), lines.size(), "number of problems:\n" + r.err());

        // the same problem, from the loader itself: kind, file, line and column as the message says
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(row.file(), sets(row)));
        assertEquals(row.exit() == ExitCodes.NOT_FOUND, e.kind() == ScenarioException.Kind.NOT_FOUND, e.kind().name());
        Problem p = e.problems().get(0);
        assertEquals(lines.get(0), p.toString());
        Matcher m = LOCATION.matcher(lines.get(0));
        assertTrue(m.find(), lines.get(0));
        assertEquals(m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), p.line(), "line");
        assertEquals(m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), p.column(), "column");
    }

    private static List<String> sets(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i + 1 < row.args().size(); i += 2) {
            assertEquals("--set", row.args().get(i), "only --set may follow the file: " + row);
            out.add(row.args().get(i + 1));
        }
        return out;
    }

    @Test
    void everyFileOfTheCorpusIsInTheTableAndEachMistakeOnce() throws IOException {
        Set<String> inTable = rows().stream().map(r -> r.args().get(0)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missing = new TreeSet<>(files);
        missing.removeAll(inTable);
        assertEquals(Set.of(), missing, "corpus files without a row in expected.tsv");
        for (Row row : rows()) {
            if (!Files.exists(row.file())) {
                assertEquals(ExitCodes.NOT_FOUND, row.exit(), "a row for a file that does not exist: " + row);
            }
        }
        List<String> args = rows().stream().map(Row::toString).toList();
        assertEquals(args.size(), new TreeSet<>(args).size(), "a command line appears twice in the table");
    }

    @Test
    void atLeastOneHundredMalformedFiles() throws IOException {
        long malformed = rows().stream().filter(r -> r.args().size() == 1 && r.exit() == ExitCodes.INVALID
                && Files.isRegularFile(r.file())).count();
        assertTrue(malformed >= 100, "malformed files in the corpus: " + malformed);
    }

    @Test
    void everyMalformedFileSaysWhatItsMistakeIs() throws IOException {
        for (Row row : rows()) {
            Path f = row.file();
            if (row.exit() != ExitCodes.INVALID || row.args().size() > 1 || !Files.isRegularFile(f)) {
                continue;
            }
            byte[] b = Files.readAllBytes(f);
            String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
            boolean binaryOrEmpty = b.length == 0 || head.indexOf('\0') >= 0 || head.startsWith("# a scenario that was")
                    || (b[0] & 0xFF) == 0xFF;
            assertTrue(binaryOrEmpty || head.startsWith("# mistake: "), f + " starts with '# mistake: ...'");
        }
    }

    @TempDir
    Path tmp;

    @Test
    void aFileOverEightMebibytesIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("huge.yaml");
        long size = YamlSource.MAX_BYTES + 1;
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.US_ASCII);
            long written = 0;
            while (written + line.length <= size) {
                out.write(line);
                written += line.length;
            }
            out.write(new byte[(int) (size - written)]);
        }
        assertEquals(size, Files.size(big));
        Result r = cli("validate", big.toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals(big + ": the file has 8388609 bytes; scenario files may have at most 8388608 bytes (8 MiB)",
                r.err().strip());
        assertNoStackTrace(r.err());
    }

    @Test
    void aMapOfMoreThanMaxCellsIsRefusedBeforeTheGridIsMade() throws IOException {
        String base = Files.readString(CORPUS.resolve("base.yaml"), StandardCharsets.UTF_8);
        int side = (int) Math.sqrt(ScenarioLoader.MAX_CELLS) + 1;
        String row = "      - \"" + "G".repeat(side) + "\"\n";
        String rows = "    rows:\n" + row.repeat(side);
        int from = base.indexOf("    rows:\n");
        int to = base.indexOf("    legend:");
        String text = base.substring(0, from) + rows + base.substring(to);
        Path f = tmp.resolve("huge-grid.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        assertTrue(Files.size(f) < YamlSource.MAX_BYTES, "the file itself is within the size limit");
        Result r = cli("validate", f.toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        long cells = (long) side * side;
        assertEquals(f + ":" + (base.substring(0, from).split("\n", -1).length + 1) + ":7: map.grid.rows: a grid of "
                + cells + " cells is too large (at most " + ScenarioLoader.MAX_CELLS + "); draw fewer or shorter rows",
                r.err().strip());
        assertNoStackTrace(r.err());
    }

    private static Result cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(Arrays.copyOf(args, args.length), new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }
}
