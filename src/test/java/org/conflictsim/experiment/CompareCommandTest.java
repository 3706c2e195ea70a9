package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.output.results.ComparisonCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path in;

    @TempDir
    Path out;

    private Path strongerRebels() throws IOException {
        String text = Files.readString(TestScenarios.ISLAND, StandardCharsets.UTF_8);
        String changed = text.replace("id: island\n", "id: island-strong\n").replace("fighters: 2500,", "fighters: 5000,");
        assertFalse(changed.equals(text));
        Path f = in.resolve("island-strong.yaml");
        Files.writeString(f, changed, StandardCharsets.UTF_8);
        return f;
    }

    private static Path only(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> l = s.toList();
            assertEquals(1, l.size(), l.toString());
            return l.get(0);
        }
    }

    @Test
    void comparesTwoScenariosWithCommonSeedsAndWritesTidyResults() throws IOException {
        Path b = strongerRebels();
        Cli.Result r = Cli.run("compare", TestScenarios.ISLAND.toString(), b.toString(), "--reps", "4", "--days", "40",
                "--threads", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("compare island vs island-strong; 4 replications each of 40 days, master seed 7"),
                r.out());
        assertTrue(r.out().contains("island-strong against island: On a small island"), "the question first: " + r.out());
        assertTrue(r.out().contains("  In short: Compared with island, over 4 paired runs: "), r.out());
        assertTrue(r.out().contains("How to read this: each difference is paired over 4 replicates"), r.out());
        Path dir = only(out);
        assertTrue(dir.getFileName().toString().startsWith("compare-island-vs-island-strong-"), dir.toString());
        List<String> csv = Files.readAllLines(dir.resolve("comparison.csv"));
        assertEquals(ComparisonCsv.HEADER, csv.get(0));
        assertEquals(0, (csv.size() - 1) % 2, "one row per outcome and scenario");
        String ref = csv.stream().filter(l -> l.startsWith("fighters_final.REB,fighters,island,")).findFirst().orElseThrow();
        assertTrue(ref.startsWith("fighters_final.REB,fighters,island,4,"), ref);
        assertTrue(ref.endsWith(",,,,,,,,,,,,,"), "no difference columns for the reference: " + ref);
        String other = csv.stream().filter(l -> l.startsWith("fighters_final.REB,fighters,island-strong,")).findFirst()
                .orElseThrow();
        String[] f = other.split(",", -1);
        assertEquals(20, f.length);
        assertEquals("4", f[3]);
        assertTrue(Double.parseDouble(f[7]) > 1000, "twice the rebels end with more fighters: " + other);
        assertEquals(Double.parseDouble(f[7]) / Double.parseDouble(ref.split(",")[4]) * 100, Double.parseDouble(f[10]),
                1e-6, "% change of the reference's mean");
        assertEquals("4", f[16]);
        assertEquals("1", f[17], "resolution: one fighter");
        assertEquals("differs", f[18]);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("capture_share.port-sud,share of runs (0-1),island,4,")),
                "derived shares");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("capture_rmst.port-sud,days,island,4,")),
                "derived restricted mean times to capture");

        for (String label : List.of("island", "island-strong")) {
            List<String> runs = Files.readAllLines(dir.resolve(label).resolve("runs.csv"));
            assertEquals(5, runs.size());
            assertTrue(Files.exists(dir.resolve(label).resolve("scenario.yaml")));
        }
        // common random numbers: the same seed column in both runs.csv
        assertEquals(seeds(dir.resolve("island").resolve("runs.csv")), seeds(dir.resolve("island-strong").resolve("runs.csv")));
        List<String> bands = Files.readAllLines(dir.resolve("bands.csv"));
        assertEquals("scenario,day,date,metric,entity,mean,p05,p95", bands.get(0));
        assertTrue(bands.contains(bands.stream().filter(l -> l.startsWith("island-strong,39,2025-02-09,territory_share,"
                + "REB,")).findFirst().orElseThrow()), "the last day of each scenario's bands");
        for (String label : List.of("island", "island-strong")) {
            assertTrue(Files.readString(dir.resolve(label).resolve("events.csv")).contains(",instrument-start,"));
        }
        assertTrue(Files.size(dir.resolve("charts").resolve("differences.png")) > 0, "charts");
        assertTrue(Files.readString(dir.resolve("report.html")).contains("<h1>island compared with island-strong</h1>"));
        assertTrue(r.out().contains("(report: " + dir.resolve("report.html") + ")"), r.out());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("compare", m.get("command").asText());
        assertEquals(2, m.get("scenarios").size());
        assertEquals(4, m.get("runSeeds").size());
        assertEquals(Long.toUnsignedString(Seeds.runSeed(7, 0, 3)), m.get("runSeeds").get(3).asText());
    }

    private static List<String> seeds(Path runsCsv) throws IOException {
        return Files.readAllLines(runsCsv).stream().skip(1).map(l -> l.split(",")[1]).toList();
    }

    @Test
    void aScenarioComparedWithItselfDiffersNowhereAndResultsDoNotDependOnThreads() throws IOException {
        Path one = out.resolve("one");
        Path two = out.resolve("two");
        String island = TestScenarios.ISLAND.toString();
        Cli.Result r1 = Cli.run("compare", island, island, "--reps", "3", "--days", "30", "--threads", "1", "--out",
                one.toString());
        assertEquals(ExitCodes.OK, r1.code(), r1.err());
        assertTrue(r1.out().contains("In short: Compared with island, over 3 paired runs: every outcome is the same in "
                + "every replicate."), r1.out());
        assertTrue(r1.out().contains("island-2 against island: no headline outcome differs clearly."), r1.out());
        assertTrue(r1.out().contains(" 0 differ, 0 unclear, 0 below resolution, "), r1.out());
        Cli.Result r2 = Cli.run("compare", island, island, "--reps", "3", "--days", "30", "--threads", "2", "--out",
                two.toString());
        assertEquals(ExitCodes.OK, r2.code(), r2.err());
        Path d1 = only(one);
        Path d2 = only(two);
        assertTrue(Files.isDirectory(d1.resolve("island-2")), "the second copy gets a suffix");
        assertEquals(Files.readString(d1.resolve("comparison.csv")), Files.readString(d2.resolve("comparison.csv")));
    }

    /**
     * A truce from the first day keeps Crossroads from falling in most runs of the island (7 of 10 runs
     * without it, 1 of 10 with it): compare says so as a difference in the share of runs with its interval,
     * compares the time to capture over every replicate, and withholds the capture-day difference that would
     * rest on the one run with a capture in both.
     */
    @Test
    void aWhatIfThatPreventsACaptureInMostRunsShowsInTheTableAndTheCsv() throws IOException {
        String text = Files.readString(TestScenarios.ISLAND, StandardCharsets.UTF_8);
        Path truce = in.resolve("truce.yaml");
        Files.writeString(truce, text.replace("id: island\n", "id: island-truce\n") + "  - id: truce\n    label: Truce\n"
                + "    on: 2025-01-01\n    ceasefire: {breakdown: 0.004, imbalance: 0}\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("compare", TestScenarios.ISLAND.toString(), truce.toString(), "--reps", "10", "--days",
                "180", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("   Crossroads ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(line.matches(" +Crossroads +7/10, \\d+ \\w+ 2025 +1/10 +−60 pp of runs \\[−\\d+, −\\d+\\]"), line);
        List<String> csv = Files.readAllLines(only(out).resolve("comparison.csv"));
        String share = csv.stream().filter(l -> l.startsWith("capture_share.crossroads,share of runs (0-1),island-truce,"))
                .findFirst().orElseThrow();
        String[] f = share.split(",", -1);
        assertEquals("-0.6", f[7]);
        assertEquals("10", f[16], "every pair");
        assertEquals("differs", f[18]);
        String rmst = csv.stream().filter(l -> l.startsWith("capture_rmst.crossroads,days,island-truce,")).findFirst()
                .orElseThrow();
        f = rmst.split(",", -1);
        assertTrue(Double.parseDouble(f[7]) > 0, "later on average, a place not taken counting as the horizon");
        assertEquals("10", f[16], "every pair");
        String day = csv.stream().filter(l -> l.startsWith("capture_day.crossroads,days from the start,island-truce,"))
                .findFirst().orElseThrow();
        f = day.split(",", -1);
        assertEquals("", f[7], "no capture-day difference over the pairs that both had a capture");
        assertTrue(f[19].startsWith("taken in one scenario but not the other in 6 of 10 replicates"), day);
    }

    @Test
    void usageAndInputErrorsExitCleanlyAndWriteNothing() throws IOException {
        String island = TestScenarios.ISLAND.toString();
        Cli.Result oneRep = Cli.run("compare", island, island, "--reps", "1", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, oneRep.code());
        assertEquals("error: --reps must be between 2 and 1000000 (paired tests need 2 or more), got 1"
                + System.lineSeparator(), oneRep.err());
        Cli.Result single = Cli.run("compare", island, "--out", out.toString());
        assertEquals(ExitCodes.USAGE, single.code());
        Path missing = in.resolve("missing.yaml");
        Path bad = in.resolve("bad.yaml");
        Files.writeString(bad, "id: [\n");
        Cli.Result both = Cli.run("compare", island, missing.toString(), bad.toString(), "--out", out.toString());
        assertEquals(ExitCodes.NOT_FOUND, both.code(), both.err());
        assertTrue(both.err().startsWith(missing + ": no such file" + System.lineSeparator() + bad + ":"), both.err());
        assertFalse(both.err().contains("Exception"), both.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count());
        }
    }
}
