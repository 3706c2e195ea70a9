package org.conflictsim.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.RunRecord;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.scenario.ScenarioException;

/**
 * What {@code sweep --dry-run} prints: time and disk of a sweep, estimated by timing a couple of real runs
 * (after one warm-up run) and writing them to a temporary store.
 *
 * @param runs           runs left to do in this shard
 * @param loadMs         milliseconds to load one point's scenario (one thread)
 * @param runMs          milliseconds of one run (one thread)
 * @param loads          point scenarios that will be loaded (points beyond the cache are loaded per run)
 * @param threads        worker threads
 * @param estimatedMs    estimated wall-clock milliseconds: (runs × runMs + loads × loadMs) / threads
 * @param pointBytes     estimated bytes of the points table
 * @param bytesPerRun    measured bytes per run in the store (outcomes, labels and series kept)
 * @param estimatedBytes estimated size of the store when this shard is done
 */
public record SweepEstimate(long runs, double loadMs, double runMs, long loads, int threads, long estimatedMs,
                            long pointBytes, long bytesPerRun, long estimatedBytes) {
    /** Timed runs after the warm-up run. */
    static final int TIMED = 2;
    /** Copies of the timed runs written to measure their size (SQLite grows by whole pages). */
    static final int COPIES = 100;

    /**
     * Times a couple of runs and measures their size.
     *
     * @param remaining runs left in this shard
     * @param capacity  points kept loaded by the {@link ScenarioCache}
     * @param temp      a folder for the temporary store (deleted afterwards)
     */
    public static SweepEstimate of(SweepSpec spec, long remaining, int threads, int capacity,
                                   Map<String, String> metadata, List<SweepStore.ParameterRow> params, Path temp)
            throws StoreException, IOException {
        PointTable pts = spec.points();
        int p = pts.size();
        ScenarioCache cache = new ScenarioCache(spec.base().file(), pts, TIMED + 1);
        SweepRunner.execute(spec, cache, 0);
        double loadMs = 0;
        double runMs = 0;
        List<RunRecord> records = new ArrayList<>();
        for (int k = 1; k <= TIMED; k++) {
            long run = k % spec.runCount();
            long t0 = System.nanoTime();
            try {
                cache.get(spec.pointOf(run));
            } catch (ScenarioException e) {
                // the timed run records the failure; a failing point still costs its load
            }
            long t1 = System.nanoTime();
            records.add(SweepRunner.execute(spec, cache, run));
            long t2 = System.nanoTime();
            loadMs += (t1 - t0) / 1e6 / TIMED;
            runMs += (t2 - t1) / 1e6 / TIMED;
        }
        Path file = temp.resolve("estimate.sqlite");
        long pointBytes;
        long perRun;
        int written = Math.min(p, 2000);
        try (SweepStore s = SweepStore.create(file, metadata, params, spec.outcomes(), spec.labels())) {
            s.close();
            long empty = Files.size(file);
            try (SweepStore w = SweepStore.openForWriting(file)) {
                w.writePoints(written, i -> PointRows.of(pts, i));
            }
            long withPoints = Files.size(file);
            pointBytes = Math.round((withPoints - empty) * ((double) p / written));
            List<RunRecord> copies = new ArrayList<>();
            for (int c = 0; c < COPIES; c++) {
                for (RunRecord r : records) {
                    copies.add(new RunRecord(copies.size(), r.point(), r.replicate(), r.seed(), r.ok(), r.wallMs(),
                            r.error(), r.finishedAt(), r.outcomes(), r.labels(), r.series()));
                }
            }
            try (SweepStore w = SweepStore.openForWriting(file)) {
                w.write(copies);
            }
            perRun = Math.max(0, (Files.size(file) - withPoints) / copies.size());
        } finally {
            Files.deleteIfExists(file);
        }
        long cached = Math.min(p, capacity);
        long loads = cached + Math.round(remaining * (double) (p - cached) / p);
        int eff = (int) Math.max(1, Math.min(threads, remaining));
        long ms = Math.round((remaining * runMs + loads * loadMs) / eff);
        return new SweepEstimate(remaining, loadMs, runMs, loads, threads, ms, pointBytes, perRun,
                pointBytes + remaining * perRun + 64 * 1024);
    }
}
