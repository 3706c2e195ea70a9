package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Levers change the running model from the next day on, and are logged. */
class LeversTest {
    private static ConflictModel started() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("src/test/resources/scenarios/tiny.yaml"), List.of()).scenario();
        ConflictModel m = new ConflictModel(sc, 5L, 40);
        m.start();
        return m;
    }

    private static void step(ConflictModel m, int days) {
        for (int i = 0; i < days; i++) {
            m.schedule.step(m);
        }
    }

    private static double v(ConflictModel m, String metric, String entity, int day) {
        return m.series().get(m.series().id(metric, entity), day);
    }

    @Test
    void aidLeverPullsFromTheNextDay() throws Exception {
        ConflictModel m = started();
        step(m, 5);
        m.levers().giveAid("FAR", "GOV", 250);
        assertEquals(0.0, v(m, "revenue_usd.aid", "GOV", 4));
        step(m, 3);
        assertEquals(250.0, v(m, "revenue_usd.aid", "GOV", 5));
        assertEquals(250.0, v(m, "revenue_usd.aid", "GOV", 7));
        m.levers().freezeAid("FAR", "GOV");
        step(m, 1);
        assertEquals(0.0, v(m, "revenue_usd.aid", "GOV", 8));
        assertTrue(m.events().stream().anyMatch(e -> e.type().equals("trigger") && e.day() == 5));
    }

    @Test
    void setAidCutsAndEndsAidFromTheNextDay() throws Exception {
        ConflictModel m = started();
        m.levers().giveAid("FAR", "GOV", 250);
        m.levers().giveAid("FAR", "GOV", 100);
        step(m, 2);
        assertEquals(350.0, v(m, "revenue_usd.aid", "GOV", 1));
        m.levers().setAid("FAR", "GOV", 40);
        step(m, 1);
        assertEquals(40.0, v(m, "revenue_usd.aid", "GOV", 2));
        assertEquals(2, m.events().stream().filter(e -> e.type().equals("instrument-end") && e.day() == 2).count(),
                "both aids in force end, logged");
        m.levers().setAid("FAR", "GOV", 0);
        step(m, 1);
        assertEquals(0.0, v(m, "revenue_usd.aid", "GOV", 3));
        assertThrows(IllegalArgumentException.class, () -> m.levers().setAid("FAR", "GOV", -1));
        assertThrows(IllegalArgumentException.class, () -> m.levers().setAid("NOPE", "GOV", 1));
    }

    @Test
    void setTrainingReplacesTheDealInForceAndZeroEndsIt() throws Exception {
        ConflictModel m = started();
        int gov = m.scenario().factionIndex("GOV");
        m.levers().train("FAR", "GOV", 2.0, 0.2);
        step(m, 3);
        double trained = m.training(gov);
        m.levers().setTraining("FAR", "GOV", 2.0, 0.0);
        step(m, 3);
        assertTrue(m.training(gov) <= trained, "no more training gain after it ends: " + m.training(gov));
        long active = 0;
        for (int e = 0; e < m.instruments().size(); e++) {
            if (m.eventActive(e) && m.instruments().get(e).instrument()
                    instanceof org.conflictsim.model.instruments.Instrument.TrainingDeal) {
                active++;
            }
        }
        assertEquals(0, active);
        double stopped = m.training(gov);
        m.levers().setTraining("FAR", "GOV", 2.0, 0.1);
        step(m, 2);
        assertTrue(m.training(gov) > stopped, "training resumes: " + stopped + " -> " + m.training(gov));
        assertEquals(0.1, ((org.conflictsim.model.instruments.Instrument.TrainingDeal) m.instruments()
                .get(m.instruments().size() - 1).instrument()).rate());
    }

    @Test
    void sanctionLeverReachesTheModelOnTheNextDay() throws Exception {
        ConflictModel m = started();
        step(m, 3);
        m.levers().impose("FAR", "NEI", 0.5);
        step(m, 2);
        assertEquals(0.0, v(m, "sanction_severity", "NEI", 2));
        assertEquals(0.5, v(m, "sanction_severity", "NEI", 3));
        m.levers().lift("FAR", "NEI");
        step(m, 1);
        assertEquals(0.0, v(m, "sanction_severity", "NEI", 5));
    }

    @Test
    void supportLevelLeverScalesSponsorCash() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("src/test/resources/scenarios/tiny.yaml"), List.of(
                "events=[{id: s, on: 2025-01-01, militarySupport: {from: NEI, to: REB, cashPerDay: 100}}]")).scenario();
        ConflictModel m = new ConflictModel(sc, 5L, 40);
        m.start();
        step(m, 2);
        m.levers().setSupportLevel("NEI", 0.25);
        step(m, 1);
        assertEquals(100.0, v(m, "revenue_usd.sponsor_cash", "REB", 1));
        assertEquals(25.0, v(m, "revenue_usd.sponsor_cash", "REB", 2));
    }

    @Test
    void ceasefireLeverStopsAttacksForItsDays() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/island.yaml"), List.of()).scenario();
        ConflictModel m = new ConflictModel(sc, 9L, 200);
        m.start();
        m.levers().declareCeasefire(100, 0, 0);
        step(m, 100);
        int fought = 0;
        for (int d = 0; d < 100; d++) {
            fought += (int) v(m, "battles", "all", d);
        }
        assertEquals(0, fought);
    }

    @Test
    void unknownNamesAreRefusedAtOnce() throws Exception {
        ConflictModel m = started();
        assertThrows(IllegalArgumentException.class, () -> m.levers().impose("XXX", "GOV", 0.2));
        assertThrows(IllegalArgumentException.class, () -> m.levers().setDeal("nope", true));
    }
}
