package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.output.Pixels;
import org.conflictsim.output.SmallCompare;
import org.conflictsim.output.report.ResultsRendering;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.RunsTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.Test;

/** Every chart type of a comparison, built from the small island comparison: panels, series, axes, rows. */
class CompareChartsTest {
    private final CompareFolder c = SmallCompare.results();

    /** A date axis in UTC from the first day to the last day of the runs. */
    private void assertDateAxis(ValueAxis axis) {
        DateAxis x = assertInstanceOf(DateAxis.class, axis);
        assertEquals(ChartKit.UTC, x.getTimeZone());
        assertEquals(ChartKit.millis(c.start()), x.getRange().getLowerBound(), 1);
        assertEquals(ChartKit.millis(c.start().plusDays(SmallCompare.DAYS - 1L)), x.getRange().getUpperBound(), 1);
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) {
                out.add(tt.getText());
            }
        }
        return out;
    }

    private static List<XYPlot> panels(Figure f) {
        return assertInstanceOf(CombinedDomainXYPlot.class, f.chart().getPlot()).getSubplots();
    }

    @Test
    void territoryHasAPanelPerFactionAndAMeanWithBandPerScenario() {
        Figure f = CompareCharts.territory(c, new ArrayList<>());
        assertNotNull(f);
        List<XYPlot> panels = panels(f);
        assertEquals(List.of("GOV", "REB"), panels.stream().map(p -> p.getRangeAxis().getLabel()).toList());
        for (XYPlot p : panels) {
            assertEquals(2, p.getDataset().getSeriesCount(), "one line per scenario");
            assertEquals("island (reference)", p.getDataset().getSeriesKey(0));
            assertEquals("island-deal", p.getDataset().getSeriesKey(1));
            assertEquals(SmallCompare.DAYS, p.getDataset().getItemCount(1), "one point per day");
            assertTrue(p.getRangeAxis().getLowerBound() >= 0 && p.getRangeAxis().getUpperBound() <= 1,
                    "a share axis stays within 0-100%");
        }
        double last = c.bands().band("island-deal", "territory_share", "GOV").mean()[SmallCompare.DAYS - 1];
        assertEquals(last, panels.get(0).getDataset().getYValue(1, SmallCompare.DAYS - 1), 1e-12);
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) f.chart().getPlot();
        assertDateAxis(combined.getDomainAxis());
        assertEquals(2, combined.getFixedLegendItems().getItemCount(), "a legend item per scenario");
        assertTrue(texts(f.chart()).contains("share of theatre cells"), "the unit is shown: " + texts(f.chart()));
    }

    @Test
    void eventLinesAreNumberedAndSayWhichScenariosHaveThem() {
        Figure f = CompareCharts.territory(c, new ArrayList<>());
        XYPlot first = panels(f).get(0);
        assertEquals(2, first.getDomainMarkers(Layer.FOREGROUND).size(), "1 Jan (both) and 1 Apr (island-deal)");
        String key = texts(f.chart()).stream().filter(t -> t.startsWith("Scenario events")).findFirst().orElseThrow();
        assertTrue(key.contains("(1) 1 Jan 2025 – Mainland sends cash to the rebels\n"), key);
        assertTrue(key.endsWith("(2) 1 Apr 2025 – Sanctions on the mainland [only island-deal]"), key);
    }

    @Test
    void numbersOfCloseEventsAlternateHeightsAndLongKeysGetTheirLines() {
        java.time.LocalDate start = java.time.LocalDate.of(2024, 12, 1);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ChartKit.dateAxis(start, start.plusDays(364)));
        List<ChartKit.EventGroup> events = new ArrayList<>();
        for (int day : new int[] {0, 81, 86, 93, 96}) {
            events.add(new ChartKit.EventGroup(events.size() + 1, start.plusDays(day), List.of("event on day " + day)));
        }
        ChartKit.addEventLines(plot, events, true);
        List<Double> tops = new ArrayList<>();
        for (Object m : plot.getDomainMarkers(Layer.FOREGROUND)) {
            tops.add(((org.jfree.chart.plot.ValueMarker) m).getLabelOffset().getTop());
        }
        assertEquals(List.of(2.0, 2.0, 17.0, 2.0, 17.0), tops, "86 is 5 days after 81, 96 3 days after 93");
        int oneLine = ChartKit.keyHeight(events.subList(0, 1));
        String longLabel = "a label long enough to wrap on a chart of 1,100 pixels ".repeat(4);
        int wrapped = ChartKit.keyHeight(List.of(new ChartKit.EventGroup(1, start, List.of(longLabel))));
        assertEquals(2 * 17 + 10, oneLine, "the heading and one line");
        assertTrue(wrapped >= oneLine + 17, "a wrapped line takes two: " + wrapped);
    }

    @Test
    void mineralFlowsHaveAPanelPerDestinationThatDiffersInUsdPerMonth() {
        Figure f = CompareCharts.mineralFlows(c, new ArrayList<>());
        List<String> expected = new ArrayList<>();
        for (String d : c.bands().entities("flow_usd")) {
            if (!c.bands().allZero("flow_usd", d) && !c.bands().sameInEveryScenario("flow_usd", d)) {
                expected.add(c.names().destinationName(d));
            }
        }
        assertTrue(expected.contains("offtake by Faraway power"), "the deal's offtake: " + expected);
        List<XYPlot> panels = panels(f);
        assertEquals(expected, panels.stream().map(p -> p.getRangeAxis().getLabel()).toList());
        XYPlot official = panels.get(expected.indexOf("official exports"));
        double daily = c.bands().band("island", "flow_usd", "official").mean()[10];
        assertEquals(daily * RunCharts.DAYS_PER_MONTH, official.getDataset().getYValue(0, 10), 1e-6 * daily * 31,
                "a daily flow shown as a monthly rate");
        assertTrue(texts(f.chart()).contains("US$ per month"));
        assertDateAxis(((CombinedDomainXYPlot) f.chart().getPlot()).getDomainAxis());
    }

    @Test
    void humanitarianAndMineTaxPanels() {
        Figure h = CompareCharts.humanitarian(c, new ArrayList<>());
        assertEquals(List.of("displaced people", "civilian deaths so far"),
                panels(h).stream().map(p -> p.getRangeAxis().getLabel()).toList());
        Figure tax = CompareCharts.mineTax(c, new ArrayList<>());
        assertEquals(List.of("GOV", "REB"), panels(tax).stream().map(p -> p.getRangeAxis().getLabel()).toList());
        assertTrue(texts(tax.chart()).contains("US$ per month"));
    }

    @Test
    void aSeriesTheSameInEveryScenarioGivesANoteInsteadOfAChart() {
        List<String> notes = new ArrayList<>();
        assertTrue(c.bands().sameInEveryScenario("mines_held", "GOV"), "the deal does not move the island's mines");
        assertNull(CompareCharts.minesHeld(c, notes));
        assertEquals(List.of("Mines held, by scenario: the same in every scenario on every day, so there is no chart "
                + "of it (see bands.csv)."), notes);
    }

    /** Headline outcomes of the outcomes chart that differ in some replicate, judged on runs.csv here. */
    private List<String> differingHeadlineOutcomes() {
        List<String> out = new ArrayList<>();
        for (String o : c.comparison().outcomes()) {
            boolean headline = ForestChart.GROUPS.stream().anyMatch(g -> g.member().test(o));
            ComparisonRow deal = c.comparison().row(o, "island-deal");
            if (headline && differs(o) && !Double.isNaN(deal.paired().diff())) {
                out.add(o);
            }
        }
        return out;
    }

    private boolean differs(String outcome) {
        return !Arrays.equals(column(0, outcome), column(1, outcome));
    }

    /** A column of a scenario's runs.csv; NaN in every run when the scenario has no such column. */
    private double[] column(int scenario, String outcome) {
        RunsTable t = c.runs().get(scenario);
        if (t.numeric(outcome)) {
            return t.numbers(outcome);
        }
        double[] none = new double[t.runs()];
        Arrays.fill(none, Double.NaN);
        return none;
    }

    @Test
    void outcomesForestHasARowPerDifferingHeadlineOutcomeAndPanelsOfOneUnit() {
        Figure f = ForestChart.outcomes(c, new ArrayList<>());
        StackedPlot stacked = assertInstanceOf(StackedPlot.class, f.chart().getPlot());
        List<String> rows = new ArrayList<>();
        for (XYPlot panel : stacked.panels()) {
            rows.addAll(List.of(assertInstanceOf(SymbolAxis.class, panel.getRangeAxis()).getSymbols()));
            assertEquals(1, panel.getDataset().getSeriesCount(), "one series per compared scenario");
            assertEquals(1, panel.getDomainMarkers(Layer.BACKGROUND).size(), "zero is marked");
            assertTrue(panel.getDomainAxis().getLowerBound() <= 0 && panel.getDomainAxis().getUpperBound() >= 0);
        }
        List<String> expected = differingHeadlineOutcomes().stream()
                .map(o -> OutcomeLabel.of(c.names(), o).label()).toList();
        assertTrue(expected.contains("Mineral flow value: official exports"), expected.toString());
        assertEquals(expected.size(), rows.size(), "a row per differing headline outcome");
        assertTrue(rows.containsAll(expected), rows + " vs " + expected);
        XYPlot flows = stacked.panels().stream().filter(p -> p.getDomainAxis().getLabel().startsWith("mineral flow"))
                .findFirst().orElseThrow();
        int row = List.of(((SymbolAxis) flows.getRangeAxis()).getSymbols()).indexOf("Mineral flow value: official exports");
        double diff = c.comparison().row("flow_usd.official", "island-deal").paired().diff();
        for (int i = 0; i < flows.getDataset().getItemCount(0); i++) {
            if (Math.round(flows.getDataset().getYValue(0, i)) == row) {
                assertEquals(diff, flows.getDataset().getXValue(0, i), 1e-6 * Math.abs(diff));
            }
        }
        assertEquals("island-deal", f.chart().getPlot().getLegendItems().get(0).getLabel());
    }

    @Test
    void placesForestShowsHowOftenAndWhenSideBySide() {
        Figure f = ForestChart.places(c, new ArrayList<>());
        CombinedRangeXYPlot p = assertInstanceOf(CombinedRangeXYPlot.class, f.chart().getPlot());
        List<String> expected = new ArrayList<>();
        for (String o : c.comparison().outcomes()) {
            if (Outcome.CAPTURE_DAY.names(o)) {
                if (differs(o)) {
                    expected.add(c.names().placeName(Outcome.CAPTURE_DAY.suffix(o)));
                }
            }
        }
        assertTrue(expected.size() >= 1, "seed 7: island runs take places that island-deal runs do not");
        SymbolAxis rows = assertInstanceOf(SymbolAxis.class, p.getRangeAxis());
        assertEquals(expected, List.of(rows.getSymbols()));
        List<XYPlot> sides = p.getSubplots();
        assertEquals(2, sides.size());
        assertTrue(sides.get(0).getDomainAxis().getLabel().contains("percentage points"));
        assertTrue(sides.get(1).getDomainAxis().getLabel().contains("days"));
        String first = c.comparison().outcomes().stream().filter(o -> Outcome.CAPTURE_SHARE.names(o)
                && expected.get(0).equals(c.names().placeName(Outcome.CAPTURE_SHARE.suffix(o))))
                .findFirst().orElseThrow();
        assertEquals(100 * c.comparison().row(first, "island-deal").paired().diff(),
                sides.get(0).getDataset().getXValue(0, 0), 1e-9, "share of runs in percentage points");
    }

    @Test
    void allChartsOfAComparisonInReportOrder() {
        RunCharts.ChartSet set = CompareCharts.all(c);
        assertEquals(List.of("differences", "differences-places", "territory", "mine-tax", "mineral-flows",
                "humanitarian"), set.figures().stream().map(Figure::name).toList());
        assertEquals(1, set.notes().size(), set.notes().toString());
    }

    @Test
    void compareWroteEveryChartAsPngOfItsSizeAndSvg() throws IOException {
        Path charts = SmallCompare.dir().resolve(ResultsRendering.CHARTS_DIR);
        for (Figure f : CompareCharts.all(c).figures()) {
            BufferedImage img = ImageIO.read(charts.resolve(f.name() + ".png").toFile());
            assertEquals(f.width(), img.getWidth(), f.name());
            assertEquals(f.height(), img.getHeight(), f.name());
            assertTrue(Pixels.colours(img) > 20, f.name() + ".png has too few colours to be a chart");
            assertTrue(Pixels.inked(img) > 0.03, f.name() + ".png is nearly blank");
            String svg = Files.readString(charts.resolve(f.name() + ".svg"), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg") && svg.contains(f.chart().getTitle().getText()), f.name() + ".svg");
        }
    }
}
