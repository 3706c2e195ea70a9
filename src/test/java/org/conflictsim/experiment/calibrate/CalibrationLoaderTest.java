package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.Cli;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration files are read as strictly as sweep files: every problem with its line, column and key. */
class CalibrationLoaderTest {
    @TempDir
    Path dir;

    static final String VALID = """
            scenario: SCENARIO
            days: 90
            seed: 3
            method:
              type: abc-smc
              particles: 20
              replications: 2
              generations: 2
            parameters:
              - path: rules.combat.tempo
                min: 0.1
                max: 0.6
            targets:
              - id: crossroads
                outcome: capture_day.crossroads
                date: 2025-02-02
                sd: 7
                source: test
              - outcome: final_share.REB
                value: 0.7
                sd: 0.05
                source: test
              - id: port
                outcome: capture_day.port-sud
                byDay: 80
                happened: false
                use: validation
                source: test
            """;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("cal.yaml");
        Files.writeString(f, text.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString()),
                StandardCharsets.UTF_8);
        return f;
    }

    private List<String> problems(String text) throws IOException {
        Path f = write(text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationLoader.load(f));
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message()).toList();
    }

    @Test
    void readsAValidFile() throws Exception {
        CalibrationSpec c = CalibrationLoader.load(write(VALID));
        assertEquals(90, c.days());
        assertEquals(3, c.masterSeed());
        assertEquals(List.of("capture_day.crossroads", "final_share.REB", "capture_day.port-sud"), c.outcomes());
        assertEquals(2, c.calibrationTargets().size());
        Target date = c.targets().get(0);
        assertEquals(Target.Kind.DATE, date.kind());
        assertEquals(32, date.observed(), 0, "2025-02-02 is day 32 of a run starting 2025-01-01");
        assertEquals("final_share.REB", c.targets().get(1).id(), "the id defaults to the outcome");
        Target event = c.targets().get(2);
        assertEquals(new Target.Condition(Target.Op.BY, 80), event.event());
        assertEquals(0.5, event.sd(), 0, "an event's default sd");
        assertEquals(Target.Use.VALIDATION, event.use());
        assertEquals(2, c.predictive(), "predictive runs default to the replications");
        // a place never captured is censored at the horizon (day 90), 58 days after the observation
        assertEquals((90 - 32) / 7.0, date.z(Double.NaN, 90), 1e-12);
        assertEquals(1.0, event.simulated(80, 90), 0);
        assertEquals(0.0, event.simulated(Double.NaN, 90), 0);
        double d = c.distance(new double[] {39, 0.75, Double.NaN});
        assertEquals(Math.sqrt((1 + 1) / 2.0), d, 1e-12, "RMS of z = 1 and z = 1; the validation target is left out");
    }

    @Test
    void reportsEveryProblemWithItsPlace() throws IOException {
        List<String> p = problems(VALID.replace("  particles: 20", "  particels: 20")
                .replace("outcome: final_share.REB", "outcome: final_share.REBS")
                .replace("date: 2025-02-02", "date: 2025-06-02")
                .replace("    byDay: 80\n", ""));
        assertEquals(List.of(
                "6:3: method.particels: unknown key (did you mean 'particles'?)",
                "23:5: targets[2]: an event needs its condition: by (a date) or byDay (a day) for a capture, atLeast or"
                        + " atMost for a quantity"), p, "structure first; the scenario's checks come after");
        p = problems(VALID.replace("outcome: final_share.REB", "outcome: final_share.REBS")
                .replace("date: 2025-02-02", "date: 2025-06-02"));
        assertEquals(List.of(
                "16:11: targets[0].date: day 152 is outside the horizon: runs start on 2025-01-01 and last 90 days (to"
                        + " 2025-03-31)",
                "19:14: targets[1].outcome: the scenario has no outcome column final_share.REBS (did you mean"
                        + " final_share.REB?)"), p);
    }

    @Test
    void rejectsContradictionsAndValuesTheScenarioRefuses() throws IOException {
        List<String> p = problems(VALID.replace("    value: 0.7\n", "    value: 0.7\n    happened: true\n")
                .replace("min: 0.1", "min: -0.5"));
        assertEquals(List.of("21:15: targets[1].happened: give one of date, day, value and happened, not value and happened"), p);
        p = problems(VALID.replace("min: 0.1", "min: -0.5"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("10:11: parameters[0].path: the scenario rejects rules.combat.tempo=-0.5"), p.get(0));
        p = problems(VALID.replace("outcome: capture_day.crossroads", "outcome: final_share.GOV"));
        assertTrue(p.get(0).contains("a date target needs a capture-day column (capture_day.*), got final_share.GOV"), p.get(0));
        String onlyValidation = VALID.substring(0, VALID.indexOf("targets:")) + """
                targets:
                  - outcome: final_share.REB
                    value: 0.7
                    sd: 0.05
                    use: validation
                    source: test
                """;
        assertEquals(List.of("14:3: targets: every target is for validation; at least one needs use: calibration (the"
                + " default)"), problems(onlyValidation));
    }

    @Test
    void theCommandExitsWith4AndNoStackTrace() throws IOException {
        Path f = write(VALID.replace("type: abc-smc", "type: abc"));
        Cli.Result r = Cli.run("calibrate", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals(f + ":5:9: method.type: must be one of abc-smc, got \"abc\"" + System.lineSeparator(), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written");
        Problem missing = assertThrows(ScenarioException.class, () -> CalibrationLoader.load(dir.resolve("none.yaml")))
                .problems().get(0);
        assertTrue(missing.message().contains("no such file"), missing.message());
    }
}
