package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import javax.swing.Icon;
import org.conflictsim.model.world.PlaceKind;

/** Map symbols for places and mines, drawn at a fixed size in pixels around a centre. */
public enum Symbol {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN, HEXAGON, CROSS;

    /**
     * The symbol of a kind of place, as on the maps of a results folder: cities are squares, every other place
     * a circle (triangles and diamonds are minerals' symbols).
     */
    public static Symbol of(PlaceKind kind) {
        return kind == PlaceKind.CITY ? SQUARE : CIRCLE;
    }

    /**
     * The symbol of the i-th mineral of a scenario, in the order the maps of a results folder use: triangle,
     * diamond, inverted triangle, cross, circle, square.
     */
    public static Symbol mineral(int index) {
        Symbol[] order = {TRIANGLE, DIAMOND, TRIANGLE_DOWN, CROSS, CIRCLE, SQUARE};
        return order[index % order.length];
    }

    /** The outline of the symbol centred on (x, y) with the given size (diameter) in pixels. */
    public Shape shape(double x, double y, double size) {
        double r = size / 2;
        return switch (this) {
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9);
            case DIAMOND -> polygon(x, y, new double[] {0, r, 0, -r}, new double[] {-r * 1.15, 0, r * 1.15, 0});
            case TRIANGLE -> polygon(x, y, new double[] {0, r * 1.1, -r * 1.1},
                    new double[] {-r * 1.1, r * 0.8, r * 0.8});
            case TRIANGLE_DOWN -> polygon(x, y, new double[] {0, r * 1.1, -r * 1.1},
                    new double[] {r * 1.1, -r * 0.8, -r * 0.8});
            case CROSS -> {
                double t = r / 2.6;
                yield polygon(x, y, new double[] {-t, t, t, r, r, t, t, -t, -t, -r, -r, -t},
                        new double[] {-r, -r, -t, -t, t, t, r, r, t, t, -t, -t});
            }
            case HEXAGON -> {
                double[] xs = new double[6];
                double[] ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    xs[i] = r * Math.cos(Math.PI / 3 * i);
                    ys[i] = r * Math.sin(Math.PI / 3 * i);
                }
                yield polygon(x, y, xs, ys);
            }
        };
    }

    private static Shape polygon(double x, double y, double[] dx, double[] dy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + dx[0], y + dy[0]);
        for (int i = 1; i < dx.length; i++) {
            p.lineTo(x + dx[i], y + dy[i]);
        }
        p.closePath();
        return p;
    }

    /** Fills the symbol and draws its outline. */
    public void paint(Graphics2D g, double x, double y, double size, Color fill, Color outline, float lineWidth) {
        Shape s = shape(x, y, size);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(fill);
        g.fill(s);
        g.setColor(outline);
        g.setStroke(new BasicStroke(lineWidth));
        g.draw(s);
    }

    /** A Swing icon of the symbol, for legends. */
    public Icon icon(int size, Color fill, Color outline) {
        return new Icon() {
            @Override
            public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                paint(g2, x + size / 2.0, y + size / 2.0, size - 3, fill, outline, 1f);
                g2.dispose();
            }

            @Override
            public int getIconWidth() {
                return size;
            }

            @Override
            public int getIconHeight() {
                return size;
            }
        };
    }
}
