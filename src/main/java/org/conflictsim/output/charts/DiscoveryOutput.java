package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The files of a scenario discovery: {@code trajectory.csv} (every box of the peeling trajectory),
 * {@code box.csv} (the chosen box's ranges and the statistics of lifting each restriction), the charts (the
 * peeling trajectory, coverage against density; the chosen box's ranges within the sweep's) and
 * {@code report.html}, written into a new folder.
 */
public final class DiscoveryOutput {
    private static final Color LINE = new Color(0x1f, 0x77, 0xb4);
    private static final Color CHOSEN = new Color(0xd6, 0x27, 0x28);

    private DiscoveryOutput() {
    }

    /** Writes every file into {@code dir} (an empty folder). */
    public static List<Figure> write(Path dir, Discovery d, Map<String, String> provenance) throws IOException {
        Files.createDirectories(dir);
        ReportHtml.writeAtomically(dir.resolve("trajectory.csv"), trajectoryCsv(d));
        ReportHtml.writeAtomically(dir.resolve("box.csv"), boxCsv(d));
        List<Figure> figures = List.of(trajectory(d), box(d));
        ChartFiles.writeAll(figures, dir.resolve(ResultsCharts.CHARTS_DIR));
        ReportHtml.writeAtomically(dir.resolve("report.html"), report(d, figures, provenance, dir));
        return figures;
    }

    static String trajectoryCsv(Discovery d) {
        StringBuilder sb = new StringBuilder("box,coverage,density,mass,cases,hits,restricted_dimensions");
        for (Discovery.Dimension dim : d.dimensions()) {
            sb.append(',').append(CalibrationOutput.q(dim.name()));
        }
        sb.append('\n');
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box b = d.trajectory().get(i);
            sb.append(i).append(',').append(CalibrationOutput.n(b.coverage())).append(',')
                    .append(CalibrationOutput.n(b.density())).append(',').append(CalibrationOutput.n(b.mass())).append(',')
                    .append(b.cases()).append(',').append(b.hits()).append(',').append(b.restrictions());
            for (int j = 0; j < d.dimensions().size(); j++) {
                sb.append(',').append(CalibrationOutput.q(b.restricted()[j] ? d.range(b, j) : ""));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String boxCsv(Discovery d) {
        Prim.Box b = d.box();
        Prim.Box all = d.trajectory().get(0);
        StringBuilder sb = new StringBuilder("parameter,path,restricted,box_range,sweep_range,coverage_without,"
                + "density_without,quasi_p_value\n");
        for (int j = 0; j < d.dimensions().size(); j++) {
            Discovery.Dimension dim = d.dimensions().get(j);
            Prim.Lifted lift = null;
            for (Prim.Lifted l : d.lifted()) {
                if (l.dimension() == j) {
                    lift = l;
                }
            }
            sb.append(CalibrationOutput.q(dim.name())).append(',').append(CalibrationOutput.q(dim.path())).append(',')
                    .append(b.restricted()[j]).append(',').append(CalibrationOutput.q(d.range(b, j))).append(',')
                    .append(CalibrationOutput.q(d.range(all, j))).append(',')
                    .append(lift == null ? "" : CalibrationOutput.n(lift.coverage())).append(',')
                    .append(lift == null ? "" : CalibrationOutput.n(lift.density())).append(',')
                    .append(lift == null ? "" : CalibrationOutput.n(lift.pValue())).append('\n');
        }
        return sb.toString();
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
                + CalibrationReport.pct(d.baseRate()) + " of " + d.y().length + " runs). Each peel removes "
                + CalibrationReport.pct(d.alpha()) + " of the box's runs along one parameter; labels: box number"
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
                + " (base rate %s), %d of %d runs inside.", d.expression().text(), CalibrationReport.pct(b.coverage()),
                CalibrationReport.pct(b.density()), CalibrationReport.pct(d.baseRate()), b.cases(), d.y().length),
                plot, false, List.of());
        return new Figure("discovery-box", title, "The chosen box: the range of each parameter inside it, as a share of"
                + " the range the sweep covered.", chart, CalibrationCharts.WIDTH, 220 + 60 * d.dimensions().size());
    }

    private static String report(Discovery d, List<Figure> figures, Map<String, String> provenance, Path dir) {
        StringBuilder h = new StringBuilder();
        String title = "Scenario discovery: " + d.expression().text();
        ReportHtml.open(h, title);
        h.append("<h1>").append(ReportHtml.esc(title)).append("</h1>\n<p class=\"tool\">ConflictSim ")
                .append(ReportHtml.esc(provenance.getOrDefault("tool_version", "")))
                .append(" · PRIM (Friedman &amp; Fisher 1999; Bryant &amp; Lempert 2010)</p>\n");
        Prim.Box b = d.box();
        h.append("<p class=\"question\">").append(ReportHtml.esc(String.format(Locale.ROOT, "In box %d, %s of the"
                + " runs meet the condition (base rate %s, %.1f times as often), and the box holds %s of all runs that"
                + " meet it. It restricts %d of %d parameters.", d.chosen(), CalibrationReport.pct(b.density()),
                CalibrationReport.pct(d.baseRate()), b.density() / d.baseRate(), CalibrationReport.pct(b.coverage()),
                b.restrictions(), d.dimensions().size()))).append("</p>\n");
        h.append("<h2>What was done</h2>\n<table class=\"facts\">\n");
        ReportHtml.row(h, "store", "<code>" + ReportHtml.esc(d.store().toString()) + "</code>");
        ReportHtml.row(h, "sweep", ReportHtml.esc(d.meta().getOrDefault("sweep_name", "") + " of scenario "
                + d.meta().getOrDefault("scenario_id", "") + " (" + d.meta().getOrDefault("design_type", "") + " design, "
                + d.meta().getOrDefault("points", "") + " points × " + d.meta().getOrDefault("replications", "")
                + " replications; master seed " + d.meta().getOrDefault("master_seed", "") + "; sweep file SHA-256 "
                + d.meta().getOrDefault("sweep_sha256", "") + ")"));
        ReportHtml.row(h, "condition", "<code>" + ReportHtml.esc(d.expression().text()) + "</code> (a place never"
                + " captured counts as later than any day)");
        ReportHtml.row(h, "cases", ReportHtml.esc(d.y().length + " successful runs, each described by its point's"
                + " parameter values; " + Math.round(d.baseRate() * d.y().length) + " meet the condition"));
        ReportHtml.row(h, "peeling", ReportHtml.esc(String.format(Locale.ROOT, "%s of the box's runs per step; stop"
                + " below %s of all runs; %d boxes; no pasting", CalibrationReport.pct(d.alpha()),
                CalibrationReport.pct(d.minMass()), d.trajectory().size())));
        ReportHtml.row(h, "chosen box", ReportHtml.esc("box " + d.chosen() + provenance.getOrDefault("box_choice", "")));
        ReportHtml.row(h, "provenance", ReportHtml.esc("ConflictSim " + provenance.getOrDefault("tool_version", "")
                + ", git commit " + provenance.getOrDefault("git_commit", "") + "; command: conflictsim "
                + provenance.getOrDefault("command", "")));
        h.append("</table>\n<h2>The box</h2>\n<table>\n<tr><th>parameter</th><th>in the box</th><th>in the sweep</th>"
                + "<th>density without this restriction</th><th>coverage without it</th><th>quasi-p-value</th></tr>\n");
        Prim.Box all = d.trajectory().get(0);
        for (int j = 0; j < d.dimensions().size(); j++) {
            Prim.Lifted lift = null;
            for (Prim.Lifted l : d.lifted()) {
                if (l.dimension() == j) {
                    lift = l;
                }
            }
            h.append("<tr><td><code>").append(ReportHtml.esc(d.dimensions().get(j).path())).append("</code></td><td>")
                    .append(b.restricted()[j] ? "<b>" + ReportHtml.esc(d.range(b, j)) + "</b>" : "not restricted")
                    .append("</td><td>").append(ReportHtml.esc(d.range(all, j))).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : CalibrationReport.pct(lift.density())).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : CalibrationReport.pct(lift.coverage())).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : String.format(Locale.ROOT, "%.2g", lift.pValue())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"muted\">Quasi-p-value (Bryant &amp; Lempert 2010): the chance of at least the"
                + " box's hits if its runs were drawn from the box without that restriction (one-sided hypergeometric"
                + " test); a large value means the restriction adds little. Runs of one point share its parameters, so"
                + " with replications these are not independent and the values are indicative.</p>\n");
        h.append("<h2>Peeling trajectory</h2>\n<table>\n<tr><th>box</th><th>coverage</th><th>density</th><th>mass</th>"
                + "<th>restricted</th></tr>\n");
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box t = d.trajectory().get(i);
            h.append("<tr").append(i == d.chosen() ? " class=\"group\"" : "").append("><td class=\"n\">").append(i)
                    .append(i == d.chosen() ? " (chosen)" : "").append("</td><td class=\"n\">")
                    .append(CalibrationReport.pct(t.coverage())).append("</td><td class=\"n\">")
                    .append(CalibrationReport.pct(t.density())).append("</td><td class=\"n\">")
                    .append(CalibrationReport.pct(t.mass())).append("</td><td class=\"n\">").append(t.restrictions())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Charts</h2>\n");
        ReportHtml.figures(h, figures, List.of(), dir);
        ReportHtml.svgLinks(h, figures, dir);
        h.append("<h2>Files</h2>\n<ul class=\"files\">\n");
        ReportHtml.fileItem(h, dir, "trajectory.csv", "every box of the peeling trajectory with its ranges");
        ReportHtml.fileItem(h, dir, "box.csv", "the chosen box, parameter by parameter, with its restrictions lifted");
        h.append("</ul>\n");
        ReportHtml.close(h);
        return h.toString();
    }
}
