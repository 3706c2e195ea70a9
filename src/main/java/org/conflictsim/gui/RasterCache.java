package org.conflictsim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Consumer;
import sim.portrayal.DrawInfo2D;

/**
 * A picture of a layer that does not change while the model runs (borders, names, place and mine symbols),
 * drawn once per zoom, position and style and then copied onto the map at each repaint. Copying one image
 * takes about a millisecond where drawing hundreds of antialiased symbols and outlined labels takes tens, and
 * MASON's Console waits for the map to be painted after every simulated day.
 *
 * <p>Very large zooms (more than {@value #MAX_PIXELS} pixels for the whole field) are drawn directly instead.
 */
final class RasterCache {
    /** Largest cached picture, pixels. */
    static final long MAX_PIXELS = 8_000_000L;

    private BufferedImage image;
    private Object key;

    /**
     * Draws the layer for a field drawn into {@code info.draw}, from the cache when the field's position and
     * size and {@code extra} are as last time.
     *
     * @param g       the map's graphics
     * @param info    MASON's drawing information for the whole field
     * @param extra   whatever else the picture depends on (the style)
     * @param painter draws the layer in display coordinates, for the whole field
     */
    void draw(Graphics2D g, DrawInfo2D info, Object extra, Consumer<Graphics2D> painter) {
        int x = (int) Math.floor(info.draw.x);
        int y = (int) Math.floor(info.draw.y);
        int w = (int) Math.ceil(info.draw.width) + 2;
        int h = (int) Math.ceil(info.draw.height) + 2;
        if ((long) w * h > MAX_PIXELS || w <= 0 || h <= 0) {
            painter.accept(g);
            return;
        }
        Object k = java.util.List.of(x, y, w, h, info.draw.width, info.draw.height,
                Objects.requireNonNullElse(extra, ""));
        if (image == null || !k.equals(key)) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D ig = image.createGraphics();
            ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            ig.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            ig.translate(-x, -y);
            painter.accept(ig);
            ig.dispose();
            key = k;
        }
        g.drawImage(image, x, y, null);
    }

    /** The field's drawing information with the clip widened to the whole field (so all of it is cached). */
    static DrawInfo2D whole(DrawInfo2D info) {
        DrawInfo2D all = new DrawInfo2D(info);
        all.clip = new java.awt.geom.Rectangle2D.Double(info.draw.x - 50, info.draw.y - 50, info.draw.width + 100,
                info.draw.height + 100);
        return all;
    }
}
