package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.calibrate.AbcSmc;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.experiment.calibrate.Target;
import org.conflictsim.experiment.sweep.Parameter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * The charts of a calibration: each parameter's posterior over its prior, the particles over each pair of
 * parameters, the tolerance by generation, and one posterior-predictive check per target (the prior's and the
 * posterior's predictive distributions with the observation and its uncertainty).
 */
public final class CalibrationCharts {
    static final int WIDTH = RunCharts.WIDTH;
    static final int HEIGHT = 520;
    /** Most parameters drawn in pairs (5 give 10 pair charts). */
    static final int MAX_PAIR_PARAMETERS = 5;
    private static final int BINS = 24;
    private static final Color POSTERIOR = new Color(0x1f, 0x77, 0xb4);
    private static final Color PRIOR = new Color(0x99, 0x99, 0x99);
    private static final Color OBSERVED = new Color(0xd6, 0x27, 0x28);

    private CalibrationCharts() {
    }

    /** Every chart of a calibration. */
    public static List<Figure> all(Posterior post) {
        List<Figure> out = new ArrayList<>();
        out.add(tolerance(post));
        for (int j = 0; j < post.parameters().size(); j++) {
            out.add(marginal(post.parameters().get(j), post.abc().weights(), post.abc().units(), j));
        }
        int d = Math.min(post.parameters().size(), MAX_PAIR_PARAMETERS);
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                if (post.parameters().get(a).parameter() instanceof Parameter.Range
                        && post.parameters().get(b).parameter() instanceof Parameter.Range) {
                    out.add(pair(post, a, b));
                }
            }
        }
        for (Posterior.TargetSummary t : post.targets()) {
            Figure f = predictive(post, t);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    static String slug(String s) {
        return SweepChartKit.slug(s);
    }

    private static Figure tolerance(Posterior post) {
        XYSeries eps = new XYSeries("tolerance ε (RMS of standardised errors)");
        XYSeries acc = new XYSeries("share of moves accepted");
        for (AbcSmc.Generation g : post.abc().generations()) {
            if (g.index() > 0) {
                eps.add(g.index(), g.epsilon());
                acc.add(g.index(), g.acceptance());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(eps);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, POSTERIOR);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis x = new NumberAxis("generation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartKit.styleAxis(x);
        NumberAxis y = ChartKit.valueAxis("tolerance ε (standard uncertainties)");
        XYPlot plot = new XYPlot(data, x, y, r);
        NumberAxis y2 = new NumberAxis("moves accepted");
        y2.setNumberFormatOverride(ChartKit.percent());
        y2.setRange(0, 1);
        ChartKit.styleAxis(y2);
        plot.setRangeAxis(1, y2);
        plot.setDataset(1, new XYSeriesCollection(acc));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r2 = new XYLineAndShapeRenderer(true, true);
        r2.setSeriesPaint(0, PRIOR);
        r2.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6, 4}, 0));
        plot.setRenderer(1, r2);
        ChartKit.stylePlot(plot);
        JFreeChart chart = ChartKit.chart("Calibration: tolerance by generation", "ε is the largest distance"
                + " (root mean square of the calibration targets' standardised errors) at which a run still counts; "
                + "stopped: " + post.abc().stop() + ".", plot, true, List.of());
        return new Figure("calibration-tolerance", "Tolerance by generation", "The tolerance ε of each generation"
                + " (left axis, in standard uncertainties of the targets) and the share of Metropolis-Hastings moves"
                + " accepted (right axis).", chart, WIDTH, HEIGHT);
    }

    /** The prior probability of each bin of [min, max], from the parameter's inverse CDF on a fine grid. */
    private static double[] priorMass(Parameter p, double lo, double width, int bins) {
        double[] m = new double[bins];
        int grid = 4000;
        for (int k = 0; k < grid; k++) {
            double v = p.at((k + 0.5) / grid).number();
            int b = Math.max(0, Math.min(bins - 1, (int) Math.floor((v - lo) / width)));
            m[b] += 1.0 / grid;
        }
        return m;
    }

    private static Figure marginal(Posterior.ParameterSummary s, double[] weights, double[][] units, int column) {
        Parameter p = s.parameter();
        String name = p.name();
        XYIntervalSeries post = new XYIntervalSeries("posterior (weighted particles)");
        XYIntervalSeries prior = new XYIntervalSeries("prior");
        ValueAxis x;
        if (p instanceof Parameter.Levels l) {
            int k = l.levels().size();
            double[] pm = new double[k];
            double[] wm = new double[k];
            for (int i = 0; i < s.values().length; i++) {
                // the unit coordinate picks the level, as Parameter.Levels.at does
                wm[Math.max(0, Math.min(k - 1, (int) Math.floor(units[i][column] * k)))] += weights[i];
            }
            for (int j = 0; j < k; j++) {
                pm[j] = 1.0 / k;
                prior.add(j, j - 0.4, j, pm[j], pm[j], pm[j]);
                post.add(j, j, j + 0.4, wm[j], wm[j], wm[j]);
            }
            SymbolAxis sx = new SymbolAxis(name, l.levels().stream().map(v -> v.text()).toArray(String[]::new));
            ChartKit.styleAxis(sx);
            x = sx;
        } else {
            Parameter.Range r = (Parameter.Range) p;
            double lo = r.integer() ? Math.ceil(r.min()) - 0.5 : r.min();
            double hi = r.integer() ? Math.floor(r.max()) + 0.5 : r.max();
            double width = (hi - lo) / BINS;
            double[] pm = priorMass(p, lo, width, BINS);
            double[] wm = new double[BINS];
            for (int i = 0; i < s.values().length; i++) {
                int b = Math.max(0, Math.min(BINS - 1, (int) Math.floor((s.values()[i] - lo) / width)));
                wm[b] += weights[i];
            }
            for (int b = 0; b < BINS; b++) {
                double x0 = lo + b * width;
                prior.add(x0 + width / 2, x0, x0 + width, pm[b], pm[b], pm[b]);
                post.add(x0 + width / 2, x0, x0 + width, wm[b], wm[b], wm[b]);
            }
            NumberAxis nx = new NumberAxis(name);
            nx.setRange(lo, hi);
            nx.setNumberFormatOverride(new CompactFormat());
            ChartKit.styleAxis(nx);
            x = nx;
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(prior);
        data.addSeries(post);
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, new Color(0xcc, 0xcc, 0xcc));
        br.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4, 200));
        NumberAxis y = ChartKit.valueAxis("probability per bin");
        y.setNumberFormatOverride(ChartKit.percent());
        XYPlot plot = new XYPlot(data, x, y, br);
        ChartKit.stylePlot(plot);
        if (p instanceof Parameter.Range) {
            for (double v : new double[] {s.lo(), s.hi()}) {
                ValueMarker m = new ValueMarker(v, Color.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 1f, new float[] {5, 4}, 0));
                plot.addDomainMarker(m);
            }
            ValueMarker med = new ValueMarker(s.median(), Color.BLACK, new BasicStroke(2f));
            med.setLabel("median " + CompactFormat.text(s.median()));
            med.setLabelFont(ChartKit.MARKER);
            med.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            med.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(med);
        }
        String pile = s.pileUp() == null ? "" : " Piles up at the " + s.pileUp() + " bound of the prior.";
        JFreeChart chart = ChartKit.chart("Posterior of " + name, "Grey: prior; blue: posterior (weighted particles);"
                + " solid line: median; dashed lines: 90% interval [" + CompactFormat.text(s.lo()) + ", "
                + CompactFormat.text(s.hi()) + "]." + pile, plot, true, List.of());
        return new Figure("posterior-" + slug(name), "Posterior of " + name, "The prior and the posterior of " + name
                + " (" + p.path() + "), as the probability of each bin of its range." + pile, chart, WIDTH, HEIGHT);
    }

    private static Figure pair(Posterior post, int a, int b) {
        Posterior.ParameterSummary pa = post.parameters().get(a);
        Posterior.ParameterSummary pb = post.parameters().get(b);
        double[] w = post.abc().weights();
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        XYSeries heavy = new XYSeries("particles of above-median weight", false, true);
        XYSeries light = new XYSeries("particles of lower weight", false, true);
        double median = Posterior.quantile(w, w, 0.5);
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            (w[i] >= median ? heavy : light).add(pa.values()[i], pb.values()[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(light);
        data.addSeries(heavy);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 70));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4, 170));
        r.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        NumberAxis x = axis(pa);
        NumberAxis y = axis(pb);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartKit.stylePlot(plot);
        String title = "Posterior: " + pa.parameter().name() + " and " + pb.parameter().name();
        JFreeChart chart = ChartKit.chart(title, "One dot per living particle (duplicates after resampling overlap);"
                + " the axes span the priors. A ridge or a slant means the targets constrain a combination of the two.",
                plot, true, List.of());
        return new Figure("posterior-pair-" + slug(pa.parameter().name()) + "-" + slug(pb.parameter().name()), title,
                "The posterior particles over " + pa.parameter().name() + " and " + pb.parameter().name()
                        + " (axes: the prior ranges).", chart, WIDTH, 640);
    }

    private static NumberAxis axis(Posterior.ParameterSummary s) {
        Parameter.Range r = (Parameter.Range) s.parameter();
        NumberAxis ax = new NumberAxis(r.name());
        double pad = (r.max() - r.min()) * 0.02;
        ax.setRange(r.min() - pad, r.max() + pad);
        ax.setNumberFormatOverride(new CompactFormat());
        ChartKit.styleAxis(ax);
        return ax;
    }

    private static Figure predictive(Posterior post, Posterior.TargetSummary t) {
        Target target = t.target();
        String set = target.calibrates() ? "calibration target" : "validation target (held out)";
        LocalDate start = post.spec().base().scenario().start();
        String title = "Predictive check: " + target.id();
        String name = "predictive-" + slug(target.id());
        if (target.kind() == Target.Kind.EVENT) {
            XYIntervalSeries prior = new XYIntervalSeries("prior predictive");
            XYIntervalSeries postS = new XYIntervalSeries("posterior predictive");
            XYIntervalSeries obs = new XYIntervalSeries("observed");
            double pp = t.priorMean();
            double po = t.posteriorMean();
            prior.add(0, -0.35, 0.35, pp, pp, pp);
            postS.add(1, 0.65, 1.35, po, po, po);
            obs.add(2, 1.65, 2.35, target.observed(), target.observed(), target.observed());
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            data.addSeries(prior);
            data.addSeries(postS);
            data.addSeries(obs);
            XYBarRenderer br = bars();
            br.setSeriesPaint(2, OBSERVED);
            SymbolAxis x = new SymbolAxis(null, new String[] {"prior", "posterior", "observed"});
            ChartKit.styleAxis(x);
            x.setRange(-0.6, 2.6);
            NumberAxis y = ChartKit.valueAxis("probability of: " + target.describeEvent(start));
            y.setRange(0, 1.05);
            y.setNumberFormatOverride(ChartKit.percent());
            XYPlot plot = new XYPlot(data, x, y, br);
            ChartKit.stylePlot(plot);
            JFreeChart chart = ChartKit.chart(title, capitalised(set) + " (" + target.outcome() + "): "
                    + target.describeEvent(start) + "; observed: " + (target.observed() > 0.5 ? "yes" : "no")
                    + ". Source: " + target.source(), plot, false, List.of());
            return new Figure(name, title, "How likely the event is before and after calibration, against what"
                    + " happened.", chart, WIDTH, HEIGHT);
        }
        if (t.posterior().length == 0) {
            return null;
        }
        boolean date = target.kind() == Target.Kind.DATE;
        double lo = Math.min(min(t.prior()), min(t.posterior()));
        double hi = Math.max(max(t.prior()), max(t.posterior()));
        // min and max of an empty array are +inf and -inf, which the other array overrides
        lo = Math.min(lo, target.observed() - target.sd());
        hi = Math.max(hi, target.observed() + target.sd());
        if (date) {
            lo = Math.max(0, Math.floor(lo));
            hi = Math.min(post.spec().days() + 1, Math.ceil(hi) + 1);
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double width = (hi - lo) / BINS;
        double[] pm = new double[BINS];
        double[] wm = new double[BINS];
        for (double v : t.prior()) {
            pm[bin(v, lo, width)] += 1.0 / t.prior().length;
        }
        for (int i = 0; i < t.posterior().length; i++) {
            wm[bin(t.posterior()[i], lo, width)] += t.weights()[i];
        }
        XYIntervalSeries prior = new XYIntervalSeries("prior predictive (runs from the prior)");
        XYIntervalSeries postS = new XYIntervalSeries("posterior predictive (new runs of the particles)");
        for (int b = 0; b < BINS; b++) {
            double x0 = lo + b * width;
            prior.add(x(x0 + width / 2, date, start), x(x0, date, start), x(x0 + width, date, start), pm[b], pm[b], pm[b]);
            postS.add(x(x0 + width / 2, date, start), x(x0, date, start), x(x0 + width, date, start), wm[b], wm[b], wm[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(prior);
        data.addSeries(postS);
        ValueAxis x;
        if (date) {
            org.jfree.chart.axis.DateAxis dx = ChartKit.dateAxis(start.plusDays((long) lo), start.plusDays((long) hi));
            if (hi - lo > 100) {
                java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
                f.setTimeZone(ChartKit.UTC);
                dx.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH,
                        hi - lo > 400 ? 3 : 1, f));
            }
            x = dx;
        } else {
            NumberAxis nx = new NumberAxis(target.outcome() + " (" + target.unit() + ")");
            nx.setRange(lo, hi);
            nx.setNumberFormatOverride(new CompactFormat());
            ChartKit.styleAxis(nx);
            x = nx;
        }
        NumberAxis y = ChartKit.valueAxis("share of runs per bin");
        y.setNumberFormatOverride(ChartKit.percent());
        XYPlot plot = new XYPlot(data, x, y, bars());
        ChartKit.stylePlot(plot);
        IntervalMarker band = new IntervalMarker(x(target.observed() - target.sd(), date, start),
                x(target.observed() + target.sd(), date, start), new Color(0xd6, 0x27, 0x28, 40));
        plot.addDomainMarker(band, Layer.BACKGROUND);
        ValueMarker m = new ValueMarker(x(target.observed(), date, start), OBSERVED, new BasicStroke(2.5f));
        m.setLabel("observed");
        m.setLabelFont(ChartKit.MARKER);
        m.setLabelPaint(OBSERVED);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
        String censored = date ? String.format(Locale.ROOT, " Runs without a capture count as the day after the"
                + " horizon (%s): %.0f%% of the posterior predictive.", start.plusDays(post.spec().days()),
                100 * censoredShare(t, post.spec().days())) : "";
        JFreeChart chart = ChartKit.chart(title, capitalised(set) + " (" + target.outcome() + "); red line and band:"
                + " observed ± its uncertainty. Source: " + target.source() + "." + censored, plot, true, List.of());
        return new Figure(name, title, "The model's predictive distribution of " + target.outcome()
                + " before (grey) and after (blue) calibration, against the observation." + censored, chart, WIDTH,
                HEIGHT);
    }

    private static double censoredShare(Posterior.TargetSummary t, int days) {
        double s = 0;
        for (int i = 0; i < t.posterior().length; i++) {
            s += t.posterior()[i] >= days ? t.weights()[i] : 0;
        }
        return s;
    }

    private static XYBarRenderer bars() {
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, new Color(0xbb, 0xbb, 0xbb, 190));
        br.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4, 170));
        return br;
    }

    private static double x(double v, boolean date, LocalDate start) {
        return date ? ChartKit.millis(start) + v * 86_400_000.0 : v;
    }

    private static int bin(double v, double lo, double width) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor((v - lo) / width)));
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
