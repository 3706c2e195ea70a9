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
    void missingCaptureDaysCountAsNotCapturedAndArePairedOnlyWhenBothHappened() {
        double nan = Double.NaN;
        Comparison.Sample a = new Comparison.Sample("a", runs(new double[] {nan, 10, 20, nan}, new double[] {1, 2, 3, 4}));
        Comparison.Sample b = new Comparison.Sample("b", runs(new double[] {5, 12, nan, nan}, new double[] {1, 2, 3, 4}));
        List<ComparisonRow> rows = Comparison.rows(List.of(a, b));
        assertEquals(List.of("capture_day.goma", "capture_share.goma", "battles"),
                rows.stream().map(ComparisonRow::outcome).distinct().toList());
        assertEquals(6, rows.size());
        ComparisonRow dayA = row(rows, "capture_day.goma", "a");
        assertEquals(2, dayA.level().n());
        assertEquals(15, dayA.level().mean(), 1e-12);
        assertEquals(PairedDifference.NONE, dayA.paired());
        ComparisonRow dayB = row(rows, "capture_day.goma", "b");
        assertEquals(8.5, dayB.level().mean(), 1e-12);
        assertEquals(1, dayB.paired().nPairs(), "only replicate 1 has a capture in both");
        assertEquals(2, dayB.paired().diff(), 1e-12);
        ComparisonRow shareB = row(rows, "capture_share.goma", "b");
        assertEquals(4, shareB.level().n());
        assertEquals(0.5, shareB.level().mean(), 1e-12);
        assertEquals(4, shareB.paired().nPairs());
        assertEquals(0, shareB.paired().diff(), 1e-12);

        assertTrue(Comparison.differsSomewhere(List.of(a, b), "capture_day.goma"));
        assertTrue(Comparison.differsSomewhere(List.of(a, b), "capture_share.goma"));
        assertFalse(Comparison.differsSomewhere(List.of(a, b), "battles"));
        assertFalse(Comparison.differsSomewhere(List.of(a, a), "capture_day.goma"), "NaN equals NaN");
    }

    @Test
    void outcomesOnlyOneScenarioHasGetEmptyRowsForTheOther() {
        Map<String, Double> withDeal = new LinkedHashMap<>(Map.of("battles", 3.0));
        withDeal.put("deal_paid_usd.X", 10.0);
        Comparison.Sample a = new Comparison.Sample("a", List.of(Map.of("battles", 1.0), Map.of("battles", 2.0)));
        Comparison.Sample b = new Comparison.Sample("b", List.of(withDeal, withDeal));
        List<ComparisonRow> rows = Comparison.rows(List.of(a, b));
        ComparisonRow deal = row(rows, "deal_paid_usd.X", "b");
        assertEquals(2, deal.level().n());
        assertEquals(0, deal.paired().nPairs());
        assertEquals(0, row(rows, "deal_paid_usd.X", "a").level().n());
    }

    @Test
    void replicateCountsMustAgree() {
        Comparison.Sample a = new Comparison.Sample("a", List.of(Map.of("x", 1.0)));
        Comparison.Sample b = new Comparison.Sample("b", List.of(Map.of("x", 1.0), Map.of("x", 2.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.rows(List.of(a, b)));
        assertEquals("scenario b has 2 replicates, the first has 1", e.getMessage());
    }
}
