package org.conflictsim.output.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.RunResult;
import org.junit.jupiter.api.Test;

/** The terminal summary of a run: what it prints and what it leaves out. */
class RunSummaryTest {
    private static RunResult run(int i, double goma, double share, double scripted, double adaptive) {
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("capture_day.goma", goma);
        o.put("capture_day.bukavu", Double.NaN);
        o.put("final_share.M23", share);
        o.put("mine_tax_usd.WAZ", 0.0);
        o.put("support_level_mean.UGA", scripted);
        o.put("support_level_mean.RWA", adaptive);
        return new RunResult(i, i, null, List.of(), o, Map.of());
    }

    @Test
    void printsCapturesAsDatesAndLeavesOutWhatNeverHappenedOrMoved() {
        StringWriter w = new StringWriter();
        RunSummary.print(new PrintWriter(w), List.of(run(0, 10, 0.2, 1, 1.0), run(1, 20, 0.4, 1, 1.5)),
                LocalDate.of(2025, 1, 1));
        String s = w.toString();
        assertTrue(s.startsWith("outcome (2 runs)"), s);
        assertTrue(s.contains("captured: goma (2/2 runs)"), s);
        assertTrue(s.contains("2025-01-16"), "median of days 10 and 20 is day 15: " + s);
        assertFalse(s.contains("bukavu"), "never captured: " + s);
        assertFalse(s.contains("mine_tax_usd.WAZ"), "zero in every run: " + s);
        assertFalse(s.contains("support_level_mean.UGA"), "a scripted power's level stays 1: " + s);
        assertTrue(s.contains("support_level_mean.RWA"), "an adaptive power's level moved: " + s);
        assertTrue(s.contains("final_share.M23"), s);
        assertEquals(4, s.split("\n").length, s);
    }

    @Test
    void fightersAreWholeAndMineralsInTonnesAsInTheReport() {
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("fighters_final.WAZ", 46.084);
        o.put("flow_kg.coltan.smuggled:RWA", 123_400.0);
        StringWriter w = new StringWriter();
        RunSummary.print(new PrintWriter(w), List.of(new RunResult(0, 0, null, List.of(), o, Map.of())),
                LocalDate.of(2025, 1, 1));
        List<String> lines = w.toString().lines().toList();
        assertEquals(List.of("fighters_final.WAZ", "46", "46", "46", "fighters"), List.of(lines.get(1).trim().split("\\s+")),
                lines.get(1));
        assertEquals(List.of("flow_t.coltan.smuggled:RWA", "123", "123", "123", "t"),
                List.of(lines.get(2).trim().split("\\s+")), lines.get(2));
    }

    @Test
    void humanitarianFiguresKeepTheirUnitAndAreMarkedWithTheCaveatBelow() {
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("civilian_deaths", 1234.4);
        o.put("displaced_peak", 56_789.0);
        o.put("fighters_final.WAZ", 46.084);
        StringWriter w = new StringWriter();
        RunSummary.print(new PrintWriter(w), List.of(new RunResult(0, 0, null, List.of(), o, Map.of())),
                LocalDate.of(2025, 1, 1));
        List<String> lines = w.toString().lines().toList();
        assertEquals(List.of("civilian_deaths", "*", "1234", "1234", "1234", "persons"),
                List.of(lines.get(1).trim().split("\\s+")), lines.get(1));
        assertEquals(List.of("displaced_peak", "*", "56.8", "k", "56.8", "k", "56.8", "k", "persons"),
                List.of(lines.get(2).trim().split("\\s+")), lines.get(2));
        assertEquals(List.of("fighters_final.WAZ", "46", "46", "46", "fighters"),
                List.of(lines.get(3).trim().split("\\s+")), "no mark beside fighters: " + lines.get(3));
        assertEquals("* " + org.conflictsim.output.results.Caveats.HUMANITARIAN, lines.get(4));
        assertEquals(5, lines.size(), w.toString());
    }
}
