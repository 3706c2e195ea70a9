package org.conflictsim.experiment.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.params.Scenario;

/**
 * Runs several scenarios with common random numbers: replicate r of every scenario gets
 * {@code Seeds.runSeed(master, 0, r)}. All runs share one thread pool; of each run only its outcomes, its
 * events log and its {@link HeadlineSeries} are kept (the full daily series is dropped as soon as the run
 * ends), so memory grows with the number of runs by the headline series, a few tens of kilobytes per run
 * of a year.
 */
public final class PairedRuns {
    private PairedRuns() {
    }

    /**
     * @param scenarios  the scenarios, at least one
     * @param masterSeed master seed
     * @param reps       replicates per scenario, ≥ 1
     * @param days       days per run, ≥ 1
     * @param threads    worker threads, ≥ 1
     * @param onDone     called with the count of finished runs after each run (from worker threads)
     * @return per scenario (in the given order), the results in replicate order, each with its headline
     *         series ({@link HeadlineSeries#of}) and its events
     */
    public static List<List<RunResult>> run(List<Scenario> scenarios, long masterSeed, int reps, int days,
                                             int threads, IntConsumer onDone) throws InterruptedException {
        int total = scenarios.size() * reps;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
            Thread t = new Thread(r, "conflictsim-compare");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<List<Future<RunResult>>> futures = new ArrayList<>();
            for (Scenario sc : scenarios) {
                futures.add(new ArrayList<>());
            }
            for (int r = 0; r < reps; r++) {
                for (int k = 0; k < scenarios.size(); k++) {
                    Scenario sc = scenarios.get(k);
                    int rep = r;
                    futures.get(k).add(pool.submit(() -> {
                        RunResult full = Outcomes.run(sc, rep, Seeds.runSeed(masterSeed, 0, rep), days);
                        onDone.accept(done.incrementAndGet());
                        return new RunResult(full.run(), full.seed(), HeadlineSeries.of(full.series()), full.events(),
                                full.outcomes(), full.labels());
                    }));
                }
            }
            List<List<RunResult>> out = new ArrayList<>();
            for (List<Future<RunResult>> fs : futures) {
                List<RunResult> rs = new ArrayList<>();
                for (Future<RunResult> f : fs) {
                    try {
                        rs.add(f.get());
                    } catch (ExecutionException e) {
                        Throwable c = e.getCause();
                        if (c instanceof RuntimeException re) {
                            throw re;
                        }
                        if (c instanceof Error err) {
                            throw err;
                        }
                        throw new IllegalStateException(c);
                    }
                }
                out.add(rs);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
