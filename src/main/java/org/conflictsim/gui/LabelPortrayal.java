package org.conflictsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.PlaceKind;
import org.conflictsim.model.world.World;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Names on the map: places (most important first: places in the theatre by strategic value, then cities
 * and by population) and the neighbouring countries. Each place label is put beside its symbol (right, left,
 * above, below, then diagonally and further out), wherever it covers no label or symbol already drawn; a
 * label that fits nowhere is left out at this zoom. Country names go where they cover no place label. Text
 * has a white halo so it stays legible over any faction colour. Names do not move, so they are drawn from a
 * {@link RasterCache}.
 */
public final class LabelPortrayal extends FieldPortrayal2D {
    private static final Color TEXT = new Color(0x111111);
    private static final Color COUNTRY_TEXT = new Color(0x6b6b6b);

    private final World world;
    private final transient Supplier<Style> style;
    private final List<Place> places = new ArrayList<>();
    private final List<String> countryNames = new ArrayList<>();
    private final List<double[]> countryAt = new ArrayList<>();
    private final transient RasterCache cache = new RasterCache();

    /**
     * @param scenario the scenario (places, countries, power names for countries)
     * @param style    the current style (font sizes)
     */
    public LabelPortrayal(Scenario scenario, Supplier<Style> style) {
        this.world = scenario.world();
        this.style = style;
        setField(world);
        places.addAll(world.places());
        places.sort(Comparator.comparing((Place p) -> p.cell() < 0 || !world.theatre(p.cell()))
                .thenComparing(Comparator.comparingDouble(Place::strategicValue).reversed())
                .thenComparing(p -> p.kind() != PlaceKind.CITY)
                .thenComparing(Comparator.comparingDouble(Place::population).reversed()));
        int n = world.countries().size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] count = new int[n];
        boolean[] theatre = new boolean[n];
        for (int c = 0; c < world.cells(); c++) {
            int k = world.country(c);
            if (k >= 0 && !world.water(c)) {
                sx[k] += world.col(c) + 0.5;
                sy[k] += world.row(c) + 0.5;
                count[k]++;
                theatre[k] |= world.theatre(c);
            }
        }
        for (int k = 0; k < n; k++) {
            if (count[k] > 0 && !theatre[k]) {
                countryNames.add(scenario.countryName(world.countries().get(k)).toUpperCase(java.util.Locale.UK));
                countryAt.add(new double[] {sx[k] / count[k], sy[k] / count[k]});
            }
        }
    }

    /** Position of a place in cell units (x = column, y = row, fractional). */
    double[] position(Place p) {
        return new double[] {(p.lon() - world.west()) / world.cellDeg(), (world.north() - p.lat()) / world.cellDeg()};
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        cache.draw(graphics, info, style.get(), g -> paint(g, RasterCache.whole(info)));
    }

    private void paint(Graphics2D g, DrawInfo2D info) {
        Style st = style.get();
        double sx = info.draw.width / world.width();
        double sy = info.draw.height / world.height();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontRenderContext frc = g.getFontRenderContext();
        List<Rectangle2D> taken = new ArrayList<>();
        double r = st.symbol() / 2 + 1;
        for (Place p : places) {
            double[] at = position(p);
            taken.add(new Rectangle2D.Double(info.draw.x + at[0] * sx - r, info.draw.y + at[1] * sy - r, 2 * r, 2 * r));
        }
        Font font = st.bold().deriveFont(st.text() * (st.presentation() ? 0.85f : 0.95f));
        for (Place p : places) {
            double[] at = position(p);
            double x = info.draw.x + at[0] * sx;
            double y = info.draw.y + at[1] * sy;
            TextLayout t = new TextLayout(p.name(), font, frc);
            Rectangle2D b = t.getBounds();
            double w = b.getWidth();
            double h = b.getHeight();
            for (double gap : new double[] {r + 2, r + 2 + h}) {
                double[][] candidates = {
                    {x + gap, y + h / 2}, {x - gap - w, y + h / 2}, {x - w / 2, y - gap}, {x - w / 2, y + gap + h},
                    {x + gap * 0.7, y - gap * 0.7}, {x + gap * 0.7, y + gap * 0.7 + h},
                    {x - gap * 0.7 - w, y - gap * 0.7}, {x - gap * 0.7 - w, y + gap * 0.7 + h},
                };
                if (place(g, t, candidates, w, h, taken, info, TEXT, st.presentation() ? 3.5f : 3f)) {
                    break;
                }
            }
        }
        Font countryFont = st.plain().deriveFont(Font.ITALIC, st.text() * 1.1f);
        for (int i = 0; i < countryNames.size(); i++) {
            double[] at = countryAt.get(i);
            double x = info.draw.x + at[0] * sx;
            double y = info.draw.y + at[1] * sy;
            TextLayout t = new TextLayout(countryNames.get(i), countryFont, frc);
            Rectangle2D b = t.getBounds();
            double w = b.getWidth();
            double h = b.getHeight();
            double[][] candidates = {
                {x - w / 2, y + h / 2}, {x - w / 2, y + 2.2 * h}, {x - w / 2, y - 1.2 * h}, {x - w / 2, y + 3.9 * h},
                {x - w / 2, y - 2.9 * h},
            };
            place(g, t, candidates, w, h, taken, info, COUNTRY_TEXT, 2f);
        }
    }

    /** Draws a label at the first candidate baseline position that covers nothing taken; false if none. */
    private static boolean place(Graphics2D g, TextLayout t, double[][] candidates, double w, double h,
                                 List<Rectangle2D> taken, DrawInfo2D info, Color colour, float halo) {
        for (double[] c : candidates) {
            Rectangle2D box = new Rectangle2D.Double(c[0] - 1, c[1] - h - 1, w + 2, h + 2);
            if (info.clip != null && !info.clip.contains(box)) {
                continue;
            }
            if (taken.stream().noneMatch(box::intersects)) {
                taken.add(box);
                paintText(g, t, c[0], c[1], colour, halo);
                return true;
            }
        }
        return false;
    }

    private static void paintText(Graphics2D g, TextLayout t, double x, double y, Color colour, float halo) {
        Shape outline = t.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(halo, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }
}
