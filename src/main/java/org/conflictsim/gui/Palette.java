package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.charts.CategoryPalette;
import org.conflictsim.output.charts.FactionPalette;

/**
 * The colours of the GUI, the same as the charts and maps written for a results folder: each faction's look
 * comes from {@link FactionPalette} (the scenario's {@code colour}, with grey values spread so factions stay
 * apart in a grey print, and a dash pattern per faction), categories without a scenario colour (destinations
 * of minerals, powers, displaced people) from {@link CategoryPalette} by their position in the full list, and
 * minerals take the conventional tones of the static maps. The map's background colours are fixed here.
 *
 * <p>Immutable; one per scenario.
 */
public final class Palette {
    /** Sea and lakes. */
    public static final Color WATER = new Color(0x9cc3e0);
    /** Land outside the theatre (neighbouring countries). */
    public static final Color FOREIGN_LAND = new Color(0xe6e1d6);
    /** Theatre land that no faction holds. */
    public static final Color NO_ONE = new Color(0xf4f1ea);
    /** Outside the map. */
    public static final Color BACKDROP = new Color(0xfafafa);
    /** Front lines. */
    public static final Color FRONTLINE = new Color(0x111111);
    /** Country borders. */
    public static final Color BORDER = new Color(0x555555);
    /** Province borders. */
    public static final Color PROVINCE = new Color(0x8a8a8a);
    /** Position of displaced people in {@link CategoryPalette} (dark grey, as in the results charts). */
    static final int DISPLACED = 8;

    private final FactionPalette factions;
    private final List<String> ids;

    private Palette(FactionPalette factions, List<String> ids) {
        this.factions = factions;
        this.ids = List.copyOf(ids);
    }

    /** The palette of a scenario, factions in scenario order. */
    public static Palette of(Scenario scenario) {
        List<String> ids = new ArrayList<>();
        for (FactionSpec f : scenario.factions()) {
            ids.add(f.id());
        }
        return new Palette(FactionPalette.of(scenario.factions()), ids);
    }

    /** Number of factions. */
    public int factions() {
        return ids.size();
    }

    /** Colour of faction {@code f} (scenario order), as in the charts of a results folder. */
    public Color faction(int f) {
        return factions.colour(ids.get(f));
    }

    /** Line stroke (width and dash pattern) of faction {@code f} in charts. */
    public BasicStroke factionLine(int f) {
        return factions.line(ids.get(f));
    }

    /** Translucent fill of faction {@code f}'s 5–95% band. */
    public Color factionBand(int f) {
        return factions.bandFill(ids.get(f));
    }

    /** Colour of the category at position {@code i} of its full list (destinations, powers). */
    public static Color category(int i) {
        return CategoryPalette.colour(i);
    }

    /** Line stroke of the category at position {@code i}. */
    public static BasicStroke categoryLine(int i) {
        return CategoryPalette.line(i);
    }

    /** Colour of a mineral: conventional tones for the common minerals, else a category colour by position. */
    public static Color mineral(String id, int index) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "gold" -> new Color(0xf2c11d);
            case "coltan" -> new Color(0x2e2e2e);
            case "cassiterite", "tin" -> new Color(0xf5f5f5);
            case "wolframite" -> new Color(0x8a5a2b);
            default -> CategoryPalette.colour(index);
        };
    }

    /** Whether a colour is within {@code tolerance} of another in each of red, green and blue. */
    public static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tolerance
                && Math.abs((rgb & 0xff) - c.getBlue()) <= tolerance;
    }
}
