package org.conflictsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.Shard;
import org.conflictsim.experiment.sweep.SweepLoader;
import org.conflictsim.experiment.sweep.SweepSpec;
import org.conflictsim.output.charts.ControlMaps;
import org.conflictsim.output.results.RunWriter;
import org.conflictsim.output.results.SeriesChoice;
import org.conflictsim.output.report.ResultsRendering;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conflictsim replay STORE --point P --replicate R}: runs one run of a sweep again, exactly (same point,
 * same seed, same days), into a full results folder of {@code run} (daily series, maps, report), and checks
 * its outcomes against the store's record.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Runs one run of a sweep again into a full results folder.",
            "",
            "Finds the run of point P and replicate R (or run N) in a sweep store, loads the",
            "sweep file that made it (checked against the store: same points, base scenario,",
            "seeds and days), runs it with the sweep's seed for that run, writes a results",
            "folder as 'run' does (timeseries.csv.gz with every series, runs.csv, events.csv,",
            "charts, maps, report.html) and checks every outcome the store kept against the",
            "replay."},
        footer = ExitCodes.HELP)
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "a sweep store, e.g. results/island-lhs/sweep.sqlite")
    private Path storeFile;

    @Option(names = "--point", paramLabel = "P", description = "the point (column 'point' of points.csv and runs.csv)")
    private Integer point;

    @Option(names = "--replicate", paramLabel = "R", description = "the replicate (column 'replicate' of runs.csv)")
    private Integer replicate;

    @Option(names = "--run", paramLabel = "N", description = "the run id instead of --point and --replicate")
    private Long run;

    @Option(names = "--sweep", paramLabel = "FILE", description = "the sweep file (default: the one the store names)")
    private Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((run == null) == (point == null || replicate == null) || (run != null && (point != null || replicate != null))) {
            err.println("error: give --point P and --replicate R, or --run N");
            return ExitCodes.USAGE;
        }
        Map<String, String> meta;
        SweepStore.Recorded stored;
        long id;
        try (SweepStore store = SweepStore.openForReading(storeFile)) {
            meta = store.metadata();
            int points = Integer.parseInt(store.meta("points"));
            int reps = Integer.parseInt(store.meta("replications"));
            if (run != null) {
                id = run;
            } else {
                if (point < 0 || point >= points || replicate < 0 || replicate >= reps) {
                    err.printf("error: %s has points 0 to %d and replicates 0 to %d; got --point %d --replicate %d%n",
                            storeFile, points - 1, reps - 1, point, replicate);
                    return ExitCodes.USAGE;
                }
                id = (long) replicate * points + point;
            }
            stored = store.recorded(id);
            if (stored == null) {
                err.println("error: " + storeFile + " has no record of run " + id + (run != null ? "" : " (point "
                        + point + ", replicate " + replicate + ")") + "; a shard store holds only its own runs, and an"
                        + " unfinished sweep not yet this one");
                return ExitCodes.INVALID;
            }
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return SweepChart.exitCode(e);
        }
        Path file = sweepFile != null ? sweepFile : Path.of(meta.getOrDefault("sweep_file", ""));
        if (!Files.isRegularFile(file)) {
            err.println("error: the sweep file " + file + " that made " + storeFile + " is not there (paths are as given"
                    + " to 'sweep', from the folder it ran in); name it with --sweep FILE");
            return ExitCodes.NOT_FOUND;
        }
        SweepSpec sw = SweepLoader.load(file);
        int count = Integer.parseInt(meta.getOrDefault("shard_count", "1"));
        Shard shard = count == 1 ? Shard.ALL : Shard.parse(meta.get("shard_index") + "/" + count);
        String mismatch = SweepCommand.mismatch(meta, SweepCommand.metadata(sw, shard));
        if (mismatch != null) {
            err.println("error: " + file + " is not the sweep that made " + storeFile + ": " + mismatch);
            return ExitCodes.INVALID;
        }
        int p = sw.pointOf(id);
        int r = sw.replicateOf(id);
        long seed = sw.seedOf(id);
        List<String> sets = sw.points().overrides(p);
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(sw.base().file(), sets);
        o.printf("ConflictSim %s: replay of run %d of sweep %s (point %d, replicate %d, seed %s), %d days%n",
                Main.version(), id, sw.name(), p, r, Long.toUnsignedString(seed), sw.days());
        sets.forEach(s -> o.println("  --set " + s));
        o.flush();
        RunResult result = Outcomes.run(loaded.scenario(), 0, seed, sw.days());
        List<String> differ = differences(sw, stored, result);

        ObjectNode m = RunWriter.object();
        m.put("tool", "conflictsim");
        m.put("version", Main.version());
        m.put("gitCommit", Provenance.gitCommit());
        m.put("command", "replay");
        ArrayNode args = m.putArray("commandLine");
        spec.commandLine().getParseResult().originalArgs().forEach(args::add);
        m.put("scenario", loaded.scenario().id());
        m.put("scenarioFile", String.valueOf(loaded.file()));
        m.put("scenarioSha256", Provenance.sha256(loaded.text()));
        m.put("resolvedScenarioSha256", Provenance.sha256(loaded.resolved()));
        ArrayNode overrides = m.putArray("overrides");
        sets.forEach(overrides::add);
        ObjectNode of = m.putObject("replayOf");
        of.put("store", storeFile.toAbsolutePath().toString());
        of.put("sweep", sw.name());
        of.put("sweepFile", file.toString());
        of.put("run", id);
        of.put("point", p);
        of.put("replicate", r);
        of.put("outcomesCompared", stored.outcomes().size() + stored.labels().size());
        of.put("outcomesDiffering", differ.size());
        m.put("masterSeed", Long.toUnsignedString(sw.masterSeed()));
        m.put("seedDerivation", meta.getOrDefault("seed_derivation", Seeds.FORMULA));
        m.putArray("runSeeds").add(Long.toUnsignedString(seed));
        m.put("replications", 1);
        m.put("days", sw.days());
        m.put("start", loaded.scenario().start().toString());
        m.put("threads", 1);
        m.put("created", java.time.OffsetDateTime.now().withNano(0).toString());
        RunWriter.putAll(m.putObject("map"), loaded.mapReport().facts());

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = RunCommand.writeFolder(o, out, sw.name() + "-point" + p + "-rep" + r + "-" + stamp, loaded,
                List.of(result), m, SeriesChoice.ALL, OptionChecks.threads(null), new ControlMaps.Request(
                        loaded.scenario(), seed, 0, sw.days(), ControlMaps.defaultDates(loaded.scenario().start(),
                        sw.days())), null, sw.days());
        o.println();
        int compared = stored.outcomes().size() + stored.labels().size();
        if (differ.isEmpty()) {
            o.printf("the replay equals the store's record: %d of %d outcomes identical%n", compared, compared);
        } else {
            err.printf("warning: %d of %d outcomes differ from the store's record (made by version %s, commit %s; this"
                    + " is %s): %s%n", differ.size(), compared, meta.getOrDefault("tool_version", "?"),
                    meta.getOrDefault("git_commit", "?"), Main.version(), String.join(", ", differ));
        }
        o.println("Results: " + dir + " (report: " + dir.resolve(ResultsRendering.REPORT) + ")");
        o.flush();
        err.flush();
        return ExitCodes.OK;
    }

    /** Outcomes the store kept whose replayed value is not exactly the recorded one, as "name: stored vs now". */
    static List<String> differences(SweepSpec sw, SweepStore.Recorded stored, RunResult result) {
        List<String> out = new ArrayList<>();
        if (!stored.ok()) {
            out.add("the run failed in the sweep: " + stored.error());
            return out;
        }
        stored.outcomes().forEach((k, v) -> {
            Double now = result.outcomes().get(k);
            double n = now == null ? Double.NaN : now;
            if (Double.compare(v, n) != 0) {
                out.add(k + ": " + v + " vs " + n);
            }
        });
        stored.labels().forEach((k, v) -> {
            if (!Objects.equals(v, result.labels().get(k))) {
                out.add(k + ": " + v + " vs " + result.labels().get(k));
            }
        });
        return out;
    }
}
