package org.conflictsim.output.charts;

import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.output.results.Caveats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.compare.HeadlineSeries;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.ScenarioInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The charts of a {@code compare} folder, built from {@link CompareFolder} alone: first the forest plots
 * of the differences to the reference ({@link ForestChart}), then for each headline daily series
 * ({@code bands.csv}) one panel per faction or destination in which each scenario's mean is a line and its
 * 5–95% range across replicates a shaded band, the reference scenario's in dark grey under the others. Scenarios keep one colour, dash
 * pattern and marker in every chart ({@link #palette}); all time axes are calendar dates and scenario events
 * are numbered dashed lines with a key that says which scenarios have them.
 *
 * <p>Each method returns the chart, or adds a note to {@code notes} and returns null when there is nothing
 * to show.
 */
public final class CompareCharts {
    /** Height of one panel, px. */
    static final int PANEL_PX = 200;
    /** Height of a chart's title, subtitle, date axis and legend around its panels, px. */
    static final int FRAME_PX = 190;
    /** Scenario colours in comparison order: dark grey for the reference, then hues apart in grey. */
    private static final String[] COLOURS = {"#333333", "#d9730d", "#1f5fa8", "#4f8f3a", "#8e3b8e", "#b3a01e"};

    private CompareCharts() {
    }

    /** All charts of a comparison, in report order, and the notes on those left out. */
    public static RunCharts.ChartSet all(CompareFolder c) {
        List<String> notes = new ArrayList<>();
        List<Figure> out = new ArrayList<>();
        for (Figure f : new Figure[] {ForestChart.outcomes(c, notes), ForestChart.places(c, notes)}) {
            if (f != null) {
                out.add(f);
            }
        }
        if (c.bands() == null) {
            notes.add("Daily charts are left out: this compare folder has no " + CompareFolder.BANDS
                    + " (it was written by an earlier version of compare).");
        } else {
            for (Figure f : new Figure[] {territory(c, notes), minesHeld(c, notes), mineTax(c, notes),
                mineralFlows(c, notes), humanitarian(c, notes)}) {
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return new RunCharts.ChartSet(out, notes);
    }

    /**
     * The look of each scenario: the reference dark grey and solid, the others in colours whose grey values
     * are spread apart ({@link FactionPalette}), dashed or dotted, each with its own marker shape.
     */
    static FactionPalette palette(List<String> labels) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            colours.put(labels.get(k), COLOURS[k % COLOURS.length]);
        }
        return FactionPalette.of(colours, Map.of());
    }

    /** Legend label of a scenario: its label, {@code (reference)} added to the first. */
    static String legendLabel(CompareFolder c, int k) {
        return k == 0 ? c.labels().get(0) + " (reference)" : c.labels().get(k);
    }

    /** Territory share of each faction that holds territory, one panel per faction. */
    public static Figure territory(CompareFolder c, List<String> notes) {
        List<Panel> panels = new ArrayList<>();
        for (String id : factions(c)) {
            if (holdsTerritory(c, id)) {
                panels.add(new Panel(id, Metric.TERRITORY_SHARE.id(), id, 1, Scale.SHARE));
            }
        }
        return figure(c, notes, panels, "territory", "Territory held, by scenario", Metric.TERRITORY_SHARE.unit(),
                "Share of the theatre's land cells each faction holds.",
                "Territory held by each faction that holds territory, one panel per faction (own scale, not from "
                        + "zero): each scenario's mean across replicates (line) and 5–95% range (shaded), over the "
                        + "reference's.");
    }

    /** Mines held by each faction that holds any, one panel per faction. */
    public static Figure minesHeld(CompareFolder c, List<String> notes) {
        List<Panel> panels = new ArrayList<>();
        for (String id : factions(c)) {
            panels.add(new Panel(id, Metric.MINES_HELD.id(), id, 1, Scale.COUNT));
        }
        return figure(c, notes, panels, "mines-held", "Mines held, by scenario", Metric.MINES_HELD.unit(),
                "Mining sites each faction holds.",
                "Number of mining sites each faction holds, one panel per faction (own scale): mean across "
                        + "replicates and 5–95% range per scenario.");
    }

    /** Mine tax income of each faction with any, US$/month, one panel per faction. */
    public static Figure mineTax(CompareFolder c, List<String> notes) {
        List<Panel> panels = new ArrayList<>();
        for (String id : factions(c)) {
            panels.add(new Panel(id, Metric.REVENUE_USD.of(Flow.MINE_TAX.label()), id, RunCharts.DAYS_PER_MONTH,
                    Scale.AMOUNT));
        }
        return figure(c, notes, panels, "mine-tax", "Mine tax income, by scenario", "US$ per month",
                "Tax each faction levies on its mines, monthly rate (daily income × 30.44).",
                "Mine tax income of each faction, US$ per month, one panel per faction with any (own scale): mean "
                        + "across replicates and 5–95% range per scenario.");
    }

    /** Value of the mineral flows to each destination with any, US$/month, one panel per destination. */
    public static Figure mineralFlows(CompareFolder c, List<String> notes) {
        List<Panel> panels = new ArrayList<>();
        for (String d : c.bands().entities(HeadlineSeries.FLOW_USD)) {
            panels.add(new Panel(c.names().destinationName(d), HeadlineSeries.FLOW_USD, d,
                    RunCharts.DAYS_PER_MONTH, Scale.AMOUNT));
        }
        return figure(c, notes, panels, "mineral-flows", "Where the minerals go, by scenario", "US$ per month",
                "World-price value of all minerals by destination, monthly rate (daily flow × 30.44).",
                "Value of the minerals leaving the mines, by destination (official exports, each smuggling route, "
                        + "each deal's offtake), US$ per month, one panel per destination with any flow (own scale): "
                        + "mean across replicates and 5–95% range per scenario.");
    }

    /** Displaced people and cumulative civilian deaths, one panel each. */
    public static Figure humanitarian(CompareFolder c, List<String> notes) {
        List<Panel> panels = List.of(new Panel("displaced people", Metric.DISPLACED.id(), Metric.ALL, 1, Scale.AMOUNT),
                new Panel("civilian deaths so far", Metric.CIVILIAN_DEATHS_CUM.id(), Metric.ALL, 1, Scale.AMOUNT));
        return figure(c, notes, panels, "humanitarian", "Displaced people and civilian deaths, by scenario",
                "persons", "People displaced from their home cell, and civilian deaths since the start.",
                "People displaced from their home cell, and civilian deaths since the start (persons), one panel "
                        + "each (own scale): mean across replicates and 5–95% range per scenario. " + Caveats.HUMANITARIAN);
    }

    /** How a panel's value axis is scaled and labelled. */
    private enum Scale {
        /** Shares 0–1 in whole percent, the range fitted to the data (not from zero), at least 5 points. */
        SHARE,
        /** Whole numbers from zero. */
        COUNT,
        /** Amounts from zero, abbreviated (1.5 k, 3 M). */
        AMOUNT;

        /** The value axis of a panel of these lines. */
        NumberAxis axis(String label, List<BandPlot.Line> lines) {
            NumberAxis y = ChartKit.valueAxis(label);
            y.setTickLabelInsets(new RectangleInsets(6, 4, 6, 4));
            if (this == SHARE) {
                y.setNumberFormatOverride(ChartKit.percent());
                double[] r = shareRange(lines);
                y.setRange(r[0], r[1]);
            } else if (this == COUNT) {
                y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
                y.setNumberFormatOverride(null);
            }
            return y;
        }
    }

    /**
     * The range of a share axis: the bands' lowest and highest values with 6% margins, at least 5 percentage
     * points wide, within 0–100%.
     */
    static double[] shareRange(List<BandPlot.Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BandPlot.Line l : lines) {
            for (double[] a : new double[][] {l.band().low(), l.band().high(), l.band().mean()}) {
                for (double v : a) {
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = 0.06 * (hi - lo);
        lo -= pad;
        hi += pad;
        if (hi - lo < 0.05) {
            double mid = (lo + hi) / 2;
            lo = mid - 0.025;
            hi = mid + 0.025;
        }
        if (lo < 0) {
            hi = Math.min(1, hi - lo);
            lo = 0;
        }
        if (hi > 1) {
            lo = Math.max(0, lo - (hi - 1));
            hi = 1;
        }
        return new double[] {lo, hi};
    }

    /**
     * One panel: a series of {@code bands.csv} for every scenario that has it.
     *
     * @param name   what the panel shows (its axis label), e.g. a faction id
     * @param metric metric of {@code bands.csv}
     * @param entity entity of {@code bands.csv}
     * @param factor factor from the series' daily unit to the chart's unit
     * @param scale  how the value axis is scaled
     */
    private record Panel(String name, String metric, String entity, double factor, Scale scale) {
    }

    /**
     * A chart of the panels that are not zero everywhere; panels the same in every scenario are left out
     * and named in the caption; no chart (a note instead) when nothing is left.
     */
    private static Figure figure(CompareFolder c, List<String> notes, List<Panel> candidates, String name,
                                 String title, String unit, String subtitle, String caption) {
        List<Panel> panels = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (Panel p : candidates) {
            if (c.bands().allZero(p.metric(), p.entity())) {
                continue;
            }
            if (c.labels().size() > 1 && c.bands().sameInEveryScenario(p.metric(), p.entity())) {
                same.add(p.name());
            } else {
                panels.add(p);
            }
        }
        if (panels.isEmpty()) {
            notes.add(title + ": " + (same.isEmpty() ? "zero in every scenario" : "the same in every scenario on "
                    + "every day") + ", so there is no chart of it (see " + CompareFolder.BANDS + ").");
            return null;
        }
        FactionPalette pal = palette(c.labels());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartKit.dateAxis(c.first(), c.end()));
        combined.setGap(12);
        List<ChartKit.EventGroup> events = ChartKit.group(c.markedEvents(), c.first(), c.end());
        List<BandPlot.Line> legend = new ArrayList<>();
        for (Panel p : panels) {
            List<BandPlot.Line> lines = new ArrayList<>();
            for (int k = 0; k < c.labels().size(); k++) {
                String label = c.labels().get(k);
                Band b = c.bands().band(label, p.metric(), p.entity());
                if (b == null) {
                    continue;
                }
                BandPlot.Line l = new BandPlot.Line(legendLabel(c, k), b.scaled(p.factor()), c.bands().start(label),
                        pal.colour(label), pal.bandFill(label), pal.line(label));
                lines.add(l);
                if (legend.stream().noneMatch(x -> x.label().equals(l.label()))) {
                    legend.add(l);
                }
            }
            XYPlot plot = BandPlot.plot(lines, p.scale().axis(p.name(), lines));
            boolean first = combined.getSubplots().isEmpty();
            combined.add(plot, 1);
            ChartKit.addEventLines(plot, events, first);
        }
        combined.setFixedLegendItems(BandPlot.legend(legend));
        ChartKit.stylePlot(combined);
        JFreeChart chart = ChartKit.chart(title, subtitle + " " + bandText(c), combined, true, events);
        TextTitle unitTitle = new TextTitle(unit, ChartKit.AXIS_LABEL);
        unitTitle.setPaint(ChartKit.TEXT);
        unitTitle.setPosition(RectangleEdge.LEFT);
        unitTitle.setPadding(new RectangleInsets(0, 4, 0, 2));
        chart.addSubtitle(unitTitle);
        String fullCaption = caption + (same.isEmpty() ? "" : " Left out, the same in every scenario on every day: "
                + String.join(", ", same) + ".");
        return new Figure(name, title, fullCaption, chart, RunCharts.WIDTH,
                FRAME_PX + PANEL_PX * panels.size() + ChartKit.keyHeight(events));
    }

    private static String bandText(CompareFolder c) {
        int n = c.manifest().replications();
        return "Line: mean of " + n + " replicates, same seeds in every scenario; shaded: 5–95% range.";
    }

    /** Faction ids of all scenarios, the reference's order first. */
    private static List<String> factions(CompareFolder c) {
        List<String> ids = new ArrayList<>();
        for (ScenarioInfo s : c.scenarios()) {
            for (ScenarioInfo.Faction f : s.factions()) {
                if (!ids.contains(f.id())) {
                    ids.add(f.id());
                }
            }
        }
        return ids;
    }

    private static boolean holdsTerritory(CompareFolder c, String id) {
        for (ScenarioInfo s : c.scenarios()) {
            for (ScenarioInfo.Faction f : s.factions()) {
                if (f.id().equals(id) && f.kind().holdsTerritory()) {
                    return true;
                }
            }
        }
        return false;
    }
}
