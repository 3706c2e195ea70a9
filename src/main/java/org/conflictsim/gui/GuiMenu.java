package org.conflictsim.gui;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import sim.display.Console;

/**
 * The "ConflictSim" menu, in the Console's menu bar and the dashboard's: choose a shipped scenario (the YAML
 * files next to the current one), presentation mode, restart with the same or the next seed, and show the
 * dashboard.
 */
public final class GuiMenu {
    private GuiMenu() {
    }

    /** A new menu for a GUI. */
    public static JMenu build(ConflictSimWithUI gui) {
        JMenu menu = new JMenu("ConflictSim");
        JMenu scenarios = new JMenu("Scenario");
        Path current = gui.setup().file();
        List<Path> files = scenarioFiles(current);
        ButtonGroup group = new ButtonGroup();
        for (Path f : files) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(f.getFileName().toString());
            item.setSelected(current != null
                    && f.toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize()));
            item.addActionListener(e -> Gui.reload(gui, f));
            group.add(item);
            scenarios.add(item);
        }
        scenarios.setEnabled(!files.isEmpty());
        menu.add(scenarios);
        menu.addSeparator();

        JMenuItem presentation = new JMenuItem("Presentation mode on/off");
        presentation.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0));
        presentation.addActionListener(e -> gui.setPresentation(!gui.style().presentation()));
        menu.add(presentation);

        JMenuItem dashboard = new JMenuItem("Show the dashboard");
        dashboard.addActionListener(e -> {
            if (gui.dashboard() != null) {
                gui.dashboard().frame().setVisible(true);
                gui.dashboard().frame().toFront();
            }
        });
        menu.add(dashboard);
        menu.addSeparator();

        JMenuItem same = new JMenuItem("Restart with the same seed");
        same.addActionListener(e -> restart(gui, false));
        menu.add(same);
        JMenuItem next = new JMenuItem("Restart with the next seed");
        next.addActionListener(e -> restart(gui, true));
        menu.add(next);
        return menu;
    }

    /** The scenario files (*.yaml) in the folder of the given scenario, sorted by name; empty if none. */
    static List<Path> scenarioFiles(Path scenario) {
        Path dir = scenario == null ? null : scenario.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Stops the run and plays again: with the Console's seed, or with the seed after it (MASON's Console
     * advances its seed on Stop when asked to; a stopped simulation is started paused first so that it can be
     * stopped).
     */
    static void restart(ConflictSimWithUI gui, boolean nextSeed) {
        if (!(gui.controller instanceof Console console)) {
            return;
        }
        boolean increment = console.getIncrementSeedOnStop();
        console.setIncrementSeedOnStop(nextSeed);
        if (nextSeed && console.getPlayState() == Console.PS_STOPPED) {
            console.pressPause();
        }
        console.pressStop();
        console.setIncrementSeedOnStop(increment);
        console.pressPlay();
    }
}
