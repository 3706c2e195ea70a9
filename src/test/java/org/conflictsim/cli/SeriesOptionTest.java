package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.experiment.Cli;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.results.SeriesChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --series}: the compressed file holds the chosen series less the all-zero ones, which the manifest
 * lists, so that with {@code all} every series of the runs is either in the file or named zero; {@code none}
 * writes no file and {@code chart} and {@code gui --band} say so.
 */
class SeriesOptionTest {
    @TempDir
    Path tmp;

    private Path run(String series) throws IOException {
        Path out = tmp.resolve(series);
        Cli.Result r = Cli.run("run", TestScenarios.ISLAND.toString(), "--reps", "2", "--days", "40", "--series", series,
                "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** metric/entity of every row of the file. */
    private static Set<String> seriesIn(Path gz) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        List<String> lines = MainTest.gunzip(gz).lines().toList();
        assertEquals("run,day,date,metric,entity,value", lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            keys.add(f[3] + "/" + f[4]);
        }
        return keys;
    }

    @Test
    void allKeepsEverySeriesOrNamesItZero() throws Exception {
        Path dir = run("all");
        JsonNode t = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("timeseries");
        assertEquals("all", t.get("choice").asText());
        assertEquals("timeseries.csv.gz", t.get("file").asText());
        Set<String> written = seriesIn(dir.resolve("timeseries.csv.gz"));
        assertEquals(written.size(), t.get("seriesWritten").asInt());
        Set<String> zero = new LinkedHashSet<>();
        t.get("omittedAllZero").forEach(n -> zero.add(n.asText()));
        assertFalse(zero.isEmpty(), "the island has series that stay 0 (e.g. sanctions)");

        Scenario sc = TestScenarios.island().scenario();
        List<RunResult> runs = Replications.run(sc, sc.seed(), 2, 40, 1, n -> { });
        for (Series.Key k : runs.get(0).series().keys()) {
            String key = k.metric() + "/" + k.entity();
            boolean allZero = runs.stream().allMatch(r -> {
                int id = r.series().id(k.metric(), k.entity());
                for (int d = 0; d < 40; d++) {
                    if (r.series().get(id, d) != 0) {
                        return false;
                    }
                }
                return true;
            });
            assertTrue(allZero ? zero.contains(key) && !written.contains(key) : written.contains(key), key);
        }
    }

    @Test
    void headlineKeepsTheChartedMetricsAndChartRedrawsTheSameCharts() throws IOException {
        Path all = run("all");
        Path headline = run("headline");
        for (String key : seriesIn(headline.resolve("timeseries.csv.gz"))) {
            assertTrue(SeriesChoice.HEADLINE.keeps(key.substring(0, key.indexOf('/'))), key);
        }
        assertTrue(Files.size(headline.resolve("timeseries.csv.gz")) < Files.size(all.resolve("timeseries.csv.gz")));
        Cli.Result chart = Cli.run("chart", headline.toString(), "--no-maps");
        assertEquals(0, chart.code(), chart.err());
        try (Stream<Path> a = Files.list(all.resolve("charts")); Stream<Path> h = Files.list(headline.resolve("charts"))) {
            assertEquals(a.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png") && !n.startsWith("map-"))
                    .sorted().toList(), h.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png") && !n.startsWith("map-")).sorted().toList());
        }
    }

    @Test
    void noneWritesNoSeriesAndTheReadersSaySo() throws IOException {
        Path dir = run("none");
        assertFalse(Files.exists(dir.resolve("timeseries.csv.gz")));
        assertTrue(Files.exists(dir.resolve("charts").resolve("territory.png")), "run draws from memory");
        JsonNode t = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("timeseries");
        assertEquals("none", t.get("choice").asText());
        assertTrue(t.get("file").isNull());
        Cli.Result chart = Cli.run("chart", dir.toString(), "--no-maps");
        assertEquals(0, chart.code(), chart.err());
        assertTrue(chart.out().contains("Territory"), chart.out());
        Cli.Result band = Cli.run("gui", TestScenarios.ISLAND.toString(), "--band", dir.toString());
        assertEquals(ExitCodes.NOT_FOUND, band.code(), band.err());
        assertTrue(band.err().contains("timeseries.csv.gz: not found"), band.err());
    }

    @Test
    void anUnknownChoiceIsAUsageError() {
        Cli.Result r = Cli.run("run", TestScenarios.ISLAND.toString(), "--series", "some", "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("error: --series must be all, headline or none, got 'some'", r.err().strip());
    }
}
