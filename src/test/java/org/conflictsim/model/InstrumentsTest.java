package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Each instrument in isolation on a tiny map where nobody attacks, so that runs with and without the
 * instrument share one history and the instrument's exact effect can be measured.
 */
class InstrumentsTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final int DAYS = 60;

    private static Scenario tiny(String... sets) throws Exception {
        return ScenarioLoader.load(TINY, List.of(sets)).scenario();
    }

    private static ConflictModel run(Scenario sc) {
        ConflictModel m = new ConflictModel(sc, 11L, DAYS);
        m.runToEnd();
        return m;
    }

    private static double v(ConflictModel m, String metric, String entity, int day) {
        int id = m.series().id(metric, entity);
        assertTrue(id >= 0, "no series " + metric + "/" + entity);
        return m.series().get(id, day);
    }

    private static String event(String body) {
        return "events=[{id: e1, on: 2025-01-01, " + body + "}]";
    }

    @Test
    void sanctionOnTransitStateCutsItsSmugglingIncomeBySeverity() throws Exception {
        ConflictModel base = run(tiny());
        ConflictModel cut = run(tiny(event("sanction: {by: FAR, target: NEI, severity: 0.3}")));
        for (int d = 0; d < DAYS; d++) {
            double b = v(base, "smuggling_income_usd", "NEI", d);
            assertTrue(b > 0);
            assertEquals(0.7 * b, v(cut, "smuggling_income_usd", "NEI", d), 1e-9 * b, "day " + d);
            assertEquals(0.3 * b, v(cut, "sanction_loss_usd", "NEI", d), 1e-9 * b, "day " + d);
        }
    }

    @Test
    void sanctionOnRebelsCutsTheirTaxOnSmuggledOutputBySeverity() throws Exception {
        ConflictModel base = run(tiny());
        ConflictModel cut = run(tiny(event("sanction: {by: FAR, target: REB, severity: 0.4}")));
        for (int d = 0; d < DAYS; d++) {
            // rebels export only by smuggling, so all of their mine tax is cut
            double b = v(base, "revenue_usd.mine_tax", "REB", d);
            assertEquals(0.6 * b, v(cut, "revenue_usd.mine_tax", "REB", d), 1e-9 * b, "day " + d);
            // the government is not the target: unchanged
            assertEquals(v(base, "revenue_usd.mine_tax", "GOV", d), v(cut, "revenue_usd.mine_tax", "GOV", d), 1e-9);
        }
    }

    @Test
    void aidArrivesDailyAndAFreezeStopsIt() throws Exception {
        ConflictModel m = run(tiny("events=[{id: aid, on: 2025-01-01, aid: {from: FAR, to: GOV, usdPerDay: 1000}},"
                + " {id: freeze, on: 2025-01-31, aidFreeze: {from: FAR, to: GOV}}]"));
        for (int d = 0; d < DAYS; d++) {
            assertEquals(d < 30 ? 1000.0 : 0.0, v(m, "revenue_usd.aid", "GOV", d), 1e-9, "day " + d);
        }
        assertEquals(10_000_000 - 30 * 1000.0, m.books().balance(3 + 1), 1e-6, "FAR paid 30 days of aid");
    }

    @Test
    void trainingFollowsItsCurveAfterTheLag() throws Exception {
        ConflictModel m = run(tiny(event("trainingDeal: {from: FAR, to: GOV, cap: 1.5, rate: 0.05, lagDays: 10,"
                + " costPerDay: 100}")));
        for (int d = 0; d < DAYS; d++) {
            double expected = d < 10 ? 0.5 : 1.5 - 1.0 * Math.pow(0.95, d - 9);
            assertEquals(expected, v(m, "training", "GOV", d), 1e-12, "day " + d);
        }
        assertEquals(10_000_000 - DAYS * 100.0, m.books().balance(3 + 1), 1e-6, "FAR paid the training");
    }

    @Test
    void militarySupportMovesTroopsTowardTheirTargetAndPaysCash() throws Exception {
        ConflictModel m = run(tiny(event("militarySupport: {from: NEI, to: REB, cashPerDay: 500,"
                + " equipmentBoost: 0.5, troopsFaction: FOR, troops: 300, troopRate: 0.1}")));
        for (int d = 0; d < DAYS; d++) {
            assertEquals(300 - 200 * Math.pow(0.9, d + 1), v(m, "fighters", "FOR", d), 1e-9, "day " + d);
            assertEquals(500.0, v(m, "revenue_usd.sponsor_cash", "REB", d), 1e-9);
        }
        double q = v(m, "effective_force", "REB", DAYS - 1) / v(m, "fighters", "REB", DAYS - 1);
        double morale = v(m, "morale", "REB", DAYS - 1);
        assertEquals(1.0 * 1.5 * morale, q, 1e-9, "equipment multiplier raised by half");
    }

    @Test
    void mineralsDealTakesItsShareOfThePartnersOutputOnly() throws Exception {
        ConflictModel m = run(tiny(event("mineralsDeal: {power: FAR, partner: GOV, offtakeShare: 0.25,"
                + " cashPerDay: 700}")));
        for (int d = 0; d < DAYS; d++) {
            double govOutput = v(m, "mine_output_kg", "GOV", d);
            assertEquals(0.25 * govOutput, v(m, "offtake_kg", "FAR", d), 1e-9 * govOutput, "day " + d);
            // the rest of the government's output: 60% official, 40% smuggled (tin's smuggledShare)
            assertEquals(0.75 * 0.6 * govOutput, v(m, "flow_kg.tin", "official", d), 1e-9 * govOutput);
            assertEquals(700.0, v(m, "revenue_usd.deal_cash", "GOV", d), 1e-9);
            assertEquals(1.0, v(m, "deal_active", "e1", d));
        }
    }

    @Test
    void ceasefireWithoutBreakdownStopsAllBattles() throws Exception {
        Path island = Path.of("scenarios/island.yaml");
        Scenario war = ScenarioLoader.load(island, List.of()).scenario();
        Scenario peace = ScenarioLoader.load(island, List.of("events=[{id: cf, on: 2025-01-01,"
                + " ceasefire: {breakdown: 0, imbalance: 0}}]")).scenario();
        int battlesWar = 0;
        int battlesPeace = 0;
        for (long seed = 1; seed <= 3; seed++) {
            ConflictModel a = new ConflictModel(war, seed, 200);
            a.runToEnd();
            ConflictModel b = new ConflictModel(peace, seed, 200);
            b.runToEnd();
            battlesWar += a.battlesTotal();
            battlesPeace += b.battlesTotal();
        }
        assertTrue(battlesWar > 0, "the island has fighting without a ceasefire");
        assertEquals(0, battlesPeace);
    }

    @Test
    void forcedCaptureTriggersAConditionalEventTheSameDay() throws Exception {
        ConflictModel m = run(tiny("events=[{id: take, on: 2025-01-06, forceControl: {place: rtown, faction: GOV}},"
                + " {id: reward, when: {captured: rtown, by: GOV}, forDays: 10, aid: {from: FAR, to: GOV,"
                + " usdPerDay: 50}}]"));
        for (int d = 0; d < DAYS; d++) {
            assertEquals(d >= 5 && d < 15 ? 50.0 : 0.0, v(m, "revenue_usd.aid", "GOV", d), 1e-9, "day " + d);
        }
        assertTrue(m.events().stream().anyMatch(e -> e.type().equals("capture") && e.subject().equals("rtown")
                && e.day() == 5));
        assertTrue(m.events().stream().anyMatch(e -> e.type().equals("trigger") && e.subject().equals("reward")
                && e.day() == 5));
    }
}
