package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.observe.Series;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * One live time-series chart (JFreeChart 1.0.19, as shipped with MASON): a line per {@link Line}, each the
 * sum of one or more of the model's daily series times a scale, plotted against the calendar date over the
 * whole run, optionally over an ensemble band. Values are sampled on the model thread
 * ({@link #sample(ConflictModel, int)}) and appended on the Swing thread ({@link #append(int, double[])}),
 * so the chart's data are only touched by the thread that paints them.
 */
public final class LiveChart {
    /**
     * One line of a chart.
     *
     * @param label         legend text
     * @param colour        line colour
     * @param stroke        dash pattern (its width is set by the style), or null for a solid line
     * @param keys          the model series (metric, entity) summed into this line
     * @param hideWhileZero the line joins the chart (and legend) only once it has a value other than 0
     */
    public record Line(String label, Color colour, BasicStroke stroke, List<Series.Key> keys, boolean hideWhileZero) {
        public Line {
            keys = List.copyOf(keys);
        }

        /** A line of one series. */
        public static Line of(String label, Color colour, BasicStroke stroke, String metric, String entity) {
            return new Line(label, colour, stroke, List.of(new Series.Key(metric, entity)), false);
        }

        /** The line's stroke at a width. */
        BasicStroke stroke(float width) {
            return stroke == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, stroke.getEndCap(), stroke.getLineJoin(), stroke.getMiterLimit(),
                            stroke.getDashArray(), stroke.getDashPhase());
        }
    }

    private final String title;
    private final double scale;
    private final List<Line> lines;
    private final LocalDate start;
    private final XYSeries[] data;
    private final boolean[] shown;
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final AtomicLong paints = new AtomicLong();
    private int[][] ids;
    private YIntervalSeriesCollection band;
    private float lineWidth = 2f;

    /**
     * @param title  chart title
     * @param yLabel label of the value axis, with units
     * @param scale  multiplies every value (e.g. 100 for shares shown in percent)
     * @param lines  the lines, in legend order
     * @param start  date of day 0
     * @param days   days of the run (the date axis spans them all from the start)
     */
    public LiveChart(String title, String yLabel, double scale, List<Line> lines, LocalDate start, int days) {
        this.title = title;
        this.scale = scale;
        this.lines = List.copyOf(lines);
        this.start = start;
        this.data = new XYSeries[lines.size()];
        this.shown = new boolean[lines.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = new XYSeries(lines.get(i).label(), false, true);
            if (!lines.get(i).hideWhileZero()) {
                show(i);
            }
        }
        chart = ChartFactory.createTimeSeriesChart(title, null, yLabel, dataset, true, false, false);
        XYPlot plot = chart.getXYPlot();
        renderer.setDrawSeriesLineAsPath(true);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        DateAxis x = (DateAxis) plot.getDomainAxis();
        x.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat months = new SimpleDateFormat("MMM yy", Locale.UK);
        months.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(months);
        x.setRange(millis(0), millis(Math.max(1, days - 1)));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                paints.incrementAndGet();
            }
        });
        recolour();
        panel = new ChartPanel(chart, true);
        panel.setMinimumDrawWidth(80);
        panel.setMinimumDrawHeight(60);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setPreferredSize(new java.awt.Dimension(420, 290));
        panel.setMinimumSize(new java.awt.Dimension(120, 90));
        applyStyle(Style.NORMAL);
    }

    /** Epoch milliseconds (UTC) of the start of a day of the run. */
    long millis(int day) {
        return start.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private void show(int i) {
        shown[i] = true;
        dataset.addSeries(data[i]);
        recolour();
    }

    private void recolour() {
        for (int k = 0; k < dataset.getSeriesCount(); k++) {
            for (int i = 0; i < data.length; i++) {
                if (dataset.getSeries(k) == data[i]) {
                    renderer.setSeriesPaint(k, lines.get(i).colour());
                    renderer.setSeriesStroke(k, lines.get(i).stroke(lineWidth));
                }
            }
        }
    }

    /** Fixes the value axis to a range (otherwise it follows the data, always including 0). */
    public void setValueRange(double lower, double upper) {
        chart.getXYPlot().getRangeAxis().setRange(lower, upper);
    }

    /** Shows whole numbers only on the value axis (counts). */
    public void setIntegerValues() {
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    /**
     * Draws bands behind the lines: for each line with a band, the area between its low and high values (in
     * the same units as the model's series, before {@code scale}).
     *
     * @param bands  one entry per line (same order), null where a line has no band
     * @param fills  translucent fill of each line's band (same order)
     * @param legend a subtitle saying what the bands are, or null
     */
    public void setBand(List<EnsembleBand.Band> bands, List<Color> fills, String legend) {
        band = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(1f);
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            EnsembleBand.Band b = bands.get(i);
            if (b == null) {
                continue;
            }
            YIntervalSeries s = new YIntervalSeries(lines.get(i).label() + " band", false, true);
            double[] lo = b.low();
            double[] hi = b.high();
            for (int d = 0; d < b.days(); d++) {
                if (!Double.isNaN(lo[d])) {
                    s.add(millis(d), (lo[d] + hi[d]) / 2 * scale, lo[d] * scale, hi[d] * scale);
                }
            }
            band.addSeries(s);
            Color c = fills.get(i);
            r.setSeriesFillPaint(k, c);
            r.setSeriesPaint(k, new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
            r.setSeriesVisibleInLegend(k, false);
            k++;
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, band);
        plot.setRenderer(1, r);
        if (legend != null) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(legend));
        }
    }

    /** Resolves the lines' series in a newly started model (call after {@code model.start()}). */
    public void bind(ConflictModel model) {
        ids = new int[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            List<Series.Key> keys = lines.get(i).keys();
            ids[i] = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                ids[i][k] = model.series().id(keys.get(k).metric(), keys.get(k).entity());
            }
        }
    }

    /** The lines' values on a completed day, scaled (model thread, under the schedule lock). */
    public double[] sample(ConflictModel model, int day) {
        double[] v = new double[lines.size()];
        Series s = model.series();
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int id : ids[i]) {
                if (id >= 0) {
                    double x = s.get(id, day);
                    sum += Double.isNaN(x) ? 0 : x;
                }
            }
            v[i] = sum * scale;
        }
        return v;
    }

    /** Appends a day's values (Swing thread). */
    public void append(int day, double[] values) {
        long x = millis(day);
        for (int i = 0; i < values.length; i++) {
            if (!shown[i] && values[i] != 0) {
                show(i);
            }
            data[i].add(x, values[i], false);
        }
    }

    /** Redraws after a batch of {@link #append}s (Swing thread). */
    public void refresh() {
        for (int i = 0; i < data.length; i++) {
            if (shown[i]) {
                data[i].fireSeriesChanged();
            }
        }
    }

    /** Removes all data (Swing thread), e.g. when the simulation restarts. */
    public void clear() {
        for (int i = 0; i < data.length; i++) {
            data[i].clear();
            if (shown[i] && lines.get(i).hideWhileZero()) {
                dataset.removeSeries(data[i]);
                shown[i] = false;
            }
        }
        recolour();
    }

    /** Sets fonts and line widths for a style (Swing thread). */
    public void applyStyle(Style style) {
        chart.getTitle().setFont(style.titleFont());
        XYPlot plot = chart.getXYPlot();
        Font ticks = style.small();
        plot.getDomainAxis().setTickLabelFont(ticks);
        plot.getRangeAxis().setTickLabelFont(ticks);
        plot.getRangeAxis().setLabelFont(style.small());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(style.small());
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        lineWidth = style.presentation() ? 3.4f : 2.4f;
        recolour();
        for (Object sub : chart.getSubtitles()) {
            if (sub instanceof org.jfree.chart.title.TextTitle t) {
                t.setFont(style.small());
            }
        }
    }

    /** The chart title. */
    public String title() {
        return title;
    }

    /** The Swing panel showing the chart. */
    public ChartPanel panel() {
        return panel;
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** Number of data items in the lines shown (for tests and diagnostics). */
    public int items() {
        int n = 0;
        for (int i = 0; i < data.length; i++) {
            n += shown[i] ? data[i].getItemCount() : 0;
        }
        return n;
    }

    /** Number of lines shown so far. */
    public int linesShown() {
        return dataset.getSeriesCount();
    }

    /** Number of times the chart has been drawn. */
    public long paints() {
        return paints.get();
    }
}
