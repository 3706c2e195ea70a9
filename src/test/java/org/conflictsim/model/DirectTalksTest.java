package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.state.LoggedEvent;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Who talks to whom (rules.negotiation.directTalks, ODD §7.1 step 4) on the island, with a high daily chance of
 * a negotiated ceasefire: when the need for direct talks is full, the government (GOV) and the rebels (REB) agree
 * to a ceasefire only while a mediation seats both of them; a table with the rebels' sponsor (MAIN) instead of the
 * rebels does not do, and without the need any talks do, as before.
 */
class DirectTalksTest {
    private static final Path ISLAND = Path.of("scenarios/island.yaml");
    private static final int DAYS = 120;
    private static final String NEGOTIATION = "rules.negotiation={hazard: 0.05, stalemateWeight: 0, costWeight: 0,"
            + " mediationWeight: 0.05, breakdown: 0.5, mediationHold: 0";

    private static List<LoggedEvent> agreed(String directTalks, String events) throws Exception {
        return agreed(directTalks, events, 11L);
    }

    /** The negotiated ceasefires of one run; {@code events}, when given, replace the island's events. */
    private static List<LoggedEvent> agreed(String directTalks, String events, long seed) throws Exception {
        List<String> sets = new ArrayList<>(List.of(NEGOTIATION + ", directTalks: " + directTalks + "}"));
        if (events != null) {
            sets.add("events=[" + events + "]");
        }
        Scenario sc = ScenarioLoader.load(ISLAND, sets).scenario();
        ConflictModel m = new ConflictModel(sc, seed, DAYS);
        m.runToEnd();
        return m.events().stream().filter(e -> e.type().equals("ceasefire-negotiated")).toList();
    }

    @Test
    void withoutATableThatSeatsBothPrincipalsNoCeasefireIsNegotiated() throws Exception {
        assertEquals(List.of(), agreed("1", null), "no mediation at all");
        assertEquals(List.of(), agreed("1", "{id: t, on: 2025-01-01, mediation: {by: MAIN, intensity: 1,"
                + " between: [GOV, MAIN]}}"), "the government talks to the sponsor, not to the rebels");
    }

    @Test
    void aTableThatSeatsBothOpensTheWayOnlyWhileItLasts() throws Exception {
        List<LoggedEvent> seated = agreed("1", "{id: t, on: 2025-02-15, until: 2025-03-17, mediation: {by: MAIN,"
                + " intensity: 1, between: [GOV, REB]}}");
        assertTrue(!seated.isEmpty(), "with 10% a day for 30 days some ceasefire is agreed");
        for (LoggedEvent e : seated) {
            assertTrue(!e.date().isBefore(java.time.LocalDate.of(2025, 2, 15))
                    && e.date().isBefore(java.time.LocalDate.of(2025, 3, 17)), "agreed outside the talks: " + e);
        }
        assertTrue(!agreed("1", "{id: t, on: 2025-02-15, mediation: {by: MAIN, intensity: 1}}").isEmpty(),
                "a mediation that names no one is between all the parties");
    }

    @Test
    void withoutTheNeedAnyTalksDoAndHalfTheNeedMakesCeasefiresRarer() throws Exception {
        assertTrue(!agreed("0", null).isEmpty(), "5% a day for 120 days");
        int full = 0;
        int half = 0;
        for (long seed = 1; seed <= 20; seed++) {
            full += agreed("0", null, seed).size();
            half += agreed("0.5", null, seed).size();
        }
        assertTrue(half < full, "half the need: " + half + " ceasefires against " + full);
    }
}
