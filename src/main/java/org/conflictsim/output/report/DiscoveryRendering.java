package org.conflictsim.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.discover.Discovery;
import org.conflictsim.output.charts.ChartFiles;
import org.conflictsim.output.charts.DiscoveryCharts;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.results.DiscoveryCsv;

/**
 * Writes the files of a scenario discovery into a folder: {@code trajectory.csv}, {@code box.csv}, the charts
 * and {@code report.html}.
 */
public final class DiscoveryRendering {
    private DiscoveryRendering() {
    }

    /** Writes every file into {@code dir} and returns the charts. */
    public static List<Figure> write(Path dir, Discovery d, Map<String, String> provenance) throws IOException {
        Files.createDirectories(dir);
        ReportHtml.writeAtomically(dir.resolve("trajectory.csv"), DiscoveryCsv.trajectoryCsv(d));
        ReportHtml.writeAtomically(dir.resolve("box.csv"), DiscoveryCsv.boxCsv(d));
        List<Figure> figures = DiscoveryCharts.all(d);
        ChartFiles.writeAll(figures, dir.resolve(ResultsRendering.CHARTS_DIR));
        ReportHtml.writeAtomically(dir.resolve("report.html"), DiscoveryReport.html(d, figures, provenance, dir));
        return figures;
    }
}
