package org.conflictsim.output.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.SweepCharts;
import org.conflictsim.output.charts.SweepData;
import org.conflictsim.output.charts.SweepOutcome;

/**
 * Renders the charts and report of a complete sweep from its store: the entry point for {@code sweep} (when
 * every run is recorded), {@code merge} (when no run is missing) and {@code chart SWEEP_DIR}. Writes, beside
 * the store, {@code sensitivity.csv} (Morris and Saltelli designs; recomputed from the store, so it always
 * matches it), {@code charts/} (PNG and SVG per chart) and {@code report.html}.
 *
 * <p>Per charted outcome ({@link org.conflictsim.output.charts.SweepOutcomes}) the charts of
 * {@link SweepCharts#figures}. Every file is written to a temporary file and renamed into place; charts
 * of an earlier rendering that this one did not draw (another choice of outcomes) are removed afterwards.
 * Nothing else in the folder is touched.
 */
public final class SweepRendering {
    /** File name of the store in a sweep folder. */
    public static final String STORE = "sweep.sqlite";
    /** File name of the sensitivity indices. */
    public static final String SENSITIVITY = "sensitivity.csv";

    private SweepRendering() {
    }

    /**
     * What was written.
     *
     * @param report      the report
     * @param charts      the charts folder
     * @param figures     the charts, in report order
     * @param sensitivity {@code sensitivity.csv}, or null for designs without indices
     * @param noise       what the indices say about replicate noise ({@link SensitivityReport#noiseNote}), or
     *                    empty for designs without indices
     * @param notes       what was left out and why
     */
    public record Rendered(Path report, Path charts, List<Figure> figures, Path sensitivity, String noise,
                           List<String> notes) {
        public Rendered {
            figures = List.copyOf(figures);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Renders a complete store's charts and report into its folder.
     *
     * @param store    the store file
     * @param outcomes outcome names or patterns ({@code *} for any text) to chart; empty for the default choice
     * @throws StoreException           NOT_FOUND when the store is missing; INVALID when it is not a sweep store,
     *                                  or a shard, or not complete
     * @throws IllegalArgumentException when an asked-for outcome matches none (the message lists them)
     * @throws IOException              when a file cannot be written
     */
    public static Rendered render(Path store, List<String> outcomes) throws StoreException, IOException {
        SweepData d = SweepData.read(store, outcomes);
        Path csv = null;
        if (!d.sensitivity().isEmpty()) {
            csv = store.resolveSibling(SENSITIVITY);
            SensitivityReport.write(d.sensitivity(), csv);
        }
        List<String> notes = new ArrayList<>(d.notes());
        String noise = d.sensitivity().isEmpty() ? ""
                : SensitivityReport.noiseNote(d.meta().getOrDefault("seed_mode", "per-point"), d.replications());
        List<SweepReport.Section> sections = new ArrayList<>();
        List<Figure> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SweepOutcome o : d.outcomes()) {
            List<Figure> figs = unique(SweepCharts.figures(d, o, notes), names);
            sections.add(new SweepReport.Section(o, figs));
            all.addAll(figs);
        }
        Path charts = store.resolveSibling(ResultsRendering.CHARTS_DIR);
        ResultsRendering.writeInParallel(all, charts);
        removeOthers(charts, all);
        Path report = SweepReport.write(d, sections, notes, store.resolveSibling(ResultsRendering.REPORT));
        return new Rendered(report, charts, all, csv, noise, notes);
    }

    /** The figures, renamed {@code name-2}, {@code name-3}, ... where a name is taken already. */
    private static List<Figure> unique(List<Figure> figures, Set<String> taken) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            String name = f.name();
            for (int k = 2; !taken.add(name); k++) {
                name = f.name() + "-" + k;
            }
            out.add(name.equals(f.name()) ? f : new Figure(name, f.title(), f.caption(), f.chart(), f.width(),
                    f.height()));
        }
        return out;
    }

    /** Removes PNG and SVG files in {@code charts} that are not among the figures just written. */
    private static void removeOthers(Path charts, List<Figure> written) throws IOException {
        Set<String> keep = new HashSet<>();
        for (Figure f : written) {
            keep.add(f.name() + ".png");
            keep.add(f.name() + ".svg");
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(charts, "*.{png,svg}")) {
            for (Path p : ds) {
                if (!keep.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
