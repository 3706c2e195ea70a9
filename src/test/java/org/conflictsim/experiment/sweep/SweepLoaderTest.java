package org.conflictsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sweep file loader: a valid file, and one test per kind of mistake with the exact message. */
class SweepLoaderTest {
    @TempDir
    Path dir;

    /** A valid sweep on the island; the tests below change one thing in it. */
    static final String VALID = """
            scenario: SCENARIO
            days: 30
            seed: 9
            replications: 2
            design:
              type: latin-hypercube
              samples: 5
            parameters:
              - path: factions[REB].fighters
                min: 1000
                max: 6000
                integer: true
              - path: rules.combat.tempo
                min: 0.05
                max: 0.6
                distribution: log-uniform
              - path: factions[GOV].posture
                levels: [offensive, defensive]
            outcomes: [final_share.*, capture_day.port-sud, captured_by.port-sud]
            series: [territory_share]
            """;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("sweep.yaml");
        String scenario = TestScenarios.ISLAND.toAbsolutePath().toString();
        Files.writeString(f, text.replace("SCENARIO", scenario), StandardCharsets.UTF_8);
        return f;
    }

    private static String replaceOnce(String text, String from, String to) {
        int i = text.indexOf(from);
        if (i < 0 || text.indexOf(from, i + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur once");
        }
        return text.substring(0, i) + to + text.substring(i + from.length());
    }

    /** "line:col" of the first occurrence of needle. */
    private static String pos(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("no " + needle);
        }
        int line = 1 + (int) text.substring(0, i).chars().filter(c -> c == '\n').count();
        int col = i - (text.lastIndexOf('\n', i - 1) + 1) + 1;
        return line + ":" + col;
    }

    @Test
    void aValidFileLoadsWithItsDesignOutcomesAndSeries() throws Exception {
        SweepSpec s = SweepLoader.load(write(VALID));
        assertEquals(3, s.parameters().size());
        assertEquals(5, s.points().size());
        assertEquals(10, s.runCount());
        assertEquals(30, s.days());
        assertEquals(9, s.masterSeed());
        assertEquals(List.of("capture_day.port-sud", "final_share.GOV", "final_share.REB"), s.outcomes());
        assertEquals(List.of("captured_by.port-sud"), s.labels());
        assertEquals(List.of("territory_share"), s.seriesMetrics());
        assertTrue(s.keeps("final_share.NEW"), "patterns also keep columns a point adds");
        assertEquals("sweep", s.name());
        List<String> o = s.points().overrides(0);
        assertEquals(3, o.size());
        assertTrue(o.get(0).matches("factions\\[REB]\\.fighters=\\d+"), o.get(0));
        assertTrue(o.get(2).equals("factions[GOV].posture=\"offensive\"") || o.get(2).equals("factions[GOV].posture=\"defensive\""),
                o.get(2));
    }

    @Test
    void runsAreInterleavedReplicateByReplicateAndSeededPerPoint() throws Exception {
        SweepSpec s = SweepLoader.load(write(VALID));
        assertEquals(0, s.pointOf(0));
        assertEquals(4, s.pointOf(4));
        assertEquals(0, s.replicateOf(4));
        assertEquals(0, s.pointOf(5));
        assertEquals(1, s.replicateOf(5));
        assertEquals(org.conflictsim.experiment.Seeds.runSeed(9, 3, 1), s.seedOf(8));
        SweepSpec common = SweepLoader.load(write(replaceOnce(VALID, "replications: 2", "replications: 2\nseeds: common")));
        assertEquals(org.conflictsim.experiment.Seeds.runSeed(9, 0, 1), common.seedOf(8));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            Arguments.of("unknown key", "days: 30", "dayz: 30", "dayz", "dayz: unknown key (did you mean 'days'?)"),
            Arguments.of("wrong type", "samples: 5", "samples: many", "many",
                    "design.samples: expected a number, got the text \"many\""),
            Arguments.of("replications out of range", "replications: 2", "replications: 0", "0\ndesign",
                    "replications: must be between 1 and 1000000, got 0"),
            Arguments.of("unknown design", "type: latin-hypercube", "type: latin-square", "latin-square",
                    "design.type: must be one of full-factorial, points, random, latin-hypercube, sobol, morris, saltelli,"
                    + " got \"latin-square\""),
            Arguments.of("key the design does not use", "samples: 5", "samples: 5\n  levels: 4", "levels",
                    "design.levels: unknown key; known keys: type, samples"),
            Arguments.of("levels and a range", "levels: [offensive, defensive]",
                    "levels: [offensive, defensive]\n    min: 1", "[offensive",
                    "parameters[2].levels: give either levels (a list of values) or min and max (a range), not both"),
            Arguments.of("min above max", "max: 6000", "max: 600", "600\n",
                    "parameters[0].max: must be at least min (1000), got 600"),
            Arguments.of("log-uniform from zero", "min: 0.05", "min: 0", "0\n    max: 0.6",
                    "parameters[1].min: must be above 0 for a log-uniform distribution, got 0"),
            Arguments.of("steps outside a factorial", "integer: true", "integer: true\n    steps: 3", "3\n",
                    "parameters[0].steps: only used by a full-factorial design"),
            Arguments.of("duplicate level", "[offensive, defensive]", "[offensive, offensive]", "offensive]",
                    "parameters[2].levels[1]: duplicate level offensive"),
            Arguments.of("unknown outcome", "capture_day.port-sud,", "capture_day.port-sub,", "capture_day.port-sub",
                    "outcomes[1]: no outcome is called capture_day.port-sub (did you mean capture_day.port-sud?)"),
            Arguments.of("unknown series", "series: [territory_share]", "series: [territory]", "territory]",
                    "series[0]: no series metric is called territory"),
            Arguments.of("path the scenario does not have", "path: factions[REB].fighters", "path: factions[REB].fightrs",
                    "factions[REB].fightrs",
                    "parameters[0].path: the scenario rejects factions[REB].fightrs=1000: factions[1].fightrs: unknown key"
                    + " (did you mean 'fighters'?)"),
            Arguments.of("list item that does not exist", "path: factions[REB].fighters", "path: factions[M23].fighters",
                    "factions[M23]",
                    "parameters[0].path: the scenario rejects factions[M23].fighters=1000: no item of factions has id 'M23'"),
            Arguments.of("value out of the scenario's range", "max: 0.6", "max: 1.6", "1.6",
                    "parameters[1].max: the scenario rejects rules.combat.tempo=1.6: rules.combat.tempo: must be between"
                    + " 0 and 1 per day, got 1.6"),
            Arguments.of("level the scenario rejects", "[offensive, defensive]", "[offensive, defensiv]", "defensiv]",
                    "parameters[2].levels[1]: the scenario rejects factions[GOV].posture=\"defensiv\": factions[0].posture:"
                    + " must be one of offensive, defensive, got \"defensiv\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedAtItsPlace(String name, String from, String to, String at, String message) throws IOException {
        String text = replaceOnce(VALID, from, to);
        Path f = write(text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        String scenario = TestScenarios.ISLAND.toAbsolutePath().toString();
        assertEquals(f + ":" + pos(text.replace("SCENARIO", scenario), at) + ": " + message, e.getMessage());
    }

    @Test
    void everyProblemOfTheFileIsReportedTogether() throws IOException {
        String text = replaceOnce(replaceOnce(VALID, "days: 30", "dayz: 30"), "samples: 5", "samples: -1");
        Path f = write(text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void aMissingBaseScenarioIsReportedAtTheScenarioKeyAsNotFound() throws IOException {
        Path f = dir.resolve("s.yaml");
        String text = VALID.replace("scenario: SCENARIO", "scenario: ../nowhere/island.yaml");
        Files.writeString(f, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        assertEquals(ScenarioException.Kind.NOT_FOUND, e.kind());
        assertEquals(f + ":1:11: scenario: cannot load " + dir.resolve("../nowhere/island.yaml").normalize()
                + ": no such file", e.getMessage());
    }

    @Test
    void aFullFactorialNeedsStepsForRanges() throws IOException {
        String text = replaceOnce(replaceOnce(replaceOnce(VALID, "type: latin-hypercube\n  samples: 5", "type: full-factorial"),
                "    integer: true\n", "    integer: true\n    steps: 3\n"), "log-uniform\n", "log-uniform\n    steps: 2\n");
        SweepSpec ok = assertDoesNotThrowLoad(write(text));
        assertEquals(3 * 2 * 2, ok.points().size());
        assertEquals(List.of("factions[REB].fighters=1000", "rules.combat.tempo=0.05", "factions[GOV].posture=\"offensive\""),
                ok.points().overrides(0));
        assertEquals(List.of("factions[REB].fighters=1000", "rules.combat.tempo=0.05", "factions[GOV].posture=\"defensive\""),
                ok.points().overrides(1), "the last parameter varies fastest");
        assertEquals(List.of("factions[REB].fighters=6000", "rules.combat.tempo=0.6", "factions[GOV].posture=\"defensive\""),
                ok.points().overrides(11));
        String noSteps = replaceOnce(text, "    steps: 2\n", "");
        Path f = write(noSteps);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        String full = noSteps.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString());
        assertEquals(f + ":" + pos(full, "path: rules") + ": parameters[1]: a full-factorial design needs steps (how many"
                + " values of the range) or levels", e.getMessage());
    }

    private static SweepSpec assertDoesNotThrowLoad(Path f) {
        try {
            return SweepLoader.load(f);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void explicitPointsFromTheFileAndFromCsv() throws IOException {
        String inline = """
                scenario: SCENARIO
                days: 10
                design:
                  type: points
                  points:
                    - {tempo: 0.2, rebels: 3000}
                    - {tempo: 0.4, rebels: 3000}
                parameters:
                  - path: rules.combat.tempo
                    name: tempo
                  - path: factions[REB].fighters
                    name: rebels
                """;
        SweepSpec s = assertDoesNotThrowLoad(write(inline));
        assertEquals(2, s.points().size());
        assertEquals(List.of("rules.combat.tempo=0.4", "factions[REB].fighters=3000"), s.points().overrides(1));

        String typo = inline.replace("- {tempo: 0.4, rebels: 3000}", "- {tempo: 0.4, rebel: 3000}");
        Path f = write(typo);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        String full = typo.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString());
        assertEquals(f + ":" + pos(full, "rebel: 3000") + ": design.points[1].rebel: not a parameter of this sweep"
                + " (did you mean rebels?)", e.getMessage());

        Files.writeString(dir.resolve("pts.csv"), "rebels,tempo\n2000,0.1\n4000,\"0.2\"\n");
        String csv = inline.replaceAll("(?s)  points:.*?parameters:", "  file: pts.csv\nparameters:");
        SweepSpec c = assertDoesNotThrowLoad(write(csv));
        assertEquals(List.of("rules.combat.tempo=0.2", "factions[REB].fighters=4000"), c.points().overrides(1));

        Files.writeString(dir.resolve("pts.csv"), "rebels,tempo,extra\n2000,0.1,1\n");
        Path g = write(csv);
        ScenarioException ce = assertThrows(ScenarioException.class, () -> SweepLoader.load(g));
        assertTrue(ce.getMessage().endsWith("design.file: pts.csv: column 'extra' is not a parameter of this sweep"),
                ce.getMessage());
    }

    @Test
    void csvCellsBecomeNumbersListsOrQuotedText() {
        assertEquals("0.25", SweepValues.cellValue("0.25").yaml());
        assertEquals("100000", SweepValues.cellValue("1e5").yaml());
        assertEquals("[Hills, Plain]", SweepValues.cellValue("[Hills, Plain]").yaml());
        assertEquals("\"defensive\"", SweepValues.cellValue("defensive").yaml());
        assertEquals("\"a \\\"b\\\"\"", SweepValues.cellValue("a \"b\"").yaml());
    }
}
