package org.conflictsim.cli;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conflictsim bench}: milliseconds per simulated year of a scenario at one or more resolutions, in
 * one warm JVM on one thread, so that ratios measured in one invocation are comparable.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures milliseconds per simulated run-year on one thread.",
            "",
            "Times runs in one warm JVM, after warm-up runs, at each resolution given",
            "(map.geo.cellDeg), and prints the time ratio between them.",
            "",
            "--cold-warm: the first run-year in this fresh JVM (cold) against the median",
            "  of later ones (warm), at the scenario's own resolution: wall time, and the",
            "  run thread's CPU time (less sensitive to a loaded machine).",
            "--no-output: the replications of 'run SCENARIO' (same seeds, days, threads)",
            "  with nothing written: the baseline of --job.",
            "--job: the default job 'run SCENARIO' and --no-output, each in fresh JVMs",
            "  started like this one, alternating (A B A B), with CPU and wall seconds,",
            "  their ratios, then --cold-warm in --pairs fresh JVMs, in one sitting.",
            "  Through the launcher, --job and --cold-warm get the JVM options of 'run'."},
        footer = ExitCodes.HELP)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", defaultValue = "scenarios/kivu-2025.yaml",
            description = "scenario with a geo map (default: ${DEFAULT-VALUE})")
    private Path scenarioFile;

    @Option(names = "--cell-deg", paramLabel = "DEG", split = ",", defaultValue = "0.05,0.025",
            description = "resolutions to compare (default: ${DEFAULT-VALUE})")
    private List<Double> cellDegs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "warm-up runs per resolution (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "15", description = "timed runs per resolution (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "days per run (default: ${DEFAULT-VALUE})")
    private int days;

    @Option(names = "--cold-warm", description = "time the first (cold) run-year against warm ones")
    private boolean coldWarm;

    @Option(names = "--no-output", description = "run the replications of 'run SCENARIO' and write nothing")
    private boolean noOutput;

    @Option(names = "--job", description = "the default job against the same runs with no output (see above)")
    private boolean job;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "2", description = "A B pairs of --job (default: ${DEFAULT-VALUE})")
    private int pairs;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20", description = "replications of --no-output (default: ${DEFAULT-VALUE}, as run)")
    private int reps;

    @Option(names = "--threads", paramLabel = "N", description = "threads of --no-output and --job (default: all cores, as run)")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (List.of(coldWarm, noOutput, job).stream().filter(b -> b).count() > 1) {
            spec.commandLine().getErr().println("error: choose one of --cold-warm, --no-output and --job");
            return ExitCodes.USAGE;
        }
        if (job) {
            if (pairs < 1) {
                spec.commandLine().getErr().println("error: --pairs must be >= 1");
                return ExitCodes.USAGE;
            }
            JobBench.run(o, scenarioFile, pairs, threads);
            return ExitCodes.OK;
        }
        if (noOutput) {
            int nThreads = OptionChecks.threads(threads);
            if (!OptionChecks.threads(spec.commandLine().getErr(), nThreads) || reps < 1) {
                return ExitCodes.USAGE;
            }
            Scenario sc = ScenarioLoader.load(scenarioFile, List.of()).scenario();
            List<RunResult> done = Replications.run(sc, sc.seed(), reps, sc.days(), nThreads, n -> { });
            o.printf(Locale.ROOT, "%d runs of %d days, nothing written%n", done.size(), sc.days());
            return ExitCodes.OK;
        }
        if (coldWarm) {
            return coldWarm(o);
        }
        if (runs < 1 || warmup < 0 || days < 1) {
            spec.commandLine().getErr().println("error: --runs and --days must be >= 1, --warmup >= 0");
            return ExitCodes.USAGE;
        }
        o.printf(Locale.ROOT, "%-10s %10s %12s %14s %14s %14s%n", "cellDeg", "cells", "theatre", "median ms/yr",
                "mean ms/yr", "min ms/yr");
        double firstMedian = Double.NaN;
        long firstCells = 0;
        for (double deg : cellDegs) {
            Scenario sc = ScenarioLoader.load(scenarioFile, List.of("map.geo.cellDeg=" + deg)).scenario();
            for (int i = 0; i < warmup; i++) {
                runOnce(sc, 1000 + i);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                runOnce(sc, i);
                ms[i] = (System.nanoTime() - t0) / 1e6 * 365.0 / days;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            double median = sorted[runs / 2];
            double mean = Arrays.stream(ms).average().orElse(Double.NaN);
            o.printf(Locale.ROOT, "%-10s %10d %12d %14.1f %14.1f %14.1f%n", deg, sc.world().cells(),
                    sc.world().theatreCellCount(), median, mean, sorted[0]);
            if (Double.isNaN(firstMedian)) {
                firstMedian = median;
                firstCells = sc.world().cells();
            } else {
                o.printf(Locale.ROOT, "  %.2fx the cells of cellDeg %s take %.2fx the time (median)%n",
                        (double) sc.world().cells() / firstCells, cellDegs.get(0), median / firstMedian);
            }
            o.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * The first run-year of this JVM against the median of {@code --runs} after {@code --warmup} more: wall time,
     * and the running thread's own CPU time, which a loaded machine inflates far less than wall time (the JIT
     * compiler's threads, busiest during the cold run, are reported apart as compilation time).
     */
    private int coldWarm(PrintWriter o) throws Exception {
        if (runs < 1 || warmup < 0 || days < 1) {
            spec.commandLine().getErr().println("error: --runs and --days must be >= 1, --warmup >= 0");
            return ExitCodes.USAGE;
        }
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        Scenario sc = ScenarioLoader.load(scenarioFile, List.of()).scenario();
        double perYear = 365.0 / days;
        long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
        long cpu0 = threadBean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        runOnce(sc, 0);
        double cold = (System.nanoTime() - t0) / 1e6 * perYear;
        double coldCpu = (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e6 * perYear;
        long jitCold = jitTimed ? jit.getTotalCompilationTime() - jit0 : -1;
        for (int i = 0; i < warmup; i++) {
            runOnce(sc, 1000 + i);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threadBean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            runOnce(sc, i + 1);
            ms[i] = (System.nanoTime() - t) / 1e6 * perYear;
            cpu[i] = (threadBean.getCurrentThreadCpuTime() - c) / 1e6 * perYear;
        }
        double warm = JobBench.median(ms);
        double warmCpu = JobBench.median(cpu);
        o.printf(Locale.ROOT, "cold run-year %.1f ms, warm %.1f ms (median of %d after %d warm-up runs): cold/warm "
                + "%.2fx%n", cold, warm, runs, warmup, cold / warm);
        o.printf(Locale.ROOT, "run thread CPU: cold %.1f ms, warm %.1f ms: cold/warm %.2fx%s%n", coldCpu, warmCpu,
                coldCpu / warmCpu, jitCold < 0 ? "" : String.format(Locale.ROOT,
                        "; JIT compilation during the cold run %d ms (compiler threads)", jitCold));
        return ExitCodes.OK;
    }

    private void runOnce(Scenario sc, int i) {
        new ConflictModel(sc, Seeds.runSeed(sc.seed(), 0, i), days).runToEnd();
    }
}
