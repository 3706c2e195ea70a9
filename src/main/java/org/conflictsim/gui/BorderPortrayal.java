package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.function.Supplier;
import org.conflictsim.model.world.World;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The static lines of the map: country borders (also across lakes), province borders (dashed) and lake shores,
 * traced along cell edges once and drawn at a fixed pixel width over the cells (from a {@link RasterCache}).
 */
public final class BorderPortrayal extends FieldPortrayal2D {
    private final int width;
    private final int height;
    private final transient Path2D.Double countries = new Path2D.Double();
    private final transient Path2D.Double provinces = new Path2D.Double();
    private final transient Path2D.Double shores = new Path2D.Double();
    private final transient Supplier<Style> style;
    private final transient RasterCache cache = new RasterCache();

    /**
     * @param world the map
     * @param style the current style (line widths grow in presentation mode)
     */
    public BorderPortrayal(World world, Supplier<Style> style) {
        this.width = world.width();
        this.height = world.height();
        this.style = style;
        setField(world);
        for (int c = 0; c < world.cells(); c++) {
            int col = world.col(c);
            int row = world.row(c);
            if (col + 1 < width) {
                classify(world, c, c + 1, col + 1, row, col + 1, row + 1);
            }
            if (row + 1 < height) {
                classify(world, c, c + width, col, row + 1, col + 1, row + 1);
            }
        }
    }

    /** Adds the edge (x0,y0)-(x1,y1) between cells a and b to the path it belongs to, if any. */
    private void classify(World w, int a, int b, double x0, double y0, double x1, double y1) {
        int ca = w.country(a);
        int cb = w.country(b);
        Path2D.Double into = null;
        if (ca >= 0 && cb >= 0 && ca != cb) {
            into = countries;
        } else if (w.water(a) != w.water(b)) {
            into = shores;
        } else if (!w.water(a) && ca == cb && w.province(a) >= 0 && w.province(b) >= 0
                && w.province(a) != w.province(b)) {
            into = provinces;
        }
        if (into != null) {
            into.moveTo(x0, y0);
            into.lineTo(x1, y1);
        }
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        cache.draw(graphics, info, style.get(), g -> paint(g, info));
    }

    private void paint(Graphics2D g, DrawInfo2D info) {
        AffineTransform at = new AffineTransform(info.draw.width / width, 0, 0, info.draw.height / height,
                info.draw.x, info.draw.y);
        float w = style.get().line();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Stroke old = g.getStroke();
        g.setColor(Palette.WATER.darker());
        g.setStroke(new BasicStroke(w * 0.4f));
        g.draw(at.createTransformedShape(shores));
        g.setColor(Palette.PROVINCE);
        g.setStroke(new BasicStroke(w * 0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3 * w, 2 * w}, 0f));
        g.draw(at.createTransformedShape(provinces));
        g.setColor(Palette.BORDER);
        g.setStroke(new BasicStroke(w * 0.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(at.createTransformedShape(countries));
        g.setStroke(old);
    }
}
