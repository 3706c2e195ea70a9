package org.conflictsim.experiment.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** discover on a real sweep store of the island. */
class DiscoverCommandTest {
    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void sweep() throws IOException {
        Path f = dir.resolve("disc.yaml");
        String text = Files.readString(Path.of("sweeps", "island-discovery.yaml"))
                .replace("../scenarios/island.yaml", TestScenarios.ISLAND.toAbsolutePath().toString())
                .replace("samples: 300", "samples: 160");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        store = dir.resolve("disc").resolve("sweep.sqlite");
    }

    @Test
    void findsABoxAtLeastTwiceAsDenseAsTheBaseRate() throws Exception {
        Discovery d = Discovery.of(store, OutcomeExpression.parse("capture_day.port-sud >= 180"), 0.05, 0.05, -1);
        assertEquals(160, d.y().length);
        assertTrue(d.baseRate() > 0.1 && d.baseRate() < 0.5, "base rate " + d.baseRate());
        assertTrue(d.box().density() >= 2 * d.baseRate(), "density " + d.box().density() + ", base " + d.baseRate());
        int rebels = d.dimensions().stream().map(Discovery.Dimension::path).toList().indexOf("factions[REB].fighters");
        assertTrue(d.box().restricted()[rebels], "the capital holds where the rebels are few");
        assertTrue(d.box().upper()[rebels] < 4500, "upper bound " + d.box().upper()[rebels]);

        Cli.Result r = Cli.run("discover", store.toString(), "--outcome", "capture_day.port-sud >= 180");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Path out = store.resolveSibling("discover-capture-day-port-sud-180");
        for (String f : new String[] {"report.html", "trajectory.csv", "box.csv", "charts/discovery-trajectory.png",
            "charts/discovery-box.png"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("box.csv")).startsWith("parameter,path,restricted,box_range,sweep_range,"));
        Cli.Result again = Cli.run("discover", store.toString(), "--outcome", "capture_day.port-sud >= 180");
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(Files.exists(store.resolveSibling("discover-capture-day-port-sud-180-2")), "never overwritten");
    }

    @Test
    void badInputGetsAClearErrorAndExitCode() {
        Cli.Result r = Cli.run("discover", store.toString(), "--outcome", "final_share.RBE > 0.5");
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("error: the store has no numeric outcome final_share.RBE (did you mean final_share.REB?)"
                + System.lineSeparator(), r.err());
        r = Cli.run("discover", store.toString(), "--outcome", "final_share.REB >");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("error: --outcome in 'final_share.REB >' at character 18:"), r.err());
        r = Cli.run("discover", store.toString(), "--outcome", "final_share.REB > 2");
        assertEquals(ExitCodes.INVALID, r.code());
        assertTrue(r.err().contains("no run of 160 meets 'final_share.REB > 2'"), r.err());
        r = Cli.run("discover", dir.resolve("none.sqlite").toString(), "--outcome", "final_share.REB > 0.5");
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        r = Cli.run("discover", store.toString(), "--outcome", "final_share.REB > 0.5", "--alpha", "0.7");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("error: --alpha must be above 0 and below 0.5, got 0.7" + System.lineSeparator(), r.err());
    }
}
