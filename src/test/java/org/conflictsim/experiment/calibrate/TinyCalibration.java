package org.conflictsim.experiment.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.TestScenarios;

/**
 * A calibration file for the calibrate command's tests: ABC-SMC on island.yaml (seed 3) of one parameter, the
 * combat tempo in [0.1, 0.6], against one target, REB's final territory share 0.7 (sd 0.05), with one
 * predictive run per particle and 2 replications; its length, particles and generations are chosen per test.
 */
public final class TinyCalibration {
    private TinyCalibration() {
    }

    /**
     * Writes the calibration to {@code file}.
     *
     * @param days        days per run
     * @param particles   particles per generation
     * @param generations generations after the first
     * @return {@code file}
     */
    public static Path write(Path file, int days, int particles, int generations) throws IOException {
        Files.writeString(file, """
                scenario: SCENARIO
                days: DAYS
                seed: 3
                method: {type: abc-smc, particles: PARTICLES, replications: 2, generations: GENERATIONS}
                predictive: 1
                parameters:
                  - {path: rules.combat.tempo, min: 0.1, max: 0.6}
                targets:
                  - {outcome: final_share.REB, value: 0.7, sd: 0.05, source: test}
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString())
                .replace("DAYS", Integer.toString(days)).replace("PARTICLES", Integer.toString(particles))
                .replace("GENERATIONS", Integer.toString(generations)), StandardCharsets.UTF_8);
        return file;
    }
}
