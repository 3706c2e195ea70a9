package org.conflictsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.PointRows;
import org.conflictsim.experiment.sweep.ScenarioCache;
import org.conflictsim.experiment.sweep.Shard;
import org.conflictsim.experiment.sweep.SweepRunner;
import org.conflictsim.experiment.sweep.SweepSpec;

/**
 * One working session on a sweep store, shared by {@code sweep} and {@code calibrate} (whose generations are
 * sweeps of given points): open the store (create it atomically with its points, or reopen one made by the
 * same sweep), record the session's provenance, run what the shard still lacks with a progress bar and ETA on
 * the error stream until done or interrupted, close. A store left without tables by a creation that an older
 * version did not make atomic holds no run and is made afresh.
 */
final class SweepSession {
    private SweepSession() {
    }

    /**
     * What a session did.
     *
     * @param before runs of the shard recorded before the session
     * @param result the runs of this session
     * @param total  runs of the shard
     */
    record Done(long before, SweepRunner.Result result, long total) {
        /** Runs of the shard recorded now. */
        long recorded() {
            return before + result.ran();
        }
    }

    /**
     * Opens or creates the store, runs what is left (or, once {@code interrupt} is requested, what has finished:
     * no run starts after it, the runs in progress are dropped and run again on resume) and closes it.
     *
     * @param resume    whether an existing store may be continued (else it is an error, exit 5)
     * @param task      what made the store, for messages: sweep or calibration
     * @param command   the command line for the store's sessions table
     * @param interrupt the command's watch for Ctrl-C and SIGTERM
     * @return what was done, or null when an error was printed to {@code err} (the exit code is then in
     *         {@code code[0]})
     */
    static Done run(PrintWriter o, PrintWriter err, SweepSpec sw, Shard shard, Path storeFile, int nThreads,
                    Map<String, String> meta, List<SweepStore.ParameterRow> params, boolean resume, String task,
                    String command, Interrupt interrupt, int[] code)
            throws StoreException, InterruptedException, java.io.IOException {
        if (SweepStore.isEmptyDatabase(storeFile)) {
            o.println("note: " + storeFile + " has no tables (a " + task + " was stopped while creating it); it holds"
                    + " no run and is made afresh");
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(storeFile.resolveSibling(storeFile.getFileName() + suffix));
            }
        }
        SweepStore store;
        if (Files.exists(storeFile)) {
            if (!resume) {
                err.println("error: " + storeFile + " already exists; add --resume to continue it, or choose another --out");
                code[0] = ExitCodes.OUTPUT;
                return null;
            }
            store = SweepStore.openForWriting(storeFile);
            try {
                String mismatch = SweepCommand.mismatch(store.metadata(), meta);
                if (mismatch != null) {
                    store.close();
                    err.println("error: " + storeFile + " was made by a different " + task + ": " + mismatch
                            + "; resume it with the " + task + " file that made it, or choose another --out");
                    code[0] = ExitCodes.INVALID;
                    return null;
                }
            } catch (StoreException e) {
                store.close();
                throw e;
            }
        } else {
            if (resume) {
                o.println("nothing to resume in " + storeFile.getParent() + "; starting a new store");
            }
            store = SweepStore.createAtomically(storeFile, meta, params, sw.outcomes(), sw.labels(),
                    s -> s.writePoints(sw.points().size(), i -> PointRows.of(sw.points(), i)));
        }
        SweepRunner.Result result;
        long shardRuns = shard.runsOf(sw.runCount());
        long before;
        try {
            store.startSession(Main.version(), Provenance.gitCommit(), SweepCommand.host(), nThreads, shard.toString(),
                    command);
            BitSet recorded = store.recordedRuns();
            long remaining = SweepRunner.remaining(sw, shard, recorded);
            before = shardRuns - remaining;
            if (before > 0) {
                o.printf("resuming: %d of %d runs are recorded, %d left%n", before, shardRuns, remaining);
            }
            o.printf("store: %s; %d thread%s%n", storeFile, nThreads, nThreads == 1 ? "" : "s");
            o.flush();
            try (ProgressBar pb = new ProgressBarBuilder().setTaskName("runs").setInitialMax(shardRuns)
                    .startsFrom(before, Duration.ZERO).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(WriterStream.of(err))).setUpdateIntervalMillis(500)
                    .showSpeed().build()) {
                result = SweepRunner.run(sw, store, shard, recorded, nThreads, ScenarioCache.capacityFor(sw.points()),
                        (done, failed) -> {
                            pb.stepTo(before + done);
                            if (failed > 0) {
                                pb.setExtraMessage("failed: " + failed);
                            }
                        }, interrupt::requested);
            }
        } finally {
            store.close();
        }
        return new Done(before, result, shardRuns);
    }
}
