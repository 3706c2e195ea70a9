package org.conflictsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.charts.ControlMaps;
import org.conflictsim.output.charts.ControlSnapshot;
import org.conflictsim.output.console.RunSummary;
import org.conflictsim.output.report.ResultsRendering;
import org.conflictsim.output.results.EventsTable;
import org.conflictsim.output.results.Manifest;
import org.conflictsim.output.results.ResultsFolder;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.RunWriter;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;
import org.conflictsim.output.results.SeriesChoice;
import org.conflictsim.output.results.Tasks;
import org.conflictsim.output.results.TimeSeriesTable;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code conflictsim run}: replications of one scenario, written to a new results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario's replications and writes a results folder.",
            "",
            "Writes a new folder under the output folder: manifest.json, scenario.yaml",
            "(resolved: after extends and --set), timeseries.csv.gz, runs.csv, events.csv,",
            "charts/ and report.html."},
        footer = ExitCodes.HELP)
public final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file, e.g. scenarios/kivu-2025.yaml")
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "master seed, 0 to 18446744073709551615 (default: the scenario's seed)")
    private Long seed;

    @Option(names = "--days", paramLabel = "N", description = "days to simulate (default: the scenario's days)")
    private Integer days;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20", description = "replications (default: ${DEFAULT-VALUE})")
    private int reps;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--series", paramLabel = "WHICH", defaultValue = "all", description = {
        "daily series to write to timeseries.csv.gz: all, headline (those the",
        "charts and the GUI band draw) or none (default: ${DEFAULT-VALUE}); series",
        "that are zero in every run and day are left out and listed in the manifest"})
    private String series;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = {"override a scenario value, validated like the file,",
        "e.g. --set rules.combat.tempo=0.2 --set factions[M23].fighters=8000"})
    private java.util.List<String> sets = new java.util.ArrayList<>();

    @picocli.CommandLine.Mixin
    private StrictOption strict = new StrictOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = OptionChecks.threads(threads);
        SeriesChoice choice;
        try {
            choice = SeriesChoice.of(series);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!OptionChecks.inRange(err, "--reps", reps, 1, OptionChecks.MAX_REPS, "") || !OptionChecks.days(err, days)
                || !OptionChecks.threads(err, nThreads)) {
            return ExitCodes.USAGE;
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, sets);
        Scenario sc = loaded.scenario();
        long master = seed != null ? seed : sc.seed();
        int nDays = days != null ? days : sc.days();
        if (!strict.allows(err, StrictOption.print(err, loaded, nDays, days != null))) {
            return ExitCodes.INVALID;
        }
        o.printf("ConflictSim %s: %s, %d run%s of %d days from %s, master seed %s, %d thread%s%n", Main.version(),
                sc.id(), reps, reps == 1 ? "" : "s", nDays, sc.start(), Long.toUnsignedString(master), nThreads, nThreads == 1 ? "" : "s");
        o.flush();
        List<RunResult> runs;
        // replicate 0 is mapped: its control is recorded while it runs, so it need not run again for the maps
        ControlMaps.Request maps = new ControlMaps.Request(sc, Seeds.runSeed(master, 0, 0), 0, nDays,
                ControlMaps.defaultDates(sc.start(), nDays));
        ControlSnapshot.Recorder recorder = ControlMaps.recorder(maps);
        try (Interrupt interrupt = Interrupt.announce(err, "interrupted: run writes its folder only when every run"
                + " is done, so nothing was written; run the same command again")) {
            if (reps > 1) {
                try (ProgressBar pb = new ProgressBarBuilder().setTaskName("runs").setInitialMax(reps)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                                WriterStream.of(spec.commandLine().getErr()))).setUpdateIntervalMillis(250).build()) {
                    runs = Replications.run(sc, master, reps, nDays, nThreads, pb::stepTo, 0, recorder);
                }
            } else {
                runs = Replications.run(sc, master, reps, nDays, nThreads, n -> { }, 0, recorder);
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        ObjectNode manifest = manifest(loaded, master, nDays, nThreads, runs);
        Path dir = writeFolder(o, out, sc.id() + "-" + stamp + "-seed" + Long.toUnsignedString(master), loaded, runs,
                manifest, choice, nThreads, maps, recorder.snapshots(), nDays);
        o.println();
        o.println("Results: " + dir + " (report: " + dir.resolve(ResultsRendering.REPORT) + ")");
        return ExitCodes.OK;
    }

    /**
     * Writes a results folder of runs (the daily series of {@code choice} compressed, runs, events, the
     * resolved scenario, the manifest with its account of the series), draws the charts, maps and report from
     * memory on {@code nThreads} threads while the series are compressed, and prints the summary; the maps are
     * those of {@code maps}, from the snapshots {@code recorded} while it ran or, when null, from running it again.
     * Shared by {@code run} and {@code replay}.
     *
     * @return the folder
     * @throws OutputException when the folder or its charts cannot be written (the data are kept when only
     *     the charts failed, and the message says so)
     */
    static Path writeFolder(PrintWriter o, Path out, String name, ScenarioLoader.Loaded loaded, List<RunResult> runs,
                            ObjectNode manifest, SeriesChoice choice, int nThreads, ControlMaps.Request maps,
                            List<ControlSnapshot> recorded, int nDays) throws OutputException {
        Scenario sc = loaded.scenario();
        Path dir;
        IOException chartsFailed = null;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, ResultsRendering.daemon());
        try (ResultsFolder folder = ResultsFolder.open(out, name)) {
            // the daily series are compressed run by run on the pool while the charts and maps are drawn
            RunWriter.SeriesJob seriesFile = RunWriter.timeseries(folder.file(TimeSeriesTable.FILE_GZ), sc.start(),
                    runs, choice, pool);
            String runsCsv = RunWriter.runsText(runs);
            String eventsCsv = RunWriter.eventsText(runs);
            AtomicWrite.writeString(folder.file("runs.csv"), runsCsv);
            AtomicWrite.writeString(folder.file("events.csv"), eventsCsv);
            AtomicWrite.writeString(folder.file("scenario.yaml"), loaded.resolved());
            List<Series.Key> charted = RunWriter.charted(runs);
            Path manifestFile = folder.file("manifest.json");
            RunFolder inMemory = new RunFolder(folder.file(""), Manifest.of(manifest, manifestFile),
                    ScenarioInfo.parse(loaded.resolved(), folder.file("scenario.yaml")),
                    TimeSeriesTable.of(runs, nDays, charted), RunsTable.parse(runsCsv, folder.file("runs.csv")),
                    EventsTable.parse(eventsCsv, folder.file("events.csv")));
            Tasks.IoWork<Void> dataInPlace = () -> {
                RunWriter.SeriesWritten w = seriesFile.finish();
                putSeries(manifest.putObject("timeseries"), w);
                RunWriter.json(manifestFile, manifest);
                return null;
            };
            try {
                ResultsRendering.renderRun(inMemory, recorded == null ? ResultsRendering.MapSource.of(maps)
                        : ResultsRendering.MapSource.recorded(maps, recorded), pool, dataInPlace);
            } catch (IOException e) {
                chartsFailed = e;
                if (!Files.exists(manifestFile)) {
                    dataInPlace.call();
                }
            }
            dir = folder.commit();
        } catch (IOException e) {
            throw new OutputException("cannot write results under " + out + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        o.println();
        RunSummary.print(o, runs, sc.start());
        if (chartsFailed != null) {
            throw new OutputException("data written to " + dir + ", but not the charts (" + chartsFailed.getMessage()
                    + "); retry with: conflictsim chart " + dir, chartsFailed);
        }
        return dir;
    }

    /** The manifest's account of the daily series: file, choice, and the all-zero series left out. */
    private static void putSeries(ObjectNode t, RunWriter.SeriesWritten w) {
        t.put("file", w.file() == null ? null : w.file().getFileName().toString());
        t.put("choice", w.choice().word());
        t.put("compression", w.file() == null ? null : "gzip");
        t.put("seriesWritten", w.kept().size());
        t.put("note", "series that are 0 in every run and on every day are left out of the file");
        ArrayNode zero = t.putArray("omittedAllZero");
        for (Series.Key k : w.omitted()) {
            zero.add(k.metric() + "/" + k.entity());
        }
    }

    private ObjectNode manifest(ScenarioLoader.Loaded loaded, long master, int nDays, int nThreads,
                                List<RunResult> runs) {
        ObjectNode m = RunWriter.object();
        m.put("tool", "conflictsim");
        m.put("version", Main.version());
        m.put("gitCommit", Provenance.gitCommit());
        m.put("command", "run");
        ArrayNode args = m.putArray("commandLine");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            args.add(a);
        }
        m.put("scenario", loaded.scenario().id());
        m.put("scenarioFile", loaded.file() == null ? "" : loaded.file().toString());
        m.put("scenarioSha256", Provenance.sha256(loaded.text()));
        m.put("resolvedScenarioSha256", Provenance.sha256(loaded.resolved()));
        ArrayNode overrides = m.putArray("overrides");
        sets.forEach(overrides::add);
        m.put("masterSeed", Long.toUnsignedString(master));
        m.put("seedDerivation", Seeds.FORMULA);
        ArrayNode seeds = m.putArray("runSeeds");
        runs.forEach(r -> seeds.add(Long.toUnsignedString(r.seed())));
        m.put("replications", runs.size());
        m.put("days", nDays);
        m.put("start", loaded.scenario().start().toString());
        m.put("threads", nThreads);
        ObjectNode jvm = m.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("created", java.time.OffsetDateTime.now().withNano(0).toString());
        RunWriter.putAll(m.putObject("map"), loaded.mapReport().facts());
        return m;
    }
}
