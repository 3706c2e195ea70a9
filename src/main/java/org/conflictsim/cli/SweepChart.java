package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.output.report.SweepRendering;

/**
 * Charts and report of a sweep folder, for {@code chart} (on demand), {@code sweep} (when the sweep is
 * complete) and {@code merge} (when no run is missing): finds the store, renders, prints where things went,
 * and turns failures into exit codes.
 */
final class SweepChart {
    private SweepChart() {
    }

    /**
     * The store to chart when {@code path} is a sweep folder or store; null when it is something else (a
     * results folder of {@code run}). A folder is a sweep folder when it holds {@code sweep.sqlite}, or
     * holds SQLite stores (shards) and no {@code manifest.json}; then the store may still be missing.
     */
    static Path store(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".sqlite")) {
            return path;
        }
        if (!Files.isDirectory(path)) {
            return null;
        }
        Path store = path.resolve(SweepRendering.STORE);
        if (Files.exists(store)) {
            return store;
        }
        return !Files.exists(path.resolve("manifest.json")) && !shards(path).isEmpty() ? store : null;
    }

    /** {@code conflictsim chart} on a sweep folder or store: renders and returns the exit code. */
    static int chart(Path store, List<String> outcomes, PrintWriter o, PrintWriter err) throws OutputException {
        if (!Files.exists(store)) {
            List<String> shards = shards(store.toAbsolutePath().getParent());
            err.println("error: " + store + ": not found" + (shards.isEmpty() ? "" : "; the folder holds the shard "
                    + "stores " + String.join(", ", shards) + ": merge them first with 'conflictsim merge " + store
                    + " SHARD...'"));
            return ExitCodes.NOT_FOUND;
        }
        try {
            print(render(store, outcomes), o, true);
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return exitCode(e);
        }
    }

    /**
     * Renders the default charts of a complete store for {@code sweep} and {@code merge}.
     *
     * @throws StoreException  when the store cannot be read
     * @throws OutputException when a chart or the report cannot be written
     */
    static void afterSweep(Path store, PrintWriter o) throws StoreException, OutputException {
        print(render(store, List.of()), o, false);
    }

    private static SweepRendering.Rendered render(Path store, List<String> outcomes) throws StoreException,
            OutputException {
        try {
            return SweepRendering.render(store, outcomes);
        } catch (IOException e) {
            throw new OutputException("cannot write the charts or report of " + store + ": " + e.getMessage(), e);
        }
    }

    /** The exit code of a store failure. */
    static int exitCode(StoreException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ExitCodes.NOT_FOUND;
            case INVALID -> ExitCodes.INVALID;
            case WRITE -> ExitCodes.OUTPUT;
        };
    }

    private static void print(SweepRendering.Rendered r, PrintWriter o, boolean notes) {
        if (notes) {
            r.notes().forEach(n -> o.println("note: " + n));
        }
        if (r.sensitivity() != null) {
            o.println("sensitivity indices: " + r.sensitivity());
            o.println("note: " + r.noise());
        }
        o.println("charts: " + r.charts() + " (" + r.figures().size() + " chart" + (r.figures().size() == 1 ? "" : "s")
                + ")");
        o.println("report: " + r.report());
        o.flush();
    }

    private static List<String> shards(Path dir) {
        List<String> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.sqlite")) {
            ds.forEach(p -> out.add(p.getFileName().toString()));
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }
}
