package org.conflictsim.gui;

import java.awt.Graphics2D;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * MASON's portrayal of objects in a continuous field (places or mines), hit-tested and inspected as usual,
 * but painted from a {@link RasterCache}: the objects do not move, so their symbols are drawn once per zoom
 * and style. Call {@link #invalidate()} after changing the field.
 */
public final class CachedContinuousPortrayal extends ContinuousPortrayal2D {
    private final transient Supplier<Style> style;
    private transient RasterCache cache = new RasterCache();

    /** @param style the current style (symbol sizes) */
    public CachedContinuousPortrayal(Supplier<Style> style) {
        this.style = style;
    }

    /** Forgets the picture (the field's objects changed). */
    public void invalidate() {
        cache = new RasterCache();
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        cache.draw(graphics, info, style.get(), g -> super.draw(object, g, RasterCache.whole(info)));
    }
}
