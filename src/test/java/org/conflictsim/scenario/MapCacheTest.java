package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.api.Test;

/** Loads through a {@link MapCache} share the world when the map is unchanged and behave like plain loads. */
class MapCacheTest {
    private static final Path ISLAND = Path.of("scenarios/island.yaml");

    @Test
    void overridesOutsideTheMapShareOneWorld() throws Exception {
        MapCache maps = new MapCache();
        Scenario a = ScenarioLoader.load(ISLAND, List.of("rules.combat.tempo=0.3"), maps).scenario();
        Scenario b = ScenarioLoader.load(ISLAND, List.of("factions[GOV].fighters=9000"), maps).scenario();
        assertSame(a.world(), b.world());
        assertEquals(1, maps.builds());
        assertEquals(1, maps.hits());
        assertEquals(9000, b.factions().get(0).fighters(), 0.0);
    }

    @Test
    void aChangedMapGetsItsOwnWorld() throws Exception {
        MapCache maps = new MapCache();
        Scenario a = ScenarioLoader.load(ISLAND, List.of(), maps).scenario();
        Scenario b = ScenarioLoader.load(ISLAND, List.of("map.places[hill-town].population=50000"), maps).scenario();
        assertNotSame(a.world(), b.world());
        assertEquals(2, maps.builds());
        assertEquals(0, maps.hits());
    }

    @Test
    void aSharedWorldGivesTheSameRunAsAFreshLoad() throws Exception {
        MapCache maps = new MapCache();
        ScenarioLoader.load(ISLAND, List.of(), maps);
        List<String> sets = List.of("rules.combat.tempo=0.35");
        Scenario cached = ScenarioLoader.load(ISLAND, sets, maps).scenario();
        Scenario fresh = ScenarioLoader.load(ISLAND, sets).scenario();
        assertEquals(1, maps.hits());
        assertNotSame(cached.world(), fresh.world());
        RunResult x = Outcomes.run(cached, 0, 12345L, 150);
        RunResult y = Outcomes.run(fresh, 0, 12345L, 150);
        assertEquals(y.outcomes().toString(), x.outcomes().toString());
        assertEquals(y.events(), x.events());
    }

    @Test
    void anInvalidOverrideIsReportedEvenWhenTheMapIsCached() throws Exception {
        MapCache maps = new MapCache();
        ScenarioLoader.load(ISLAND, List.of(), maps);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ISLAND, List.of("rules.combat.tempo=-1"), maps));
        assertTrue(e.getMessage().contains("rules.combat.tempo"), e.getMessage());
        ScenarioException m = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ISLAND, List.of("map.grid.cellDeg=-0.05"), maps));
        assertTrue(m.getMessage().contains("map.grid.cellDeg"), m.getMessage());
    }

    @Test
    void threadsAskingTogetherBuildTheWorldOnce() throws Exception {
        MapCache maps = new MapCache();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Scenario>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                List<String> sets = List.of("factions[GOV].fighters=" + (8000 + i));
                fs.add(pool.submit(() -> ScenarioLoader.load(ISLAND, sets, maps).scenario()));
            }
            Scenario first = fs.get(0).get();
            for (Future<Scenario> f : fs) {
                assertSame(first.world(), f.get().world());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, maps.builds());
        assertEquals(7, maps.hits());
    }

    @Test
    void theLeastRecentlyUsedWorldGoesFirst() throws Exception {
        MapCache maps = new MapCache(1);
        Scenario a = ScenarioLoader.load(ISLAND, List.of(), maps).scenario();
        ScenarioLoader.load(ISLAND, List.of("map.places[hill-town].population=50000"), maps);
        Scenario c = ScenarioLoader.load(ISLAND, List.of(), maps).scenario();
        assertNotSame(a.world(), c.world());
        assertEquals(3, maps.builds());
    }
}
