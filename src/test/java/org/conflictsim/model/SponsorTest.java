package org.conflictsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The adaptive sponsor weighs what its proxy's control changes for it against its costs (docs/ODD.md §7.4), on
 * the tiny map where nobody attacks: the neighbour NEI sponsors the rebels REB, who hold the northern mine.
 */
class SponsorTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final int DAYS = 181;
    private static final String SPONSOR = "powers[NEI].adaptive={supportStep: 0.2, maxSupport: 3}";
    private static final String SUPPORT = "events=[{id: s, on: 2025-01-01, militarySupport: {from: NEI, to: REB, "
            + "cashPerDay: 100}}";

    private static ConflictModel run(String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of(SPONSOR));
        all.addAll(List.of(sets));
        Scenario sc = ScenarioLoader.load(TINY, all).scenario();
        ConflictModel m = new ConflictModel(sc, 11L, DAYS);
        m.runToEnd();
        return m;
    }

    private static double[] support(ConflictModel m) {
        int id = m.series().id("support_level", "NEI");
        double[] out = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            out[d] = m.series().get(id, d);
        }
        return out;
    }

    private static double total(ConflictModel m, String metric, String entity) {
        int id = m.series().id(metric, entity);
        double t = 0;
        for (int d = 0; d < DAYS; d++) {
            t += m.series().get(id, d);
        }
        return t;
    }

    @Test
    void supportCannotRiseOnIncomeThatTheProxysControlDoesNotChange() throws Exception {
        ConflictModel base = run(SUPPORT + "]");
        // a second mine in government-held ground: more smuggling income for NEI, which arrives whoever fights
        ConflictModel richer = run(SUPPORT + "]", "mines.sites=[{id: gmine, mineral: tin, lat: 0.225, lon: 0.075, "
                + "capacityKgPerDay: 1000}, {id: rmine, mineral: tin, lat: 0.225, lon: 0.225, capacityKgPerDay: 1000}, "
                + "{id: gmine2, mineral: tin, lat: 0.175, lon: 0.025, capacityKgPerDay: 5000}]");
        assertTrue(total(richer, "smuggling_income_usd", "NEI") > 1.5 * total(base, "smuggling_income_usd", "NEI"),
                "the government's mine sends NEI more income");
        assertArrayEquals(support(base), support(richer), "support level does not move on that income");
    }

    @Test
    void moreSanctionSeverityNeverRaisesSupport() throws Exception {
        double previous = Double.POSITIVE_INFINITY;
        double first = Double.NaN;
        for (double severity : new double[] {0, 0.2, 0.5, 0.9}) {
            ConflictModel m = run(SUPPORT + ", {id: x, on: 2025-01-01, sanction: {by: FAR, target: NEI, severity: "
                    + severity + "}}]");
            double[] s = support(m);
            double end = s[DAYS - 1];
            assertTrue(end <= previous + 1e-12, "severity " + severity + ": " + end + " > " + previous);
            previous = end;
            if (Double.isNaN(first)) {
                first = end;
            }
        }
        assertTrue(previous < first, "severe sanctions lower support: " + previous + " vs " + first);
    }

    @Test
    void theProxysMinesGiveAMarginalGainAndSupportRises() throws Exception {
        ConflictModel m = run(SUPPORT + "]");
        assertTrue(m.powers().get(0).getMarginalGains() > 0, "REB's mine sends NEI what the state's would not");
        double[] s = support(m);
        assertEquals(1.0, s[0], 0.0);
        assertTrue(s[DAYS - 1] > 1.0, "support rises on the proxy's marginal gains: " + s[DAYS - 1]);
    }
}
