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
import org.conflictsim.output.SmallCompare;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflictsim chart DIR} on a folder written by compare: redrawn from the files alone; exit codes. */
class ChartCommandCompareTest {
    @TempDir
    Path tmp;
    private Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyResults() throws IOException {
        dir = FolderCopy.of(SmallCompare.dir(), tmp.resolve("compare"));
    }

    private int chart(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "chart";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void redrawsChartsAndReportFromTheFilesAlone() throws IOException {
        Files.writeString(dir.resolve("charts/old-chart.png"), "stale");
        Files.delete(dir.resolve("charts/territory.png"));
        Files.delete(dir.resolve("report.html"));
        String before = Files.readString(SmallCompare.dir().resolve("report.html"));
        assertEquals(0, chart(dir.toString()), err.toString());
        assertTrue(out.toString().contains("Charts: " + dir.resolve("charts") + " (6 charts)"), out.toString());
        assertTrue(out.toString().contains("note: Mines held, by scenario: the same in every scenario"), out.toString());
        assertTrue(out.toString().contains("Report: " + dir.resolve("report.html")), out.toString());
        assertFalse(Files.exists(dir.resolve("charts/old-chart.png")), "stale chart removed");
        assertTrue(Files.size(dir.resolve("charts/territory.png")) > 5_000);
        assertEquals(before, Files.readString(dir.resolve("report.html")), "the same report as compare wrote");
    }

    @Test
    void aFolderWithoutBandsStillGetsItsDifferencesAndReport() throws IOException {
        Files.delete(dir.resolve("bands.csv"));
        assertEquals(0, chart(dir.toString()), err.toString());
        assertTrue(out.toString().contains("note: Daily charts are left out: this compare folder has no bands.csv"),
                out.toString());
        assertTrue(Files.exists(dir.resolve("charts/differences.png")));
        assertFalse(Files.exists(dir.resolve("charts/territory.png")), "no stale band chart");
        assertFalse(Files.readString(dir.resolve("report.html")).contains("bands.csv\""), "no link to a missing file");
    }

    @Test
    void mapDatesDoNotApply() {
        assertEquals(2, chart(dir.toString(), "--map-date", "2025-02-01"));
        assertEquals("error: --map-date: " + dir + " is a compare folder, which has no maps", err.toString().strip());
    }

    @Test
    void missingOrMalformedFiles() throws IOException {
        Files.writeString(dir.resolve("bands.csv"), "scenario,day,date,metric,entity,mean,p05,p95\n"
                + "island,0,2025-01-01,displaced,all,x,1,1\n");
        assertEquals(4, chart(dir.toString()));
        assertTrue(err.toString().startsWith("error: " + dir.resolve("bands.csv") + ":2: "), err.toString());
        Files.delete(dir.resolve("island-deal/runs.csv"));
        assertEquals(3, chart(dir.toString()));
        assertTrue(err.toString().contains(dir.resolve("island-deal/runs.csv") + ": not found"), err.toString());
    }
}
