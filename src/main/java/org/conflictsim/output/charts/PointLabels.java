package org.conflictsim.output.charts;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.ui.TextAnchor;

/**
 * Names written beside the points of a scatter plot, each on the side of its point (right and above, right
 * and below, left and above, left and below) where it overlaps no name placed before it and no other
 * point. Sizes are estimated for a plot of about {@link #PLOT_W} × {@link #PLOT_H} px and the key font, which
 * is what the sweep's scatter charts draw; close enough to keep names apart.
 */
final class PointLabels {
    static final double PLOT_W = 980;
    static final double PLOT_H = 470;
    private static final double CHAR_PX = 7.2;
    private static final double LINE_PX = 15;
    private static final double GAP_PX = 7;
    private static final TextAnchor[] ANCHORS = {
        TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT,
    };

    private PointLabels() {
    }

    /**
     * One annotation per point.
     *
     * @param points {x, y} in data units, on axes from 0 to {@code xEnd} and {@code yEnd}
     * @param names  the name of each point
     */
    static List<XYTextAnnotation> place(List<double[]> points, List<String> names, double xEnd, double yEnd) {
        List<Rectangle2D> taken = new ArrayList<>();
        for (double[] p : points) {
            double px = p[0] / xEnd * PLOT_W;
            double py = PLOT_H - p[1] / yEnd * PLOT_H;
            taken.add(new Rectangle2D.Double(px - 6, py - 6, 12, 12));
        }
        List<XYTextAnnotation> out = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            double px = points.get(k)[0] / xEnd * PLOT_W;
            double py = PLOT_H - points.get(k)[1] / yEnd * PLOT_H;
            double w = CHAR_PX * names.get(k).length() + GAP_PX;
            TextAnchor chosen = ANCHORS[0];
            Rectangle2D box = null;
            for (TextAnchor a : ANCHORS) {
                Rectangle2D b = box(a, px, py, w);
                boolean free = b.getMinX() >= 0 && b.getMaxX() <= PLOT_W && b.getMinY() >= 0 && b.getMaxY() <= PLOT_H;
                for (int t = 0; t < taken.size() && free; t++) {
                    free = t == k || !taken.get(t).intersects(b);
                }
                if (free) {
                    chosen = a;
                    box = b;
                    break;
                }
            }
            taken.add(box == null ? box(chosen, px, py, w) : box);
            boolean left = chosen == TextAnchor.BOTTOM_LEFT || chosen == TextAnchor.TOP_LEFT;
            XYTextAnnotation t = new XYTextAnnotation(left ? "  " + names.get(k) : names.get(k) + "  ",
                    points.get(k)[0], points.get(k)[1]);
            t.setFont(ChartKit.KEY);
            t.setPaint(ChartKit.TEXT);
            t.setTextAnchor(chosen);
            out.add(t);
        }
        return out;
    }

    /** The box a name takes when anchored at (px, py) by {@code a} (y grows downwards). */
    private static Rectangle2D box(TextAnchor a, double px, double py, double w) {
        boolean right = a == TextAnchor.BOTTOM_LEFT || a == TextAnchor.TOP_LEFT;
        boolean above = a == TextAnchor.BOTTOM_LEFT || a == TextAnchor.BOTTOM_RIGHT;
        double x = right ? px : px - w;
        double y = above ? py - LINE_PX : py;
        return new Rectangle2D.Double(x, y, w, LINE_PX);
    }
}
