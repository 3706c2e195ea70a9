package org.conflictsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.StoreExport;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.output.results.ResultsFolder;
import org.conflictsim.output.results.RunWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code conflictsim export STORE.sqlite}: a sweep store as tidy CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a sweep store as tidy CSV files.",
            "",
            "Writes a new folder <sweep>-csv beside the store: points.csv (one column per parameter),",
            "runs.csv (one row per run: parameters and outcomes), series.csv (when the",
            "sweep kept daily series), sensitivity.csv (saltelli and morris designs),",
            "manifest.json and the sweep file. The store is only read; it may be one left",
            "by a stopped sweep."},
        footer = ExitCodes.HELP)
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "a sweep store, e.g. results/island-lhs/sweep.sqlite")
    private Path storeFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: the store's folder)")
    private Path out;

    /** Metadata keys whose values are whole numbers. */
    private static final java.util.Set<String> INTEGERS = java.util.Set.of("days", "parameters", "points",
            "replications", "runs_total", "names_registered", "shard_index", "shard_count");
    /** Metadata keys whose values are JSON. */
    private static final java.util.Set<String> JSON = java.util.Set.of("design", "outcome_selectors", "series_metrics");

    /**
     * Puts a metadata value with its type: counts and days as numbers, the design and the selectors as JSON,
     * the rest (seeds included: above 2^53 a JSON number loses digits in many readers) as text.
     */
    static void putTyped(ObjectNode node, String key, String value) {
        try {
            if (INTEGERS.contains(key)) {
                node.put(key, Long.parseLong(value));
                return;
            }
            if (JSON.contains(key)) {
                node.set(key, new com.fasterxml.jackson.databind.ObjectMapper().readTree(value));
                return;
            }
        } catch (NumberFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
            // an older store's value that does not parse: kept as text below
        }
        node.put(key, value);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path parent = out != null ? out : storeFile.toAbsolutePath().getParent();
        try (SweepStore store = SweepStore.openForReading(storeFile)) {
            Map<String, String> meta = store.metadata();
            String stem = StoreExport.folderStem(storeFile, meta);
            long ok = store.count("ok");
            long failed = store.count("failed");
            Path dir;
            StoreExport.Written w;
            boolean sensitivity = SensitivityReport.applies(store);
            try (ResultsFolder folder = ResultsFolder.open(parent, stem + "-csv")) {
                Path tmp = folder.file("points.csv").getParent();
                w = StoreExport.write(store, tmp);
                if (sensitivity) {
                    SensitivityReport.write(store, folder.file("sensitivity.csv"));
                }
                AtomicWrite.writeString(folder.file("sweep.yaml"), meta.getOrDefault("sweep_yaml", ""));
                if (meta.containsKey("scenario_resolved")) {
                    AtomicWrite.writeString(folder.file("scenario.yaml"), meta.get("scenario_resolved"));
                }
                ObjectNode m = RunWriter.object();
                m.put("tool", "conflictsim");
                m.put("version", Main.version());
                m.put("command", "export");
                m.put("store", storeFile.toAbsolutePath().toString());
                m.put("exported", java.time.OffsetDateTime.now().withNano(0).toString());
                m.put("runsOk", ok);
                m.put("runsFailed", failed);
                ObjectNode sweep = m.putObject("sweep");
                meta.forEach((k, v) -> {
                    if (!k.equals("sweep_yaml") && !k.equals("scenario_resolved")) {
                        putTyped(sweep, k, v);
                    }
                });
                RunWriter.json(folder.file("manifest.json"), m);
                dir = folder.commit();
            } catch (IOException e) {
                throw new OutputException("cannot write the export under " + parent + ": " + e.getMessage(), e);
            }
            long total = Long.parseLong(meta.getOrDefault("runs_total", "0"));
            int shards = Integer.parseInt(meta.getOrDefault("shard_count", "1"));
            o.printf("exported %d runs (%d ok, %d failed) of %d%s, %d points%s%s%n", w.runs(), ok, failed, total,
                    shards > 1 ? " in the sweep (this store is shard " + meta.get("shard_index") + "/" + shards + ")" : "",
                    w.points(), w.seriesRows() > 0 ? ", " + w.seriesRows() + " series rows" : "",
                    sensitivity ? ", sensitivity indices" : "");
            o.println("CSV: " + dir);
            o.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return switch (e.kind()) {
                case NOT_FOUND -> ExitCodes.NOT_FOUND;
                case INVALID -> ExitCodes.INVALID;
                case WRITE -> ExitCodes.OUTPUT;
            };
        }
    }
}
