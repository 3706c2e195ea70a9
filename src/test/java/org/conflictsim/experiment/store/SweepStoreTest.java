package org.conflictsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepStoreTest {
    @TempDir
    Path dir;

    static final List<SweepStore.ParameterRow> PARAMS = List.of(new SweepStore.ParameterRow("x", "a.x", "x: uniform"));

    static Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("design_type", "random");
        m.put("design", "{\"type\":\"random\",\"samples\":2}");
        m.put("points", "2");
        m.put("runs_total", "4");
        m.put("master_seed", "1");
        m.put("start", "2025-01-01");
        m.put("names_registered", "2");
        return m;
    }

    static RunRecord ok(long run, double capture, double share) {
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("capture_day.a", capture);
        o.put("share", share);
        return new RunRecord(run, (int) (run % 2), (int) (run / 2), run * 7919, true, 12, null, Instant.EPOCH, o,
                Map.of(), List.of(new RunRecord.SeriesData("m", "E", new double[] {1, Double.NaN, 3})));
    }

    private SweepStore fresh() throws StoreException {
        SweepStore s = SweepStore.create(dir.resolve("s.sqlite"), meta(), PARAMS, List.of("capture_day.a", "share"),
                List.of());
        s.writePoints(2, i -> List.of(new SweepStore.PointValue(Integer.toString(i), i, i / 2.0)));
        return s;
    }

    @Test
    void theLedgerListsWhatWasWrittenAndMissingValuesComeBackAsNaN() throws Exception {
        try (SweepStore s = fresh()) {
            s.write(List.of(ok(0, 5, 0.25), ok(3, Double.NaN, 0.75)));
            s.write(List.of(RunRecord.failed(1, 1, 0, 99, 3, "boom", Instant.EPOCH)));
        }
        assertFalse(Files.exists(dir.resolve("s.sqlite-wal")), "a closed store is a single file");
        try (SweepStore s = SweepStore.openForReading(dir.resolve("s.sqlite"))) {
            BitSet done = s.recordedRuns();
            assertEquals("{0, 1, 3}", done.toString());
            assertEquals(2, s.count("ok"));
            assertEquals(1, s.count("failed"));
            assertEquals(List.of("capture_day.a", "share"), s.names("outcome"));
            assertArrayEquals(new double[] {5, Double.NaN}, s.pointMeans("capture_day.a", false, 2));
            assertArrayEquals(new double[] {1, 0}, s.pointMeans("capture_day.a", true, 2), "failed runs do not count");
            assertArrayEquals(new double[] {0.25, 0.75}, s.pointMeans("share", false, 2));
            assertArrayEquals(new double[] {0, 0.5}, s.units(2, 1));
            assertEquals("random", s.meta("design_type"));
            StoreException e = assertThrows(StoreException.class, () -> s.meta("nope"));
            assertEquals(StoreException.Kind.INVALID, e.kind());
        }
    }

    @Test
    void aBatchIsAllOrNothing() throws Exception {
        try (SweepStore s = fresh()) {
            s.write(List.of(ok(0, 1, 1)));
            StoreException e = assertThrows(StoreException.class, () -> s.write(List.of(ok(2, 1, 1), ok(0, 1, 1))));
            assertEquals(StoreException.Kind.WRITE, e.kind());
            assertEquals("{0}", s.recordedRuns().toString(), "run 2 was rolled back with the duplicate of run 0");
            s.write(List.of(ok(2, 1, 1)));
            assertEquals("{0, 2}", s.recordedRuns().toString(), "the store is usable after a failed batch");
        }
    }

    @Test
    void aStoreBeingWrittenIsRefusedToASecondWriterAndReader() throws Exception {
        Path f = dir.resolve("s.sqlite");
        try (SweepStore s = fresh()) {
            s.write(List.of(ok(0, 1, 1)));
            StoreException w = assertThrows(StoreException.class, () -> SweepStore.openForWriting(f));
            assertEquals(StoreException.Kind.WRITE, w.kind());
            assertEquals(f + " is in use by another process (is a sweep still writing it?)", w.getMessage());
            StoreException r = assertThrows(StoreException.class, () -> SweepStore.openForReading(f));
            assertEquals(StoreException.Kind.NOT_FOUND, r.kind());
        }
        try (SweepStore again = SweepStore.openForWriting(f)) {
            assertEquals(1, again.count("ok"));
        }
    }

    @Test
    void filesThatAreNotStoresAreRefused() throws Exception {
        Path missing = dir.resolve("none.sqlite");
        StoreException nf = assertThrows(StoreException.class, () -> SweepStore.openForReading(missing));
        assertEquals(StoreException.Kind.NOT_FOUND, nf.kind());
        assertEquals(missing + ": no such store file", nf.getMessage());
        Path text = dir.resolve("text.sqlite");
        Files.writeString(text, "hello, this is not a database\n".repeat(200));
        StoreException bad = assertThrows(StoreException.class, () -> SweepStore.openForReading(text));
        assertEquals(StoreException.Kind.INVALID, bad.kind());
        assertTrue(bad.getMessage().startsWith(text + ": not a ConflictSim sweep store"), bad.getMessage());
        try (SweepStore s = fresh()) {
            StoreException exists = assertThrows(StoreException.class, () -> SweepStore.create(dir.resolve("s.sqlite"),
                    meta(), PARAMS, List.of(), List.of()));
            assertEquals(dir.resolve("s.sqlite") + " already exists", exists.getMessage());
        }
    }

    @Test
    void exportIsTidyAndIndependentOfTheOrderRunsFinished() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        try (SweepStore s = fresh()) {
            s.write(List.of(ok(3, Double.NaN, 0.75), ok(0, 5, 0.25)));
            s.write(List.of(ok(1, 2, 0.5)));
            StoreExport.Written w = StoreExport.write(s, a);
            assertEquals(3, w.runs());
            assertEquals(2, w.points());
            assertEquals(9, w.seriesRows());
        }
        Files.delete(dir.resolve("s.sqlite"));
        try (SweepStore s = fresh()) {
            s.write(List.of(ok(1, 2, 0.5)));
            s.write(List.of(ok(0, 5, 0.25), ok(3, Double.NaN, 0.75)));
            StoreExport.write(s, b);
        }
        List<String> runs = Files.readAllLines(a.resolve("runs.csv"));
        assertEquals("run,point,replicate,seed,status,wall_ms,finished_at,error,x,capture_day.a,share", runs.get(0));
        assertEquals("0,0,0,s0,ok,12,1970-01-01T00:00:00Z,,0,5,0.25", runs.get(1));
        assertEquals("3,1,1,s23757,ok,12,1970-01-01T00:00:00Z,,1,,0.75", runs.get(3), "a missing capture day is empty");
        for (String f : List.of("runs.csv", "points.csv", "series.csv")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        List<String> series = Files.readAllLines(a.resolve("series.csv"));
        assertEquals("run,point,replicate,day,date,metric,entity,value", series.get(0));
        assertEquals("0,0,0,1,2025-01-02,m,E,", series.get(2));
        assertEquals(List.of("point,x", "0,0", "1,1"), Files.readAllLines(a.resolve("points.csv")));
    }
}
