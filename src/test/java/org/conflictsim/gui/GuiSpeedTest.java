package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/**
 * Speed with everything on screen: the Console plays kivu-2025 (110 x 160 cells, 460 mines) with the map and
 * the five charts repainting, at the default scale, and the test measures simulated days per second over 200
 * days. The target is at least 20 days per second; the figure is a measurement, printed and written to
 * {@code target/gui-screenshots/speed.txt}, not an assertion (timings on a shared machine are no test).
 */
class GuiSpeedTest {
    static final int DAYS = 200;

    @Test
    void kivuPlaysWithMapAndChartsRepaintingAndReportsDaysPerSecond() throws Exception {
        Screen.require();
        Scenario sc = TestScenarios.kivu().scenario();
        Gui.Session s = Gui.open(new GuiSetup(sc, TestScenarios.KIVU, List.of(), sc.seed(), sc.days(), false, null));
        try {
            Screen.settle();
            long mapBefore = s.gui().map().paints();
            long chartsBefore = chartPaints(s.gui());
            long t0 = System.nanoTime();
            Screen.onSwing(() -> s.console().pressPlay());
            long deadline = t0 + 120_000_000_000L;
            while (s.gui().model().schedule.getSteps() < DAYS && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            long t1 = System.nanoTime();
            long steps = s.gui().model().schedule.getSteps();
            Screen.onSwing(() -> s.console().pressPause());
            assertTrue(s.console().getPlayState() == Console.PS_PAUSED);
            double seconds = (t1 - t0) / 1e9;
            double daysPerSecond = steps / seconds;
            long mapPaints = s.gui().map().paints() - mapBefore;
            long chartPaints = chartPaints(s.gui()) - chartsBefore;
            String report = String.format(Locale.UK, "kivu-2025: %d days in %.2f s = %.1f days/s with the map "
                    + "painted %d times (%.1f/s) and the 5 charts %d times in all (%.1f/s each)%n", steps, seconds,
                    daysPerSecond, mapPaints, mapPaints / seconds, chartPaints, chartPaints / seconds / 5);
            System.out.print(report);
            Files.createDirectories(Screen.SHOTS);
            Files.writeString(Screen.SHOTS.resolve("speed.txt"), report, StandardCharsets.UTF_8);
            Screen.save(Screen.paint(s.gui().dashboard().frame().getRootPane()), "kivu-after-speed-run");
            assertTrue(steps >= DAYS, "only " + steps + " days in two minutes");
            assertTrue(mapPaints >= 10 && chartPaints >= 10, "the map and charts repainted while playing: " + report);
        } finally {
            s.close();
        }
    }

    private static long chartPaints(ConflictSimWithUI gui) {
        long n = 0;
        for (LiveChart c : gui.charts().all()) {
            n += c.paints();
        }
        return n;
    }
}
