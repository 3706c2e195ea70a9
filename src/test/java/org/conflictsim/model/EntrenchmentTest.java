package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prepared defences (docs/ODD.md §7.7 step 3): the days a holder has held a cell on the front line, which the
 * entrenchment multiplier reads. Over a kivu-2025 run with fighting, every day: a cell that changed hands has
 * held nothing; a cell on the front at the end of yesterday that kept its holder has held one day more; a cell
 * behind the front keeps its count; the front lines of the start begin at {@code entrenchedAtStart}.
 */
class EntrenchmentTest {

    private static final int DAYS = 90;
    private static final int AT_START = 119;

    @TempDir
    Path tmp;

    @Test
    void daysHeldOnTheFrontGrowWhileHeldAndRestartWhenTheCellChangesHands() throws Exception {
        Path f = tmp.resolve("kivu-entrenched.yaml");
        Files.writeString(f, "extends: " + TestScenarios.KIVU.toAbsolutePath().normalize() + "\n"
                + "id: kivu-entrenched\n"
                + "rules:\n  combat:\n    entrenchment: 0.5\n    entrenchDays: 30\n    entrenchedAtStart: "
                + AT_START + "\n", StandardCharsets.UTF_8);
        Scenario sc = ScenarioLoader.load(f).scenario();
        World w = sc.world();
        ConflictModel m = new ConflictModel(sc, 7L, DAYS);
        m.start();
        int cells = w.cells();
        int[] held = new int[cells];
        int[] holder = new int[cells];
        boolean[] front = new boolean[cells];
        int startFront = 0;
        for (int c = 0; c < cells; c++) {
            holder[c] = m.controller(c);
            front[c] = m.frontier(c);
            held[c] = m.heldOnFront(c);
            if (front[c]) {
                startFront++;
                assertEquals(AT_START, held[c], "start front cell " + c);
            } else {
                assertEquals(0, held[c], "cell " + c + " behind the start's front lines");
            }
        }
        assertTrue(startFront > 0, "kivu-2025 starts with a front");
        int changed = 0;
        int grown = 0;
        for (int d = 0; d < DAYS; d++) {
            m.schedule.step(m);
            for (int c = 0; c < cells; c++) {
                int now = m.heldOnFront(c);
                int ctl = m.controller(c);
                if (ctl != holder[c]) {
                    changed++;
                    assertEquals(0, now, "day " + d + ", cell " + c + " changed hands");
                } else if (front[c]) {
                    // kept its holder: one day more, or 0 if it was taken and retaken the same day
                    assertTrue(now == held[c] + 1 || now == 0, "day " + d + ", cell " + c + ": " + held[c] + " -> " + now);
                    grown += now == held[c] + 1 ? 1 : 0;
                } else {
                    assertTrue(now == held[c] || now == 0, "day " + d + ", cell " + c + " behind the front: "
                            + held[c] + " -> " + now);
                }
                held[c] = now;
                holder[c] = ctl;
                front[c] = m.frontier(c);
            }
        }
        m.finish();
        assertTrue(changed > 0, "no cell changed hands in " + DAYS + " days: the test saw no fighting");
        assertTrue(grown > 0, "no front cell was held another day");
    }
}
