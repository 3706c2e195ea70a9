package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saltelli and Morris sweeps write sensitivity.csv when complete, and export writes the same file. */
class SensitivityCommandTest {
    @TempDir
    Path in;

    @TempDir
    Path out;

    private Path sweep(String name, String design) throws IOException {
        Path f = in.resolve(name + ".yaml");
        Files.writeString(f, """
                scenario: SCENARIO
                days: 15
                design:
                  DESIGN
                parameters:
                  - path: factions[REB].fighters
                    min: 1500
                    max: 5000
                  - path: rules.combat.tempo
                    min: 0.1
                    max: 0.6
                outcomes: [final_share.REB, capture_day.crossroads]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString()).replace("DESIGN", design));
        return f;
    }

    @Test
    void saltelli() throws IOException {
        Path f = sweep("salt", "type: saltelli\n  samples: 4");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("16 points (saltelli)"), "4 x (2 + 2) points: " + r.out());
        Path csv = out.resolve("salt").resolve("sensitivity.csv");
        assertTrue(r.out().contains("sensitivity indices: " + csv), r.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(SensitivityReport.HEADER, rows.get(0));
        // 3 outcomes (final_share.REB, capture_day.crossroads, capture_share.crossroads) x 2 parameters x (S1, ST)
        assertEquals(1 + 3 * 2 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("capture_day.crossroads,factions[REB].fighters,sobol,S1,"), rows.get(1));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,sobol,ST,")));
        assertTrue(rows.stream().filter(l -> l.startsWith("final_share.REB")).allMatch(l -> l.endsWith(",4")),
                "four base samples, all complete");
        Path store = out.resolve("salt").resolve("sweep.sqlite");
        assertEquals(ExitCodes.OK, Cli.run("export", store.toString()).code());
        assertEquals(Files.readString(csv), Files.readString(out.resolve("salt").resolve("salt-csv")
                .resolve("sensitivity.csv")));
    }

    @Test
    void morris() throws IOException {
        Path f = sweep("mor", "type: morris\n  trajectories: 3\n  levels: 4");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("mor").resolve("sensitivity.csv"));
        assertEquals(1 + 3 * 2 * 3, rows.size());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,factions[REB].fighters,morris,mu_star,")));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,morris,sigma,")));
    }

    @Test
    void otherDesignsAndIncompleteShardsHaveNone() throws IOException {
        Path f = sweep("lhs", "type: latin-hypercube\n  samples: 3");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("lhs").resolve("sensitivity.csv")));
        Path s = sweep("salt2", "type: saltelli\n  samples: 4");
        Cli.Result shard = Cli.run("sweep", s.toString(), "--out", out.toString(), "--shard", "0/2");
        assertEquals(ExitCodes.OK, shard.code(), shard.err());
        assertFalse(Files.exists(out.resolve("salt2").resolve("sensitivity.csv")), "a shard is never complete alone");
    }
}
