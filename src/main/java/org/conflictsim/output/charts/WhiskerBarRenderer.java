package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.ui.RectangleEdge;

/**
 * Flat bars with an interval drawn over each as a whisker with end caps: for estimates with asymmetric
 * (bootstrap) confidence intervals, which JFreeChart's statistical renderer, built on a standard deviation,
 * cannot show. The axis range covers the whiskers as well as the bars.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final Color WHISKER = new Color(0x11, 0x11, 0x11);

    private final double[][] low;
    private final double[][] high;

    /**
     * @param low  lower end of the interval of each bar, {@code [row][column]} of the dataset (NaN: none)
     * @param high upper end, same shape
     */
    WhiskerBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setItemMargin(0.04);
    }

    /** Whether bar {@code [row][column]} has an interval. */
    boolean hasInterval(int row, int column) {
        return !Double.isNaN(low[row][column]) && !Double.isNaN(high[row][column]);
    }

    /** The interval of bar {@code [row][column]}: {low, high}. */
    double[] interval(int row, int column) {
        return new double[] {low[row][column], high[row][column]};
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range r = super.findRangeBounds(dataset);
        for (int i = 0; i < low.length; i++) {
            for (int j = 0; j < low[i].length; j++) {
                if (hasInterval(i, j)) {
                    r = Range.expandToInclude(Range.expandToInclude(r, low[i][j]), high[i][j]);
                }
            }
        }
        return r;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (row >= low.length || column >= low[row].length || !hasInterval(row, column)) {
            return;
        }
        PlotOrientation o = plot.getOrientation();
        double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column);
        double mid = w0 + state.getBarWidth() / 2;
        double cap = Math.max(3, Math.min(8, state.getBarWidth() * 0.3));
        RectangleEdge edge = plot.getRangeAxisEdge();
        double a = rangeAxis.valueToJava2D(low[row][column], dataArea, edge);
        double b = rangeAxis.valueToJava2D(high[row][column], dataArea, edge);
        g2.setPaint(WHISKER);
        g2.setStroke(new BasicStroke(1.4f));
        if (o == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(a, mid, b, mid));
            g2.draw(new Line2D.Double(a, mid - cap, a, mid + cap));
            g2.draw(new Line2D.Double(b, mid - cap, b, mid + cap));
        } else {
            g2.draw(new Line2D.Double(mid, a, mid, b));
            g2.draw(new Line2D.Double(mid - cap, a, mid + cap, a));
            g2.draw(new Line2D.Double(mid - cap, b, mid + cap, b));
        }
    }
}
