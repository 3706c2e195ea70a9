package org.conflictsim;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;

/**
 * The shipped scenarios, loaded once per test JVM (tests run from the project directory). A loaded
 * {@link org.conflictsim.model.params.Scenario} is immutable, so tests can share it.
 */
public final class TestScenarios {
    public static final Path DIR = Path.of("scenarios");
    public static final Path ISLAND = DIR.resolve("island.yaml");
    public static final Path KIVU = DIR.resolve("kivu-2025.yaml");

    private static final Map<Path, ScenarioLoader.Loaded> CACHE = new ConcurrentHashMap<>();

    private TestScenarios() {
    }

    /** Loads a scenario file, at most once per JVM. */
    public static ScenarioLoader.Loaded load(Path file) {
        return CACHE.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return ScenarioLoader.load(file);
            } catch (ScenarioException e) {
                throw new AssertionError("shipped scenario " + file + " does not load:\n" + e.getMessage(), e);
            }
        });
    }

    public static ScenarioLoader.Loaded island() {
        return load(ISLAND);
    }

    public static ScenarioLoader.Loaded kivu() {
        return load(KIVU);
    }
}
