package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.cli.Main;
import org.conflictsim.output.SmallSweeps.Kind;
import org.conflictsim.output.SmallSweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conflictsim chart SWEEP_DIR}: redraws charts and report of a sweep folder from its store; chosen
 * outcomes; clear errors for a missing, incomplete or sharded store.
 */
class SweepChartCommandTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int chart(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "chart";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static List<String> charts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void redrawsChartsAndReportFromTheStoreAlone() throws IOException {
        Path dir = SmallSweeps.copy(Kind.SALTELLI, tmp.resolve("salt"));
        List<String> before = charts(dir);
        String sensitivity = Files.readString(dir.resolve("sensitivity.csv"));
        Files.delete(dir.resolve("report.html"));
        Files.delete(dir.resolve("sensitivity.csv"));
        Files.writeString(dir.resolve("charts/old-chart.png"), "stale");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(ExitCodes.OK, chart(dir.toString()), err.toString());
        assertTrue(out.toString().contains("report: " + dir.resolve("report.html")), out.toString());
        assertTrue(out.toString().contains("charts: " + dir.resolve("charts") + " (" + before.size() / 2 + " charts)"),
                out.toString());
        assertEquals(before, charts(dir), "the same charts again, the stale one removed");
        assertEquals(sensitivity, Files.readString(dir.resolve("sensitivity.csv")), "the indices again, identical");
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")), "other files are left alone");
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-")), "no temporary file left");
        }
    }

    @Test
    void chosenOutcomesOnly() throws IOException {
        Path dir = SmallSweeps.copy(Kind.FACTORIAL, tmp.resolve("fact"));
        assertEquals(ExitCodes.OK, chart(dir.toString(), "--outcome", "civilian_deaths"), err.toString());
        assertEquals(List.of("heatmap-civilian-deaths-factions-reb-fighters-factions-gov-posture.png",
                "heatmap-civilian-deaths-factions-reb-fighters-factions-gov-posture.svg"), charts(dir));
        assertTrue(out.toString().startsWith("note: Charted are the outcomes asked for with --outcome; "), out.toString());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("Charted are the outcomes asked for"),
                "the report says what was left out");
    }

    @Test
    void unknownOutcomeIsAUsageError() throws IOException {
        Path dir = SmallSweeps.copy(Kind.FACTORIAL, tmp.resolve("fact"));
        assertEquals(ExitCodes.USAGE, chart(dir.toString(), "--outcome", "deaths"));
        assertTrue(err.toString().startsWith("error: --outcome deaths matches no outcome of the sweep; it has: "),
                err.toString());
        assertTrue(err.toString().contains("civilian_deaths"), err.toString());
    }

    @Test
    void theStoreFileItselfCanBeCharted() throws IOException {
        Path dir = SmallSweeps.copy(Kind.LHS, tmp.resolve("lhs"));
        assertEquals(ExitCodes.OK, chart(dir.resolve("sweep.sqlite").toString()), err.toString());
        assertTrue(out.toString().contains("report: " + dir.resolve("report.html")), out.toString());
    }

    @Test
    void anIncompleteStoreIsRefused() throws IOException, SQLException {
        Path dir = SmallSweeps.copy(Kind.FACTORIAL, tmp.resolve("fact"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sweep.sqlite"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM outcome_values WHERE run = 3");
            st.executeUpdate("DELETE FROM label_values WHERE run = 3");
            st.executeUpdate("DELETE FROM runs WHERE run = 3");
        }
        assertEquals(ExitCodes.INVALID, chart(dir.toString()));
        // the hint is a command to paste: the store, copied away from where its sweep writes, is moved back first
        String said = err.toString().strip();
        String store = dir.resolve("sweep.sqlite").toString();
        assertTrue(said.startsWith("error: " + store + " holds 11 of 12 runs; charts are drawn when the sweep is complete:"
                + " finish it with 'mkdir -p " + dir.resolve("small-factorial") + " && mv " + store + " "
                + dir.resolve("small-factorial").resolve("sweep.sqlite") + " && conflictsim sweep "), said);
        assertTrue(said.endsWith("small-factorial.yaml --resume --out " + dir + "' (or merge all its shards)"), said);
    }

    @Test
    void shardsMustBeMergedFirst() throws IOException {
        Path sweep = tmp.resolve("small-shards.yaml");
        Files.writeString(sweep, SmallSweeps.text(Kind.LHS));
        StringWriter ignored = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"sweep", sweep.toString(), "--out", tmp.toString(), "--shard",
            "0/2"}, new PrintWriter(ignored), new PrintWriter(ignored)));
        Path dir = tmp.resolve("small-shards");
        assertFalse(Files.exists(dir.resolve("report.html")), "a shard alone gets no report");
        assertEquals(ExitCodes.NOT_FOUND, chart(dir.toString()));
        assertEquals("error: " + dir.resolve("sweep.sqlite") + ": not found; the folder holds the shard stores "
                + "shard-0-of-2.sqlite: merge them first with 'conflictsim merge " + dir.resolve("sweep.sqlite")
                + " SHARD...'", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.INVALID, chart(dir.resolve("shard-0-of-2.sqlite").toString()));
        assertTrue(err.toString().contains("shard-0-of-2.sqlite is shard 0 of 2 of sweep small-shards; charts are "
                + "drawn from the whole sweep: merge the shards with 'conflictsim merge' first"), err.toString());
    }

    @Test
    void failedRunsAreCountedAndTheirCellMarked() throws IOException, org.conflictsim.experiment.store.StoreException {
        Path sweep = tmp.resolve("failing.yaml");
        Files.writeString(sweep, """
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
                """.replace("SCENARIO", org.conflictsim.TestScenarios.ISLAND.toAbsolutePath().toString()));
        StringWriter o = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"sweep", sweep.toString(), "--out", tmp.toString()},
                new PrintWriter(o), new PrintWriter(new StringWriter())));
        Path dir = tmp.resolve("failing");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("3 of 4 runs succeeded, 1 failed."), "runs done and failed");
        assertTrue(html.contains("trainingCap: must be at least training"), "the error of the failed run");
        SweepData d = SweepData.read(dir.resolve("sweep.sqlite"), List.of());
        Figure f = SweepHeatmaps.figures(d, d.outcomes().get(0)).get(0);
        org.jfree.chart.plot.XYPlot plot = (org.jfree.chart.plot.XYPlot) f.chart().getPlot();
        List<String> cells = plot.getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(1, cells.stream().filter("failed"::equals).count(), "the cell whose run failed says so: " + cells);
        assertEquals(4, cells.size());
    }

    @Test
    void aFileThatIsNoStoreIsInvalid() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(dir.resolve("sweep.sqlite"), "not a database");
        assertEquals(ExitCodes.INVALID, chart(dir.toString()));
        assertTrue(err.toString().startsWith("error: "), err.toString());
    }

    @Test
    void outcomeOnARunFolderIsAUsageError() {
        assertEquals(ExitCodes.USAGE, chart(tmp.toString(), "--outcome", "civilian_deaths"));
        assertEquals("error: --outcome is for sweep folders; " + tmp + " holds no sweep.sqlite",
                err.toString().strip());
    }
}
