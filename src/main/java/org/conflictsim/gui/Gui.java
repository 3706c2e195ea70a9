package org.conflictsim.gui;

import java.awt.Cursor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * Opens and closes GUI sessions: a {@link ConflictSimWithUI} with its MASON {@link Console}. Choosing another
 * scenario from the menu opens a new session for it and closes the old one.
 */
public final class Gui {
    private Gui() {
    }

    /**
     * A GUI and its Console.
     *
     * @param gui     the GUI state
     * @param console its Console
     */
    public record Session(ConflictSimWithUI gui, Console console) {
        /**
         * Stops the run and closes the windows without quitting the JVM (MASON's own close quits the
         * program when its last Console closes; tests and scenario switching must not). Any thread.
         */
        public void close() {
            onSwingAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.setVisible(false);
                console.dispose();
                Console.allControllers.remove(console);
            });
        }
    }

    /** Opens a session (on the Swing thread; blocks until the windows exist when called from another thread). */
    public static Session open(GuiSetup setup) {
        AtomicReference<Session> out = new AtomicReference<>();
        onSwingAndWait(() -> {
            ConflictSimWithUI gui = new ConflictSimWithUI(setup);
            Console console = new Console(gui);
            java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getMaximumWindowBounds();
            int width = 440;
            console.setSize(width, Math.min(820, screen.height));
            console.setLocation(Math.max(0, Math.min(1510, screen.x + screen.width - width)), screen.y);
            console.setVisible(true);
            out.set(new Session(gui, console));
        });
        return out.get();
    }

    /**
     * Replaces a session by one for another scenario file (its own seed and days; the presentation mode is
     * kept, the ensemble band only when it is the same scenario). A scenario that does not load is reported in a
     * dialog and the session stays. Swing thread.
     *
     * @return the new session, or null when the scenario did not load
     */
    static Session reload(ConflictSimWithUI old, Path file) {
        Console oldConsole = old.controller instanceof Console c ? c : null;
        java.awt.Component parent = old.dashboard() == null ? null : old.dashboard().frame();
        if (parent != null) {
            parent.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        }
        Scenario scenario;
        List<org.conflictsim.scenario.Problem> warnings;
        try {
            ScenarioLoader.Loaded loaded = ScenarioLoader.load(file);
            scenario = loaded.scenario();
            warnings = org.conflictsim.scenario.Warnings.of(loaded, scenario.days(), false);
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot load " + file.getFileName(),
                    JOptionPane.ERROR_MESSAGE);
            return null;
        } finally {
            if (parent != null) {
                parent.setCursor(Cursor.getDefaultCursor());
            }
        }
        if (!warnings.isEmpty()) {
            JOptionPane.showMessageDialog(parent, warnings.stream().map(org.conflictsim.scenario.Warnings::format)
                    .collect(java.util.stream.Collectors.joining("\n")), file.getFileName() + ": settings that cannot act",
                    JOptionPane.WARNING_MESSAGE);
        }
        GuiSetup before = old.setup();
        boolean same = scenario.id().equals(before.scenario().id());
        GuiSetup next = new GuiSetup(scenario, file, List.of(), scenario.seed(), scenario.days(),
                old.style().presentation(), same ? before.band() : null);
        Session opened = open(next);
        if (oldConsole != null) {
            new Session(old, oldConsole).close();
        }
        return opened;
    }

    private static void onSwingAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the GUI", e);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
        }
    }
}
