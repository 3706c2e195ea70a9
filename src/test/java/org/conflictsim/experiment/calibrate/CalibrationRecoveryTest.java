package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.Cli;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration recovers known truth: synthetic observations are one run of the island at known parameter values;
 * the posterior's 90% interval should contain the truth for each parameter in at least 80% of the trials.
 * By default 5 small trials (about half a minute); the full check of the issue, 20 trials of the shipped
 * island calibration's size, is
 * {@code mvn -B test -DskipFuzz -Dtest=CalibrationRecoveryTest -Drecovery.trials=20 -Drecovery.full=true}.
 */
class CalibrationRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void ninetyPercentIntervalsContainTheTruth() throws Exception {
        int trials = Integer.getInteger("recovery.trials", 5);
        boolean full = Boolean.getBoolean("recovery.full");
        int days = full ? 180 : 120;
        SplittableRandom rng = new SplittableRandom(2024);
        int[] covered = new int[2];
        LocalDate start = TestScenarios.load(TestScenarios.ISLAND).scenario().start();
        StringBuilder log = new StringBuilder();
        for (int trial = 0; trial < trials; trial++) {
            long fighters = 2000 + rng.nextInt(2501);            // inside the prior [1500, 5000], away from its ends
            double tempo = 0.15 + 0.4 * rng.nextDouble();        // inside the prior [0.1, 0.6]
            tempo = Math.round(tempo * 1000) / 1000.0;
            long obsSeed = 1000 + trial;
            ScenarioLoader.Loaded truth = ScenarioLoader.load(TestScenarios.ISLAND,
                    List.of("factions[REB].fighters=" + fighters, "rules.combat.tempo=" + tempo));
            RunResult obs = Outcomes.run(truth.scenario(), 0, obsSeed, days);
            double cross = obs.outcomes().get("capture_day.crossroads");
            String crossTarget = Double.isNaN(cross)
                    ? "  - {outcome: capture_day.crossroads, byDay: " + (days - 1) + ", happened: false, source: synthetic}\n"
                    : "  - {outcome: capture_day.crossroads, date: " + start.plusDays((long) cross) + ", sd: 7, source: synthetic}\n";
            String yaml = "scenario: " + TestScenarios.ISLAND.toAbsolutePath() + "\n"
                    + "days: " + days + "\nseed: " + (50 + trial) + "\n"
                    + "method: {type: abc-smc, particles: " + (full ? 200 : 30) + ", replications: " + (full ? 4 : 3)
                    + ", generations: " + (full ? 8 : 3) + "}\n"
                    + "predictive: 1\n"
                    + "parameters:\n"
                    + "  - {path: 'factions[REB].fighters', min: 1500, max: 5000, integer: true}\n"
                    + "  - {path: rules.combat.tempo, min: 0.1, max: 0.6}\n"
                    + "targets:\n" + crossTarget
                    + String.format(Locale.ROOT, "  - {outcome: final_share.REB, value: %.4f, sd: 0.05, source: synthetic}%n",
                            obs.outcomes().get("final_share.REB"))
                    + String.format(Locale.ROOT, "  - {outcome: casualties.REB, value: %.1f, sd: 150, source: synthetic}%n",
                            obs.outcomes().get("casualties.REB"));
            Path f = dir.resolve("trial-" + trial + ".yaml");
            Files.writeString(f, yaml, StandardCharsets.UTF_8);
            Cli.Result r = Cli.run("calibrate", f.toString(), "--out", dir.resolve("out").toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            List<String> rows = Files.readAllLines(dir.resolve("out").resolve("trial-" + trial).resolve("parameters.csv"));
            double[] truthValues = {fighters, tempo};
            log.append(String.format(Locale.ROOT, "trial %d: truth fighters %d, tempo %.3f;", trial, fighters, tempo));
            for (int j = 0; j < 2; j++) {
                String[] c = rows.get(1 + j).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                double lo = Double.parseDouble(c[5]);
                double hi = Double.parseDouble(c[6]);
                boolean in = truthValues[j] >= lo && truthValues[j] <= hi;
                covered[j] += in ? 1 : 0;
                log.append(String.format(Locale.ROOT, " [%s, %s]%s", c[5], c[6], in ? "" : " MISSED"));
            }
            log.append('\n');
        }
        System.out.println("calibration recovery, " + trials + " trials:\n" + log + "covered: fighters " + covered[0]
                + "/" + trials + ", tempo " + covered[1] + "/" + trials);
        for (int j = 0; j < 2; j++) {
            assertTrue(covered[j] >= Math.ceil(0.8 * trials), "parameter " + j + " covered in " + covered[j] + " of "
                    + trials + " trials:\n" + log);
        }
    }
}
