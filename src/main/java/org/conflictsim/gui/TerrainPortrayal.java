package org.conflictsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.conflictsim.model.world.World;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The base of the map: lakes and sea, the theatre's land, neighbouring countries. It never changes, so it is
 * one small image (a pixel per cell) stretched over the map; it has nothing to inspect (cells are inspected
 * through the control layer).
 */
public final class TerrainPortrayal extends FieldPortrayal2D {
    private final transient BufferedImage image;

    /** @param world the map */
    public TerrainPortrayal(World world) {
        setField(world);
        image = new BufferedImage(world.width(), world.height(), BufferedImage.TYPE_INT_RGB);
        for (int c = 0; c < world.cells(); c++) {
            Color colour = world.water(c) ? Palette.WATER : world.theatre(c) ? Palette.NO_ONE
                    : world.country(c) >= 0 ? Palette.FOREIGN_LAND : Palette.BACKDROP;
            image.setRGB(world.col(c), world.row(c), colour.getRGB());
        }
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, (int) info.draw.x, (int) info.draw.y, (int) Math.round(info.draw.width),
                (int) Math.round(info.draw.height), null);
    }
}
