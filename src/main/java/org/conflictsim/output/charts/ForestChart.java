package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.PairedDifference;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.ui.Layer;

/**
 * The forest plot of a comparison: for the headline outcomes that differ from the reference in some
 * replicate, each scenario's paired difference to the reference (a marker) with its 95% confidence interval
 * (a bar), from {@code comparison.csv}. Outcomes of different units are never put on one axis: each
 * {@link Group} of one kind and unit is a panel of its own (capture days in days, shares in percentage points,
 * mine tax and mineral flows in US$, civilian deaths and displaced people in persons, each on its own axis
 * because their sizes differ by orders of magnitude), with zero marked. Differences are absolute, in the outcome's unit: relative
 * differences would be undefined wherever the reference is zero (a place never taken, a deal that never
 * paid), which is where a what-if often matters most.
 */
public final class ForestChart {
    /** File name stem. */
    public static final String NAME = "differences";
    private static final int ROW_MIN_PX = 24;
    private static final int PANEL_FRAME_PX = 62;

    private ForestChart() {
    }

    /**
     * A panel: outcomes of one kind and unit, whose sizes are comparable on one axis.
     *
     * @param axisLabel label of the difference axis, with the unit
     * @param factor    factor from the outcome's unit to the axis unit (100 for shares in percentage points)
     * @param limit     differences and interval ends are cut to ±limit in the axis unit (infinite: not cut)
     * @param compact   whether tick labels abbreviate thousands and millions
     * @param member    which outcome columns belong to the panel
     */
    record Group(String axisLabel, double factor, double limit, boolean compact, Predicate<String> member) {
    }

    /** The panels, top to bottom; their members are the headline outcomes. */
    static final List<Group> GROUPS = List.of(
            new Group("capture day: days later (+) or earlier (−)", 1, Double.POSITIVE_INFINITY, false,
                o -> o.startsWith("capture_day.")),
            new Group("percentage points", 100, 100, false,
                o -> o.startsWith("capture_share.") || o.startsWith("final_share.")),
            new Group("mine tax, US$ over the whole run", 1, Double.POSITIVE_INFINITY, true,
                o -> o.startsWith("mine_tax_usd.")),
            new Group("mineral flow value, US$ over the whole run", 1, Double.POSITIVE_INFINITY, true,
                o -> o.startsWith("flow_usd.")),
            new Group("civilian deaths, persons", 1, Double.POSITIVE_INFINITY, true, o -> o.equals("civilian_deaths")),
            new Group("displaced people at the peak, persons", 1, Double.POSITIVE_INFINITY, true,
                o -> o.equals("displaced_peak")));

    /** Whether an outcome column is one the forest plot shows (when it differs). */
    public static boolean headline(String outcome) {
        return GROUPS.stream().anyMatch(g -> g.member().test(outcome));
    }

    /** The caption's description of the headline outcomes. */
    static final String HEADLINE_TEXT = "the capture day of each place and the share of runs in which it was "
            + "taken, territory at the end, mine tax collected by each faction, the value of the mineral flows to "
            + "each destination, civilian deaths and the peak of displaced people";

    /**
     * The forest plot, or null (with a note) when only one scenario was run or no headline outcome differs.
     */
    public static Figure of(CompareResults c, List<String> notes) {
        List<String> labels = c.labels();
        if (labels.size() < 2) {
            notes.add("Differences: only one scenario, nothing to compare.");
            return null;
        }
        List<String> differing = c.differing();
        FactionPalette pal = CompareCharts.palette(labels);
        List<List<String>> rows = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Group g : GROUPS) {
            List<String> r = new ArrayList<>();
            for (String o : differing) {
                if (g.member().test(o) && hasDifference(c, o)) {
                    r.add(o);
                    all.add(OutcomeLabel.of(c.reference(), o).label());
                }
            }
            rows.add(r);
        }
        if (all.isEmpty()) {
            notes.add("Differences: no headline outcome (" + HEADLINE_TEXT + ") differs from " + labels.get(0)
                    + " in any replicate; " + CompareResults.COMPARISON + " has every outcome.");
            return null;
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 1; k < labels.size(); k++) {
            LegendItem item = new LegendItem(labels.get(k), null, null, null, pal.marker(labels.get(k), 10),
                    pal.colour(labels.get(k)));
            item.setLabelFont(ChartKit.LEGEND);
            legend.add(item);
        }
        StackedPlot stacked = new StackedPlot(18, legend);
        AxisSpace left = new AxisSpace();
        left.setLeft(widest(all) + 18);
        int rowPx = Math.max(ROW_MIN_PX, 11 * (labels.size() - 1) + 8);
        int height = 0;
        for (int i = 0; i < GROUPS.size(); i++) {
            if (rows.get(i).isEmpty()) {
                continue;
            }
            XYPlot panel = panel(c, GROUPS.get(i), rows.get(i), pal);
            panel.setFixedRangeAxisSpace(left);
            int px = PANEL_FRAME_PX + rowPx * rows.get(i).size();
            stacked.add(panel, px);
            height += px + 18;
        }
        String ref = labels.get(0);
        int n = c.manifest().replications();
        String title = "Differences to " + ref;
        String sub = "Paired difference to " + ref + " (marker) with its 95% confidence interval (bar), " + n
                + " replicates with the same seeds; only outcomes that differ in some replicate.";
        JFreeChart chart = ChartKit.chart(title, sub, stacked, true, List.of());
        String caption = "Difference of each scenario to " + ref + ", replicate by replicate (same seed), with its "
                + "95% t confidence interval, in each outcome's unit; 0 = no change. Shown: the headline outcomes ("
                + HEADLINE_TEXT + ") that differ in at least one replicate. Capture days are paired over the "
                + "replicates in which both scenarios took the place; intervals of shares are cut at ±100 percentage "
                + "points. " + CompareResults.COMPARISON
                + " has every outcome with its p-values and effect size.";
        return new Figure(NAME, title, caption, chart, RunCharts.WIDTH, height + 150);
    }

    /** Whether some scenario has a difference (not NaN) for the outcome. */
    private static boolean hasDifference(CompareResults c, String outcome) {
        for (ComparisonRow r : c.comparison().of(outcome)) {
            if (r.paired() != PairedDifference.NONE && !Double.isNaN(r.paired().diff())) {
                return true;
            }
        }
        return false;
    }

    private static XYPlot panel(CompareResults c, Group g, List<String> outcomes, FactionPalette pal) {
        List<String> labels = c.labels();
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDrawXError(true);
        renderer.setBaseLinesVisible(false);
        renderer.setBaseShapesVisible(true);
        renderer.setCapLength(7);
        renderer.setErrorStroke(new BasicStroke(1.8f));
        int compared = labels.size() - 1;
        for (int k = 1; k < labels.size(); k++) {
            XIntervalSeries s = new XIntervalSeries(labels.get(k), false, true);
            double offset = compared == 1 ? 0 : -0.22 + 0.44 * (k - 1) / (compared - 1);
            for (int i = 0; i < outcomes.size(); i++) {
                ComparisonRow r = c.comparison().row(outcomes.get(i), labels.get(k));
                if (r == null || Double.isNaN(r.paired().diff())) {
                    continue;
                }
                PairedDifference d = r.paired();
                double x = cut(d.diff() * g.factor(), g.limit());
                double lo = Double.isNaN(d.ciLow()) ? x : cut(d.ciLow() * g.factor(), g.limit());
                double hi = Double.isNaN(d.ciHigh()) ? x : cut(d.ciHigh() * g.factor(), g.limit());
                s.add(x, lo, hi, i + offset);
            }
            data.addSeries(s);
            int series = data.getSeriesCount() - 1;
            renderer.setSeriesPaint(series, pal.colour(labels.get(k)));
            renderer.setSeriesShape(series, pal.marker(labels.get(k), 9));
        }
        String[] rows = outcomes.stream().map(o -> OutcomeLabel.of(c.reference(), o).label()).toArray(String[]::new);
        SymbolAxis y = new SymbolAxis(null, rows);
        ChartKit.styleAxis(y);
        y.setInverted(true);
        y.setGridBandsVisible(true);
        y.setGridBandPaint(Color.WHITE);
        y.setGridBandAlternatePaint(new Color(0xf3, 0xf3, 0xf3));
        y.setAutoRange(false);
        y.setRange(-0.6, rows.length - 0.4);
        NumberAxis x = ChartKit.valueAxis(g.axisLabel());
        if (!g.compact()) {
            x.setNumberFormatOverride(null);
        }
        x.setLowerMargin(0.06);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartKit.stylePlot(plot);
        plot.setRangeGridlinesVisible(false);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.3f)), Layer.BACKGROUND);
        return plot;
    }

    private static double cut(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** Width of the longest row label in the tick font, px. */
    private static int widest(List<String> labels) {
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(ChartKit.TICK);
        return labels.stream().mapToInt(fm::stringWidth).max().orElse(0);
    }
}
