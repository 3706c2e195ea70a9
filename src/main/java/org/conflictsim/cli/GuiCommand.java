package org.conflictsim.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.conflictsim.gui.EnsembleBand;
import org.conflictsim.gui.Gui;
import org.conflictsim.gui.GuiSetup;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conflictsim gui}: the MASON Console with the map, live charts, the date, the event ticker and the
 * levers. The command returns when the Console is closed (MASON then ends the program with status 0).
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the live GUI for the classroom (needs a display).",
            "",
            "MASON's Console with a map of control, live charts, the date, an event",
            "ticker and the levers (the Console's Model tab)."},
        footer = ExitCodes.HELP)
public final class GuiCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/kivu-2025.yaml",
            description = "scenario file (default: ${DEFAULT-VALUE})")
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "master seed, as for run (default: the scenario's); the GUI shows replicate 0 of it")
    private Long seed;

    @Option(names = "--days", paramLabel = "N", description = "days to simulate (default: the scenario's days)")
    private Integer days;

    @Option(names = "--presentation", description = "start in presentation mode (large fonts, full screen)")
    private boolean presentation;

    @Option(names = "--band", paramLabel = "RESULTS_DIR", description = {"draw the 5-95%% band of territory shares",
        "of an earlier run (its timeseries.csv) or compare (its bands.csv: the band of the",
        "scenario shown, else of the baseline) behind the live territory chart"})
    private Path band;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a scenario value, as for run")
    private List<String> sets = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private StrictOption strict = new StrictOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!OptionChecks.days(err, days)) {
            return ExitCodes.USAGE;
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, sets);
        Scenario sc = loaded.scenario();
        if (!strict.allows(err, StrictOption.print(err, loaded, days != null ? days : sc.days(), days != null))) {
            return ExitCodes.INVALID;
        }
        EnsembleBand ensemble = null;
        if (band != null) {
            try {
                ensemble = EnsembleBand.read(band, sc.id());
            } catch (EnsembleBand.BandException e) {
                err.println("error: " + e.getMessage());
                return e.missing() ? ExitCodes.NOT_FOUND : ExitCodes.INVALID;
            }
            EnsembleBand read = ensemble;
            if (sc.factions().stream().noneMatch(f -> read.band(f.id()) != null)) {
                err.println("error: " + band + " has no territory shares of the factions of " + sc.id()
                        + " (it has " + String.join(", ", ensemble.factions()) + ")");
                return ExitCodes.INVALID;
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("error: the GUI needs a display, and this Java runs headless (no DISPLAY, or "
                    + "-Djava.awt.headless=true)");
            return ExitCodes.USAGE;
        }
        GuiSetup setup = new GuiSetup(sc, scenarioFile, sets, seed != null ? seed : sc.seed(),
                days != null ? days : sc.days(), presentation, ensemble);
        Gui.open(setup);
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}
