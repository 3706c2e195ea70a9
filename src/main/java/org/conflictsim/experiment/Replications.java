package org.conflictsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.conflictsim.model.params.Scenario;

/**
 * Runs replications of one scenario on a thread pool. Each run is independent (its own model and RNG,
 * seeded by {@link Seeds#runSeed}), and results come back in replicate order, so outputs do not depend on
 * the number of threads.
 */
public final class Replications {
    private Replications() {
    }

    /**
     * @param scenario   the scenario
     * @param masterSeed master seed
     * @param reps       number of replicates, ≥ 1
     * @param days       days per run
     * @param threads    worker threads, ≥ 1
     * @param onDone     called with the count of finished runs after each run (from worker threads)
     * @return results in replicate order
     */
    public static List<RunResult> run(Scenario scenario, long masterSeed, int reps, int days, int threads,
                                      IntConsumer onDone) throws InterruptedException {
        return run(scenario, masterSeed, reps, days, threads, onDone, -1, null);
    }

    /**
     * As {@link #run(Scenario, long, int, int, int, IntConsumer)}, with an observer of each day of one replicate
     * (for example the snapshots of its maps), called on the worker thread that runs it.
     *
     * @param observed the replicate observed (none if outside {@code [0, reps)})
     * @param afterDay called with the model and the day after each day of that replicate, or null
     */
    public static List<RunResult> run(Scenario scenario, long masterSeed, int reps, int days, int threads,
                                      IntConsumer onDone, int observed,
                                      java.util.function.ObjIntConsumer<org.conflictsim.model.ConflictModel> afterDay)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, reps)), r -> {
            Thread t = new Thread(r, "conflictsim-run");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    RunResult res = Outcomes.run(scenario, rep, Seeds.runSeed(masterSeed, 0, rep), days,
                            rep == observed ? afterDay : null);
                    onDone.accept(done.incrementAndGet());
                    return res;
                }));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
