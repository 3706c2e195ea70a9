package org.conflictsim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;

/**
 * The colours of the GUI: each faction's {@code colour} from the scenario (the same colours the charts use),
 * and fixed colours for the map's background, the minerals and the destinations of mineral flows.
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

    /** Colours of minerals by scenario order (gold is always gold-coloured, see {@link #mineral}). */
    private static final Color[] MINERALS = {
        new Color(0x00838f), new Color(0x6d4c41), new Color(0x7b1fa2), new Color(0x37474f), new Color(0x2e7d32),
    };
    private static final Color GOLD = new Color(0xf2b705);

    /** Destinations of flows: distinct from the usual faction colours (ColorBrewer Dark2). */
    private static final Color[] DESTINATIONS = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a), new Color(0x66a61e),
        new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666),
    };

    private final List<Color> factions;

    private Palette(List<Color> factions) {
        this.factions = List.copyOf(factions);
    }

    /** The palette of a scenario: faction colours in scenario order. */
    public static Palette of(Scenario scenario) {
        List<Color> cs = new ArrayList<>();
        for (FactionSpec f : scenario.factions()) {
            cs.add(parse(f.colour()));
        }
        return new Palette(cs);
    }

    /**
     * Parses a colour written {@code #rrggbb} (as the scenario loader validates it).
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Color parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must look like #1f77b4, got " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** Number of factions. */
    public int factions() {
        return factions.size();
    }

    /** Colour of faction {@code f} (scenario order). */
    public Color faction(int f) {
        return factions.get(f);
    }

    /** Colour of a mineral by its id and scenario index. */
    public static Color mineral(String id, int index) {
        return "gold".equalsIgnoreCase(id) ? GOLD : MINERALS[index % MINERALS.length];
    }

    /** Colour of the i-th destination of mineral flows (after {@code official}, which is dark grey). */
    public static Color destination(int i) {
        return DESTINATIONS[i % DESTINATIONS.length];
    }

    /** Whether a colour is within {@code tolerance} of another in each of red, green and blue. */
    public static boolean near(int rgb, Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - c.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - c.getGreen()) <= tolerance
                && Math.abs((rgb & 0xff) - c.getBlue()) <= tolerance;
    }
}
