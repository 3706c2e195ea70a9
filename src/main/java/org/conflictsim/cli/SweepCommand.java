package org.conflictsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.store.ResumeCommand;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.Parameter;
import org.conflictsim.experiment.sweep.PointRows;
import org.conflictsim.experiment.sweep.ScenarioCache;
import org.conflictsim.experiment.sweep.Shard;
import org.conflictsim.experiment.sweep.SweepEstimate;
import org.conflictsim.experiment.sweep.SweepLoader;
import org.conflictsim.experiment.sweep.SweepRunner;
import org.conflictsim.experiment.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim sweep SWEEP.yaml}: runs a parameter sweep into a SQLite store, resumably. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a parameter sweep into a SQLite store, resumably.",
            "",
            "Runs the points of a sweep file (base scenario, parameters, design,",
            "replications) on a thread pool and streams every finished run into",
            "DIR/<sweep>/sweep.sqlite (tables sweep, points, runs, outcomes, series).",
            "Runs are interleaved (replicate 0 of every point first), so a partial sweep",
            "covers the space evenly. --resume continues a store where it stopped, with",
            "no run lost or repeated. When every run is recorded, charts (heatmaps or",
            "scatter plots; Sobol or Morris indices for saltelli and morris designs, also",
            "in sensitivity.csv) and report.html are drawn beside the store; redraw them",
            "with 'conflictsim chart DIR/<sweep>'. Export the store to CSV with",
            "'conflictsim export'."},
        footer = ExitCodes.HELP)
public final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "sweep file, e.g. sweeps/island-lhs.yaml")
    private Path sweepFile;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--resume", description = "continue the existing store of this sweep (start one if there is none)")
    private boolean resume;

    @Option(names = "--dry-run", description = "print run count, estimated time (from a couple of timed runs) and disk; write nothing")
    private boolean dryRun;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "output folder; the store goes to DIR/<sweep name>/ (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--shard", paramLabel = "i/n", description = {"run only the runs whose id modulo n is i, into",
        "DIR/<sweep name>/shard-i-of-n.sqlite (default: from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT",
        "when set, else the whole sweep)"})
    private String shardText;

    @picocli.CommandLine.Mixin
    private StrictOption strict = new StrictOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = OptionChecks.threads(threads);
        if (!OptionChecks.threads(err, nThreads)) {
            return ExitCodes.USAGE;
        }
        Shard shard;
        String shardSource = "";
        try {
            if (shardText != null) {
                shard = Shard.parse(shardText);
            } else {
                shard = Shard.fromSlurm(System.getenv());
                shardSource = shard == null ? "" : " (from SLURM_ARRAY_TASK_ID)";
                shard = shard == null ? Shard.ALL : shard;
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SweepSpec sw = SweepLoader.load(sweepFile);
        if (!strict.allows(err, StrictOption.print(err, sw.base(), sw.days(), false))) {
            return ExitCodes.INVALID;
        }
        Path dir = out.resolve(sw.name());
        Path storeFile = dir.resolve(shard.storeName());
        o.printf(Locale.ROOT, "ConflictSim %s: sweep %s of %s: %d points (%s) x %d replication%s = %d runs of %d days,"
                + " master seed %d%n", Main.version(), sw.name(), sw.base().scenario().id(), sw.points().size(),
                sw.design().type().yamlName(), sw.replications(), sw.replications() == 1 ? "" : "s", sw.runCount(),
                sw.days(), sw.masterSeed());
        for (Parameter p : sw.parameters()) {
            o.println("  " + p.describe());
        }
        if (shard.count() > 1) {
            o.printf("shard %s%s: %d of the runs%n", shard, shardSource, shard.runsOf(sw.runCount()));
        }
        o.flush();
        Map<String, String> meta = metadata(sw, shard);
        List<SweepStore.ParameterRow> params = parameterRows(sw);
        try {
            if (dryRun) {
                return dryRun(o, sw, shard, storeFile, nThreads, meta, params);
            }
            return run(o, err, sw, shard, storeFile, nThreads, meta, params);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return switch (e.kind()) {
                case NOT_FOUND -> ExitCodes.NOT_FOUND;
                case INVALID -> ExitCodes.INVALID;
                case WRITE -> ExitCodes.OUTPUT;
            };
        }
    }

    private int run(PrintWriter o, PrintWriter err, SweepSpec sw, Shard shard, Path storeFile, int nThreads,
                    Map<String, String> meta, List<SweepStore.ParameterRow> params) throws Exception {
        try (Interrupt interrupt = Interrupt.watch()) {
            return run(o, err, sw, shard, storeFile, nThreads, meta, params, interrupt);
        }
    }

    private int run(PrintWriter o, PrintWriter err, SweepSpec sw, Shard shard, Path storeFile, int nThreads,
                    Map<String, String> meta, List<SweepStore.ParameterRow> params, Interrupt interrupt)
            throws Exception {
        int[] code = new int[1];
        SweepSession.Done session = SweepSession.run(o, err, sw, shard, storeFile, nThreads, meta, params, resume,
                "sweep", String.join(" ", spec.commandLine().getParseResult().originalArgs()), interrupt, code);
        if (session == null) {
            return code[0];
        }
        SweepRunner.Result result = session.result();
        long shardRuns = session.total();
        long before = session.before();
        long done = before + result.ran();
        if (interrupt.requested()) {
            o.printf("interrupted: %d of %d runs are saved in %s (%d in this session; the runs in progress are"
                    + " dropped and run again on resume)%n", done, shardRuns, storeFile, result.ran());
            o.println("resume with: " + ResumeCommand.of(storeFile, meta));
            o.flush();
            return ExitCodes.OK;
        }
        o.printf("%d run%s in this session, %d failed; the store holds %d of %d runs%s%n", result.ran(),
                result.ran() == 1 ? "" : "s", result.failed(), done, shardRuns, shard.count() > 1 ? " of this shard" : "");
        if (result.failed() > 0) {
            o.println("failed runs are recorded with their error (runs.error); the model is deterministic, so"
                    + " resuming does not retry them");
        }
        if (done == shardRuns && shard.count() == 1) {
            try {
                if (interrupt.requested()) {
                    throw new IllegalStateException("Shutdown in progress");
                }
                SweepChart.afterSweep(storeFile, o);
            } catch (IllegalStateException e) {
                if (!interrupt.requested()) {
                    throw e;
                }
                o.println("interrupted while drawing the charts: all " + shardRuns + " runs are saved in " + storeFile
                        + "; draw the charts with: conflictsim chart " + storeFile.getParent());
            }
        } else if (done < shardRuns) {
            o.println("resume with: " + ResumeCommand.of(storeFile, meta));
        } else {
            o.println("charts and report.html are drawn when every run is recorded" + (shard.count() > 1
                    ? " (after 'conflictsim merge' of the shards)" : ""));
        }
        o.println("store: " + storeFile);
        o.println("export it to CSV with: conflictsim export " + storeFile);
        o.flush();
        return ExitCodes.OK;
    }

    private int dryRun(PrintWriter o, SweepSpec sw, Shard shard, Path storeFile, int nThreads, Map<String, String> meta,
                       List<SweepStore.ParameterRow> params) throws Exception {
        long shardRuns = shard.runsOf(sw.runCount());
        long recorded = 0;
        if (Files.exists(storeFile)) {
            try (SweepStore s = SweepStore.openForReading(storeFile)) {
                recorded = SweepRunner.remaining(sw, shard, new BitSet()) - SweepRunner.remaining(sw, shard,
                        s.recordedRuns());
            }
        }
        long remaining = shardRuns - recorded;
        o.printf(Locale.ROOT, "dry run: %d runs in %s (%d recorded, %d left); nothing is written%n", shardRuns,
                storeFile, recorded, remaining);
        if (remaining == 0) {
            return ExitCodes.OK;
        }
        Path temp = Files.createTempDirectory("conflictsim-dry-run");
        SweepEstimate e;
        try {
            e = SweepEstimate.of(sw, remaining, nThreads, ScenarioCache.capacityFor(sw.points()), meta, params, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
        o.printf(Locale.ROOT, "timed on this machine (one thread, after a warm-up run): loading a point's scenario"
                + " %.0f ms, one run of %d days %.0f ms%n", e.loadMs(), sw.days(), e.runMs());
        o.printf(Locale.ROOT, "estimated time with %d thread%s: %s (%d runs, %d scenario loads; assumes the threads"
                + " scale linearly)%n", nThreads, nThreads == 1 ? "" : "s", duration(e.estimatedMs()), e.runs(), e.loads());
        o.printf(Locale.ROOT, "estimated disk: %s (points %s, %s per run%s)%n", bytes(e.estimatedBytes()),
                bytes(e.pointBytes()), bytes(e.bytesPerRun()), sw.seriesMetrics().isEmpty() ? ""
                        : " with the series " + String.join(", ", sw.seriesMetrics()));
        o.flush();
        return ExitCodes.OK;
    }

    /** The metadata of a new store. */
    static Map<String, String> metadata(SweepSpec sw, Shard shard) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tool_version", Main.version());
        m.put("git_commit", Provenance.gitCommit());
        m.put("created_at", java.time.OffsetDateTime.now().withNano(0).toString());
        m.put("sweep_name", sw.name());
        m.put("sweep_file", sw.file().toString());
        m.put("sweep_sha256", Provenance.sha256(sw.text()));
        m.put("sweep_yaml", sw.text());
        m.put("scenario_id", sw.base().scenario().id());
        m.put("scenario_file", String.valueOf(sw.base().file()));
        m.put("scenario_sha256", Provenance.sha256(sw.base().text()));
        m.put("scenario_resolved_sha256", Provenance.sha256(sw.base().resolved()));
        m.put("scenario_resolved", sw.base().resolved());
        m.put("start", sw.base().scenario().start().toString());
        m.put("days", Integer.toString(sw.days()));
        m.put("master_seed", Long.toString(sw.masterSeed()));
        m.put("seed_mode", sw.seeds().yamlName());
        m.put("seed_derivation", Seeds.FORMULA.replace("; point = 0 for run and compare", "")
                + "; point = the point id (0 for every point with seeds: common)");
        m.put("design", sw.design().toJson());
        m.put("design_type", sw.design().type().yamlName());
        m.put("parameters", Integer.toString(sw.parameters().size()));
        m.put("points", Integer.toString(sw.points().size()));
        m.put("replications", Integer.toString(sw.replications()));
        m.put("runs_total", Long.toString(sw.runCount()));
        m.put("run_order", "run = replicate * points + point");
        m.put("points_digest", PointRows.digest(sw.points()));
        m.put("names_registered", Integer.toString(sw.outcomes().size() + sw.labels().size()));
        try {
            m.put("outcome_selectors", json.writeValueAsString(sw.outcomeSelectors()));
            m.put("series_metrics", json.writeValueAsString(sw.seriesMetrics()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        m.put("shard_index", Integer.toString(shard.index()));
        m.put("shard_count", Integer.toString(shard.count()));
        return m;
    }

    /** Keys that must agree between a store and the sweep that resumes it. */
    static final List<String> IDENTITY = List.of("points_digest", "scenario_resolved_sha256", "master_seed",
            "seed_mode", "days", "replications", "runs_total", "outcome_selectors", "series_metrics", "shard_index",
            "shard_count");

    /** The first identity key that differs, described; null when the store belongs to this sweep. */
    static String mismatch(Map<String, String> stored, Map<String, String> now) {
        List<String> diffs = new ArrayList<>();
        for (String k : IDENTITY) {
            String a = stored.get(k);
            String b = now.get(k);
            if (a == null || !a.equals(b)) {
                String what = switch (k) {
                    case "points_digest" -> "the parameter points differ";
                    case "scenario_resolved_sha256" -> "the base scenario has changed";
                    default -> k + " is " + a + " in the store, " + b + " now";
                };
                diffs.add(what);
            }
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    static List<SweepStore.ParameterRow> parameterRows(SweepSpec sw) {
        List<SweepStore.ParameterRow> out = new ArrayList<>();
        for (Parameter p : sw.parameters()) {
            out.add(new SweepStore.ParameterRow(p.name(), p.path(), p.describe()));
        }
        return out;
    }

    static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                h = "unknown";
            }
        }
        return h;
    }

    static String duration(long ms) {
        long s = Math.max(0, Math.round(ms / 1000.0));
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    static String bytes(long b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30));
        }
        if (b >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", b / (double) (1L << 20));
        }
        if (b >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f kB", b / 1024.0);
        }
        return b + " B";
    }
}
