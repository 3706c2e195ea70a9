package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * An import ban on the tiny map, where nobody attacks and every smuggled kilogram leaves through the one
 * neighbour NEI: what still crosses the banned border sells at a discount, so the transit margin and the
 * rebels' tax on their (all smuggled) output fall by the ban's severity; a ban on another mineral changes nothing.
 */
class ImportBanTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final int DAYS = 40;

    private static ConflictModel run(String... sets) throws Exception {
        Scenario sc = ScenarioLoader.load(TINY, List.of(sets)).scenario();
        ConflictModel m = new ConflictModel(sc, 5L, DAYS);
        m.runToEnd();
        return m;
    }

    private static double v(ConflictModel m, String metric, String entity, int day) {
        return m.series().get(m.series().id(metric, entity), day);
    }

    @Test
    void aBanCutsTheTransitMarginAndTheSellersTaxByItsSeverity() throws Exception {
        ConflictModel base = run();
        ConflictModel ban = run("events=[{id: b, on: 2025-01-01, importBan: {by: FAR, from: NEI, minerals: [tin], "
                + "severity: 0.4}}]");
        for (int d = 0; d < DAYS; d++) {
            double margin = v(base, "smuggling_income_usd", "NEI", d);
            assertTrue(margin > 0);
            assertEquals(0.6 * margin, v(ban, "smuggling_income_usd", "NEI", d), 1e-9 * margin, "day " + d);
            double tax = v(base, "revenue_usd.mine_tax", "REB", d);
            assertEquals(0.6 * tax, v(ban, "revenue_usd.mine_tax", "REB", d), 1e-9 * tax, "day " + d);
            // the government's official exports are not touched; only its smuggled part is taxed less
            assertTrue(v(ban, "revenue_usd.mine_tax", "GOV", d) < v(base, "revenue_usd.mine_tax", "GOV", d));
            assertEquals(v(base, "flow_kg.tin", "official", d), v(ban, "flow_kg.tin", "official", d), 0.0);
        }
    }

    @Test
    void twoBansCombineAndABanOnAnotherMineralDoesNothing() throws Exception {
        ConflictModel base = run();
        ConflictModel two = run("events=[{id: a, on: 2025-01-01, importBan: {by: FAR, from: NEI, severity: 0.5}},"
                + " {id: b, on: 2025-01-01, importBan: {by: NEI, from: NEI, minerals: [tin], severity: 0.5}}]");
        double m0 = v(base, "smuggling_income_usd", "NEI", 10);
        assertEquals(0.25 * m0, v(two, "smuggling_income_usd", "NEI", 10), 1e-9 * m0, "1 - (1-0.5)(1-0.5) = 0.75");
        ConflictModel other = run("minerals={tin: {priceUsdPerKg: 20, localShare: 0.5, volatility: 0.2, reversion: 1,"
                + " bulky: true, smuggledShare: 0.4}, gold: {priceUsdPerKg: 60000, localShare: 0.8}}",
                "events=[{id: g, on: 2025-01-01, importBan: {by: FAR, from: NEI, minerals: [gold], severity: 0.9}}]");
        ConflictModel same = run("minerals={tin: {priceUsdPerKg: 20, localShare: 0.5, volatility: 0.2, reversion: 1,"
                + " bulky: true, smuggledShare: 0.4}, gold: {priceUsdPerKg: 60000, localShare: 0.8}}");
        for (int d = 0; d < DAYS; d++) {
            assertEquals(v(same, "smuggling_income_usd", "NEI", d), v(other, "smuggling_income_usd", "NEI", d), 0.0);
        }
    }
}
