package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed sweep files ({@code src/test/resources/corpus/sweeps/}, each with one mistake, over
 * the corpus's base scenario): {@code conflictsim sweep FILE --dry-run} must end with the exit code, the number
 * of problems and the exact first line of stderr that {@code expected.tsv} gives, write nothing, and the sweep
 * schema must judge each file as the table says.
 */
class SweepCorpusTest {
    static final Path DIR = CorpusTest.CORPUS.resolve("sweeps");
    static final Path TABLE = DIR.resolve("expected.tsv");

    /**
     * One row of the table.
     *
     * @param file     a sweep file of the folder
     * @param exit     expected exit code
     * @param problems expected number of problems (lines on stderr)
     * @param schema   what the sweep schema says of the file: rejects, accepts or n/a
     * @param first    expected first line of stderr, with {CORPUS} and {ABS} for the corpus folder
     */
    record Row(String file, int exit, int problems, String schema, String first) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertEquals(5, c.length, "five tab-separated columns: " + line);
            rows.add(new Row(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4]));
        }
        return rows;
    }

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachMistakeIsReportedExactly(Row row) throws IOException {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Path file = DIR.resolve(row.file());
        int code = Main.execute(new String[] {"sweep", file.toString(), "--dry-run", "--out", out.toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(row.exit(), code, "exit code; stderr: " + e);
        String err = e.toString();
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"), err);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "a dry run or a failed load writes nothing");
        }
        List<String> lines = err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        if (row.exit() == ExitCodes.OK) {
            assertEquals(List.of(), lines);
            assertTrue(o.toString().contains("dry run: "), o.toString());
        } else {
            String expected = row.first().replace("{ABS}", CorpusTest.CORPUS.toAbsolutePath().toString())
                    .replace("{CORPUS}", CorpusTest.CORPUS.toString());
            assertEquals(expected, lines.get(0));
            assertEquals(row.problems(), lines.size(), "number of problems:\n" + err);
        }
        Optional<List<String>> verdict = SchemaCheck.validate(file, SchemaCheck.SWEEP_SCHEMA);
        String said = verdict.isEmpty() ? "n/a" : verdict.get().isEmpty() ? "accepts" : "rejects";
        assertEquals(row.schema(), said, "sweep schema messages: " + verdict.orElse(List.of()));
    }

    @Test
    void everySweepOfTheFolderIsInTheTable() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, rows().stream().map(Row::file).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(rows().stream().filter(r -> r.exit() != ExitCodes.OK).count() >= 25, "malformed sweeps");
    }
}
