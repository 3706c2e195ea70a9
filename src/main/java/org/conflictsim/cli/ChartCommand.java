package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.charts.ControlMaps;
import org.conflictsim.output.report.ResultsRendering;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.MalformedResultsException;
import org.conflictsim.output.results.Manifest;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conflictsim chart}: draws the charts, maps and {@code report.html} of a results folder again from
 * its files; a compare folder has no maps, and a sweep folder (with {@code sweep.sqlite}) is handed to
 * {@link SweepChart}. Maps need the model: replicate 0 is run again from the original scenario file that
 * {@code manifest.json} names (with the manifest's overrides and master seed), and only when that file still
 * has the checksum recorded in the manifest; otherwise the maps are left out with a note in the report.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraws charts, maps and report.html of a results folder from its files.",
            "Maps run replicate 0 again from the scenario file named in manifest.json",
            "(a relative path is taken from the current folder); if that file is missing",
            "or has changed since the run, the maps are left out with a note.",
            "A folder written by compare gets its charts and report (no maps).",
            "A sweep folder (holding sweep.sqlite; or the store itself) gets its",
            "heatmaps, scatter plots, sensitivity charts and report.html from the store."},
        footer = ExitCodes.HELP)
public final class ChartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR",
            description = "a results folder written by run or compare, or a sweep folder")
    private Path dir;

    @Option(names = "--map-date", paramLabel = "DATE", split = ",",
            description = {"date of a map, YYYY-MM-DD; repeat or separate by commas",
                "(default: the start, 60 and 120 days later, the last day)"})
    private List<LocalDate> mapDates = new ArrayList<>();

    @Option(names = "--no-maps", description = "do not run the scenario again; leave the maps out")
    private boolean noMaps;

    @Option(names = "--outcome", paramLabel = "NAME", description = {"sweep folders: an outcome to chart",
        "(* for any text); repeat for more", "(default: up to 6 of the sweep file's outcomes)"})
    private List<String> outcomes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path store = SweepChart.store(dir);
        if (store != null) {
            return SweepChart.chart(store, outcomes, o, err);
        }
        if (!outcomes.isEmpty()) {
            err.println("error: --outcome is for sweep folders; " + dir + " holds no sweep.sqlite");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + ": no such results folder");
            return ExitCodes.NOT_FOUND;
        }
        if (CompareFolder.isCompare(dir)) {
            if (!mapDates.isEmpty()) {
                err.println("error: --map-date: " + dir + " is a compare folder, which has no maps");
                return ExitCodes.USAGE;
            }
            return draw(dir, () -> ResultsRendering.renderCompare(dir), o, err);
        }
        Manifest m;
        try {
            m = Manifest.read(dir.resolve("manifest.json"));
        } catch (NoSuchFileException e) {
            err.println("error: " + e.getFile() + ": not found (is " + dir + " a results folder of run?)");
            return ExitCodes.NOT_FOUND;
        } catch (MalformedResultsException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        for (LocalDate d : mapDates) {
            if (d.isBefore(m.start()) || d.isAfter(m.end())) {
                err.println("error: --map-date " + d + " is outside the run (" + m.start() + " to " + m.end() + ")");
                return ExitCodes.USAGE;
            }
        }
        ResultsRendering.MapSource maps = noMaps ? ResultsRendering.MapSource.none("--no-maps was given.") : maps(m);
        return draw(dir, () -> ResultsRendering.renderRun(dir, maps), o, err);
    }

    /** Replicate 0 of the original scenario, or why it cannot be run again. */
    private ResultsRendering.MapSource maps(Manifest m) {
        if (m.scenarioFile().isEmpty()) {
            return ResultsRendering.MapSource.none("manifest.json names no scenario file.");
        }
        Path file = Path.of(m.scenarioFile());
        if (!Files.isRegularFile(file)) {
            return ResultsRendering.MapSource.none("the scenario file " + file + " named in manifest.json is not found "
                    + "from " + Path.of("").toAbsolutePath() + " (run chart from the folder the run started in).");
        }
        ScenarioLoader.Loaded loaded;
        try {
            loaded = ScenarioLoader.load(file, m.overrides());
        } catch (ScenarioException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return ResultsRendering.MapSource.none("the scenario file " + file + " no longer loads: " + first);
        }
        if (!m.scenarioSha256().isEmpty() && !Provenance.sha256(loaded.text()).equals(m.scenarioSha256())) {
            return ResultsRendering.MapSource.none("the scenario file " + file + " has changed since the run (its "
                    + "SHA-256 differs from the manifest's), so running it again would not give these results.");
        }
        Scenario sc = loaded.scenario();
        long seed = Seeds.runSeed(m.masterSeed(), 0, 0);
        if (!m.runSeeds().isEmpty() && !m.runSeeds().get(0).equals(Long.toUnsignedString(seed))) {
            return ResultsRendering.MapSource.none("the seed of replicate 0 in manifest.json does not follow from "
                    + "master seed " + m.masterSeed() + " by this version's seed formula.");
        }
        if (!sc.start().equals(m.start())) {
            return ResultsRendering.MapSource.none("the scenario starts on " + sc.start() + ", the results on "
                    + m.start() + ".");
        }
        List<LocalDate> dates = mapDates.isEmpty() ? ControlMaps.defaultDates(m.start(), m.days()) : mapDates;
        return ResultsRendering.MapSource.of(new ControlMaps.Request(sc, seed, 0, m.days(), dates));
    }

    /** Draws charts and report of a results folder. */
    @FunctionalInterface
    interface Render {
        ResultsRendering.Rendered render() throws IOException;
    }

    /**
     * Draws a folder's charts and report and says where they are; a missing file is exit code 3, a malformed
     * one 4, and a failure to write an {@link OutputException} (exit code 5).
     */
    static int draw(Path dir, Render render, PrintWriter o, PrintWriter err) throws OutputException {
        ResultsRendering.Rendered done;
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
        o.println("Charts: " + dir.resolve(ResultsRendering.CHARTS_DIR) + " (" + done.figures().size() + " charts"
                + (done.maps() == null ? "" : ", " + done.maps().maps().size() + " maps and an animation") + ")");
        o.println("Report: " + done.report());
        return ExitCodes.OK;
    }
}
