package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.RunsTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** Every chart type of a run, built from the small island run: datasets, date axes, titles. */
class RunChartsTest {
    private final RunFolder r = SmallRun.results();

    /** The domain axis is a date axis that covers the whole run, from the scenario start to the last day. */
    private void assertDateAxis(XYPlot plot) {
        DateAxis x = assertInstanceOf(DateAxis.class, plot.getDomainAxis());
        assertTrue(x.getRange().getLowerBound() <= ChartKit.millis(r.start()), "axis starts after the start");
        assertTrue(x.getRange().getUpperBound() >= ChartKit.millis(r.end()), "axis ends before the last day");
        assertTrue(x.getRange().getLength() < 2 * (r.end().toEpochDay() - r.start().toEpochDay() + 10) * 86_400_000L,
                "axis much longer than the run");
        assertEquals(ChartKit.UTC, x.getTimeZone());
    }

    private static XYPlot plot(Figure f) {
        return (XYPlot) f.chart().getPlot();
    }

    @Test
    void territoryHasOneBandPerTerritorialFaction() {
        Figure f = RunCharts.territory(r, new ArrayList<>());
        assertNotNull(f);
        assertEquals(2, plot(f).getDataset().getSeriesCount(), "GOV and REB");
        assertEquals("Island government (GOV)", plot(f).getDataset().getSeriesKey(0));
        assertEquals(SmallRun.DAYS, plot(f).getDataset().getItemCount(0), "one point per day");
        assertDateAxis(plot(f));
        assertEquals(1.0, plot(f).getRangeAxis().getUpperBound(), 0.001);
        assertTrue(f.chart().getTitle().getText().contains("Territory"));
    }

    @Test
    void bandIsTheMeanAndRangeOfTheRuns() {
        Figure f = RunCharts.territory(r, new ArrayList<>());
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) plot(f).getDataset();
        int day = SmallRun.DAYS - 1;
        double a = r.series().value("territory_share", "GOV", 0, day);
        double b = r.series().value("territory_share", "GOV", 1, day);
        assertEquals((a + b) / 2, d.getYValue(0, day), 1e-9);
        assertEquals(Math.min(a, b) + 0.05 * Math.abs(a - b), d.getStartYValue(0, day), 1e-9);
        assertEquals(Math.max(a, b) - 0.05 * Math.abs(a - b), d.getEndYValue(0, day), 1e-9);
    }

    @Test
    void fightersDisplacedAndSponsorSupport() {
        List<String> notes = new ArrayList<>();
        Figure fighters = RunCharts.fighters(r, notes);
        assertEquals(2, plot(fighters).getDataset().getSeriesCount());
        assertDateAxis(plot(fighters));
        Figure displaced = RunCharts.displaced(r, notes);
        assertEquals(1, plot(displaced).getDataset().getSeriesCount());
        assertEquals("persons", plot(displaced).getRangeAxis().getLabel());
        assertDateAxis(plot(displaced));
        Figure sponsor = RunCharts.sponsorSupport(r, notes);
        assertEquals(1, plot(sponsor).getDataset().getSeriesCount(), "MAIN pays the rebels");
        assertEquals("US$ per month", plot(sponsor).getRangeAxis().getLabel());
        assertEquals(10_000 * RunCharts.DAYS_PER_MONTH, plot(sponsor).getDataset().getYValue(0, 10), 1e-6,
                "10,000 US$/day as a monthly rate");
        assertDateAxis(plot(sponsor));
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void mineralFlowValueIsStackedByDestinationWithFlow() {
        Figure f = RunCharts.mineralFlowsUsd(r, new ArrayList<>());
        int expected = 0;
        // a destination's all-zero series are not in the file: take the destinations of either mineral
        java.util.Set<String> dest = new java.util.LinkedHashSet<>(r.series().entities("flow_usd.gold"));
        dest.addAll(r.series().entities("flow_usd.tin"));
        for (String d : dest) {
            if (!r.series().allZero("flow_usd.gold", d) || !r.series().allZero("flow_usd.tin", d)) {
                expected++;
            }
        }
        assertTrue(expected >= 2, "official and smuggled at least");
        assertEquals(expected, plot(f).getDataset().getSeriesCount());
        assertDateAxis(plot(f));
        double day5 = 0;
        for (String m : List.of("gold", "tin")) {
            for (String d : r.series().entities("flow_usd." + m)) {
                day5 += (r.series().value("flow_usd." + m, d, 0, 5) + r.series().value("flow_usd." + m, d, 1, 5)) / 2;
            }
        }
        int top = plot(f).getDataset().getSeriesCount() - 1;
        double stacked = plot(f).getDataset().getYValue(top, 5);
        assertEquals(day5 * RunCharts.DAYS_PER_MONTH, stacked, 1e-6 * stacked, "top of the stack is the mean flow");
        for (int s = 1; s <= top; s++) {
            assertTrue(plot(f).getDataset().getYValue(s, 5) >= plot(f).getDataset().getYValue(s - 1, 5),
                    "series are cumulative totals");
        }
    }

    @Test
    void mineralMassHasOnePanelPerMineralWithItsUnit() {
        Figure f = RunCharts.mineralFlowsMass(r, new ArrayList<>());
        CombinedDomainXYPlot c = assertInstanceOf(CombinedDomainXYPlot.class, f.chart().getPlot());
        assertEquals(2, c.getSubplots().size(), "gold and tin");
        XYPlot gold = (XYPlot) c.getSubplots().get(0);
        XYPlot tin = (XYPlot) c.getSubplots().get(1);
        assertEquals("gold (kg/month)", gold.getRangeAxis().getLabel(), "~90 kg of gold a month: kg, not t");
        assertEquals("tin (t/month)", tin.getRangeAxis().getLabel());
        assertDateAxis(c);
        assertTrue(c.getFixedLegendItems().getItemCount() >= 2);
    }

    @Test
    void revenueHasAPanelPerFactionWithIncome() {
        Figure f = RunCharts.revenue(r, new ArrayList<>());
        CombinedDomainXYPlot c = assertInstanceOf(CombinedDomainXYPlot.class, f.chart().getPlot());
        assertEquals(2, c.getSubplots().size());
        XYPlot reb = (XYPlot) c.getSubplots().get(1);
        assertEquals("REB, US$/month", reb.getRangeAxis().getLabel());
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < reb.getDataset().getSeriesCount(); s++) {
            keys.add(reb.getDataset().getSeriesKey(s).toString());
        }
        assertTrue(keys.contains("mine tax") && keys.contains("sponsor cash"), keys.toString());
        assertDateAxis(c);
    }

    @Test
    void captureDatesListEachPlaceTakenInSomeRun() {
        List<String> notes = new ArrayList<>();
        Figure f = RunCharts.captureDates(r, notes);
        int taken = 0;
        int dots = 0;
        for (String c : r.runs().columns()) {
            if (c.startsWith("capture_day.")) {
                long n = java.util.Arrays.stream(r.runs().numbers(c)).filter(v -> !Double.isNaN(v)).count();
                taken += n > 0 ? 1 : 0;
                dots += (int) n;
            }
        }
        assertTrue(taken > 0, "the small run (master seed 11) has captures, so the chart is drawn");
        XYPlot p = plot(f);
        SymbolAxis y = assertInstanceOf(SymbolAxis.class, p.getRangeAxis());
        assertEquals(taken, y.getSymbols().length);
        int plotted = 0;
        for (int s = 0; s < p.getDataset().getSeriesCount() - 1; s++) {
            plotted += p.getDataset().getItemCount(s);
        }
        assertEquals(dots, plotted, "one dot per run and place taken");
        assertEquals(taken, p.getDataset().getItemCount(p.getDataset().getSeriesCount() - 1), "one median each");
        assertDateAxis(p);
    }

    @Test
    void noCaptureNoChartButANote(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path runs = tmp.resolve("runs.csv");
        java.nio.file.Files.writeString(runs, "run,seed,capture_day.port-sud,final_share.GOV,captured_by.port-sud\n"
                + "0,11,,0.6,\n1,12,,0.5,\n");
        RunFolder none = new RunFolder(r.dir(), r.manifest(), r.scenario(), r.series(), RunsTable.read(runs), r.events());
        List<String> notes = new ArrayList<>();
        assertNull(RunCharts.captureDates(none, notes));
        assertEquals(List.of("Capture dates: no named place changed hands in any run."), notes);
    }

    @Test
    void eventsAreNumberedLinesWithAKey() {
        Figure f = RunCharts.territory(r, new ArrayList<>());
        assertEquals(1, plot(f).getDomainMarkers(org.jfree.ui.Layer.FOREGROUND).size(), "one event date");
        JFreeChart c = f.chart();
        boolean key = false;
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t
                    && t.getText().contains("(1) 1 Jan 2025 – Mainland sends cash to the rebels")) {
                key = true;
            }
        }
        assertTrue(key, "the event key names the date and the label");
    }

    @Test
    void allChartsOfARun() {
        RunCharts.ChartSet set = RunCharts.all(r);
        List<String> names = set.figures().stream().map(Figure::name).toList();
        assertTrue(names.containsAll(List.of("territory", "mineral-flows-usd", "mineral-flows-mass", "revenue",
                "fighters", "displaced", "sponsor-support")), names.toString());
        assertEquals(8, set.figures().size() + set.notes().size(), "each chart is drawn or has a note");
    }
}
