package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario loads and runs; the two main ones produce the fighting they exist to show. */
class ScenarioSmokeTest {

    /** Every *.yaml in scenarios/ (none skipped). */
    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> s = Files.list(TestScenarios.DIR)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            assertFalse(files.isEmpty(), "no scenarios found in " + TestScenarios.DIR.toAbsolutePath());
            return files.stream();
        }
    }

    @Test
    void theKnownScenariosAreAmongThoseListed() throws IOException {
        List<String> names = shippedScenarios().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("island.yaml", "kivu-2025.yaml")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void loadsAndRuns60DaysTwice(Path file) throws Exception {
        Scenario sc = TestScenarios.load(file).scenario();
        List<RunResult> runs = Replications.run(sc, sc.seed(), 2, 60, 2, n -> { });
        assertEquals(2, runs.size());
        for (RunResult r : runs) {
            assertEquals(60, r.series().days());
            assertFalse(r.outcomes().isEmpty());
            for (Map.Entry<String, Double> e : r.outcomes().entrySet()) {
                if (e.getKey().startsWith("capture_day.")) {
                    // NaN = never captured; otherwise a day of the run
                    double d = e.getValue();
                    assertTrue(Double.isNaN(d) || (d >= 0 && d < 60 && d == Math.rint(d)), e.toString());
                    String place = e.getKey().substring("capture_day.".length());
                    assertEquals(Double.isNaN(d), r.labels().get("captured_by." + place).isEmpty(), place);
                } else {
                    assertTrue(Double.isFinite(e.getValue()), "run " + r.run() + ": " + e);
                }
            }
        }
    }

    private static double total(List<RunResult> runs, String key) {
        return runs.stream().mapToDouble(r -> r.outcomes().get(key)).sum();
    }

    @Test
    void islandSeesBattlesWithinAYear() throws Exception {
        Scenario sc = TestScenarios.island().scenario();
        List<RunResult> runs = Replications.run(sc, sc.seed(), 5, 365, 2, n -> { });
        assertTrue(runs.stream().anyMatch(r -> r.outcomes().get("battles") >= 1),
                "no battle in 5 runs of 365 days; battles per run: " + runs.stream().map(r -> r.outcomes().get("battles")).toList());
    }

    @Test
    void kivuSeesBattlesAndACaptureAroundGoma() throws Exception {
        Scenario sc = TestScenarios.kivu().scenario();
        List<RunResult> runs = Replications.run(sc, sc.seed(), 3, 120, 2, n -> { });
        for (RunResult r : runs) {
            assertTrue(r.outcomes().get("battles") > 0, "run " + r.run() + " has no battle");
        }
        boolean captured = runs.stream().anyMatch(r -> Stream.of("sake", "goma", "minova")
                .anyMatch(p -> !Double.isNaN(r.outcomes().get("capture_day." + p))));
        assertTrue(captured, "none of sake, goma, minova captured in 3 runs of 120 days");
        assertTrue(total(runs, "casualties.M23") + total(runs, "casualties.FARDC") > 0);
    }
}
