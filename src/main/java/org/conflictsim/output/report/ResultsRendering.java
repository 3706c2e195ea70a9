package org.conflictsim.output.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.output.charts.ChartFiles;
import org.conflictsim.output.charts.CompareCharts;
import org.conflictsim.output.charts.ControlMaps;
import org.conflictsim.output.charts.ControlSnapshot;
import org.conflictsim.output.charts.FactionPalette;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.RunCharts;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.Tasks;

/**
 * Renders the charts, maps and report of a results folder: the entry point for {@code run} (after it has
 * written its files) and {@code chart} (from the folder alone). Everything is read back from the folder's
 * files, so both commands give the same charts; only the maps need the model, which the caller supplies as
 * a {@link MapSource}.
 *
 * <p>Writes {@code charts/} (PNG and SVG per chart, {@code map-<date>.png/.svg}, {@code control.gif}) and
 * {@code report.html}. Earlier PNG, SVG and GIF files in {@code charts/} are removed first, so a re-render
 * leaves no stale chart behind. Compare folders have {@link #renderCompare}; sweep folders will get their
 * own {@code render...} method here, built from the same parts.
 */
public final class ResultsRendering {
    /** Sub-folder of the results folder that holds the charts. */
    public static final String CHARTS_DIR = "charts";
    /** File name of the report. */
    public static final String REPORT = "report.html";

    private ResultsRendering() {
    }

    /**
     * Where maps come from: a replicate to run again, or the reason there are no maps.
     *
     * @param request     what to run again, or null
     * @param unavailable why there are no maps (when {@code request} is null)
     */
    public record MapSource(ControlMaps.Request request, List<ControlSnapshot> recorded, String unavailable) {
        public MapSource {
            if ((request == null) == (unavailable == null)) {
                throw new IllegalArgumentException("give either a map request or a reason for no maps");
            }
            recorded = recorded == null ? null : List.copyOf(recorded);
        }

        /** Maps from running a replicate again. */
        public static MapSource of(ControlMaps.Request request) {
            return new MapSource(request, null, null);
        }

        /**
         * Maps of a replicate recorded while it ran ({@link ControlMaps#recorder}), so it need not run again.
         */
        public static MapSource recorded(ControlMaps.Request request, List<ControlSnapshot> snapshots) {
            return new MapSource(request, snapshots, null);
        }

        /** No maps, for the reason given (a sentence for the report). */
        public static MapSource none(String reason) {
            return new MapSource(null, null, reason);
        }
    }

    /**
     * What was written.
     *
     * @param report  the report file
     * @param figures the charts written (PNG and SVG each), in report order
     * @param maps    the maps written, or null
     * @param notes   what was left out and why
     */
    public record Rendered(Path report, List<Figure> figures, ControlMaps.Output maps, List<String> notes) {
        public Rendered {
            figures = List.copyOf(figures);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Renders charts, maps and report of a {@code run} results folder, read from its files.
     *
     * @param dir  the results folder (with the files {@link RunFolder#FILES})
     * @param maps where maps come from
     * @throws java.nio.file.NoSuchFileException if the folder or one of its files is missing
     * @throws MalformedResultsException         if a file cannot be read as {@code run} writes it
     * @throws IOException                       if charts or report cannot be written
     */
    public static Rendered renderRun(Path dir, MapSource maps) throws IOException {
        RunFolder r = RunFolder.read(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon());
        try {
            return renderRun(r, maps, pool, () -> null);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes figures with one task per figure on as many threads as there are cores. */
    static void writeInParallel(List<Figure> figures, Path dir) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon());
        try {
            for (Future<ChartFiles.Written> w : ChartFiles.writeAll(figures, dir, pool)) {
                Tasks.get(w);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Threads that do not keep the JVM alive. */
    public static java.util.concurrent.ThreadFactory daemon() {
        return work -> {
            Thread t = new Thread(work, "conflictsim-output");
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Renders charts, maps and report of results given in memory into {@code r.dir()}, in parallel on
     * {@code pool}: the replicate for the maps runs again while the charts are drawn (unless its snapshots were
     * recorded while it ran), each chart, each map and each
     * frame of the animation is a task, and the calling thread (not one of the pool's) compresses the animation.
     *
     * @param maps       where maps come from
     * @param dataInPlace waited for before the report is written (the report links the data files it finds, with
     *                    their sizes)
     * @throws IOException if charts or report cannot be written
     */
    public static Rendered renderRun(RunFolder r, MapSource maps, ExecutorService pool, Tasks.IoWork<?> dataInPlace)
            throws IOException {
        Path dir = r.dir();
        Path charts = dir.resolve(CHARTS_DIR);
        clean(charts);
        Future<List<ControlSnapshot>> replay = null;
        String mismatch = maps.request() == null ? null : mismatch(r, maps.request());
        if (maps.request() != null && mismatch == null && maps.recorded() == null) {
            ControlMaps.Request req = maps.request();
            replay = pool.submit(() -> ControlMaps.replay(req));
        }
        RunCharts.ChartSet set = RunCharts.all(r);
        List<Future<ChartFiles.Written>> written = ChartFiles.writeAll(set.figures(), charts, pool);
        List<String> notes = new ArrayList<>(set.notes());
        ControlMaps.Output out = null;
        if (maps.request() == null) {
            notes.add("Maps of control are left out: " + maps.unavailable());
        } else if (mismatch != null) {
            notes.add("Maps of control are left out: " + mismatch);
        } else {
            out = ControlMaps.write(maps.request(), replay == null ? maps.recorded() : Tasks.get(replay),
                    FactionPalette.of(r.scenario()),
                    r.scenario().mapCredits(), charts, pool);
            String differs = differs(r, out);
            if (differs != null) {
                notes.add("The maps may not show replicate 0 of these results: " + differs);
            }
        }
        for (Future<ChartFiles.Written> w : written) {
            Tasks.get(w);
        }
        dataInPlace.call();
        Path report = RunReport.write(r, new RunReport.Content(set.figures(), out, notes), dir.resolve(REPORT));
        return new Rendered(report, set.figures(), out, notes);
    }

    /**
     * Renders the charts and report of a {@code compare} results folder from its files (a comparison has no
     * maps: it would need one per scenario, and the run charts show them).
     *
     * @param dir the results folder
     * @throws java.nio.file.NoSuchFileException if the folder or one of its files is missing
     * @throws MalformedResultsException         if a file cannot be read as {@code compare} writes it
     * @throws IOException                       if charts or report cannot be written
     */
    public static Rendered renderCompare(Path dir) throws IOException {
        CompareFolder c = CompareFolder.read(dir);
        Path charts = dir.resolve(CHARTS_DIR);
        clean(charts);
        RunCharts.ChartSet set = CompareCharts.all(c);
        writeInParallel(set.figures(), charts);
        Path report = CompareReport.write(c, set.figures(), set.notes(), dir.resolve(REPORT));
        return new Rendered(report, set.figures(), null, set.notes());
    }

    /** Why a map request cannot be drawn with the folder's palette, or null. */
    private static String mismatch(RunFolder r, ControlMaps.Request req) {
        FactionPalette pal = FactionPalette.of(r.scenario());
        for (FactionSpec f : req.scenario().factions()) {
            if (!pal.contains(f.id())) {
                return "the scenario run again has faction " + f.id() + ", which scenario.yaml of the results does "
                        + "not name.";
            }
        }
        if (req.days() != r.manifest().days()) {
            return "the run again would last " + req.days() + " days, the results " + r.manifest().days() + ".";
        }
        return null;
    }

    /** Whether the re-run ended with other territory shares than replicate 0 in the daily series, or null. */
    private static String differs(RunFolder r, ControlMaps.Output out) {
        int last = r.manifest().days() - 1;
        for (Map.Entry<String, Double> e : out.finalShare().entrySet()) {
            double recorded = r.series().value(Metric.TERRITORY_SHARE.id(), e.getKey(), 0, last);
            if (!Double.isNaN(recorded) && Math.abs(recorded - e.getValue()) > 1e-6) {
                return "on the last day " + e.getKey() + " holds " + e.getValue() + " of the theatre in the run "
                        + "again but " + recorded + " in the daily series of the results (the scenario file or the model changed "
                        + "since).";
            }
        }
        return null;
    }

    private static void clean(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(charts, "*.{png,svg,gif}")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
    }
}
