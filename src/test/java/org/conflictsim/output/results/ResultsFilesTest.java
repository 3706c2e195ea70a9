package org.conflictsim.output.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.charts.ChartKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a results folder back: CSV quoting, deduplicated events, errors that name file and line. */
class ResultsFilesTest {
    @TempDir
    Path tmp;

    @Test
    void csvFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Path f = tmp.resolve("a.csv");
        Files.writeString(f, "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");
        try (ResultsCsv in = ResultsCsv.open(f)) {
            assertEquals(List.of("a", "b", "c"), in.next());
            assertEquals(List.of("1", "x, y", "say \"hi\""), in.next());
            assertEquals(List.of("2", "two\nlines", ""), in.next());
            assertEquals(null, in.next());
        }
    }

    @Test
    void aQuoteInsideAFieldIsAnErrorNamingFileAndLine() throws IOException {
        Path f = tmp.resolve("runs.csv");
        Files.writeString(f, "run,seed\n0,1\n1,\"2\"x\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> RunsTable.read(f));
        assertEquals(f + ":3: unexpected character 'x' after closing quote", e.getMessage());
    }

    @Test
    void gzipFilesAreReadLikePlainOnes() throws IOException {
        Path f = tmp.resolve("a.csv.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("a,b\n1,\"x\ny\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try (ResultsCsv in = ResultsCsv.open(f)) {
            assertEquals(List.of("a", "b"), in.next());
            assertEquals(List.of("1", "x\ny"), in.next());
            assertEquals(f + ":2", in.where());
            assertEquals(null, in.next());
        }
    }

    @Test
    void instrumentStartsOncePerEventAndDate() throws IOException {
        Path f = tmp.resolve("events.csv");
        Files.writeString(f, "run,day,date,type,subject,actor,detail\n"
                + "0,0,2024-12-01,instrument-start,rdf-support,RWA,\"Rwanda backs M23 (troops, cash)\"\n"
                + "0,5,2024-12-06,capture,goma,M23,Goma taken\n"
                + "0,81,2025-02-20,instrument-start,us-sanctions,USA,US sanctions\n"
                + "1,0,2024-12-01,instrument-start,rdf-support,RWA,\"Rwanda backs M23 (troops, cash)\"\n"
                + "1,81,2025-02-20,instrument-start,us-sanctions,USA,US sanctions\n");
        List<EventsTable.Marked> m = EventsTable.read(f).instrumentStarts();
        assertEquals(List.of(new EventsTable.Marked(LocalDate.of(2024, 12, 1), "rdf-support",
                "Rwanda backs M23 (troops, cash)"), new EventsTable.Marked(LocalDate.of(2025, 2, 20), "us-sanctions",
                "US sanctions")), m);
        List<ChartKit.EventGroup> g = ChartKit.group(m, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31));
        assertEquals(1, g.size(), "the February event is after the end");
        assertEquals("Scenario events (dashed lines):\n(1) 1 Dec 2024 – Rwanda backs M23 (troops, cash)",
                ChartKit.eventKey(g));
    }

    @Test
    void endsOnTheSameDateInEveryRunAreMarkedOthersAreNot() throws IOException {
        Path f = tmp.resolve("events.csv");
        Files.writeString(f, "run,day,date,type,subject,actor,detail\n"
                + "0,0,2024-12-01,instrument-start,sadc,SADC,SADC mission\n"
                + "0,0,2024-12-01,instrument-start,truce,,Ceasefire\n"
                + "0,40,2025-01-10,instrument-end,truce,,Ceasefire\n"
                + "0,149,2025-04-29,instrument-end,sadc,SADC,SADC mission\n"
                + "1,0,2024-12-01,instrument-start,sadc,SADC,SADC mission\n"
                + "1,0,2024-12-01,instrument-start,truce,,Ceasefire\n"
                + "1,55,2025-01-25,instrument-end,truce,,Ceasefire\n"
                + "1,149,2025-04-29,instrument-end,sadc,SADC,SADC mission\n"
                + "2,0,2024-12-01,instrument-start,sadc,SADC,SADC mission\n"
                + "2,0,2024-12-01,instrument-start,truce,,Ceasefire\n"
                + "2,149,2025-04-29,instrument-end,sadc,SADC,SADC mission\n");
        EventsTable t = EventsTable.read(f);
        EventsTable.Marked end = new EventsTable.Marked(LocalDate.of(2025, 4, 29), "sadc", "Ends: SADC mission");
        assertEquals(List.of(end), t.scriptedEnds(), "the ceasefire ends on different days, and not in run 2");
        assertEquals(3, t.marks().size());
        assertEquals(end, t.marks().get(2));
    }

    @Test
    void timeseriesOutsideTheManifestIsNamed() throws IOException {
        Path f = tmp.resolve("timeseries.csv");
        Files.writeString(f, "run,day,date,metric,entity,value\n0,0,2025-01-01,displaced,all,5\n"
                + "2,0,2025-01-01,displaced,all,5\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> TimeSeriesTable.read(f, 2, 10));
        assertEquals(f + ":3: run 2, day 0 outside the manifest's 2 runs of 10 days", e.getMessage());
    }

    @Test
    void timeseriesWithoutAColumnIsNamed() throws IOException {
        Path f = tmp.resolve("timeseries.csv");
        Files.writeString(f, "run,day,metric,entity\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class,
                () -> TimeSeriesTable.read(f, 1, 1));
        assertEquals(f + ":1: missing column \"value\" (header: run,day,metric,entity)", e.getMessage());
    }

    @Test
    void manifestWithoutSeedIsNamed() throws IOException {
        Path f = tmp.resolve("manifest.json");
        Files.writeString(f, "{\"start\": \"2025-01-01\", \"replications\": 2, \"days\": 5}");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> Manifest.read(f));
        assertEquals(f + ": missing key \"masterSeed\"", e.getMessage());
    }

    @Test
    void folderWithoutAFile() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> RunFolder.read(tmp));
        assertEquals(tmp.resolve("manifest.json").toString(), e.getFile());
    }

    @Test
    void theSmallRunReadsBack() {
        RunFolder r = SmallRun.results();
        assertEquals(SmallRun.REPS, r.series().runs());
        assertEquals(SmallRun.DAYS, r.series().days());
        assertEquals(LocalDate.of(2025, 3, 1), r.end());
        assertTrue(r.series().metrics().contains("territory_share"));
        assertEquals(List.of("GOV", "REB"), r.scenario().factions().stream().map(ScenarioInfo.Faction::id).toList());
        assertEquals(List.of("gold", "tin"), r.scenario().minerals());
        assertEquals("Port Sud", r.scenario().placeName("port-sud"));
        assertEquals(List.of(), r.scenario().mapCredits(), "a map drawn as characters needs no credit");
        assertEquals(SmallRun.REPS, r.runs().runs());
    }
}
