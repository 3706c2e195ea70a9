package org.conflictsim.gui;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.model.params.Scenario;

/**
 * What a GUI session shows: the scenario (as loaded, after {@code --set}), where it came from, the master
 * seed and horizon, the mode, and the optional ensemble band.
 *
 * @param scenario     the scenario
 * @param file         its file (the scenario menu lists the YAML files next to it)
 * @param sets         the {@code --set KEY=VALUE} overrides it was loaded with (a scenario chosen later from
 *                     the menu is loaded without them: they name keys of this file)
 * @param masterSeed   master seed, as {@code run --seed}: the GUI runs replicate 0 of it
 * @param days         days to simulate, 1–36500
 * @param presentation start in presentation mode
 * @param band         ensemble band for the territory chart, or null
 */
public record GuiSetup(Scenario scenario, Path file, List<String> sets, long masterSeed, int days,
                       boolean presentation, EnsembleBand band) {
    public GuiSetup {
        if (scenario == null) {
            throw new IllegalArgumentException("a GUI needs a scenario");
        }
        if (days < Scenario.DAYS.min() || days > Scenario.DAYS.max()) {
            throw new IllegalArgumentException("days must be between " + (int) Scenario.DAYS.min() + " and "
                    + (int) Scenario.DAYS.max() + ", got " + days);
        }
        sets = List.copyOf(sets);
    }

    /** The scenario with its own seed and horizon, no overrides, desk mode, no band. */
    public static GuiSetup of(Scenario scenario, Path file) {
        return new GuiSetup(scenario, file, List.of(), scenario.seed(), scenario.days(), false, null);
    }

    /** The same setup in or out of presentation mode. */
    public GuiSetup withPresentation(boolean on) {
        return new GuiSetup(scenario, file, sets, masterSeed, days, on, band);
    }
}
