package org.conflictsim.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/**
 * Independent plots stacked top to bottom in one chart, each with its own axes (unlike JFreeChart's
 * combined plots, which share one axis): for panels of different units. Each panel gets a height in
 * proportion to its weight; the legend is the one given.
 */
final class StackedPlot extends Plot {
    private static final long serialVersionUID = 1L;

    private final List<XYPlot> panels = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();
    private final double gap;
    private final LegendItemCollection legend;

    /**
     * @param gap    space between panels, px
     * @param legend the chart's legend items
     */
    StackedPlot(double gap, LegendItemCollection legend) {
        this.gap = gap;
        this.legend = legend;
    }

    /** Adds a panel under the others. */
    void add(XYPlot panel, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("panel weight must be >= 1, got " + weight);
        }
        panels.add(panel);
        weights.add(weight);
    }

    /** The panels, top to bottom. */
    List<XYPlot> panels() {
        return List.copyOf(panels);
    }

    @Override
    public String getPlotType() {
        return "Stacked";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        double free = inner.getHeight() - gap * Math.max(0, panels.size() - 1);
        double y = inner.getY();
        for (int i = 0; i < panels.size(); i++) {
            double h = free * weights.get(i) / total;
            panels.get(i).draw(g2, new Rectangle2D.Double(inner.getX(), y, inner.getWidth(), h), null, parentState,
                    null);
            y += h + gap;
        }
    }
}
