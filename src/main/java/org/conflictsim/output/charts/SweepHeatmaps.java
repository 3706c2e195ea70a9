package org.conflictsim.output.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.store.StoreTables;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * Heatmaps of a full-factorial sweep: for an outcome and each pair of parameters, one cell per
 * combination of their values, coloured by the mean of the outcome over the runs in the cell (its
 * replicates and every value of the other parameters), with the value written in the cell and a colour
 * scale with its unit beside the plot.
 */
final class SweepHeatmaps {
    private static final int HEIGHT = 640;
    /** Above this many cells per side, values are not written into the cells. */
    private static final int MAX_LABELLED = 12;

    private SweepHeatmaps() {
    }

    /** One heatmap per pair of parameters, in parameter order. */
    static List<Figure> figures(SweepData d, SweepOutcome o) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < d.parameters().size(); i++) {
            for (int j = i + 1; j < d.parameters().size(); j++) {
                out.add(figure(d, o, i, j));
            }
        }
        return out;
    }

    /** The cells of one pair: mean, runs with a value and runs, indexed [x level][y level]. */
    record Cells(double[][] mean, int[][] withValue, int[][] runs) {
    }

    /** Averages the outcome's runs into the cells of parameters {@code i} (x) and {@code j} (y). */
    static Cells cells(SweepParameter px, SweepParameter py, SweepOutcome o) {
        int kx = px.levelCount();
        int ky = py.levelCount();
        double[][] sum = new double[kx][ky];
        int[][] with = new int[kx][ky];
        int[][] runs = new int[kx][ky];
        for (StoreTables.RunValue r : o.runs()) {
            int a = px.levelOf()[r.point()];
            int b = py.levelOf()[r.point()];
            runs[a][b]++;
            if (!Double.isNaN(r.value())) {
                sum[a][b] += o.label().value(r.value());
                with[a][b]++;
            }
        }
        double[][] mean = new double[kx][ky];
        for (int a = 0; a < kx; a++) {
            for (int b = 0; b < ky; b++) {
                mean[a][b] = with[a][b] == 0 ? Double.NaN : sum[a][b] / with[a][b];
            }
        }
        return new Cells(mean, with, runs);
    }

    static Figure figure(SweepData d, SweepOutcome o, int i, int j) {
        SweepParameter px = d.parameters().get(i);
        SweepParameter py = d.parameters().get(j);
        Cells c = cells(px, py, o);
        int kx = px.levelCount();
        int ky = py.levelCount();
        double[][] xyz = new double[3][kx * ky];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < kx; a++) {
            for (int b = 0; b < ky; b++) {
                int k = a * ky + b;
                xyz[0][k] = a;
                xyz[1][k] = b;
                xyz[2][k] = c.mean()[a][b];
                if (!Double.isNaN(c.mean()[a][b])) {
                    lo = Math.min(lo, c.mean()[a][b]);
                    hi = Math.max(hi, c.mean()[a][b]);
                }
            }
        }
        ColourScale scale = lo <= hi ? new ColourScale(lo, hi) : new ColourScale(0, 1);
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(o.name(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, levelAxis(px), levelAxis(py), renderer);
        ChartKit.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(ChartKit.MUTED);
        if (kx <= MAX_LABELLED && ky <= MAX_LABELLED) {
            label(plot, o, c, scale);
        }
        String title = o.label().label() + " by " + px.name() + " and " + py.name();
        JFreeChart chart = ChartKit.chart(title, subtitle(d, o, i, j, c), plot, false, List.of());
        chart.addSubtitle(legend(o, scale));
        String name = "heatmap-" + SweepChartKit.slug(o.name()) + "-" + SweepChartKit.slug(px.name()) + "-"
                + SweepChartKit.slug(py.name());
        String caption = o.label().withUnit() + " for each combination of " + px.name() + " and " + py.name()
                + ": mean over the runs in each cell (" + averaged(d, i, j) + ").";
        return new Figure(name, title, caption, chart,
                SweepChartKit.WIDTH, HEIGHT);
    }

    private static SymbolAxis levelAxis(SweepParameter p) {
        SymbolAxis axis = new SymbolAxis(p.name(), p.levels().toArray(new String[0]));
        ChartKit.styleAxis(axis);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, p.levelCount() - 0.5);
        return axis;
    }

    /** What a cell averages over, in words. */
    private static String averaged(SweepData d, int i, int j) {
        List<String> others = new ArrayList<>();
        for (int k = 0; k < d.parameters().size(); k++) {
            if (k != i && k != j) {
                others.add(d.parameters().get(k).name());
            }
        }
        String reps = d.replications() == 1 ? "one run per point" : d.replications() + " replicates per point";
        return others.isEmpty() ? reps : reps + ", averaged over every value of " + String.join(", ", others);
    }

    private static String subtitle(SweepData d, SweepOutcome o, int i, int j, Cells c) {
        String s = "Mean over the runs in each cell: " + averaged(d, i, j) + ".";
        boolean partial = false;
        boolean empty = false;
        boolean failed = false;
        for (int a = 0; a < c.runs().length; a++) {
            for (int b = 0; b < c.runs()[a].length; b++) {
                partial |= c.withValue()[a][b] > 0 && c.withValue()[a][b] < c.runs()[a][b];
                empty |= c.runs()[a][b] > 0 && c.withValue()[a][b] == 0;
                failed |= c.runs()[a][b] == 0;
            }
        }
        List<String> notes = new ArrayList<>();
        if (o.canBeMissing()) {
            notes.add("mean day over the runs in which the place was taken" + (partial ? "; (k/n): taken in k of the"
                    + " cell's n runs" : ""));
            if (empty) {
                notes.add("white \"never\": taken in no run");
            }
        } else if (empty) {
            notes.add("white \"no value\": no run has a value");
        }
        if (failed) {
            notes.add("white \"failed\": every run of the cell failed");
        }
        if (notes.isEmpty()) {
            return s;
        }
        String more = String.join("; ", notes);
        return s + "\n" + Character.toUpperCase(more.charAt(0)) + more.substring(1) + ".";
    }

    private static void label(XYPlot plot, SweepOutcome o, Cells c, ColourScale scale) {
        Font font = new Font(ChartKit.FONT, Font.PLAIN, 13);
        for (int a = 0; a < c.mean().length; a++) {
            for (int b = 0; b < c.mean()[a].length; b++) {
                double v = c.mean()[a][b];
                String text;
                if (c.runs()[a][b] == 0) {
                    text = "failed";
                } else if (Double.isNaN(v)) {
                    text = o.canBeMissing() ? "never" : "no value";
                } else {
                    text = SweepChartKit.cell(o.label(), v);
                    if (o.canBeMissing() && c.withValue()[a][b] < c.runs()[a][b]) {
                        text += " (" + c.withValue()[a][b] + "/" + c.runs()[a][b] + ")";
                    }
                }
                XYTextAnnotation t = new XYTextAnnotation(text, a, b);
                t.setFont(font);
                t.setPaint(Double.isNaN(v) ? ChartKit.MUTED : scale.text(v));
                plot.addAnnotation(t);
            }
        }
    }

    private static PaintScaleLegend legend(SweepOutcome o, ColourScale scale) {
        NumberAxis axis = new NumberAxis(o.label().unit().isEmpty() ? o.name() : o.label().unit());
        ChartKit.styleAxis(axis);
        axis.setNumberFormatOverride(SweepChartKit.format(o.label()));
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setTickUnit(new NumberTickUnit(SweepChartKit.tickSize(scale.getUpperBound() - scale.getLowerBound(), 6),
                SweepChartKit.format(o.label())));
        PaintScaleLegend l = new PaintScaleLegend(scale, axis);
        l.setPosition(RectangleEdge.RIGHT);
        l.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        l.setStripWidth(18);
        l.setAxisOffset(4);
        l.setSubdivisionCount(200);
        l.setStripOutlineVisible(true);
        l.setFrame(BlockBorder.NONE);
        l.setMargin(new RectangleInsets(40, 14, 40, 4));
        return l;
    }
}
