package org.conflictsim.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.output.charts.CalibrationCharts;
import org.conflictsim.output.charts.ChartFiles;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.results.CalibrationCsv;

/**
 * Writes the files of a finished calibration beside its stage stores: the data files
 * ({@link CalibrationCsv}), the charts ({@link CalibrationCharts}) and {@code report.html}; each file through a
 * temporary file renamed into place.
 */
public final class CalibrationRendering {
    private CalibrationRendering() {
    }

    /**
     * What was written.
     *
     * @param charts  the charts folder
     * @param figures number of charts
     * @param report  the report
     */
    public record Written(Path charts, int figures, Path report) {
    }

    /**
     * Writes every file.
     *
     * @param provenance tool version, git commit, command and checksums, for the manifest and the report
     */
    public static Written write(Path dir, Posterior post, Map<String, String> provenance) throws IOException {
        Files.createDirectories(dir);
        ReportHtml.writeAtomically(dir.resolve("posterior.csv"), CalibrationCsv.posteriorCsv(post));
        ReportHtml.writeAtomically(dir.resolve("parameters.csv"), CalibrationCsv.parametersCsv(post));
        ReportHtml.writeAtomically(dir.resolve("generations.csv"), CalibrationCsv.generationsCsv(post));
        ReportHtml.writeAtomically(dir.resolve("predictive.csv"), CalibrationCsv.predictiveCsv(post));
        ReportHtml.writeAtomically(dir.resolve("scores.csv"), CalibrationCsv.scoresCsv(post));
        ReportHtml.writeAtomically(dir.resolve("manifest.json"), CalibrationCsv.manifest(post, provenance));
        List<Figure> figures = CalibrationCharts.all(post);
        Path charts = dir.resolve(ResultsRendering.CHARTS_DIR);
        ChartFiles.writeAll(figures, charts);
        Path report = dir.resolve("report.html");
        ReportHtml.writeAtomically(report, CalibrationReport.html(post, figures, provenance, dir));
        return new Written(charts, figures.size(), report);
    }
}
