package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The sensitivity charts of a sweep, drawn from the indices of {@code sensitivity.csv}: for a Saltelli
 * design, first-order and total Sobol indices per parameter as bars with their 95% bootstrap intervals; for
 * a Morris design, μ* per parameter as bars with its 95% bootstrap interval over trajectories, and μ*
 * against σ. Parameters are sorted by importance, most important at the top.
 */
final class SensitivityCharts {
    private static final Color S1 = CategoryPalette.colour(0);
    private static final Color ST = CategoryPalette.colour(5);
    private static final Color OUTLINE = new Color(0x22, 0x22, 0x22);
    private static final String MORRIS_EFFECT = "elementary effect: the change of the outcome when one parameter"
            + " moves by one step, scaled to a move across its whole range";

    private SensitivityCharts() {
    }

    /** Sobol indices of one outcome, or null (with a note) when none could be estimated. */
    static Figure sobol(SweepData d, SweepOutcome o, List<String> notes) {
        List<SensitivityReport.Index> first = d.indices(o.name(), "S1");
        List<SensitivityReport.Index> total = d.indices(o.name(), "ST");
        if (total.isEmpty() || total.stream().allMatch(i -> Double.isNaN(i.estimate().value()))) {
            notes.add("Sobol indices of " + o.name() + ": none could be estimated (the outcome does not vary over"
                    + " the complete base samples, or too few are complete).");
            return null;
        }
        List<Integer> order = sortedBy(total);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[2][order.size()];
        double[][] high = new double[2][order.size()];
        for (int c = 0; c < order.size(); c++) {
            int i = order.get(c);
            String p = total.get(i).parameter();
            data.addValue(first.get(i).estimate().value(), "first order S1 (the parameter alone)", p);
            data.addValue(total.get(i).estimate().value(), "total ST (with its interactions)", p);
            low[0][c] = first.get(i).estimate().ciLow();
            high[0][c] = first.get(i).estimate().ciHigh();
            low[1][c] = total.get(i).estimate().ciLow();
            high[1][c] = total.get(i).estimate().ciHigh();
        }
        WhiskerBarRenderer r = new WhiskerBarRenderer(low, high);
        r.setSeriesPaint(0, S1);
        r.setSeriesPaint(1, ST);
        r.setSeriesOutlinePaint(0, OUTLINE);
        r.setSeriesOutlinePaint(1, OUTLINE);
        NumberAxis x = ChartKit.valueAxis("Sobol index: share of the outcome's variance");
        x.setNumberFormatOverride(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        CategoryPlot plot = barPlot(data, x, r);
        ValueMarker all = new ValueMarker(1, ChartKit.MUTED, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        plot.addRangeMarker(all);
        int n = total.get(0).estimate().n();
        String sub = "Saltelli design with " + n + " complete base samples (of " + d.points() + " points); whiskers: "
                + "95% bootstrap intervals (1,000 resamples of the base samples).\nST − S1 is the share due to "
                + "interactions; dashed line: 1, all of the variance; values below 0 or above 1 are estimation noise "
                + "(more samples narrow them).";
        List<SensitivityReport.Index> noise = d.indices(o.name(), SensitivityReport.NOISE_SHARE);
        boolean common = "common".equals(d.meta().get("seed_mode"));
        String noiseText;
        if (!noise.isEmpty()) {
            noiseText = String.format(Locale.ROOT, " %.1f%% of the variance of the point means is replicate noise, "
                    + "which these indices count as an effect%s.", 100 * noise.get(0).estimate().value(), common
                    ? " (with common seeds it partly cancels between points and is not subtracted)"
                    : "; sensitivity.csv has S1_adj and ST_adj without it");
        } else if (common) {
            noiseText = " Every point shares the replicate seeds (seeds: common): the indices describe the model "
                    + "with these seeds.";
        } else {
            noiseText = " The indices include replicate noise that one replicate per point cannot estimate: ST is "
                    + "inflated by about σ²/(r·Var Y).";
        }
        JFreeChart chart = ChartKit.chart("Sobol indices: " + o.label().label(), sub, plot, true, List.of());
        return new Figure("sobol-" + SweepChartKit.slug(o.name()), "Sobol indices: " + o.label().label(),
                "First-order (S1) and total (ST) Sobol indices of each parameter for " + o.label().withUnit()
                        + ", with 95% bootstrap intervals; parameters sorted by ST." + noiseText, chart,
                SweepChartKit.WIDTH, 230 + 62 * order.size());
    }

    /** Morris μ* bars and the μ*–σ plane of one outcome; empty (with a note) when no effect could be computed. */
    static List<Figure> morris(SweepData d, SweepOutcome o, List<String> notes) {
        List<SensitivityReport.Index> muStar = d.indices(o.name(), "mu_star");
        List<SensitivityReport.Index> sigma = d.indices(o.name(), "sigma");
        if (muStar.isEmpty() || muStar.stream().allMatch(i -> Double.isNaN(i.estimate().value()))) {
            notes.add("Morris effects of " + o.name() + ": none could be computed (no step of any trajectory has"
                    + " the outcome on both sides).");
            return List.of();
        }
        Effect unit = Effect.of(o.label());
        return List.of(muStarBars(o, muStar, unit), muSigma(o, muStar, sigma, unit));
    }

    /** The unit of elementary effects: the outcome's, or percentage points for shares. */
    private record Effect(double scale, String unit) {
        static Effect of(OutcomeLabel l) {
            if (l.percent()) {
                return new Effect(100, "percentage points");
            }
            String unit = l.unit().startsWith("days after") ? "days" : l.unit().isEmpty() ? "outcome units" : l.unit();
            return new Effect(l.scale(), unit);
        }

        String axis(String what) {
            return what + ", " + unit + " per parameter range";
        }
    }

    private static Figure muStarBars(SweepOutcome o, List<SensitivityReport.Index> muStar, Effect u) {
        List<Integer> order = sortedBy(muStar);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[1][order.size()];
        double[][] high = new double[1][order.size()];
        for (int c = 0; c < order.size(); c++) {
            SensitivityReport.Index i = muStar.get(order.get(c));
            data.addValue(i.estimate().value() * u.scale(), "μ*", i.parameter());
            low[0][c] = i.estimate().ciLow() * u.scale();
            high[0][c] = i.estimate().ciHigh() * u.scale();
        }
        WhiskerBarRenderer r = new WhiskerBarRenderer(low, high);
        r.setSeriesPaint(0, S1);
        r.setSeriesOutlinePaint(0, OUTLINE);
        CategoryPlot plot = barPlot(data, ChartKit.valueAxis(u.axis("μ* (mean |elementary effect|)")), r);
        String sub = "μ*: mean absolute " + MORRIS_EFFECT + ".\nWhiskers: 95% bootstrap interval over the "
                + trajectories(muStar) + " trajectories (1,000 resamples). Parameters sorted by μ*.";
        JFreeChart chart = ChartKit.chart("Morris screening: " + o.label().label(), sub, plot, false, List.of());
        return new Figure("morris-mu-star-" + SweepChartKit.slug(o.name()), "Morris μ*: " + o.label().label(),
                "Morris μ* of each parameter for " + o.label().withUnit() + " (" + u.unit() + " per parameter range),"
                        + " with 95% bootstrap intervals over trajectories; the larger, the more the parameter moves"
                        + " the outcome.", chart, SweepChartKit.WIDTH, 230 + 44 * order.size());
    }

    private static Figure muSigma(SweepOutcome o, List<SensitivityReport.Index> muStar,
                                  List<SensitivityReport.Index> sigma, Effect u) {
        XYIntervalSeries s = new XYIntervalSeries("parameters (whiskers: 95% interval of μ*)");
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double right = 0;
        double top = 0;
        for (int k = 0; k < muStar.size(); k++) {
            double m = muStar.get(k).estimate().value() * u.scale();
            double sd = k < sigma.size() ? sigma.get(k).estimate().value() * u.scale() : Double.NaN;
            if (Double.isNaN(m) || Double.isNaN(sd)) {
                continue;
            }
            double lo = muStar.get(k).estimate().ciLow() * u.scale();
            double hi = muStar.get(k).estimate().ciHigh() * u.scale();
            s.add(m, Double.isNaN(lo) ? m : lo, Double.isNaN(hi) ? m : hi, sd, sd, sd);
            points.add(new double[] {m, sd});
            names.add(muStar.get(k).parameter());
            right = Math.max(right, Double.isNaN(hi) ? m : hi);
            top = Math.max(top, sd);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setErrorPaint(OUTLINE);
        r.setErrorStroke(new BasicStroke(1.2f));
        r.setCapLength(6);
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(0, S1);
        NumberAxis x = ChartKit.valueAxis(u.axis("μ*"));
        NumberAxis y = ChartKit.valueAxis(u.axis("σ (standard deviation of the effects)"));
        double xEnd = right > 0 ? right * 1.3 : 1;
        double yEnd = top > 0 ? top * 1.15 : 1;
        x.setRange(0, xEnd);
        y.setRange(0, yEnd);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartKit.stylePlot(plot);
        double end = Math.min(xEnd, yEnd);
        plot.addAnnotation(new XYLineAnnotation(0, 0, end, end, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f), ChartKit.MUTED));
        PointLabels.place(points, names, xEnd, yEnd).forEach(plot::addAnnotation);
        String sub = "Right: the parameter moves the outcome much (large μ*). Up: its effect varies from one point to"
                + " another,\nthrough interactions with other parameters or a non-linear response (large σ; above the"
                + " dashed line σ = μ*, σ > μ*). " + trajectories(muStar) + " trajectories.";
        JFreeChart chart = ChartKit.chart("Morris μ* and σ: " + o.label().label(), sub, plot, false, List.of());
        return new Figure("morris-mu-sigma-" + SweepChartKit.slug(o.name()), "Morris μ* and σ: " + o.label().label(),
                "Each parameter's μ* (how much it moves " + o.label().label() + ") against σ (how much its effect "
                        + "varies across the space: interactions or non-linearity), in " + u.unit()
                        + " per parameter range.", chart, SweepChartKit.WIDTH, 640);
    }

    private static int trajectories(List<SensitivityReport.Index> indices) {
        return indices.stream().mapToInt(i -> i.estimate().n()).max().orElse(0);
    }

    /** Indices of the list sorted by value, largest first, NaN last. */
    private static List<Integer> sortedBy(List<SensitivityReport.Index> indices) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> {
            double v = indices.get(i).estimate().value();
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
        }));
        return order;
    }

    /** Horizontal bars, parameter names on the left, a line at zero. */
    private static CategoryPlot barPlot(DefaultCategoryDataset data, NumberAxis value, WhiskerBarRenderer r) {
        CategoryAxis cat = new CategoryAxis(null);
        cat.setTickLabelFont(ChartKit.TICK);
        cat.setTickLabelPaint(ChartKit.TEXT);
        cat.setAxisLinePaint(ChartKit.MUTED);
        cat.setCategoryMargin(0.3);
        cat.setLowerMargin(0.04);
        cat.setUpperMargin(0.04);
        cat.setMaximumCategoryLabelWidthRatio(0.4f);
        value.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, cat, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartKit.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.addRangeMarker(new ValueMarker(0, ChartKit.MUTED, new BasicStroke(1f)));
        return plot;
    }
}
