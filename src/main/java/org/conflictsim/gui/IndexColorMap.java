package org.conflictsim.gui;

import java.awt.Color;
import java.util.List;
import sim.util.gui.ColorMap;

/**
 * A MASON {@link ColorMap} for small non-negative integer codes: code {@code i} gets the i-th colour of a
 * table, a {@code null} entry or a code outside the table is transparent. Used for the control layer (one
 * code per faction, plus one per faction for cells with fighting today) and the terrain layer.
 */
public final class IndexColorMap implements ColorMap {
    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private final Color[] colours;
    private final int[] rgb;

    /** A map over the given colours, index = code; {@code null} entries are transparent. */
    public IndexColorMap(List<Color> colours) {
        this.colours = new Color[colours.size()];
        this.rgb = new int[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            Color c = colours.get(i) == null ? CLEAR : colours.get(i);
            this.colours[i] = c;
            this.rgb[i] = c.getRGB();
        }
    }

    private int code(double level) {
        return level >= 0 && level < colours.length && level == Math.rint(level) ? (int) level : -1;
    }

    @Override
    public Color getColor(double level) {
        int i = code(level);
        return i < 0 ? CLEAR : colours[i];
    }

    @Override
    public int getRGB(double level) {
        int i = code(level);
        return i < 0 ? 0 : rgb[i];
    }

    @Override
    public int getAlpha(double level) {
        return getRGB(level) >>> 24;
    }

    @Override
    public boolean validLevel(double level) {
        return code(level) >= 0;
    }

    @Override
    public double defaultValue() {
        return 0;
    }
}
