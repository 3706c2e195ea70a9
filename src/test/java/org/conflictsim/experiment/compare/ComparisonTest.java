package org.conflictsim.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static List<Map<String, Double>> runs(double[] day, double[] other) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < day.length; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("capture_day.goma", day[i]);
            m.put("battles", other[i]);
            out.add(m);
        }
        return out;
    }

    private static ComparisonRow row(List<ComparisonRow> rows, String outcome, String scenario) {
        return rows.stream().filter(r -> r.outcome().equals(outcome) && r.scenario().equals(scenario)).findFirst()
                .orElseThrow();
    }

    @Test
    void missingCaptureDaysAreCensoredAtTheHorizonAndNoPairIsDropped() {
        double nan = Double.NaN;
        Comparison.Sample a = new Comparison.Sample("a", runs(new double[] {nan, 10, 20, nan}, new double[] {1, 2, 3, 4}));
        Comparison.Sample b = new Comparison.Sample("b", runs(new double[] {5, 12, nan, nan}, new double[] {1, 2, 3, 4}));
        List<ComparisonRow> rows = Comparison.rows(List.of(a, b), 100);
        assertEquals(List.of("capture_day.goma", "capture_share.goma", "capture_rmst.goma", "battles"),
                rows.stream().map(ComparisonRow::outcome).distinct().toList());
        assertEquals(8, rows.size());
        ComparisonRow dayA = row(rows, "capture_day.goma", "a");
        assertEquals(2, dayA.level().n());
        assertEquals(15, dayA.level().mean(), 1e-12);
        assertEquals(PairedDifference.NONE, dayA.paired());
        assertEquals(Verdict.NONE, dayA.verdict());
        ComparisonRow dayB = row(rows, "capture_day.goma", "b");
        assertEquals(8.5, dayB.level().mean(), 1e-12, "the mean day over the runs with a capture");
        assertTrue(Double.isNaN(dayB.paired().diff()), "two pairs have a capture in one run only: no day difference");
        assertEquals(1, dayB.paired().nPairs());
        assertEquals("taken in one scenario but not the other in 2 of 4 replicates; pairing only the runs with a "
                + "capture in both would leave those out: see capture_rmst.goma", dayB.paired().note());
        assertEquals(Verdict.NONE, dayB.verdict());
        ComparisonRow shareB = row(rows, "capture_share.goma", "b");
        assertEquals(4, shareB.level().n());
        assertEquals(0.5, shareB.level().mean(), 1e-12);
        assertEquals(4, shareB.paired().nPairs());
        assertEquals(0, shareB.paired().diff(), 1e-12);
        assertEquals(1.0, shareB.paired().pMcNemar(), 1e-12, "one discordant pair each way");
        ComparisonRow rmstA = row(rows, "capture_rmst.goma", "a");
        assertEquals((100 + 10 + 20 + 100) / 4.0, rmstA.level().mean(), 1e-12, "not taken counts as the horizon");
        ComparisonRow rmstB = row(rows, "capture_rmst.goma", "b");
        assertEquals(4, rmstB.paired().nPairs(), "every pair");
        assertEquals(((5 - 100) + (12 - 10) + (100 - 20) + 0) / 4.0, rmstB.paired().diff(), 1e-12);
        assertEquals(Verdict.SAME, row(rows, "battles", "b").verdict());

        assertTrue(Comparison.differsSomewhere(List.of(a, b), "capture_day.goma"));
        assertTrue(Comparison.differsSomewhere(List.of(a, b), "capture_share.goma"));
        assertTrue(Comparison.differsSomewhere(List.of(a, b), "capture_rmst.goma"));
        assertFalse(Comparison.differsSomewhere(List.of(a, b), "battles"));
        assertFalse(Comparison.differsSomewhere(List.of(a, a), "capture_day.goma"), "NaN equals NaN");
    }

    /**
     * A what-if that keeps a place from falling in most runs: the old comparison paired only the runs with a
     * capture in both and reported a small, "significant" delay over 2 pairs; now the share of runs falls by
     * 80 pp with an interval that leaves out zero, the restricted mean time to capture rises by the censored
     * runs, and the capture-day difference is withheld with its reason.
     */
    @Test
    void aLeverThatPreventsACaptureInMostRunsShowsAsFewerCapturesAndALaterMeanTime() {
        int n = 10;
        double[] base = new double[n];
        double[] whatIf = new double[n];
        double[] battles = new double[n];
        for (int r = 0; r < n; r++) {
            base[r] = 30 + r;
            whatIf[r] = r < 2 ? 32 + r : Double.NaN;
            battles[r] = 100 + r;
        }
        List<ComparisonRow> rows = Comparison.rows(List.of(new Comparison.Sample("base", runs(base, battles)),
                new Comparison.Sample("lever", runs(whatIf, battles))), 180);
        ComparisonRow share = row(rows, "capture_share.goma", "lever");
        assertEquals(-0.8, share.paired().diff(), 1e-12);
        assertEquals(Verdict.DIFFERS, share.verdict());
        assertTrue(share.paired().ciHigh() < 0);
        assertEquals(2 * Math.pow(0.5, 8), share.paired().pMcNemar(), 1e-15);
        ComparisonRow rmst = row(rows, "capture_rmst.goma", "lever");
        assertEquals(n, rmst.paired().nPairs(), "no replicate is dropped");
        double expected = (2 * 2 + (180 - 32) + (180 - 33) + (180 - 34) + (180 - 35) + (180 - 36) + (180 - 37)
                + (180 - 38) + (180 - 39)) / (double) n;
        assertEquals(expected, rmst.paired().diff(), 1e-9);
        assertEquals(Verdict.DIFFERS, rmst.verdict());
        ComparisonRow day = row(rows, "capture_day.goma", "lever");
        assertEquals(2, day.paired().nPairs(), "the day difference would rest on the 2 runs with a capture in both");
        assertTrue(Double.isNaN(day.paired().diff()), "... so it is withheld");
        assertTrue(day.paired().note().contains("8 of 10 replicates"), day.paired().note());
    }

    /** A fraction of a fighter is below resolution however small its p-value; a whole one differs. */
    @Test
    void differencesBelowTheOutcomesResolutionAreNegligibleNotSignificant() {
        List<Map<String, Double>> a = new ArrayList<>();
        List<Map<String, Double>> b = new ArrayList<>();
        List<Map<String, Double>> c = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            a.add(Map.of("fighters_final.SAMIDRC", 0.0001 * r, "civilian_deaths", 100.0 + r));
            b.add(Map.of("fighters_final.SAMIDRC", 0.0001 * r + 0.0004 + 1e-6 * r, "civilian_deaths", 100.0 + r));
            c.add(Map.of("fighters_final.SAMIDRC", 0.0001 * r + 3 + 0.1 * (r % 3), "civilian_deaths", 100.0 + r
                    + (r % 2 == 0 ? 40 : -40)));
        }
        List<ComparisonRow> rows = Comparison.rows(List.of(new Comparison.Sample("a", a), new Comparison.Sample("b", b),
                new Comparison.Sample("c", c)), 365);
        ComparisonRow tiny = row(rows, "fighters_final.SAMIDRC", "b");
        assertTrue(tiny.paired().pT() < 0.001, "a tiny but consistent difference has a tiny p-value");
        assertEquals(Verdict.NEGLIGIBLE, tiny.verdict(), "but under one fighter it is not called a difference");
        assertEquals(Verdict.DIFFERS, row(rows, "fighters_final.SAMIDRC", "c").verdict());
        assertEquals(Verdict.SAME, row(rows, "civilian_deaths", "b").verdict());
        assertEquals(Verdict.UNCLEAR, row(rows, "civilian_deaths", "c").verdict(),
                "±40 around a mean of zero: the interval reaches far beyond one person");
    }

    @Test
    void percentChangeIsRelativeToTheReferenceAndUndefinedForDaysSharesAndZero() {
        assertEquals(-25, Comparison.percentChange("civilian_deaths", 200, -50), 1e-12);
        assertTrue(Double.isNaN(Comparison.percentChange("civilian_deaths", 0, 5)));
        assertTrue(Double.isNaN(Comparison.percentChange("capture_day.goma", 60, 5)), "day counts have no zero");
        assertTrue(Double.isNaN(Comparison.percentChange("capture_rmst.goma", 60, 5)));
        assertTrue(Double.isNaN(Comparison.percentChange("capture_share.goma", 0.5, 0.1)), "read in pp");
    }

    @Test
    void outcomesOnlyOneScenarioHasGetEmptyRowsForTheOther() {
        Map<String, Double> withDeal = new LinkedHashMap<>(Map.of("battles", 3.0));
        withDeal.put("deal_paid_usd.X", 10.0);
        Comparison.Sample a = new Comparison.Sample("a", List.of(Map.of("battles", 1.0), Map.of("battles", 2.0)));
        Comparison.Sample b = new Comparison.Sample("b", List.of(withDeal, withDeal));
        List<ComparisonRow> rows = Comparison.rows(List.of(a, b), 365);
        ComparisonRow deal = row(rows, "deal_paid_usd.X", "b");
        assertEquals(2, deal.level().n());
        assertEquals(0, deal.paired().nPairs());
        assertEquals(0, row(rows, "deal_paid_usd.X", "a").level().n());
    }

    @Test
    void replicateCountsMustAgree() {
        Comparison.Sample a = new Comparison.Sample("a", List.of(Map.of("x", 1.0)));
        Comparison.Sample b = new Comparison.Sample("b", List.of(Map.of("x", 1.0), Map.of("x", 2.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.rows(List.of(a, b), 365));
        assertEquals("scenario b has 2 replicates, the first has 1", e.getMessage());
    }
}
