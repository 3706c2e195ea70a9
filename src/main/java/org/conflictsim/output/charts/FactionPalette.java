package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * The look of each faction, the same in every chart and map (and meant for the GUI): a colour, a dash
 * pattern for lines and a marker shape.
 *
 * <p>Colours come from the scenario ({@code factions[].colour}, {@code #rrggbb}). Hue alone does not survive
 * printing in grey, so the palette keeps each colour's hue but moves its grey value (Rec. 601 luma,
 * 0 = black, 1 = white) until the factions' grey values are at least {@link #MIN_LUMA_GAP} apart (or as
 * far apart as {@link #MAX_LUMA} allows for many factions), lightening toward white or darkening toward
 * black as little as that needs. The order of grey values stays the order of the scenario colours' own grey
 * values. Lines also get a dash pattern and markers a shape of their own, by faction order, so two factions
 * can be told apart by pattern too.
 */
public final class FactionPalette {
    /** Smallest difference of grey value (luma, 0–1) between two factions' colours after adjustment. */
    public static final double MIN_LUMA_GAP = 0.10;
    /** Lightest grey value (luma, 0–1) a faction colour is given, so that it still shows on white. */
    public static final double MAX_LUMA = 0.70;
    /** Width of faction lines in charts, px. */
    public static final float LINE_WIDTH = 2.4f;

    private static final float[][] DASHES = {
        null, {10f, 4f}, {3f, 3f}, {12f, 3f, 3f, 3f}, {18f, 5f}, {6f, 3f, 2f, 3f, 2f, 3f}
    };

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Color> given = new ArrayList<>();
    private final List<Color> colours = new ArrayList<>();

    private FactionPalette(Map<String, String> colourById, Map<String, String> nameById) {
        for (Map.Entry<String, String> e : colourById.entrySet()) {
            index.put(e.getKey(), given.size());
            given.add(parse(e.getKey(), e.getValue()));
            names.add(nameById.getOrDefault(e.getKey(), e.getKey()));
        }
        colours.addAll(spreadLuma(given));
    }

    /**
     * A palette from faction ids and {@code #rrggbb} colours, in faction order (use an ordered map).
     *
     * @param colourById colour per faction id, e.g. {@code FARDC -> #1f77b4}
     * @param nameById   display name per faction id (ids without a name are shown by id)
     * @throws IllegalArgumentException if a colour is not {@code #rrggbb}, naming the faction
     */
    public static FactionPalette of(Map<String, String> colourById, Map<String, String> nameById) {
        return new FactionPalette(colourById, nameById);
    }

    /** The palette of the factions of a results folder's scenario, in scenario order. */
    public static FactionPalette of(ScenarioInfo scenario) {
        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ScenarioInfo.Faction f : scenario.factions()) {
            colours.put(f.id(), f.colour());
            names.put(f.id(), f.name());
        }
        return of(colours, names);
    }

    /** A palette from a scenario's factions, in scenario order. */
    public static FactionPalette of(List<FactionSpec> factions) {
        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (FactionSpec f : factions) {
            colours.put(f.id(), f.colour());
            names.put(f.id(), f.name());
        }
        return new FactionPalette(colours, names);
    }

    /** Faction ids in palette order. */
    public List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(index.keySet()));
    }

    /** Position of a faction in the palette, from 0. */
    public int index(String factionId) {
        Integer i = index.get(factionId);
        if (i == null) {
            throw new IllegalArgumentException("faction \"" + factionId + "\" is not in the palette " + index.keySet());
        }
        return i;
    }

    /** Whether the palette knows this faction. */
    public boolean contains(String factionId) {
        return index.containsKey(factionId);
    }

    /** The colour to draw the faction with (the scenario's hue, grey value spread from the others). */
    public Color colour(String factionId) {
        return colours.get(index(factionId));
    }

    /** The colour as the scenario gives it, unadjusted. */
    public Color scenarioColour(String factionId) {
        return given.get(index(factionId));
    }

    /** Translucent fill for a faction's 5–95% band (the faction colour at alpha 0.22). */
    public Color bandFill(String factionId) {
        Color c = colour(factionId);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 56);
    }

    /** Legend label: {@code name (ID)}, or the id alone when the name is the id. */
    public String label(String factionId) {
        String name = names.get(index(factionId));
        return name.equals(factionId) ? factionId : name + " (" + factionId + ")";
    }

    /** Line stroke of a faction: {@link #LINE_WIDTH} px, solid for the first faction, dashed or dotted after. */
    public BasicStroke line(String factionId) {
        return stroke(index(factionId), LINE_WIDTH);
    }

    /** Marker shape of a faction, centred on (0, 0), about {@code size} px across. */
    public Shape marker(String factionId, double size) {
        return shape(index(factionId), size);
    }

    /** Grey value (Rec. 601 luma) of a colour, 0 (black) to 1 (white). */
    public static double luma(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
    }

    /** Parses {@code #rrggbb}; the faction id names the culprit in the message. */
    static Color parse(String id, String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("faction " + id + ": colour must be like #1f77b4, got \"" + hex + "\"");
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** Dash pattern number {@code i} (cycling) at the given width. */
    static BasicStroke stroke(int i, float width) {
        float[] dash = DASHES[i % DASHES.length];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Marker shape number {@code i} (cycling): circle, square, triangle, diamond, inverted triangle, cross. */
    static Shape shape(int i, double size) {
        double h = size / 2;
        switch (i % 6) {
            case 0:
                return new Ellipse2D.Double(-h, -h, size, size);
            case 1:
                return new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case 2:
                return polygon(0, -h, h, h, -h, h);
            case 3:
                return polygon(0, -h, h, 0, 0, h, -h, 0);
            case 4:
                return polygon(-h, -h, h, -h, 0, h);
            default:
                double t = h / 3;
                return polygon(-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t);
        }
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            p.lineTo(xy[k], xy[k + 1]);
        }
        p.closePath();
        return p;
    }

    /**
     * Moves grey values apart: sorted by luma, each colour's target is at least the gap above the one
     * below (forward pass), then pulled under {@link #MAX_LUMA} from the top (backward pass); each colour is
     * then lightened toward white or darkened toward black to its target, which keeps its hue.
     */
    static List<Color> spreadLuma(List<Color> in) {
        int n = in.size();
        List<Color> out = new ArrayList<>(in);
        if (n < 2) {
            return out;
        }
        Integer[] order = new Integer[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            y[i] = luma(in.get(i));
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> y[i]).thenComparingInt(i -> i));
        double gap = Math.min(MIN_LUMA_GAP, (MAX_LUMA - 0.12) / (n - 1));
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = y[order[k]];
            if (k > 0) {
                t[k] = Math.max(t[k], t[k - 1] + gap);
            }
        }
        if (t[n - 1] > Math.max(MAX_LUMA, y[order[n - 1]])) {
            t[n - 1] = Math.max(MAX_LUMA, y[order[n - 1]]);
            for (int k = n - 2; k >= 0; k--) {
                t[k] = Math.min(t[k], t[k + 1] - gap);
            }
        }
        for (int k = 0; k < n; k++) {
            int i = order[k];
            out.set(i, toLuma(in.get(i), Math.max(0, Math.min(1, t[k]))));
        }
        return out;
    }

    private static Color toLuma(Color c, double target) {
        double y = luma(c);
        if (Math.abs(target - y) < 1e-9) {
            return c;
        }
        double r = c.getRed() / 255.0;
        double g = c.getGreen() / 255.0;
        double b = c.getBlue() / 255.0;
        if (target > y) {
            double a = (target - y) / (1 - y);
            r += a * (1 - r);
            g += a * (1 - g);
            b += a * (1 - b);
        } else {
            double s = y <= 0 ? 0 : target / y;
            r *= s;
            g *= s;
            b *= s;
        }
        return new Color(channel(r), channel(g), channel(b));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /** Hex form {@code #rrggbb} of a colour. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
