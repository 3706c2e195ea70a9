package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.discover.Discovery;
import org.conflictsim.experiment.discover.Prim;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

/**
 * The charts of a scenario discovery: the peeling trajectory (density against coverage, the chosen box marked)
 * and the chosen box (each parameter's range in the box within the sweep's range).
 */
public final class DiscoveryCharts {
    private static final Color LINE = new Color(0x1f, 0x77, 0xb4);
    private static final Color CHOSEN = new Color(0xd6, 0x27, 0x28);

    private DiscoveryCharts() {
    }

    /** Both charts. */
    public static List<Figure> all(Discovery d) {
        return List.of(trajectory(d), box(d));
    }

    private static Figure trajectory(Discovery d) {
        XYSeries path = new XYSeries("peeling trajectory (one dot per box)", false, true);
        XYSeries chosen = new XYSeries("chosen box", false, true);
        for (Prim.Box b : d.trajectory()) {
            path.add(b.coverage(), b.density());
        }
        chosen.add(d.box().coverage(), d.box().density());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(chosen);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, LINE);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        r.setSeriesPaint(1, CHOSEN);
        r.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesLinesVisible(1, false);
        NumberAxis x = ChartKit.valueAxis("coverage (share of the runs of interest inside the box)");
        x.setNumberFormatOverride(ChartKit.percent());
        x.setRange(0, 1.02);
        NumberAxis y = ChartKit.valueAxis("density (share of the box's runs that are of interest)");
        y.setNumberFormatOverride(ChartKit.percent());
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartKit.stylePlot(plot);
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box b = d.trajectory().get(i);
            if (i == 0 || i == d.chosen() || i == d.trajectory().size() - 1 || i % 5 == 0) {
                XYTextAnnotation a = new XYTextAnnotation(i + " (" + b.restrictions() + " dim.)", b.coverage(),
                        b.density() + 0.025);
                a.setFont(ChartKit.KEY);
                a.setTextAnchor(b.coverage() > 0.9 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(a);
            }
        }
        String title = "Scenario discovery: peeling trajectory";
        JFreeChart chart = ChartKit.chart(title, "Runs of interest: " + d.expression().text() + " (base rate "
                + pct(d.baseRate()) + " of " + d.y().length + " runs). Each peel removes "
                + pct(d.alpha()) + " of the box's runs along one parameter; labels: box number"
                + " (restricted dimensions).", plot, true, List.of());
        return new Figure("discovery-trajectory", title, "Coverage and density of each box as PRIM peels; the red"
                + " dot is the chosen box.", chart, CalibrationCharts.WIDTH, 620);
    }

    private static Figure box(Discovery d) {
        Prim.Box b = d.box();
        Prim.Box all = d.trajectory().get(0);
        List<String> names = new ArrayList<>();
        XYIntervalSeries kept = new XYIntervalSeries("the box's range (share of the sweep's range)");
        for (int j = 0; j < d.dimensions().size(); j++) {
            Discovery.Dimension dim = d.dimensions().get(j);
            names.add(dim.name() + (b.restricted()[j] ? "" : " (not restricted)"));
            double lo;
            double hi;
            if (dim.categorical()) {
                lo = 0;
                hi = (double) b.levels()[j].cardinality() / all.levels()[j].cardinality();
            } else {
                double span = all.upper()[j] - all.lower()[j];
                lo = span == 0 ? 0 : (b.lower()[j] - all.lower()[j]) / span;
                hi = span == 0 ? 1 : (b.upper()[j] - all.lower()[j]) / span;
            }
            kept.add(j, j - 0.3, j + 0.3, (lo + hi) / 2, lo, hi);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(kept);
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 190));
        SymbolAxis x = new SymbolAxis(null, names.toArray(String[]::new));
        ChartKit.styleAxis(x);
        NumberAxis y = ChartKit.valueAxis("position within the sweep's range (0 = its minimum, 1 = its maximum)");
        y.setNumberFormatOverride(ChartKit.percent());
        y.setRange(0, 1);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        ChartKit.stylePlot(plot);
        for (int j = 0; j < d.dimensions().size(); j++) {
            XYTextAnnotation a = new XYTextAnnotation(d.range(b, j), j, 0.5);
            a.setFont(ChartKit.MARKER);
            a.setPaint(Color.BLACK);
            plot.addAnnotation(a);
        }
        String title = "Scenario discovery: box " + d.chosen();
        JFreeChart chart = ChartKit.chart(title, String.format(Locale.ROOT, "Where %s: coverage %s, density %s"
                + " (base rate %s), %d of %d runs inside.", d.expression().text(), pct(b.coverage()),
                pct(b.density()), pct(d.baseRate()), b.cases(), d.y().length),
                plot, false, List.of());
        return new Figure("discovery-box", title, "The chosen box: the range of each parameter inside it, as a share of"
                + " the range the sweep covered.", chart, CalibrationCharts.WIDTH, 220 + 60 * d.dimensions().size());
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
