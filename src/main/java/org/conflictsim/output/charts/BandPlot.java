package org.conflictsim.output.charts;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import org.conflictsim.output.results.Band;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Daily bands drawn the ConflictSim way: for each line its mean as a line and its 5–95% range shaded in a
 * translucent fill of the same colour, on calendar days. Used by the charts of runs and of comparisons.
 */
final class BandPlot {
    private static final Line2D LEGEND_LINE = new Line2D.Double(-18, 0, 18, 0);

    private BandPlot() {
    }

    /**
     * A line with its band, as drawn.
     *
     * @param label  legend label
     * @param band   values per day, day 0 on {@code start}
     * @param start  calendar date of day 0
     * @param colour line colour
     * @param fill   band fill (translucent)
     * @param stroke line stroke
     */
    record Line(String label, Band band, LocalDate start, Color colour, Color fill, Stroke stroke) {
    }

    /**
     * A plot of the lines over the value axis {@code y}, styled, without a domain axis (the caller sets a
     * date axis, or a combined plot shares one). Days without a mean are left out.
     */
    static XYPlot plot(List<Line> lines, NumberAxis y) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        renderer.setLegendLine(LEGEND_LINE);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            YIntervalSeries s = new YIntervalSeries(l.label(), false, true);
            double[] mean = l.band().mean();
            double[] low = l.band().low();
            double[] high = l.band().high();
            for (int d = 0; d < mean.length; d++) {
                if (!Double.isNaN(mean[d])) {
                    s.add(ChartKit.millis(l.start().plusDays(d)), mean[d], low[d], high[d]);
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, l.colour());
            renderer.setSeriesFillPaint(i, l.fill());
            renderer.setSeriesStroke(i, l.stroke());
        }
        XYPlot plot = new XYPlot(data, null, y, renderer);
        ChartKit.stylePlot(plot);
        return plot;
    }

    /** Legend items for lines (a stroke in the line's colour each), for plots that combine several panels. */
    static LegendItemCollection legend(List<Line> lines) {
        LegendItemCollection items = new LegendItemCollection();
        for (Line l : lines) {
            LegendItem item = new LegendItem(l.label(), null, null, null, LEGEND_LINE, l.stroke(), l.colour());
            item.setLabelFont(ChartKit.LEGEND);
            items.add(item);
        }
        return items;
    }
}
