package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Colours for categories that have no colour in the scenario: mineral destinations, revenue sources,
 * foreign powers, minerals. Neighbouring entries alternate dark and light (grey values from about 0.3 to
 * 0.8), so stacked areas stay distinguishable in a grey print; lines also get a dash pattern by position.
 * A category keeps its colour when others are left out of a chart, because callers index it by its position
 * in the full, fixed list of categories (e.g. all destinations of the scenario), not in the plotted subset.
 */
public final class CategoryPalette {
    private static final Color[] COLOURS = {
        new Color(0x34, 0x58, 0x8c), // dark blue
        new Color(0xf2, 0xb4, 0x5a), // light amber
        new Color(0x4f, 0x8f, 0x3a), // mid green
        new Color(0xe3, 0x9a, 0xa2), // light rose
        new Color(0x8e, 0x3b, 0x3b), // dark red
        new Color(0xa9, 0xcd, 0xe6), // pale blue
        new Color(0x6a, 0x4d, 0x99), // purple
        new Color(0xdd, 0xd4, 0x6e), // pale olive
        new Color(0x3f, 0x3f, 0x3f), // dark grey
        new Color(0x7f, 0xc4, 0xb4), // light teal
        new Color(0xb3, 0x6b, 0x1e), // ochre
        new Color(0xc6, 0xb3, 0xd9), // lilac
    };

    private CategoryPalette() {
    }

    /** Number of distinct colours before they repeat. */
    public static int size() {
        return COLOURS.length;
    }

    /** Colour of category {@code i} (from 0; cycles after {@link #size()}). */
    public static Color colour(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("category index must be >= 0, got " + i);
        }
        return COLOURS[i % COLOURS.length];
    }

    /** Translucent fill of category {@code i} for 5–95% bands. */
    public static Color bandFill(int i) {
        Color c = colour(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 56);
    }

    /** Line stroke of category {@code i}: {@link FactionPalette#LINE_WIDTH} px, solid, dashed or dotted. */
    public static BasicStroke line(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("category index must be >= 0, got " + i);
        }
        return FactionPalette.stroke(i, FactionPalette.LINE_WIDTH);
    }
}
