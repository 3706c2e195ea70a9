package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.world.World;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Cells with fighting today, hatched with white diagonal lines over their faction colour (a plain lighter
 * colour would look like a lake). The hatching has a fixed spacing in pixels, so it reads as one hatched
 * area at any zoom.
 */
public final class ContestedPortrayal extends FieldPortrayal2D {
    private final transient Supplier<ConflictModel> model;
    private final transient Supplier<Style> style;
    private transient Paint hatch;
    private transient Style hatchStyle;

    /**
     * @param world the map
     * @param model the running model
     * @param style the current style (hatch spacing)
     */
    public ContestedPortrayal(World world, Supplier<ConflictModel> model, Supplier<Style> style) {
        this.model = model;
        this.style = style;
        setField(world);
    }

    /** A tile of white diagonal lines, {@code gap} pixels apart. */
    static Paint hatch(int gap, float width) {
        BufferedImage tile = new BufferedImage(gap, gap, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke(width));
        g.drawLine(-1, gap + 1, gap + 1, -1);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(gap - 1, gap + 1, gap + 1, gap - 1);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, gap, gap));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ConflictModel m = model.get();
        World w = m.world();
        double sx = info.draw.width / w.width();
        double sy = info.draw.height / w.height();
        Path2D.Double cells = new Path2D.Double();
        boolean any = false;
        for (int i = 0; i < w.theatreCellCount(); i++) {
            int c = w.theatreCell(i);
            if (m.foughtToday(c) && m.controller(c) >= 0) {
                cells.append(new Rectangle2D.Double(info.draw.x + w.col(c) * sx, info.draw.y + w.row(c) * sy, sx, sy),
                        false);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Style st = style.get();
        if (hatch == null || hatchStyle != st) {
            hatch = st.presentation() ? hatch(6, 2.6f) : hatch(4, 1.8f);
            hatchStyle = st;
        }
        Paint old = g.getPaint();
        g.setPaint(hatch);
        g.fill(cells);
        g.setPaint(old);
    }
}
