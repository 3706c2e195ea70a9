package org.conflictsim.model;

import org.conflictsim.model.observe.Series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded randomized invariants of whole runs. The model itself checks conservation of money, people and
 * cells at the end of every day (and throws IllegalStateException); these tests let it run, then check the
 * recorded series and the cell state independently.
 */
class ModelInvariantsTest {

    /** Seeds drawn from a fixed generator, so the "random" runs are the same every time. */
    static LongStream islandSeeds() {
        return new SplittableRandom(0x15_1A_4DL).longs(5);
    }

    static LongStream kivuSeeds() {
        return new SplittableRandom(0xC0_4605L).longs(2);
    }

    @ParameterizedTest(name = "island, seed {0}, 365 days")
    @MethodSource("islandSeeds")
    void island(long seed) {
        checkRun(TestScenarios.island().scenario(), seed, 365);
    }

    @ParameterizedTest(name = "kivu-2025, seed {0}, 120 days")
    @MethodSource("kivuSeeds")
    void kivu(long seed) {
        checkRun(TestScenarios.kivu().scenario(), seed, 120);
    }

    /** Side of each faction: connected components of allies and fightsFor, computed here independently. */
    private static int[] sides(Scenario sc) {
        List<FactionSpec> fs = sc.factions();
        int[] side = new int[fs.size()];
        for (int i = 0; i < side.length; i++) {
            side[i] = i;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < fs.size(); i++) {
                List<String> links = new ArrayList<>(fs.get(i).allies());
                if (fs.get(i).fightsFor() != null) {
                    links.add(fs.get(i).fightsFor());
                }
                for (String l : links) {
                    int j = sc.factionIndex(l);
                    int lo = Math.min(side[i], side[j]);
                    if (side[i] != lo || side[j] != lo) {
                        side[i] = lo;
                        side[j] = lo;
                        changed = true;
                    }
                }
            }
        }
        return side;
    }

    static void checkRun(Scenario sc, long seed, int days) {
        World w = sc.world();
        int nF = sc.factions().size();
        int[] side = sides(sc);
        ConflictModel m = new ConflictModel(sc, seed, days);
        m.start();
        for (int d = 0; d < days; d++) {
            // the model's own per-day checks (money, people, cells, fighters) throw IllegalStateException
            m.schedule.step(m);
            assertEquals(d, m.day());
            checkCells(m, w, nF, side, d);
        }
        m.finish();
        checkSeries(m, sc, days);
    }

    /** Forces sit only on front-line cells held by their own side, and are never negative. */
    private static void checkCells(ConflictModel m, World w, int nF, int[] side, int day) {
        double[] onMap = new double[nF];
        for (int c = 0; c < w.cells(); c++) {
            for (int f = 0; f < nF; f++) {
                double x = m.forces(f, c);
                if (x < -1e-9 || Double.isNaN(x)) {
                    fail("day " + day + ": forces of faction " + f + " in cell " + c + " = " + x);
                }
                if (x > 1e-9) {
                    int o = m.controller(c);
                    if (o < 0 || side[o] != side[f]) {
                        fail("day " + day + ": faction " + f + " has " + x + " fighters in cell " + c + " held by " + o);
                    }
                    if (!m.frontier(c)) {
                        fail("day " + day + ": faction " + f + " has " + x + " fighters in cell " + c + " off the front");
                    }
                    onMap[f] += x;
                }
            }
            if (!w.theatre(c) && m.controller(c) != -1) {
                fail("day " + day + ": cell " + c + " outside the theatre is held by " + m.controller(c));
            }
        }
        for (int f = 0; f < nF; f++) {
            assertTrue(onMap[f] <= m.fighters(f) * (1 + 1e-9) + 1e-6,
                    "day " + day + ": " + onMap[f] + " fighters of faction " + f + " on the map, " + m.fighters(f) + " in all");
        }
    }

    private static double at(Series s, String metric, String entity, int day) {
        int id = s.id(metric, entity);
        if (id < 0) {
            throw new AssertionError("no series " + metric + "/" + entity);
        }
        return s.get(id, day);
    }

    private static void checkSeries(ConflictModel m, Scenario sc, int days) {
        Series s = m.series();
        World w = sc.world();
        assertEquals(days, s.days());
        // every value of every series was written and is finite (no series documents NaN)
        for (int k = 0; k < s.size(); k++) {
            for (int d = 0; d < days; d++) {
                double v = s.get(k, d);
                if (!Double.isFinite(v)) {
                    fail(s.keys().get(k) + " on day " + d + " = " + v);
                }
            }
        }
        double initialPeople = 0;
        for (int c = 0; c < w.cells(); c++) {
            initialPeople += w.population(c);
        }
        assertTrue(initialPeople > 0);
        int theatre = w.theatreCellCount();
        double previousDeaths = 0;
        double[] previousCasualties = new double[sc.factions().size()];
        int battles = 0;
        for (int d = 0; d < days; d++) {
            double share = 0;
            for (FactionSpec f : sc.factions()) {
                String id = f.id();
                double sh = at(s, "territory_share", id, d);
                assertTrue(sh >= 0 && sh <= 1, id + " share " + sh);
                share += sh;
                assertEquals(sh * theatre * w.cellAreaKm2(), at(s, "territory_km2", id, d), 1e-6 * theatre * w.cellAreaKm2());
                double fighters = at(s, "fighters", id, d);
                assertTrue(fighters >= 0, "day " + d + ": fighters of " + id + " = " + fighters);
                assertTrue(at(s, "effective_force", id, d) >= 0);
                assertTrue(at(s, "treasury_usd", id, d) >= 0, "day " + d + ": treasury of " + id);
                double legit = at(s, "legitimacy", id, d);
                assertTrue(legit >= 0 && legit <= 1, "legitimacy " + legit);
                double morale = at(s, "morale", id, d);
                assertTrue(morale >= 0.1 && morale <= 1.5, "morale " + morale);
                double training = at(s, "training", id, d);
                assertTrue(training >= 0.1 && training <= 3, "training " + training);
                int fi = sc.factionIndex(id);
                double cas = at(s, "combat_casualties_cum", id, d);
                assertTrue(cas >= previousCasualties[fi], id + " casualties fell on day " + d);
                previousCasualties[fi] = cas;
                for (String metric : List.of("revenue_usd.mine_tax", "revenue_usd.royalties", "revenue_usd.population_tax",
                        "revenue_usd.budget", "revenue_usd.aid", "revenue_usd.sponsor_cash", "revenue_usd.deal_cash",
                        "mine_output_kg", "mines_held", "population_held")) {
                    assertTrue(at(s, metric, id, d) >= 0, metric + " of " + id + " on day " + d);
                }
                if (!f.kind().holdsTerritory()) {
                    assertEquals(0.0, sh, "a foreign force holds no territory");
                }
            }
            // every theatre cell is held by someone in the shipped scenarios (control: default)
            assertEquals(1.0, share, 1e-9, "territory shares on day " + d);
            double residents = at(s, "residents", "all", d);
            double displaced = at(s, "displaced", "all", d);
            double dead = at(s, "civilian_deaths_cum", "all", d);
            assertTrue(residents >= 0 && displaced >= -1e-6 && dead >= previousDeaths, "day " + d);
            previousDeaths = dead;
            assertEquals(initialPeople, residents + displaced + dead, 1e-9 * initialPeople, "people on day " + d);
            double held = 0;
            for (FactionSpec f : sc.factions()) {
                held += at(s, "population_held", f.id(), d);
            }
            assertTrue(held <= residents + displaced + 1e-6 * initialPeople, "population held " + held);
            for (var p : sc.powers()) {
                assertTrue(at(s, "power_treasury_usd", p.id(), d) >= 0, "treasury of " + p.id());
            }
            for (var mineral : sc.minerals()) {
                assertTrue(at(s, "price_usd_per_kg", mineral.id(), d) > 0);
            }
            double b = at(s, "battles", "all", d);
            assertTrue(b >= 0 && b == Math.rint(b), "battles " + b);
            battles += (int) b;
        }
        assertEquals(m.battlesTotal(), battles, "daily battles add up to the total");
        assertEquals(m.civilianDeaths(), at(s, "civilian_deaths_cum", "all", days - 1), 0.0);
        assertEquals(m.displaced(), at(s, "displaced", "all", days - 1), 0.0);
    }
}
