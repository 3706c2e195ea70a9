package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.conflictsim.output.charts.MalformedResultsException;
import org.conflictsim.output.charts.ResultsCharts;

/**
 * {@code conflictsim chart DIR} for a folder written by {@code compare}: redraws its charts and
 * {@code report.html} from its files. A comparison has no maps, so map options do not apply.
 */
final class ChartCompareFolder {
    private ChartCompareFolder() {
    }

    /**
     * Renders and reports what was written.
     *
     * @param dir     the compare folder
     * @param mapDate whether {@code --map-date} was given (a usage error here)
     * @return the exit code
     * @throws OutputException if charts or report cannot be written
     */
    static int render(Path dir, boolean mapDate, PrintWriter o, PrintWriter err) throws OutputException {
        if (mapDate) {
            err.println("error: --map-date: " + dir + " is a compare folder, which has no maps");
            return ExitCodes.USAGE;
        }
        ResultsCharts.Rendered done;
        try {
            done = ResultsCharts.renderCompare(dir);
        } catch (NoSuchFileException e) {
            err.println("error: " + e.getFile() + ": not found" + (e.getReason() == null ? "" : " (" + e.getReason()
                    + ")"));
            return ExitCodes.NOT_FOUND;
        } catch (MalformedResultsException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IOException e) {
            throw new OutputException("cannot write charts under " + dir + ": " + e.getMessage(), e);
        }
        for (String note : done.notes()) {
            o.println("note: " + note);
        }
        o.println("Charts: " + dir.resolve(ResultsCharts.CHARTS_DIR) + " (" + done.figures().size() + " charts)");
        o.println("Report: " + done.report());
        return ExitCodes.OK;
    }
}
