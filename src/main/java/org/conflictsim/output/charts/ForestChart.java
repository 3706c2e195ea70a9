package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.output.results.CompareFolder;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.ui.Layer;

/**
 * The forest plots of a comparison: for the headline outcomes that differ from the reference in some
 * replicate, each scenario's paired difference to the reference (a marker) with its 95% confidence interval
 * (a bar), from {@code comparison.csv}, zero marked. Outcomes of different units are never put on one axis:
 * {@link #places} shows, per place, how much more or less often it was taken (percentage points of runs) next
 * to how much later or earlier (days); {@link #outcomes} has a panel per {@link Group} of one kind and unit
 * (territory in percentage points, mine tax and mineral flows in US$, civilian deaths and displaced people in
 * persons, each on its own axis because their sizes differ by orders of magnitude). Differences are
 * absolute, in the outcome's unit: relative differences would be undefined wherever the reference is zero
 * (a place never taken, a deal that never paid), which is where a what-if often matters most.
 */
public final class ForestChart {
    /** File name stem of the places chart. */
    public static final String PLACES = "differences-places";
    /** File name stem of the outcomes chart. */
    public static final String OUTCOMES = "differences";
    private static final int ROW_MIN_PX = 26;
    private static final int PANEL_FRAME_PX = 62;
    private static final int GAP_PX = 18;

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

    /** Share of runs in which a place was taken. */
    static final Group TAKEN = new Group("taken in more (+) or fewer (−) runs, percentage points", 100, 100, false,
        Outcome.CAPTURE_SHARE::names);
    /**
     * When a place was taken: its restricted mean time to capture (a place not taken counting as the horizon),
     * or, in folders written before that existed, its capture day.
     */
    static final Group DAY = new Group("taken later (+) or earlier (−), mean days to capture", 1,
        Double.POSITIVE_INFINITY, false, o -> Outcome.CAPTURE_DAY.names(o) || Outcome.CAPTURE_RMST.names(o));
    /** The panels of {@link #outcomes}, top to bottom. */
    static final List<Group> GROUPS = List.of(
            new Group("territory at the end, percentage points of the theatre", 100, 100, false,
                Outcome.FINAL_SHARE::names),
            new Group("mine tax, US$ over the whole run", 1, Double.POSITIVE_INFINITY, true,
                Outcome.MINE_TAX_USD::names),
            new Group("mineral flow value, US$ over the whole run", 1, Double.POSITIVE_INFINITY, true,
                Outcome.FLOW_USD::names),
            new Group("civilian deaths, persons", 1, Double.POSITIVE_INFINITY, true, Outcome.CIVILIAN_DEATHS::names),
            new Group("displaced people at the peak, persons", 1, Double.POSITIVE_INFINITY, true,
                Outcome.DISPLACED_PEAK::names));

    /**
     * The panel of the outcomes chart an outcome column belongs to (0 = territory, then mine tax, mineral
     * flow value, civilian deaths, displaced people at the peak), or −1 for places and other outcomes: the
     * order in which the headline outcomes are shown everywhere.
     */
    public static int group(String outcome) {
        for (int i = 0; i < GROUPS.size(); i++) {
            if (GROUPS.get(i).member().test(outcome)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an outcome column is one the forest plots show (when it differs). */
    public static boolean headline(String outcome) {
        return TAKEN.member().test(outcome) || DAY.member().test(outcome)
                || GROUPS.stream().anyMatch(g -> g.member().test(outcome));
    }

    /** The caption's description of the headline outcomes of {@link #outcomes}. */
    static final String HEADLINE_TEXT = "territory at the end, mine tax collected by each faction, the value of the "
            + "mineral flows to each destination, civilian deaths and the peak of displaced people";

    /**
     * Per place whose capture differs somewhere: the difference in the share of runs in which it was taken
     * and in its capture day, side by side; or null (with a note) when no capture differs.
     */
    public static Figure places(CompareFolder c, List<String> notes) {
        if (!compared(c, notes)) {
            return null;
        }
        List<String> differing = c.differing();
        List<String> ids = new ArrayList<>();
        for (String o : c.comparison().outcomes()) {
            String id = Outcome.CAPTURE_SHARE.names(o) ? Outcome.CAPTURE_SHARE.suffix(o)
                    : Outcome.CAPTURE_DAY.names(o) ? Outcome.CAPTURE_DAY.suffix(o)
                    : Outcome.CAPTURE_RMST.names(o) ? Outcome.CAPTURE_RMST.suffix(o)
                    : null;
            if (id != null && !ids.contains(id) && differing.contains(o) && hasDifference(c, o)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            notes.add("Places: no place was taken more or less often, or earlier or later, than in "
                    + c.labels().get(0) + " in any replicate.");
            return null;
        }
        String[] names = ids.stream().map(id -> c.names().placeName(id)).toArray(String[]::new);
        SymbolAxis rows = rowAxis(names);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(rows);
        combined.setGap(GAP_PX);
        FactionPalette pal = CompareCharts.palette(c.labels());
        XYPlot taken = panel(c, TAKEN, ids.stream().map(Outcome.CAPTURE_SHARE::of).toList(), pal);
        taken.getDomainAxis().setAutoRange(false);
        taken.getDomainAxis().setRange(-108, 108);
        ((NumberAxis) taken.getDomainAxis()).setTickUnit(new NumberTickUnit(25));
        combined.add(taken, 1);
        boolean censored = c.comparison().outcomes().contains(Outcome.CAPTURE_RMST.of(ids.get(0)));
        Outcome time = censored ? Outcome.CAPTURE_RMST : Outcome.CAPTURE_DAY;
        XYPlot days = panel(c, DAY, ids.stream().map(time::of).toList(), pal);
        combined.add(days, 1);
        taken.setBackgroundPaint(null);
        days.setBackgroundPaint(null);
        combined.setFixedLegendItems(legend(c, pal));
        ChartKit.stylePlot(combined);
        String ref = c.labels().get(0);
        String title = "Places: taken how often, and when, compared with " + ref;
        String sub = subtitle(c) + (censored ? " Days: a place not taken counts as " + c.manifest().days() + "."
                : " Days: over the replicates in which both took the place.");
        JFreeChart chart = ChartKit.chart(title, sub, combined, true, List.of());
        String caption = "For each place taken (from the side that held it at the start) more or less often, or "
                + "earlier or later, than in " + ref + " in some replicate: left, the difference in the share of replicates in which it was taken (percentage "
                + "points, Newcombe's 95% interval; cut at ±100); right, " + (censored ? "the difference in the "
                + "restricted mean time to its capture (days; a place not taken by the end counts as the whole "
                + c.manifest().days() + " days, so every replicate is paired and a place kept out of reach shows as "
                + "later, not as fewer runs; 95% t interval)." : "the difference in its capture day (days), paired "
                + "over the replicates in which both scenarios took it (no marker where there are none; 95% t "
                + "interval).") + " Marker: mean of the paired differences.";
        return new Figure(PLACES, title, caption, chart, RunCharts.WIDTH,
                170 + PANEL_FRAME_PX + rowPx(c) * ids.size());
    }

    /**
     * The other headline outcomes that differ somewhere ({@link #HEADLINE_TEXT}), a panel per {@link Group};
     * or null (with a note) when none differs.
     */
    public static Figure outcomes(CompareFolder c, List<String> notes) {
        if (!compared(c, notes)) {
            return null;
        }
        List<String> differing = c.differing();
        List<List<String>> rows = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Group g : GROUPS) {
            List<String> r = new ArrayList<>();
            for (String o : differing) {
                if (g.member().test(o) && hasDifference(c, o)) {
                    r.add(o);
                    all.add(OutcomeLabel.of(c.names(), o).label());
                }
            }
            rows.add(r);
        }
        String ref = c.labels().get(0);
        if (all.isEmpty()) {
            notes.add("Differences: none of " + HEADLINE_TEXT + " differs from " + ref + " in any replicate; "
                    + CompareFolder.COMPARISON + " has every outcome.");
            return null;
        }
        FactionPalette pal = CompareCharts.palette(c.labels());
        StackedPlot stacked = new StackedPlot(GAP_PX, legend(c, pal));
        AxisSpace left = new AxisSpace();
        left.setLeft(widest(all) + 18);
        int height = 0;
        for (int i = 0; i < GROUPS.size(); i++) {
            List<String> outcomes = rows.get(i);
            if (outcomes.isEmpty()) {
                continue;
            }
            XYPlot panel = panel(c, GROUPS.get(i), outcomes, pal);
            panel.setRangeAxis(rowAxis(outcomes.stream().map(o -> OutcomeLabel.of(c.names(), o).label())
                    .toArray(String[]::new)));
            panel.setFixedRangeAxisSpace(left);
            int px = PANEL_FRAME_PX + rowPx(c) * outcomes.size();
            stacked.add(panel, px);
            height += px + GAP_PX;
        }
        String title = "Differences to " + ref;
        JFreeChart chart = ChartKit.chart(title, subtitle(c), stacked, true, List.of());
        String caption = "Difference of each scenario to " + ref + ", replicate by replicate (same seed): marker, "
                + "mean of the paired differences; bar, 95% t confidence interval; in each outcome's unit, 0 = no "
                + "change. Shown: " + HEADLINE_TEXT + ", where they differ in at least one replicate (places are in "
                + "the next chart). " + CompareFolder.COMPARISON + " has every outcome with its p-values and effect "
                + "size.";
        return new Figure(OUTCOMES, title, caption, chart, RunCharts.WIDTH, height + 150);
    }

    private static boolean compared(CompareFolder c, List<String> notes) {
        if (c.labels().size() < 2) {
            notes.add("Differences: only one scenario, nothing to compare.");
            return false;
        }
        return true;
    }

    private static String subtitle(CompareFolder c) {
        return "Difference to " + c.labels().get(0) + ": mean over " + c.manifest().replications() + " paired "
                + "replicates (marker) and 95% confidence interval (bar).";
    }

    private static int rowPx(CompareFolder c) {
        return Math.max(ROW_MIN_PX, 11 * (c.labels().size() - 1) + 8);
    }

    private static LegendItemCollection legend(CompareFolder c, FactionPalette pal) {
        LegendItemCollection legend = new LegendItemCollection();
        for (String label : c.labels().subList(1, c.labels().size())) {
            LegendItem item = new LegendItem(label, null, null, null, pal.marker(label, 10), pal.colour(label));
            item.setLabelFont(ChartKit.LEGEND);
            legend.add(item);
        }
        return legend;
    }

    /** Whether some scenario has a difference (not NaN) for the outcome. */
    private static boolean hasDifference(CompareFolder c, String outcome) {
        for (ComparisonRow r : c.comparison().of(outcome)) {
            if (r.paired() != PairedDifference.NONE && !Double.isNaN(r.paired().diff())) {
                return true;
            }
        }
        return false;
    }

    /** Row labels top to bottom, on alternating grey bands. */
    private static SymbolAxis rowAxis(String[] rows) {
        SymbolAxis y = new SymbolAxis(null, rows);
        ChartKit.styleAxis(y);
        y.setInverted(true);
        y.setGridBandsVisible(true);
        y.setGridBandPaint(Color.WHITE);
        y.setGridBandAlternatePaint(new Color(0xf3, 0xf3, 0xf3));
        y.setAutoRange(false);
        y.setRange(-0.6, rows.length - 0.4);
        return y;
    }

    /**
     * A panel of the outcomes at rows 0, 1, ...: one series per compared scenario, offset within the row;
     * without a row axis (the caller sets one, or a combined plot shares one).
     */
    private static XYPlot panel(CompareFolder c, Group g, List<String> outcomes, FactionPalette pal) {
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
        double min = 0;
        double max = 0;
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
                min = Math.min(min, lo);
                max = Math.max(max, hi);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(k - 1, pal.colour(labels.get(k)));
            renderer.setSeriesShape(k - 1, pal.marker(labels.get(k), 9));
        }
        NumberAxis x = ChartKit.valueAxis(g.axisLabel());
        if (!g.compact()) {
            x.setNumberFormatOverride(null);
        }
        double pad = max > min ? 0.06 * (max - min) : 1;
        x.setRange(min - pad, max + pad);
        XYPlot plot = new XYPlot(data, x, null, renderer);
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
        FontMetrics fm = ChartKit.metrics(ChartKit.TICK);
        return labels.stream().mapToInt(fm::stringWidth).max().orElse(0);
    }
}
