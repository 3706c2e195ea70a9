package org.conflictsim.experiment.sweep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.store.RunRecord;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioException;

/**
 * Runs the runs of a sweep that the store's ledger does not list yet, on a fixed thread pool, and streams
 * every finished run into the store through one writer thread.
 * <ul>
 * <li>Order: run ids ascend, and run {@code r × points + p} is replicate r of point p, so replicate 0 of
 * every point comes before any replicate 1: a partial sweep covers the parameter space evenly.</li>
 * <li>Memory stays flat whatever the number of runs: at most {@code 4 × threads} runs are in flight
 * (running, or finished and waiting for the writer); the writer commits them in batches and keeps
 * nothing.</li>
 * <li>A run that throws is recorded as failed with its error, and the sweep goes on; an error of the
 * JVM (out of memory) or of the store stops it, with everything committed so far kept.</li>
 * </ul>
 */
public final class SweepRunner {
    /** Most runs committed in one transaction. */
    static final int BATCH = 256;

    private SweepRunner() {
    }

    /** Receives progress from the writer thread after each commit. */
    public interface Progress {
        /**
         * @param done   runs recorded in this session (ok and failed)
         * @param failed runs recorded as failed in this session
         */
        void update(long done, long failed);
    }

    /**
     * What a session did.
     *
     * @param ran    runs recorded in this session
     * @param failed of which failed
     */
    public record Result(long ran, long failed) {
    }

    /** Runs this shard owns that the ledger does not list, in run order. */
    public static long remaining(SweepSpec spec, Shard shard, BitSet recorded) {
        long n = 0;
        for (long run = shard.index(); run < spec.runCount(); run += shard.count()) {
            if (!recorded.get((int) run)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs what is left of the shard.
     *
     * @param recorded the ledger: runs already in the store
     * @param threads  worker threads, ≥ 1
     * @param capacity points whose scenario is kept loaded ({@link ScenarioCache})
     * @throws StoreException when the store cannot be written (what was committed stays)
     */
    public static Result run(SweepSpec spec, SweepStore store, Shard shard, BitSet recorded, int threads, int capacity,
                             Progress progress) throws StoreException, InterruptedException {
        return run(spec, store, shard, recorded, threads, capacity, progress, () -> false);
    }

    /**
     * Runs what is left of the shard until {@code stop} says so (an interrupt): then no run starts, the runs in
     * progress are abandoned (the model cannot be paused; they run again on resume) and every finished run is
     * committed before this returns.
     *
     * @throws StoreException when the store cannot be written (what was committed stays)
     */
    public static Result run(SweepSpec spec, SweepStore store, Shard shard, BitSet recorded, int threads, int capacity,
                             Progress progress, java.util.function.BooleanSupplier stop)
            throws StoreException, InterruptedException {
        ScenarioCache cache = new ScenarioCache(spec.base().file(), spec.points(), capacity);
        int inFlight = 4 * threads;
        Semaphore permits = new Semaphore(inFlight);
        BlockingQueue<RunRecord> finished = new ArrayBlockingQueue<>(inFlight + 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] counts = new long[2];
        java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
        Thread writer = new Thread(() -> writeLoop(store, finished, permits, inFlight, failure, counts, progress),
                "conflictsim-sweep-writer");
        writer.setDaemon(true);
        writer.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "conflictsim-sweep-run");
            t.setDaemon(true);
            return t;
        });
        try {
            for (long run = shard.index(); run < spec.runCount(); run += shard.count()) {
                if (recorded.get((int) run)) {
                    continue;
                }
                while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    if (stop.getAsBoolean()) {
                        break;
                    }
                }
                if (failure.get() != null || stop.getAsBoolean()) {
                    break;
                }
                long id = run;
                pool.execute(() -> {
                    try {
                        RunRecord rec = execute(spec, cache, id);
                        if (!abandoned.get()) {
                            finished.put(rec);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        permits.release();
                    } catch (Throwable t) {
                        if (failure.compareAndSet(null, t)) {
                            permits.release(inFlight);
                        }
                        permits.release();
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null || stop.getAsBoolean()) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
            abandoned.set(true);
            finished.put(POISON);
            writer.join();
        }
        Throwable t = failure.get();
        if (t instanceof StoreException se) {
            throw se;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return new Result(counts[0], counts[1]);
    }

    private static final RunRecord POISON = RunRecord.failed(-1, -1, -1, 0, 0, "", Instant.EPOCH);

    private static void writeLoop(SweepStore store, BlockingQueue<RunRecord> finished, Semaphore permits, int inFlight,
                                  AtomicReference<Throwable> failure, long[] counts, Progress progress) {
        List<RunRecord> batch = new ArrayList<>(BATCH);
        boolean open = true;
        while (open) {
            try {
                RunRecord first = finished.take();
                if (first == POISON) {
                    break;
                }
                batch.add(first);
                finished.drainTo(batch, BATCH - 1);
                if (batch.get(batch.size() - 1) == POISON) {
                    batch.remove(batch.size() - 1);
                    open = false;
                }
                if (failure.get() == null) {
                    store.write(batch);
                    long failed = batch.stream().filter(r -> !r.ok()).count();
                    synchronized (counts) {
                        counts[0] += batch.size();
                        counts[1] += failed;
                    }
                    progress.update(counts[0], counts[1]);
                }
                permits.release(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StoreException | RuntimeException | Error e) {
                // stop the sweep; keep draining so that no worker blocks, and write nothing more
                if (failure.compareAndSet(null, e)) {
                    permits.release(inFlight);
                }
                permits.release(batch.size());
                batch.clear();
            }
        }
    }

    /**
     * Runs one run of the sweep and returns its record: ok with the kept outcomes, or failed with the
     * error when loading the point's scenario or running the model threw. Errors of the JVM other than a
     * stack overflow propagate.
     */
    public static RunRecord execute(SweepSpec spec, ScenarioCache cache, long run) {
        int point = spec.pointOf(run);
        int rep = spec.replicateOf(run);
        long seed = spec.seedOf(run);
        long t0 = System.nanoTime();
        try {
            Scenario sc = cache.get(point);
            RunResult r = Outcomes.run(sc, rep, seed, spec.days());
            Map<String, Double> outcomes = new LinkedHashMap<>();
            r.outcomes().forEach((k, v) -> {
                if (spec.keeps(k)) {
                    outcomes.put(k, v);
                }
            });
            Map<String, String> labels = new LinkedHashMap<>();
            r.labels().forEach((k, v) -> {
                if (spec.keeps(k)) {
                    labels.put(k, v);
                }
            });
            List<RunRecord.SeriesData> series = new ArrayList<>();
            if (!spec.seriesMetrics().isEmpty()) {
                Series s = r.series();
                List<Series.Key> keys = s.keys();
                for (int k = 0; k < keys.size(); k++) {
                    if (spec.seriesMetrics().contains(keys.get(k).metric())) {
                        double[] v = new double[s.days()];
                        for (int d = 0; d < v.length; d++) {
                            v[d] = s.get(k, d);
                        }
                        series.add(new RunRecord.SeriesData(keys.get(k).metric(), keys.get(k).entity(), v));
                    }
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new RunRecord(run, point, rep, seed, true, ms, null, Instant.now(), outcomes, labels, series);
        } catch (ScenarioException e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return RunRecord.failed(run, point, rep, seed, ms, "the point's scenario is invalid: " + e.getMessage(),
                    Instant.now());
        } catch (RuntimeException | StackOverflowError e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StackTraceElement[] st = e.getStackTrace();
            return RunRecord.failed(run, point, rep, seed, ms, e + (st.length > 0 ? " at " + st[0] : ""),
                    Instant.now());
        }
    }
}
