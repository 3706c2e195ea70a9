package org.conflictsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.function.Supplier;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.world.PlaceKind;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a place or a mine as a map symbol of about fixed pixel size (so symbols stay legible when the map is
 * zoomed out) and hits it for MASON's inspectors: clicking a symbol opens the inspector of its
 * {@link PlaceView}, or of the {@link Mine} agent itself ({@link AgentInspectors#mine}).
 */
public final class SymbolPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(0x1a1a1a);

    private final transient Supplier<Style> style;
    private final double mineFactor;

    /**
     * @param style the current style (symbol sizes change in presentation mode)
     * @param mines number of mines on the map: with more than 100, mine symbols are drawn smaller so that they
     *              do not hide who holds the land
     */
    public SymbolPortrayal(Supplier<Style> style, int mines) {
        this.style = style;
        this.mineFactor = mines > 100 ? 0.62 : 0.9;
    }

    /**
     * The symbol's size in pixels: the style's size, growing with the cells (up to 2.2 times) when the map is
     * zoomed in on a small scenario; mines are smaller than places.
     */
    private double size(Object object, DrawInfo2D info) {
        double base = style.get().symbol();
        double s = Math.max(base, Math.min(2.2 * base, 0.6 * info.draw.width));
        return object instanceof Mine ? s * mineFactor : s;
    }

    private static Symbol symbol(Object object) {
        if (object instanceof PlaceView p) {
            return Symbol.of(p.place().kind());
        }
        return Symbol.mineral(((Mine) object).mineralIndex());
    }

    private static boolean city(Object object) {
        return object instanceof PlaceView p && p.place().kind() == PlaceKind.CITY;
    }

    private static Color fill(Object object) {
        if (object instanceof Mine m) {
            return Palette.mineral(m.getMineral(), m.mineralIndex());
        }
        return city(object) ? OUTLINE : Color.WHITE;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        symbol(object).paint(graphics, info.draw.x, info.draw.y, size(object, info), fill(object),
                city(object) ? Color.WHITE : OUTLINE, object instanceof Mine ? 0.6f : 1.3f);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return symbol(object).shape(range.draw.x, range.draw.y, size(object, range) + 2).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Object o = wrapper.getObject();
        return o instanceof Mine ? "Mine: " + o : "Place: " + o;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        if (wrapper != null && wrapper.getObject() instanceof Mine m) {
            return AgentInspectors.mine(m, state);
        }
        return super.getInspector(wrapper, state);
    }
}
