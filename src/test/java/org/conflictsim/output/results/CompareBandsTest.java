package org.conflictsim.output.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.experiment.compare.PairedStats;
import org.conflictsim.experiment.compare.Verdict;
import org.conflictsim.experiment.compare.HeadlineSeries;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.model.observe.Series;
import org.conflictsim.output.SmallCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily series compare keeps, {@code bands.csv} and {@code comparison.csv} written and read back. */
class CompareBandsTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2025, 2, 1);

    @TempDir
    Path tmp;

    /** A run of 3 days with a territory share per faction A and B (B only from day 1) and the displaced. */
    private static RunResult run(int r, double a, double b) {
        Series s = new Series(3);
        int ia = s.define("territory_share", "A");
        int ib = s.define("territory_share", "B");
        int id = s.define("displaced", "all");
        for (int d = 0; d < 3; d++) {
            s.set(ia, d, a + d * 0.01);
            if (d > 0) {
                s.set(ib, d, b);
            }
            s.set(id, d, 0);
        }
        return new RunResult(r, 100 + r, s, List.of(), Map.of(), Map.of());
    }

    private static BandsTable table() {
        List<RunResult> one = List.of(run(0, 0.1, 0.5), run(1, 0.2, 0.5), run(2, 0.6, 0.5));
        List<RunResult> two = List.of(run(0, 0.1, 0.5), run(1, 0.2, 0.5), run(2, 0.6, 0.5));
        return BandsTable.of(List.of("one", "two"), List.of(JAN, FEB), List.of(one, two));
    }

    @Test
    void bandsAreTheMeanAndQuantilesAcrossReplicatesPerDay() {
        Band a = table().band("one", "territory_share", "A");
        assertEquals(0.3, a.mean()[0], 1e-12);
        assertEquals(0.1 + 0.1 * 0.1, a.low()[0], 1e-12, "5% quantile, linear between order statistics");
        assertEquals(0.6 - 0.1 * 0.4, a.high()[0], 1e-12);
        assertEquals(0.32, a.mean()[2], 1e-12);
        Band b = table().band("two", "territory_share", "B");
        assertTrue(Double.isNaN(b.mean()[0]), "no run has a value on day 0");
        assertEquals(0.5, b.mean()[1]);
        assertNull(table().band("one", "fighters", "A"));
        assertEquals(List.of("A", "B"), table().entities("territory_share"));
        assertTrue(table().allZero("displaced", "all"));
        assertFalse(table().allZero("territory_share", "B"));
        assertTrue(table().sameInEveryScenario("territory_share", "A"));
    }

    @Test
    void roundTripThroughTheCsvFile() throws IOException {
        Path f = tmp.resolve("bands.csv");
        table().write(f);
        List<String> lines = Files.readAllLines(f);
        assertEquals(BandsTable.HEADER, lines.get(0));
        assertEquals(1 + 2 * 3 * 3, lines.size(), "a row per scenario, series and day");
        assertTrue(lines.contains("one,0,2025-01-01,territory_share,B,,,"), "no value: empty fields");
        assertTrue(lines.contains("two,2,2025-02-03,territory_share,A,0.32,0.13,0.58"), lines.toString());
        BandsTable back = BandsTable.read(f, 3);
        assertEquals(List.of("one", "two"), back.scenarios());
        assertEquals(FEB, back.start("two"));
        for (String s : List.of("one", "two")) {
            for (String e : List.of("A", "B")) {
                Band x = table().band(s, "territory_share", e);
                Band y = back.band(s, "territory_share", e);
                assertArrayEquals(x.mean(), y.mean(), 1e-12);
                assertArrayEquals(x.low(), y.low(), 1e-12);
                assertArrayEquals(x.high(), y.high(), 1e-12);
            }
        }
        Path again = tmp.resolve("again.csv");
        back.write(again);
        assertEquals(Files.readString(f), Files.readString(again), "read and written again: the same file");
    }

    @Test
    void theBandsOfTheSmallComparisonReadBack() throws IOException {
        CompareFolder c = SmallCompare.results();
        assertEquals(List.of("island", "island-deal"), c.bands().scenarios());
        Band gov = c.bands().band("island", "territory_share", "GOV");
        assertEquals(SmallCompare.DAYS, gov.days());
        double[] byRun = new double[SmallCompare.REPS];
        for (int r = 0; r < SmallCompare.REPS; r++) {
            byRun[r] = c.runs().get(0).numbers("final_share.GOV")[r];
        }
        assertEquals(java.util.Arrays.stream(byRun).average().orElseThrow(), gov.mean()[SmallCompare.DAYS - 1],
                1e-9, "the last day's mean is the mean of the final shares in runs.csv");
        assertEquals(List.of("territory_share", "mines_held", "revenue_usd.mine_tax", "flow_usd", "displaced",
                "civilian_deaths_cum"), metrics(SmallCompare.dir().resolve("bands.csv")));
    }

    private static List<String> metrics(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String m = l.split(",")[3];
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void malformedBandsNameFileAndLine() throws IOException {
        Path f = tmp.resolve("bands.csv");
        Files.writeString(f, BandsTable.HEADER + "\none,0,2025-01-01,displaced,all,1,1,1\none,5,2025-01-06,displaced,"
                + "all,1,1,1\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> BandsTable.read(f, 3));
        assertEquals(f + ":3: day 5 outside the manifest's 3 days", e.getMessage());
        Files.writeString(f, BandsTable.HEADER + "\none,0,2025-01-01,displaced,all,1,1,1\none,1,2025-03-01,displaced,"
                + "all,1,1,1\n");
        e = assertThrows(MalformedResultsException.class, () -> BandsTable.read(f, 3));
        assertEquals(f + ":3: day 1 of one is 2025-03-01, but its day 0 is 2025-01-01 in earlier rows", e.getMessage());
        Files.writeString(f, "scenario,day,date,metric,entity,mean\n");
        e = assertThrows(MalformedResultsException.class, () -> BandsTable.read(f, 3));
        assertTrue(e.getMessage().startsWith(f + ":1: missing column \"p05\""), e.getMessage());
    }

    @Test
    void comparisonCsvReadsBackRowByRow() throws IOException {
        double nan = Double.NaN;
        List<ComparisonRow> rows = List.of(
                new ComparisonRow("capture_day.goma", "kivu", new Estimate(3, 55.5, 12.25, 98.75), PairedDifference.NONE,
                        Verdict.NONE),
                new ComparisonRow("capture_day.goma", "what-if", new Estimate(0, nan, nan, nan),
                        PairedDifference.withheld(0, "taken in one scenario but not the other in 3 of 3 replicates"),
                        Verdict.NONE),
                new ComparisonRow("capture_share.goma", "kivu", new Estimate(3, 1, 0.5, 1), PairedDifference.NONE,
                        Verdict.NONE),
                new ComparisonRow("capture_share.goma", "what-if", new Estimate(3, 0, 0, 0.5),
                        new PairedDifference(3, -1, -1, -0.4, nan, nan, 0.25, nan, nan, ""), Verdict.DIFFERS),
                new ComparisonRow("civilian_deaths", "kivu", new Estimate(3, 200, 150, 250), PairedDifference.NONE,
                        Verdict.NONE),
                new ComparisonRow("civilian_deaths", "what-if", new Estimate(3, 150, 100, 200),
                        new PairedDifference(3, -50, -50, -50, nan, 0.25, nan, nan, -1.25, PairedStats.NO_SPREAD),
                        Verdict.DIFFERS));
        Path f = tmp.resolve("comparison.csv");
        ComparisonCsv.write(f, rows);
        ComparisonCsv t = ComparisonCsv.read(f);
        assertEquals(rows.get(1).level(), t.rows().get(1).level(), "NaN stays NaN");
        assertEquals(PairedDifference.NONE, t.rows().get(0).paired(), "the reference has no difference");
        assertEquals(rows, t.rows());
        assertEquals(List.of("capture_day.goma", "capture_share.goma", "civilian_deaths"), t.outcomes());
        assertEquals(rows.get(3), t.row("capture_share.goma", "what-if"));
        assertEquals(rows.subList(0, 2), t.of("capture_day.goma"));
        List<String> lines = Files.readAllLines(f);
        assertEquals(ComparisonCsv.HEADER, lines.get(0));
        assertEquals("civilian_deaths,persons,kivu,3,200,150,250,,,,,,,,,,,,,", lines.get(5));
        assertEquals("civilian_deaths,persons,what-if,3,150,100,200,-50,-50,-50,-25,,0.25,,,-1.25,3,1,differs,"
                + PairedStats.NO_SPREAD, lines.get(6), "unit, % change, resolution, verdict and note");
        assertEquals("capture_share.goma,share of runs (0-1),what-if,3,0,0,0.5,-1,-1,-0.4,,,,0.25,,,3,0,differs,",
                lines.get(4), "no % change of a share of runs");
        Files.writeString(f, "outcome,scenario,n\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> ComparisonCsv.read(f));
        assertEquals(f + ":1: expected the header " + ComparisonCsv.HEADER, e.getMessage());
        Files.writeString(f, ComparisonCsv.HEADER + "\ncivilian_deaths,persons,kivu,3,200,150,250,,,,,,,,,,,,maybe,\n");
        e = assertThrows(MalformedResultsException.class, () -> ComparisonCsv.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: not a verdict: \"maybe\""), e.getMessage());
    }

    /** Folders written before units and verdicts: cohen_d was d_z; infinite values meant "no spread". */
    @Test
    void comparisonCsvOfEarlierVersionsStillReads() throws IOException {
        Path f = tmp.resolve("comparison.csv");
        Files.writeString(f, ComparisonCsv.HEADER_V1 + "\n"
                + "battles,kivu,20,6456,6369,6542,,,,,,,\n"
                + "battles,what-if,20,6000,5900,6100,-456,-500,-412,0.0001,0.0002,-3.5,20\n"
                + "capture_share.goma,what-if,20,0,0,0.16,-1,-1,-1,0,0.0000019,-Inf,20\n");
        ComparisonCsv t = ComparisonCsv.read(f);
        ComparisonRow battles = t.row("battles", "what-if");
        assertEquals(-3.5, battles.paired().dz());
        assertTrue(Double.isNaN(battles.paired().dav()));
        assertEquals(Verdict.DIFFERS, battles.verdict());
        assertEquals(PairedDifference.NONE, t.row("battles", "kivu").paired());
        ComparisonRow goma = t.row("capture_share.goma", "what-if");
        assertTrue(Double.isNaN(goma.paired().dz()) && Double.isNaN(goma.paired().pT()), "no more infinities or p = 0");
        assertEquals(PairedStats.NO_SPREAD, goma.paired().note());
    }

    @Test
    void compareKeepsTheHeadlineSeriesAndSumsTheMineralFlows() {
        Series full = new Series(2);
        int share = full.define("territory_share", "GOV");
        int fighters = full.define("fighters", "GOV");
        int gold = full.define("flow_usd.gold", "official");
        int tin = full.define("flow_usd.tin", "official");
        int goldKg = full.define("flow_kg.gold", "official");
        int displaced = full.define("displaced", "all");
        for (int d = 0; d < 2; d++) {
            full.set(share, d, 0.5);
            full.set(fighters, d, 100);
            full.set(gold, d, 10 + d);
            full.set(tin, d, 5);
            full.set(goldKg, d, 1);
            full.set(displaced, d, 7);
        }
        Series kept = HeadlineSeries.of(full);
        assertEquals(List.of(new Series.Key("territory_share", "GOV"), new Series.Key("flow_usd", "official"),
                new Series.Key("displaced", "all")), kept.keys());
        assertEquals(16, kept.get(kept.id("flow_usd", "official"), 1), "gold and tin together");
        assertEquals(7, kept.get(kept.id("displaced", "all"), 0));
        assertEquals(2, kept.days());
    }
}
