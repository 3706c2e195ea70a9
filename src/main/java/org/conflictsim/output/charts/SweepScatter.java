package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Scatter plots of a sampled sweep: for an outcome, one panel per parameter side by side on a shared
 * vertical scale, one dot per point of the design (the mean of its runs) and a line through the mean of
 * the dots in bins of the parameter (or at each of its values, when it has few), so the parameters that
 * move the outcome stand out as slopes. Parameters drawn log-uniformly get a logarithmic axis; texts (such
 * as a posture) a category axis, with the dots spread a little sideways.
 */
final class SweepScatter {
    /** Panels per figure; more parameters continue in a second figure. */
    static final int PANELS = 5;
    private static final int HEIGHT = 560;
    private static final int FEW_VALUES = 8;
    private static final Color DOT = new Color(0x34, 0x58, 0x8c, 120);
    private static final Color TREND = new Color(0x11, 0x11, 0x11);

    private SweepScatter() {
    }

    /** The scatter figures of one outcome: one, or more when there are over {@link #PANELS} parameters. */
    static List<Figure> figures(SweepData d, SweepOutcome o) {
        List<Figure> out = new ArrayList<>();
        int n = d.parameters().size();
        int parts = (n + PANELS - 1) / PANELS;
        for (int part = 0; part < parts; part++) {
            int from = part * PANELS;
            int to = Math.min(n, from + PANELS);
            out.add(figure(d, o, from, to, parts == 1 ? "" : "-" + (part + 1)));
        }
        return out;
    }

    private static Figure figure(SweepData d, SweepOutcome o, int from, int to, String suffix) {
        NumberAxis y = SweepChartKit.outcomeAxis(o.label(), o.label().withUnit());
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(y);
        combined.setGap(16);
        for (int j = from; j < to; j++) {
            combined.add(panel(d.parameters().get(j), o), 1);
        }
        ChartKit.stylePlot(combined);
        LegendItemCollection items = new LegendItemCollection();
        items.add(legendItem("point of the design" + ofRuns(d), DOT, true));
        items.add(legendItem("mean of the points in each bin or at each value", TREND, false));
        combined.setFixedLegendItems(items);
        String name = "scatter-" + SweepChartKit.slug(o.name()) + suffix;
        String title = o.label().label() + (suffix.isEmpty() ? "" : " (" + suffix.substring(1) + ")");
        JFreeChart chart = ChartKit.chart(title, subtitle(d, o), combined, true, List.of());
        String caption = o.label().withUnit() + " at each of the " + d.points() + " points of the " + d.designType()
                + " design against " + (to - from == 1 ? "the parameter" : "each parameter") + " (mean of the runs "
                + "of each point); the line joins the means of the points in bins of the parameter.";
        int width = to - from <= 3 ? SweepChartKit.WIDTH : 260 * (to - from) + 120;
        return new Figure(name, title + ": against the parameters", caption, chart, width, HEIGHT);
    }

    private static String subtitle(SweepData d, SweepOutcome o) {
        String s = "One dot per point" + ofRuns(d) + "; line: mean of the"
                + " dots in " + bins(d.points()) + " bins of equal count (at each value for parameters with at most "
                + FEW_VALUES + " values). The panels share the vertical scale.";
        long missing = Arrays.stream(o.means()).filter(Double::isNaN).count();
        if (missing > 0) {
            boolean one = missing == 1;
            s += "\n" + missing + " of " + d.points() + " points " + (one ? "has" : "have") + " no run with a value"
                    + (o.canBeMissing() ? " (the place was never taken there)" : "") + (one ? " and is" : " and are")
                    + " not shown.";
        }
        return s;
    }

    /** {@code  (mean of its 3 runs)}, or nothing for one run per point. */
    private static String ofRuns(SweepData d) {
        return d.replications() == 1 ? "" : " (mean of its " + d.replications() + " runs)";
    }

    private static int bins(int points) {
        return Math.max(4, Math.min(10, points / 8));
    }

    /** One parameter's panel. */
    static XYPlot panel(SweepParameter p, SweepOutcome o) {
        boolean text = !p.numeric();
        XYSeries dots = new XYSeries("points", false, true);
        for (int pt = 0; pt < o.means().length; pt++) {
            double m = o.means()[pt];
            if (Double.isNaN(m)) {
                continue;
            }
            double x = text ? p.levelOf()[pt] + jitter(pt) : p.number()[pt];
            dots.add(x, o.label().value(m));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(trend(p, o));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesPaint(0, DOT);
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, true);
        r.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(1, TREND);
        r.setSeriesStroke(1, new BasicStroke(2.2f));
        XYPlot plot = new XYPlot(data, xAxis(p), null, r);
        ChartKit.stylePlot(plot);
        return plot;
    }

    /** A small sideways offset of a point's dot on a category axis, so equal values do not hide each other. */
    private static double jitter(int point) {
        return ((point * 0.6180339887) % 1.0 - 0.5) * 0.5;
    }

    /** Means of the dots in bins of equal count (numbers with many values) or at each value. */
    static XYSeries trend(SweepParameter p, SweepOutcome o) {
        XYSeries s = new XYSeries("trend", true, true);
        int n = o.means().length;
        if (!p.numeric() || p.levelCount() <= FEW_VALUES) {
            double[] sum = new double[p.levelCount()];
            int[] cnt = new int[p.levelCount()];
            for (int pt = 0; pt < n; pt++) {
                if (!Double.isNaN(o.means()[pt])) {
                    sum[p.levelOf()[pt]] += o.label().value(o.means()[pt]);
                    cnt[p.levelOf()[pt]]++;
                }
            }
            for (int k = 0; k < sum.length; k++) {
                if (cnt[k] > 0) {
                    double x = p.numeric() ? p.levelNumber(k) : k;
                    s.add(x, sum[k] / cnt[k]);
                }
            }
            return s;
        }
        List<Integer> order = new ArrayList<>();
        for (int pt = 0; pt < n; pt++) {
            if (!Double.isNaN(o.means()[pt])) {
                order.add(pt);
            }
        }
        order.sort(Comparator.comparingDouble(pt -> p.number()[pt]));
        int bins = Math.min(bins(n), order.size());
        for (int b = 0; b < bins; b++) {
            int lo = b * order.size() / bins;
            int hi = (b + 1) * order.size() / bins;
            double sx = 0;
            double sy = 0;
            for (int k = lo; k < hi; k++) {
                sx += p.number()[order.get(k)];
                sy += o.label().value(o.means()[order.get(k)]);
            }
            if (hi > lo) {
                s.add(sx / (hi - lo), sy / (hi - lo));
            }
        }
        return s;
    }

    private static ValueAxis xAxis(SweepParameter p) {
        if (!p.numeric()) {
            SymbolAxis a = new SymbolAxis(p.name(), p.levels().toArray(new String[0]));
            ChartKit.styleAxis(a);
            a.setGridBandsVisible(false);
            a.setAutoRange(false);
            a.setRange(-0.6, p.levelCount() - 0.4);
            return a;
        }
        if (p.logScale()) {
            RoundLogAxis a = new RoundLogAxis(p.name() + " (log scale)");
            a.setSmallestValue(Arrays.stream(p.number()).min().orElse(1e-9) / 2);
            ChartKit.styleAxis(a);
            return a;
        }
        NumberAxis a = new NumberAxis(p.name());
        ChartKit.styleAxis(a);
        a.setNumberFormatOverride(new CompactFormat());
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static LegendItem legendItem(String label, Color paint, boolean dot) {
        java.awt.Shape shape = dot ? new Ellipse2D.Double(-4, -4, 8, 8)
                : new java.awt.geom.Rectangle2D.Double(-9, -1.2, 18, 2.4);
        LegendItem item = new LegendItem(label, null, null, null, shape, paint);
        item.setLabelFont(ChartKit.LEGEND);
        return item;
    }
}
