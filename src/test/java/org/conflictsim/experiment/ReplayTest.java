package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.store.SweepStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay} runs one run of a sweep again into a full results folder whose outcomes equal the store's
 * record; seeds above 2^63 are accepted on the command line and exported as text.
 */
class ReplayTest {
    @TempDir
    Path dir;

    private Path sweep() throws Exception {
        Path f = dir.resolve("rep.yaml");
        Files.writeString(f, """
                scenario: SCENARIO
                days: 60
                seed: -4258787416007530413
                replications: 2
                design:
                  type: latin-hypercube
                  samples: 4
                parameters:
                  - path: factions[REB].fighters
                    min: 1000
                    max: 6000
                    integer: true
                outcomes: [final_share.*, capture_day.*, captured_by.*, casualties.*]
                """.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString()), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aReplayOfAPointAndReplicateEqualsTheStoresRecord() throws Exception {
        Path f = sweep();
        Cli.Result s = Cli.run("sweep", f.toString(), "--out", dir.resolve("sw").toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, s.code(), s.err());
        Path store = dir.resolve("sw").resolve("rep").resolve("sweep.sqlite");

        Cli.Result r = Cli.run("replay", store.toString(), "--point", "3", "--replicate", "1", "--out",
                dir.resolve("replays").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        SweepStore.Recorded rec;
        try (SweepStore st = SweepStore.openForReading(store)) {
            rec = st.recorded(1L * 4 + 3);
        }
        int n = rec.outcomes().size() + rec.labels().size();
        assertTrue(n > 5, "outcomes kept: " + n);
        assertTrue(r.out().contains("replay of run 7 of sweep rep (point 3, replicate 1, seed "
                + Long.toUnsignedString(rec.seed()) + "), 60 days"), r.out());
        assertTrue(r.out().contains("the replay equals the store's record: " + n + " of " + n + " outcomes identical"),
                r.out());
        Matcher m = Pattern.compile("Results: (\\S+) ").matcher(r.out());
        assertTrue(m.find(), r.out());
        Path folder = Path.of(m.group(1));
        for (String file : List.of("timeseries.csv.gz", "runs.csv", "events.csv", "manifest.json", "scenario.yaml",
                "report.html")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        assertTrue(Files.isRegularFile(folder.resolve("charts").resolve("control.gif")), "the run's maps");

        // runs.csv of the replay holds the run's values, equal to the store's
        List<String> lines = Files.readAllLines(folder.resolve("runs.csv"));
        List<String> head = List.of(lines.get(0).split(",", -1));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals(Long.toUnsignedString(rec.seed()), row.get(head.indexOf("seed")));
        for (Map.Entry<String, Double> e : rec.outcomes().entrySet()) {
            assertEquals(org.conflictsim.files.Num.format(e.getValue()), row.get(head.indexOf(e.getKey())), e.getKey());
        }
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("replayOf").get("run").asInt());
        assertEquals(0, manifest.get("replayOf").get("outcomesDiffering").asInt());
        assertEquals("14187956657702021203", manifest.get("masterSeed").asText());
        assertTrue(manifest.get("masterSeed").isTextual(), "a seed above 2^53 is text in JSON");
        assertEquals("timeseries.csv.gz", manifest.get("timeseries").get("file").asText(), "the series, as run writes them");
        assertEquals("all", manifest.get("timeseries").get("choice").asText());
        assertTrue(manifest.get("timeseries").get("seriesWritten").asInt() > 0, manifest.toString());

        Cli.Result byRun = Cli.run("replay", store.toString(), "--run", "7", "--out", dir.resolve("replays").toString());
        assertEquals(ExitCodes.OK, byRun.code(), byRun.err());
        Cli.Result bad = Cli.run("replay", store.toString(), "--point", "4", "--replicate", "0");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertEquals("error: " + store + " has points 0 to 3 and replicates 0 to 1; got --point 4 --replicate 0\n",
                bad.err());
    }

    @Test
    void seedsAboveTwoToThe63AreAcceptedAndExportedAsText() throws Exception {
        Cli.Result r = Cli.run("run", TestScenarios.ISLAND.toString(), "--seed", "14187956657702021203", "--reps", "1",
                "--days", "3", "--out", dir.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("master seed 14187956657702021203"), r.out());
        Cli.Result prefixed = Cli.run("run", TestScenarios.ISLAND.toString(), "--seed", "s14187956657702021203",
                "--reps", "1", "--days", "3", "--out", dir.resolve("again").toString());
        assertEquals(ExitCodes.OK, prefixed.code(), prefixed.err());
        Cli.Result big = Cli.run("run", TestScenarios.ISLAND.toString(), "--seed", "18446744073709551616");
        assertEquals(ExitCodes.USAGE, big.code());
        assertTrue(big.err().contains("'18446744073709551616' is not a seed: expected a whole number from 0 to"
                + " 18446744073709551615"), big.err());

        Path f = sweep();
        assertEquals(ExitCodes.OK, Cli.run("sweep", f.toString(), "--out", dir.resolve("sw").toString()).code());
        Path store = dir.resolve("sw").resolve("rep").resolve("sweep.sqlite");
        Cli.Result e = Cli.run("export", store.toString());
        assertEquals(ExitCodes.OK, e.code(), e.err());
        Path csv = store.resolveSibling("rep-csv");
        List<String> runs = Files.readAllLines(csv.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("run,point,replicate,seed,"), runs.get(0));
        for (String line : runs.subList(1, runs.size())) {
            String seed = line.split(",")[3];
            assertTrue(seed.matches("s\\d+"), line);
        }
        JsonNode manifest = new ObjectMapper().readTree(csv.resolve("manifest.json").toFile());
        assertTrue(manifest.get("sweep").get("days").isInt(), "typed: days is a number");
        assertEquals(60, manifest.get("sweep").get("days").asInt());
        assertTrue(manifest.get("sweep").get("master_seed").isTextual(), "a 64-bit seed stays text");
        assertTrue(manifest.get("sweep").get("design").isObject(), "the design is JSON, not a string of JSON");
    }
}
