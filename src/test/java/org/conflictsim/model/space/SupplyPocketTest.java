package org.conflictsim.model.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.World;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Encirclement (ODD §7.7): a cell of the island's government ringed by rebel-held cells becomes a pocket cut off
 * from the government's main area, where the government (no supply base) fights with the floor; nowhere else, and
 * not at all with encirclement off.
 */
class SupplyPocketTest {

    private static ModelState islandWith(String encirclement) throws Exception {
        ModelState st = new ModelState(ScenarioLoader.load(TestScenarios.ISLAND,
                List.of("rules.logistics.encirclement=" + encirclement)).scenario());
        st.setRandom(new MersenneTwisterFast(20241201L));
        st.init();
        return st;
    }

    /** The first government cell whose four neighbours are government-held theatre cells with neighbours of their own. */
    private static int innerCell(ModelState st, int gov) {
        World w = st.world();
        int[] nb = new int[4];
        for (int i = 0; i < w.theatreCellCount(); i++) {
            int c = w.theatreCell(i);
            if (st.territory().controller(c) != gov || w.neighbours(c, nb) != 4) {
                continue;
            }
            boolean inner = true;
            for (int e : nb) {
                inner &= w.theatre(e) && st.territory().controller(e) == gov;
            }
            if (inner) {
                return c;
            }
        }
        throw new AssertionError("no inner government cell");
    }

    private static Faction faction(ModelState st, String id) {
        return st.factions().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
    }

    private static int ring(ModelState st, int c, int taker) {
        int[] nb = new int[4];
        int n = st.world().neighbours(c, nb);
        for (int k = 0; k < n; k++) {
            st.territory().changeHands(nb[k], taker, 1);
        }
        st.supply().update();
        return n;
    }

    @Test
    void aRingedCellIsAPocketThatFightsWithTheFloor() throws Exception {
        ModelState st = islandWith("1");
        Faction gov = faction(st, "GOV");
        int reb = faction(st, "REB").index();
        int c = innerCell(st, gov.index());
        st.supply().update();
        for (int i = 0; i < st.world().theatreCellCount(); i++) {
            int x = st.world().theatreCell(i);
            if (st.territory().controller(x) == gov.index()) {
                assertFalse(st.supply().cutOff(gov.side(), x), "the government's ground is one area at the start");
            }
        }
        assertEquals(1.0, st.supply().factor(gov, c), 1e-12);
        ring(st, c, reb);
        assertTrue(st.supply().cutOff(gov.side(), c), "ringed by the rebels");
        assertEquals(st.rules().logistics().supplyFloor(), st.supply().factor(gov, c), 1e-12);
        // a government cell far from the ring is still in the main area and fights in full
        World w = st.world();
        for (int i = 0; i < w.theatreCellCount(); i++) {
            int x = w.theatreCell(i);
            if (st.territory().controller(x) == gov.index() && w.distanceKm(x, c) > 3 * w.cellKm()) {
                assertFalse(st.supply().cutOff(gov.side(), x), "cell " + x + " far from the ring");
                assertEquals(1.0, st.supply().factor(gov, x), 1e-12);
            }
        }
        // retaking one cell of the ring reconnects it
        int[] nb = new int[4];
        st.world().neighbours(c, nb);
        st.territory().changeHands(nb[0], gov.index(), 2);
        st.supply().update();
        assertFalse(st.supply().cutOff(gov.side(), c), "reconnected");
        assertEquals(1.0, st.supply().factor(gov, c), 1e-12);
    }

    @ParameterizedTest(name = "encirclement {0}: a ringed cell fights with {1} of its strength above the floor")
    @CsvSource({"0, 1", "0.5, 0.5", "1, 0"})
    void aPocketKeepsTheShareOfItsStrengthAboveTheFloorThatEncirclementLeaves(String encirclement, double kept)
            throws Exception {
        ModelState st = islandWith(encirclement);
        Faction gov = faction(st, "GOV");
        int c = innerCell(st, gov.index());
        ring(st, c, faction(st, "REB").index());
        double floor = st.rules().logistics().supplyFloor();
        assertEquals(Double.parseDouble(encirclement) > 0, st.supply().cutOff(gov.side(), c),
                "pockets are labelled only when encirclement is on");
        assertEquals(floor + kept * (1 - floor), st.supply().factor(gov, c), 1e-12);
    }
}
