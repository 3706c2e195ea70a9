package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.calibrate.AbcSmc;
import org.conflictsim.experiment.calibrate.CalibrationLoader;
import org.conflictsim.experiment.calibrate.CalibrationSpec;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.experiment.calibrate.Stage;
import org.conflictsim.experiment.slurm.SlurmScripts;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.Shard;
import org.conflictsim.experiment.sweep.SweepSpec;
import org.conflictsim.output.console.CalibrationSummary;
import org.conflictsim.output.report.CalibrationRendering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conflictsim calibrate CALIBRATION.yaml}: fits parameters to observed targets by ABC-SMC over replicated
 * runs, each generation a sweep of given points with its own store, then scores the posterior predictive against
 * every target (out of sample for validation targets).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits parameters to observed targets (ABC-SMC) and scores them.", "",
            "Reads a calibration file (targets with their uncertainty and source, split",
            "into calibration and validation sets; parameters with priors; the method),",
            "runs ABC-SMC (Del Moral, Doucet & Jasra 2012) with replicated runs, each",
            "generation a sweep with its own store under DIR/<name>/generation-k/, then",
            "runs every posterior particle again (predictive/) and writes posterior.csv,",
            "parameters.csv, generations.csv, predictive.csv, scores.csv (CRPS, Brier",
            "and log scores with skill against a null model), charts and report.html.",
            "--resume continues an interrupted calibration where it stopped. --shard i/n",
            "runs one shard of the next unfinished stage and stops: merge the shards",
            "with 'conflictsim merge' and continue with --resume."},
        footer = ExitCodes.HELP)
public final class CalibrateCommand implements Callable<Integer> {
    /** Salt of the algorithm's own random stream. */
    private static final long ALGORITHM_SALT = 0x510E527FADE682D1L;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "calibration file, e.g. calibrations/island.yaml")
    private Path file;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--resume", description = "continue the calibration in DIR/<name>/ where it stopped")
    private boolean resume;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "output folder; the calibration goes to DIR/<name>/ (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--shard", paramLabel = "i/n", description = {"run shard i of n of the next unfinished stage and",
        "stop (default: from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT when set)"})
    private String shardText;

    /** Thrown through the algorithm when a shard of a stage is done and the shards must be merged first. */
    private static final class ShardDone extends Exception {
        final Path stageDir;

        ShardDone(Path stageDir) {
            super(null, null, false, false);
            this.stageDir = stageDir;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = OptionChecks.threads(threads);
        if (!OptionChecks.threads(err, nThreads)) {
            return ExitCodes.USAGE;
        }
        Shard shard;
        try {
            shard = shardText != null ? Shard.parse(shardText) : Shard.fromSlurm(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CalibrationSpec c = CalibrationLoader.load(file);
        Path dir = out.resolve(c.name());
        if (Files.exists(dir) && !resume && shard == null) {
            err.println("error: " + dir + " already exists; add --resume to continue it, or choose another --out");
            return ExitCodes.OUTPUT;
        }
        AbcSmc.Settings s = c.method().settings();
        o.printf(Locale.ROOT, "ConflictSim %s: calibration %s of %s by %s: %d parameter%s, %d calibration and %d"
                        + " validation target%s; %d particles x %d runs, at most %d generations, runs of %d days,"
                        + " master seed %d%n", Main.version(), c.name(), c.base().scenario().id(),
                c.method().type().yamlName(), c.parameters().size(), c.parameters().size() == 1 ? "" : "s",
                c.calibrationTargets().size(), c.validationTargets().size(), c.validationTargets().size() == 1 ? "" : "s",
                s.particles(), s.replications(), s.generations(), c.days(), c.masterSeed());
        c.parameters().forEach(p -> o.println("  prior " + p.describe()));
        o.printf(Locale.ROOT, "cost: %d runs per generation, %d posterior-predictive runs; at most %d runs in all%n",
                (long) s.particles() * s.replications(), (long) s.particles() * c.predictive(),
                (long) s.particles() * s.replications() * (s.generations() + 1) + (long) s.particles() * c.predictive());
        o.flush();
        String command = String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try (Interrupt interrupt = Interrupt.watch()) {
            return calibrate(o, c, dir, shard, command, new Stages(o, err, c, dir, shard, nThreads, command,
                    resumeCommand(shard), interrupt));
        }
    }

    /** The command that continues this calibration where it stopped. */
    private String resumeCommand(Shard shard) {
        String outOption = out.toString().equals("results") ? "" : " --out " + SlurmScripts.quote(out.toString());
        return "conflictsim calibrate " + SlurmScripts.quote(file.toString()) + " --resume" + outOption
                + (shard == null ? "" : " --shard " + shard);
    }

    private int calibrate(PrintWriter o, CalibrationSpec c, Path dir, Shard shard, String command, Stages stages)
            throws Exception {
        AbcSmc.Settings s = c.method().settings();
        long[] clock = {System.nanoTime(), 0, 0};
        AbcSmc.Result result;
        try {
            result = new AbcSmc(s, c.parameters().size(), Seeds.mix(c.masterSeed() ^ ALGORITHM_SALT))
                    .run((gen, units) -> stages.run(gen, units, s.replications()).distances(c), g -> {
                        double secs = (System.nanoTime() - clock[0]) / 1e9;
                        clock[0] = System.nanoTime();
                        clock[1] += g.runs();
                        o.printf(Locale.ROOT, "generation %d: %s, ESS %.0f of %d, %d alive%s%s; %d runs in %.0f s%n",
                                g.index(), g.index() == 0 ? "prior sample" : "tolerance " + CalibrationSummary.num(g.epsilon()), g.ess(),
                                s.particles(), g.alive(), g.resampled() ? ", resampled" : "", g.index() == 0 ? ""
                                        : String.format(Locale.ROOT, ", moves accepted %.0f%%", 100 * g.acceptance()),
                                g.runs(), secs);
                        long ranNow = stages.ran - clock[2];
                        clock[2] = stages.ran;
                        if (g.index() < s.generations()) {
                            long left = (long) s.particles() * s.replications() * (s.generations() - g.index())
                                    + (long) s.particles() * c.predictive();
                            // the speed of runs actually run here: a generation read back from its store on
                            // --resume took no time and says nothing about how long the rest will take
                            o.printf(Locale.ROOT, "  at most %d runs left (%d generations and the predictive runs)%s%n",
                                    left, s.generations() - g.index(), ranNow > 0
                                            ? ": about " + SweepCommand.duration((long) (secs * 1000 * left / ranNow))
                                                    + " at this generation's speed"
                                            : " (this generation was read back from its store; no speed yet)");
                        }
                        o.flush();
                    });
        } catch (ShardDone done) {
            return shardDone(o, done.stageDir, shard);
        } catch (StageFailed f) {
            return f.code;
        }
        o.println("stopped: " + result.stop() + "; final tolerance " + CalibrationSummary.num(result.epsilon()));
        List<double[]> alive = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        for (int i = 0; i < result.units().length; i++) {
            if (result.weights()[i] > 0) {
                alive.add(result.units()[i]);
                of.add(i);
            }
        }
        Stage.Runs predictive;
        Stage.Runs prior;
        try {
            o.printf("posterior-predictive runs: %d particles x %d runs%n", alive.size(), c.predictive());
            predictive = stages.run(Stage.PREDICTIVE, alive.toArray(new double[0][]), c.predictive());
            prior = Stage.read(stages.storeOf(0), c, s.particles(), s.replications());
        } catch (ShardDone done) {
            return shardDone(o, done.stageDir, shard);
        } catch (StageFailed f) {
            return f.code;
        }
        Posterior post = Posterior.of(c, result, prior, predictive, of.stream().mapToInt(Integer::intValue).toArray());
        CalibrationSummary.print(o, post);
        CalibrationRendering.Written w;
        try {
            w = CalibrationRendering.write(dir, post, Map.of("tool_version", Main.version(), "git_commit",
                    Provenance.gitCommit(), "command", command, "calibration_sha256",
                    Provenance.sha256(c.text()), "scenario_resolved_sha256", Provenance.sha256(c.base().resolved())));
        } catch (IOException e) {
            throw new OutputException("cannot write the results of " + c.name() + " under " + dir + ": " + e.getMessage(), e);
        }
        o.println("charts: " + w.charts() + " (" + w.figures() + " charts)");
        o.println("report: " + w.report());
        o.flush();
        return ExitCodes.OK;
    }

    private static int shardDone(PrintWriter o, Path stageDir, Shard shard) {
        o.println("shard " + shard + " of " + stageDir.getFileName() + " is done; when every shard is, merge them and"
                + " continue:");
        o.println("  conflictsim merge " + stageDir.resolve("sweep.sqlite") + " " + stageDir.resolve("shard-*-of-"
                + shard.count() + ".sqlite"));
        o.println("  conflictsim calibrate CALIBRATION --resume   (or the next array job with --shard)");
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * A stage that stopped the calibration (the message is printed): it could not be run, or it was
     * interrupted (exit code 0; the process then ends with the signal's status); carries the exit code.
     */
    private static final class StageFailed extends Exception {
        final int code;

        StageFailed(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /** Runs, resumes or reads the stores of the stages. */
    private static final class Stages {
        final PrintWriter o;
        final PrintWriter err;
        final CalibrationSpec c;
        final Path dir;
        final Shard shard;
        final int threads;
        final String command;
        final String resumeCommand;
        final Interrupt interrupt;
        /** Runs this process has actually run (not read back from a store on resume): the ETA's speed. */
        long ran;

        Stages(PrintWriter o, PrintWriter err, CalibrationSpec c, Path dir, Shard shard, int threads, String command,
               String resumeCommand, Interrupt interrupt) {
            this.o = o;
            this.err = err;
            this.c = c;
            this.dir = dir;
            this.shard = shard;
            this.threads = threads;
            this.command = command;
            this.resumeCommand = resumeCommand;
            this.interrupt = interrupt;
        }

        Path storeOf(int stage) {
            return dir.resolve(Stage.folder(stage)).resolve("sweep.sqlite");
        }

        Stage.Runs run(int stage, double[][] units, int reps) throws ShardDone, StageFailed, StoreException,
                InterruptedException, IOException {
            SweepSpec sw = Stage.sweep(c, stage, units, reps);
            Path store = storeOf(stage);
            Map<String, String> meta = SweepCommand.metadata(sw, Shard.ALL);
            meta.put("calibration_stage", Stage.folder(stage));
            if (complete(store, sw, meta)) {
                return Stage.read(store, c, units.length, reps);
            }
            o.printf("%s: %d points x %d runs%n", Stage.folder(stage), units.length, reps);
            int[] code = new int[1];
            if (shard != null) {
                Map<String, String> shardMeta = SweepCommand.metadata(sw, shard);
                shardMeta.put("calibration_stage", Stage.folder(stage));
                Path part = store.resolveSibling(shard.storeName());
                SweepSession.Done d = SweepSession.run(o, err, sw, shard, part, threads, shardMeta,
                        SweepCommand.parameterRows(sw), Files.exists(part), "calibration", command, interrupt, code);
                if (d == null) {
                    throw new StageFailed(code[0]);
                }
                stopIfInterrupted(stage, part, d);
                throw new ShardDone(store.getParent());
            }
            SweepSession.Done d = SweepSession.run(o, err, sw, Shard.ALL, store, threads, meta,
                    SweepCommand.parameterRows(sw), Files.exists(store), "calibration", command, interrupt, code);
            if (d == null) {
                throw new StageFailed(code[0]);
            }
            ran += d.result().ran();
            stopIfInterrupted(stage, store, d);
            if (d.result().failed() > 0) {
                o.printf("%d run%s failed (recorded with their error); they count as infinitely far from the targets%n",
                        d.result().failed(), d.result().failed() == 1 ? "" : "s");
            }
            return Stage.read(store, c, units.length, reps);
        }

        /**
         * After an interrupt: says what the stage's store keeps and how to go on, and stops the calibration.
         * The finished stages and the finished runs of this one are kept; the runs in progress run again.
         */
        private void stopIfInterrupted(int stage, Path store, SweepSession.Done d) throws StageFailed {
            if (!interrupt.requested()) {
                return;
            }
            o.printf("interrupted: %d of %d runs of %s are saved in %s (%d in this session; the runs in progress"
                    + " are dropped and run again on resume)%n", d.recorded(), d.total(), Stage.folder(stage), store,
                    d.result().ran());
            o.println("resume with: " + resumeCommand);
            o.flush();
            throw new StageFailed(ExitCodes.OK);
        }

        /** Whether the stage's store exists, belongs to this stage and holds every run. */
        private boolean complete(Path store, SweepSpec sw, Map<String, String> meta) throws StoreException, StageFailed {
            if (!Files.exists(store)) {
                return false;
            }
            try (SweepStore s = SweepStore.openForReading(store)) {
                String mismatch = SweepCommand.mismatch(s.metadata(), meta);
                if (mismatch != null) {
                    err.println("error: " + store + " was made by a different calibration: " + mismatch
                            + "; resume with the file that made it, or choose another --out");
                    throw new StageFailed(ExitCodes.INVALID);
                }
                return s.recordedRuns().cardinality() == sw.runCount();
            }
        }
    }
}
