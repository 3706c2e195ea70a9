package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.Place;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forceControl instrument (a scripted capture), on island.yaml with one extra place on the rebels'
 * front line (row 7 of the grid, just north of the government's plain) handed to the government on day 31.
 */
class ForceControlTest {

    private static final int HANDOVER_DAY = 31; // 2025-02-01, island starts 2025-01-01
    private static final int GOV = 0;
    private static final int REB = 1;

    @TempDir
    Path tmp;

    private Scenario scenario() throws Exception {
        String island = Files.readString(TestScenarios.ISLAND, StandardCharsets.UTF_8);
        String text = island.replace("  roads:\n",
                "    - {id: border-post, name: Border Post, kind: town, lat: 0.61, lon: 0.52, population: 1000, value: 1000}\n"
                        + "  roads:\n")
                + "  - id: handover\n    label: Border post handed to the government\n    on: 2025-02-01\n"
                + "    forceControl: {place: border-post, faction: GOV}\n";
        Path f = tmp.resolve("island-handover.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return ScenarioLoader.load(f).scenario();
    }

    private static int placeIndex(Scenario sc, String id) {
        for (int i = 0; i < sc.world().places().size(); i++) {
            if (sc.world().places().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theCellChangesHandsOnTheEventDayAndTheCaptureIsLogged() throws Exception {
        Scenario sc = scenario();
        int p = placeIndex(sc, "border-post");
        Place place = sc.world().places().get(p);
        int cell = place.cell();
        assertEquals(REB, sc.controller(cell), "the post starts in rebel hands");
        ConflictModel m = new ConflictModel(sc, 7, HANDOVER_DAY + 1);
        m.start();
        for (int d = 0; d < HANDOVER_DAY; d++) {
            m.schedule.step(m);
        }
        assertEquals(REB, m.controller(cell), "still rebel on day " + (HANDOVER_DAY - 1));
        m.schedule.step(m);
        assertEquals(HANDOVER_DAY, m.day());
        assertEquals(GOV, m.controller(cell));
        assertTrue(m.events().stream().anyMatch(e -> e.day() == HANDOVER_DAY && e.type().equals("instrument-start")
                && e.subject().equals("handover") && e.actor().equals("GOV")), m.events().toString());
        assertTrue(m.events().stream().anyMatch(e -> e.day() == HANDOVER_DAY && e.type().equals("capture")
                && e.subject().equals("border-post") && e.actor().equals("GOV")
                && e.detail().equals("Border Post taken by GOV from REB")), m.events().toString());
        assertEquals(HANDOVER_DAY, m.captureDay(p));
        assertEquals(GOV, m.capturedBy(p));
    }

    @Test
    void aScriptedCaptureLeavesNoEnemyFightersInTheCell() throws Exception {
        Scenario sc = scenario();
        int cell = sc.world().places().get(placeIndex(sc, "border-post")).cell();
        ConflictModel m = new ConflictModel(sc, 7, HANDOVER_DAY + 1);
        m.start();
        for (int d = 0; d < HANDOVER_DAY; d++) {
            m.schedule.step(m);
        }
        assertTrue(m.forces(REB, cell) > 1, "precondition: rebels hold the post with fighters, " + m.forces(REB, cell));
        m.schedule.step(m);
        assertEquals(GOV, m.controller(cell));
        // today: about 58 rebel fighters remain in the government's cell
        assertEquals(0.0, m.forces(REB, cell), 1e-9);
    }
}
