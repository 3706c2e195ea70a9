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
        return draw(dir, () -> ResultsCharts.renderCompare(dir), o, err);
    }

    /** Draws charts and report of a results folder. */
    @FunctionalInterface
    interface Render {
        ResultsCharts.Rendered render() throws IOException;
    }

    /**
     * Draws a folder's charts and report and says where they are; a missing file is exit code 3, a malformed
     * one 4, and a failure to write an {@link OutputException} (exit code 5).
     */
    static int draw(Path dir, Render render, PrintWriter o, PrintWriter err) throws OutputException {
        ResultsCharts.Rendered done;
        try {
            done = render.render();
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
        o.println("Charts: " + dir.resolve(ResultsCharts.CHARTS_DIR) + " (" + done.figures().size() + " charts"
                + (done.maps() == null ? "" : ", " + done.maps().maps().size() + " maps and an animation") + ")");
        o.println("Report: " + done.report());
        return ExitCodes.OK;
    }
}
