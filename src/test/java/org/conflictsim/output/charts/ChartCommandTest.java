package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.cli.Main;
import org.conflictsim.output.FolderCopy;
import org.conflictsim.output.SmallRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflictsim chart RESULTS_DIR}: re-renders from the folder alone; exit codes and notes. */
class ChartCommandTest {
    @TempDir
    Path tmp;
    private Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyResults() throws IOException {
        dir = FolderCopy.of(SmallRun.dir(), tmp.resolve("results"));
    }

    private int chart(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "chart";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void editManifest(String from, String to) throws IOException {
        Path m = dir.resolve("manifest.json");
        String text = Files.readString(m);
        assertTrue(text.contains(from), "manifest has " + from);
        Files.writeString(m, text.replace(from, to));
    }

    @Test
    void rerendersChartsMapsAndReportAndRemovesStaleCharts() throws IOException {
        Files.writeString(dir.resolve("charts/old-chart.png"), "stale");
        Files.delete(dir.resolve("report.html"));
        assertEquals(0, chart(dir.toString()), err.toString());
        assertTrue(out.toString().contains("Report: " + dir.resolve("report.html")), out.toString());
        assertTrue(out.toString().contains("2 maps and an animation"), out.toString());
        assertFalse(Files.exists(dir.resolve("charts/old-chart.png")), "stale chart removed");
        assertTrue(Files.size(dir.resolve("charts/territory.png")) > 0);
        assertTrue(Files.size(dir.resolve("charts/control.gif")) > 0);
        assertTrue(Files.readString(dir.resolve("report.html")).contains("charts/map-2025-03-01.png"));
    }

    @Test
    void chosenMapDates() throws IOException {
        assertEquals(0, chart(dir.toString(), "--map-date", "2025-01-15,2025-02-01"), err.toString());
        assertTrue(Files.exists(dir.resolve("charts/map-2025-01-15.png")));
        assertTrue(Files.exists(dir.resolve("charts/map-2025-02-01.svg")));
        assertFalse(Files.exists(dir.resolve("charts/map-2025-01-01.png")), "only the chosen dates");
    }

    @Test
    void mapDateOutsideTheRunIsAUsageError() {
        assertEquals(2, chart(dir.toString(), "--map-date", "2026-01-01"));
        assertEquals("error: --map-date 2026-01-01 is outside the run (2025-01-01 to 2025-03-01)",
                err.toString().strip());
    }

    @Test
    void missingScenarioFileLeavesMapsOutWithANote() throws IOException {
        editManifest("\"scenarioFile\" : \"scenarios/island.yaml\"", "\"scenarioFile\" : \"nowhere/island.yaml\"");
        assertEquals(0, chart(dir.toString()), err.toString());
        assertTrue(out.toString().startsWith("note: Maps of control are left out: the scenario file "
                + Path.of("nowhere/island.yaml") + " named in manifest.json is not found"), out.toString());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Maps of control are left out"), "the note is in the report");
        assertFalse(html.contains("control.gif"), "no animation linked");
        assertFalse(Files.exists(dir.resolve("charts/control.gif")), "no stale animation left");
        assertTrue(html.contains("charts/territory.png"), "charts are still drawn");
    }

    @Test
    void changedScenarioFileLeavesMapsOut() throws IOException {
        String sha = SmallRun.results().manifest().scenarioSha256();
        editManifest(sha, "0".repeat(64));
        assertEquals(0, chart(dir.toString()), err.toString());
        assertTrue(out.toString().contains("has changed since the run"), out.toString());
    }

    @Test
    void noMapsOption() throws IOException {
        assertEquals(0, chart(dir.toString(), "--no-maps"), err.toString());
        assertTrue(out.toString().contains("note: Maps of control are left out: --no-maps was given."));
    }

    @Test
    void missingFolderOrFile() throws IOException {
        assertEquals(3, chart(tmp.resolve("none").toString()));
        assertEquals("error: " + tmp.resolve("none") + ": no such results folder", err.toString().strip());
        Files.delete(dir.resolve("runs.csv"));
        assertEquals(3, chart(dir.toString(), "--no-maps"));
        assertTrue(err.toString().contains(dir.resolve("runs.csv") + ": not found"), err.toString());
    }

    @Test
    void malformedFileIsInvalidInput() throws IOException {
        Files.delete(dir.resolve("timeseries.csv.gz")); // an uncompressed file, as folders written before had, is read too
        Path ts = dir.resolve("timeseries.csv");
        Files.writeString(ts, "run,day,date,metric,entity,value\n0,0,2025-01-01,displaced,all,x\n");
        assertEquals(4, chart(dir.toString(), "--no-maps"));
        assertEquals("error: " + ts + ":2: not a number: For input string: \"x\"", err.toString().strip());
    }
}
