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

    /**
     * With replications the noise between the replicates of a point is estimated: per-point seeds get it
     * subtracted (S1_adj, ST_adj; mu_star_noise, sigma_adj), common seeds only reported; the terminal and the
     * report say which, and a sweep with one run per point says it cannot.
     */
    @Test
    void replicateNoiseIsEstimatedAndSubtractedOrExplained() throws IOException {
        Path f = sweep("salt-reps", "type: saltelli\n  samples: 4\nreplications: 2");
        Cli.Result r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("note: " + SensitivityReport.noiseNote("per-point", 2)), r.out());
        List<String> rows = Files.readAllLines(out.resolve("salt-reps").resolve("sensitivity.csv"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,,sobol,noise_sd,")), "noise SD");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,,sobol,noise_share,")), "noise share");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,sobol,ST_adj,")));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,sobol,S1_adj,")));
        String report = Files.readString(out.resolve("salt-reps").resolve("report.html"));
        assertTrue(report.contains("<th>S1 without noise</th><th>ST without noise</th>"), "adjusted columns");
        assertTrue(report.contains("Replicate noise: runs of one point differ by a standard deviation of "));

        Path common = sweep("salt-common", "type: saltelli\n  samples: 4\nreplications: 2\nseeds: common");
        r = Cli.run("sweep", common.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("note: " + SensitivityReport.noiseNote("common", 2)), r.out());
        rows = Files.readAllLines(out.resolve("salt-common").resolve("sensitivity.csv"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,,sobol,noise_sd,")));
        assertFalse(rows.stream().anyMatch(l -> l.contains(",ST_adj,")), "common seeds: nothing subtracted");

        Path morris = sweep("mor-reps", "type: morris\n  trajectories: 3\n  levels: 4\nreplications: 2");
        r = Cli.run("sweep", morris.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        rows = Files.readAllLines(out.resolve("mor-reps").resolve("sensitivity.csv"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,morris,mu_star_noise,")));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("final_share.REB,rules.combat.tempo,morris,sigma_adj,")));

        Path single = sweep("mor-one", "type: morris\n  trajectories: 3\n  levels: 4");
        r = Cli.run("sweep", single.toString(), "--out", out.toString(), "--threads", "2");
        assertTrue(r.out().contains("note: Sensitivity indices include replicate noise: every point ran once"), r.out());
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
