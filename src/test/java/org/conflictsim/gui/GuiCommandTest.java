package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.cli.Main;
import org.conflictsim.experiment.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conflictsim gui}: its errors come before any window opens, with the project's exit codes; without a
 * display it says so and exits 2. (Opening the GUI itself is {@link GuiTest}'s business.)
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsTheOptions() {
        Cli.Result r = Cli.run("gui", "--help");
        assertEquals(ExitCodes.OK, r.code());
        for (String option : List.of("SCENARIO", "--seed", "--days", "--presentation", "--band", "--set",
                "scenarios/kivu-2025.yaml")) {
            assertTrue(r.out().contains(option), option + " missing from:\n" + r.out());
        }
    }

    @Test
    void aMissingScenarioExits3() {
        Cli.Result r = Cli.run("gui", tmp.resolve("nowhere.yaml").toString());
        assertEquals(ExitCodes.NOT_FOUND, r.code(), r.err());
        assertTrue(r.err().contains("nowhere.yaml"), r.err());
    }

    @Test
    void badDaysExit2() {
        Cli.Result r = Cli.run("gui", TestScenarios.ISLAND.toString(), "--days", "0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("error: --days must be between 1 and 36500, got 0" + System.lineSeparator(), r.err());
    }

    @Test
    void aBandFolderWithoutTimeseriesExits3() {
        Cli.Result r = Cli.run("gui", TestScenarios.ISLAND.toString(), "--band", tmp.toString());
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        assertEquals("error: " + tmp.resolve("timeseries.csv.gz")
                + ": not found (expected the results folder of an earlier run, with its daily series, or of a compare,"
                + " with bands.csv)" + System.lineSeparator(), r.err());
    }

    @Test
    void aBandOfOtherFactionsExits4() throws Exception {
        Files.writeString(tmp.resolve("timeseries.csv"), "run,day,date,metric,entity,value\n"
                + "0,0,2024-12-01,territory_share,FARDC,0.9\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("gui", TestScenarios.ISLAND.toString(), "--band", tmp.toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("error: " + tmp + " has no territory shares of the factions of island (it has FARDC)"
                + System.lineSeparator(), r.err());
    }

    @Test
    void withoutADisplayItSaysSoAndExits2() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "gui", TestScenarios.ISLAND.toString());
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command returns");
        assertEquals(ExitCodes.USAGE, p.exitValue(), err);
        assertTrue(err.contains("error: the GUI needs a display, and this Java runs headless (no DISPLAY, or "
                + "-Djava.awt.headless=true)"), err);
    }
}
