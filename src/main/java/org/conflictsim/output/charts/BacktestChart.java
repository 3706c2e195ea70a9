package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.conflictsim.output.results.Band;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The backtest's picture: for each place, the simulated capture dates (one dot per run), their median (a
 * black bar) and the actual date (a red diamond), on a calendar axis.
 */
public final class BacktestChart {
    private BacktestChart() {
    }

    /**
     * One place's simulated capture days and actual date.
     *
     * @param name   display name
     * @param days   simulated capture days of the runs in which it fell (day 0 = start)
     * @param runs   number of runs
     * @param actual actual capture date
     */
    public record PlaceDates(String name, double[] days, int runs, LocalDate actual) {
    }

    /** Builds the figure. */
    public static Figure of(LocalDate start, LocalDate end, List<PlaceDates> places) {
        String[] symbols = new String[places.size()];
        XYSeries dots = new XYSeries("simulated capture (one run)", false, true);
        XYSeries medians = new XYSeries("simulated median", false, true);
        XYSeries actuals = new XYSeries("actual date", false, true);
        for (int i = 0; i < places.size(); i++) {
            PlaceDates p = places.get(i);
            symbols[i] = p.name() + " (" + p.days().length + "/" + p.runs() + ")";
            for (int k = 0; k < p.days().length; k++) {
                double jitter = ((k % 7) - 3) * 0.05;
                dots.add(ChartKit.millis(start.plusDays((long) p.days()[k])), i + jitter);
            }
            if (p.days().length > 0) {
                double[] sorted = p.days().clone();
                java.util.Arrays.sort(sorted);
                medians.add(ChartKit.millis(start.plusDays(Math.round(Band.quantile(sorted, 0.5)))), i);
            }
            actuals.add(ChartKit.millis(p.actual()), i);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(medians);
        data.addSeries(actuals);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 90));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(1, Color.BLACK);
        r.setSeriesShape(1, new Rectangle2D.Double(-1.8, -14, 3.6, 28));
        r.setSeriesPaint(2, new Color(0xd6, 0x27, 0x28));
        r.setSeriesShape(2, diamond(9));
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        r.setSeriesOutlinePaint(2, Color.BLACK);
        r.setSeriesOutlineStroke(2, new BasicStroke(1f));
        SymbolAxis y = new SymbolAxis(null, symbols);
        ChartKit.styleAxis(y);
        y.setInverted(true);
        y.setRange(-0.6, places.size() - 0.4);
        y.setAutoRange(false);
        DateAxis x = ChartKit.dateAxis(start, end);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartKit.stylePlot(plot);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartKit.chart("Backtest: simulated and actual capture dates",
                "One dot per run in which the place fell (k/n: in k of n runs); black bar: median; red diamond:"
                        + " actual date (press reports).", plot, true, List.of());
        return new Figure("backtest-capture-dates", "Backtest: simulated and actual capture dates",
                "Simulated capture dates of each place (one dot per run), their median and the actual date.",
                chart, RunCharts.WIDTH, 260 + 60 * places.size());
    }

    private static Shape diamond(double size) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -size);
        d.lineTo(size, 0);
        d.lineTo(0, size);
        d.lineTo(-size, 0);
        d.closePath();
        return d;
    }
}
