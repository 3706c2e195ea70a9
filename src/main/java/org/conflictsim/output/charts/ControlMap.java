package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.PlaceKind;
import org.conflictsim.model.world.World;

/**
 * A map of who controls the theatre on one day: cells in the controlling faction's colour (a darker shade
 * on front lines), lakes, other countries in a neutral tone with their names, borders between countries,
 * towns with labels, mines as small symbols by mineral, a legend with a scale bar, and the date as the
 * title. It draws on any {@link Graphics2D}, so the same map goes to PNG, SVG and GIF frames.
 *
 * <p>Faction colours come from a {@link FactionPalette}, so they match the charts. The map's size in px
 * follows from the grid: cells are drawn as squares of {@link #cellPx()} px, chosen so the longer side of
 * the map is about 820 px.
 */
public final class ControlMap {
    private static final int MARGIN = 16;
    private static final int TITLE_H = 64;
    private static final int LEGEND_W = 290;
    private static final int TARGET_PX = 820;
    private static final Color WATER = new Color(0xc4, 0xdb, 0xee);
    private static final Color COAST = new Color(0x6f, 0x98, 0xbf);
    private static final Color OTHER_LAND = new Color(0xee, 0xec, 0xe6);
    private static final Color NO_COUNTRY = new Color(0xf8, 0xf8, 0xf8);
    private static final Color UNCONTROLLED = new Color(0xc8, 0xc8, 0xc8);
    private static final Color BORDER = new Color(0x22, 0x22, 0x22);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final String FONT = Font.SANS_SERIF;

    private final World world;
    private final List<String> factionIds;
    private final List<Boolean> territorial;
    private final List<String> minerals;
    private final List<String> countryNames;
    private final FactionPalette palette;
    private final String scenarioTitle;
    private final List<String> credits;
    private final int cs;
    private final int mapW;
    private final int mapH;
    private final int width;
    private final int height;

    /**
     * A map of a scenario's world.
     *
     * @param scenario the scenario (world, factions in model order, minerals, powers for country names)
     * @param palette  faction colours; must contain every faction of the scenario
     * @param credits  data credits printed under the legend (e.g. {@code lakes © OpenStreetMap contributors});
     *                 may be empty
     * @throws IllegalArgumentException if a faction is missing from the palette
     */
    public ControlMap(Scenario scenario, FactionPalette palette, List<String> credits) {
        this.world = scenario.world();
        this.palette = palette;
        this.scenarioTitle = scenario.title() == null ? scenario.id() : scenario.title();
        this.credits = List.copyOf(credits);
        this.factionIds = new ArrayList<>();
        this.territorial = new ArrayList<>();
        for (FactionSpec f : scenario.factions()) {
            palette.index(f.id());
            factionIds.add(f.id());
            territorial.add(f.kind().holdsTerritory());
        }
        this.minerals = new ArrayList<>();
        scenario.minerals().forEach(m -> minerals.add(m.id()));
        this.countryNames = new ArrayList<>();
        for (String code : world.countries()) {
            countryNames.add(scenario.countryName(code));
        }
        this.cs = Math.max(2, Math.min(28, TARGET_PX / Math.max(world.width(), world.height())));
        this.mapW = world.width() * cs;
        this.mapH = world.height() * cs;
        this.width = MARGIN + mapW + 24 + LEGEND_W + MARGIN;
        this.height = TITLE_H + Math.max(mapH, 560) + MARGIN;
    }

    /** Renders the control map of a model as it is now (its current day), with the model's own scenario. */
    public static BufferedImage render(ConflictModel model, FactionPalette palette, List<String> credits) {
        ControlMap map = new ControlMap(model.scenario(), palette, credits);
        return map.image(ControlSnapshot.of(model), "day " + model.day());
    }

    /** Width of the whole drawing, px. */
    public int width() {
        return width;
    }

    /** Height of the whole drawing, px. */
    public int height() {
        return height;
    }

    /** Side of one cell on the map, px. */
    public int cellPx() {
        return cs;
    }

    /** Renders a snapshot into an image of {@link #width()} × {@link #height()} px. */
    public BufferedImage image(ControlSnapshot s, String caption) {
        return ChartFiles.image(width, height, g -> draw(g, s, caption));
    }

    /**
     * Draws the map of a snapshot.
     *
     * @param g       where to draw; the drawing fills {@code (0, 0)–(width, height)}
     * @param s       the control state; must have one value per cell of the world
     * @param caption second title line (e.g. {@code day 60 of 365, replicate 0}); may be empty
     */
    public void draw(Graphics2D g, ControlSnapshot s, String caption) {
        if (s.cells() != world.cells()) {
            throw new IllegalArgumentException("snapshot has " + s.cells() + " cells, the map " + world.cells());
        }
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(TEXT);
        g.setFont(new Font(FONT, Font.BOLD, 21));
        g.drawString("Control on " + ChartKit.day(s.date()), MARGIN, 30);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        g.setColor(MUTED);
        String line2 = caption == null || caption.isEmpty() ? scenarioTitle : caption + " · " + scenarioTitle;
        g.drawString(fit(g, line2, width - 2 * MARGIN), MARGIN, 52);
        AffineTransform saved = g.getTransform();
        g.translate(MARGIN, TITLE_H);
        drawCells(g, s);
        drawLines(g);
        drawMines(g);
        drawCountryNames(g, drawPlaces(g));
        g.setColor(new Color(0x99, 0x99, 0x99));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(0, 0, mapW, mapH);
        g.setTransform(saved);
        drawLegend(g, s, MARGIN + mapW + 24, TITLE_H);
    }

    // ------------------------------------------------------------------ map layers

    private Color fill(int cell, ControlSnapshot s) {
        if (world.water(cell)) {
            return WATER;
        }
        if (world.country(cell) < 0) {
            return NO_COUNTRY;
        }
        if (!world.theatre(cell)) {
            return OTHER_LAND;
        }
        int f = s.controller(cell);
        if (f < 0 || f >= factionIds.size()) {
            return s.frontier(cell) ? shade(UNCONTROLLED, 0.8) : UNCONTROLLED;
        }
        Color c = factionFill(factionIds.get(f));
        return s.frontier(cell) ? shade(c, 0.66) : c;
    }

    private Color factionFill(String id) {
        return tint(palette.colour(id), 0.2);
    }

    private void drawCells(Graphics2D g, ControlSnapshot s) {
        int w = world.width();
        for (int row = 0; row < world.height(); row++) {
            int col = 0;
            while (col < w) {
                Color c = fill(row * w + col, s);
                int end = col + 1;
                while (end < w && fill(row * w + end, s).equals(c)) {
                    end++;
                }
                g.setColor(c);
                g.fillRect(col * cs, row * cs, (end - col) * cs, cs);
                col = end;
            }
        }
    }

    private boolean land(int cell) {
        return !world.water(cell) && world.country(cell) >= 0;
    }

    private void drawLines(Graphics2D g) {
        Path2D.Double borders = new Path2D.Double();
        Path2D.Double coast = new Path2D.Double();
        int w = world.width();
        int h = world.height();
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int c = row * w + col;
                if (col + 1 < w) {
                    edge(c, c + 1, borders, coast, (col + 1) * cs, row * cs, (col + 1) * cs, (row + 1) * cs);
                }
                if (row + 1 < h) {
                    edge(c, c + w, borders, coast, col * cs, (row + 1) * cs, (col + 1) * cs, (row + 1) * cs);
                }
            }
        }
        g.setColor(COAST);
        g.setStroke(new BasicStroke(1f));
        g.draw(coast);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(borders);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(borders);
    }

    private void edge(int a, int b, Path2D.Double borders, Path2D.Double coast, double x1, double y1, double x2,
                      double y2) {
        boolean la = land(a);
        boolean lb = land(b);
        if (la && lb && world.country(a) != world.country(b)) {
            borders.moveTo(x1, y1);
            borders.lineTo(x2, y2);
        } else if (la != lb && (world.water(a) || world.water(b))) {
            coast.moveTo(x1, y1);
            coast.lineTo(x2, y2);
        }
    }

    /** Names of the countries outside the theatre, near the middle of their land, clear of place labels. */
    private void drawCountryNames(Graphics2D g, List<Rectangle2D> taken) {
        int n = world.countries().size();
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] count = new int[n];
        for (int c = 0; c < world.cells(); c++) {
            int k = world.country(c);
            if (k >= 0 && !world.water(c) && !world.theatre(c)) {
                sx[k] += world.col(c) + 0.5;
                sy[k] += world.row(c) + 0.5;
                count[k]++;
            }
        }
        g.setFont(new Font(FONT, Font.ITALIC, 13));
        for (int k = 0; k < n; k++) {
            if (count[k] < 4) {
                continue;
            }
            String name = countryNames.get(k);
            FontMetrics fm = g.getFontMetrics();
            double w = fm.stringWidth(name);
            double cx = sx[k] / count[k] * cs - w / 2.0;
            double cy = sy[k] / count[k] * cs;
            Rectangle2D best = null;
            for (double[] d : new double[][] {{0, 0}, {0, 18}, {0, -18}, {0, 36}, {0, -36}, {30, 18}, {30, -18},
                {-30, 18}, {-30, -18}, {0, 54}, {0, -54}}) {
                double dy = d[1];
                double x = Math.max(2, Math.min(mapW - w - 2, cx + d[0]));
                double y = Math.max(fm.getAscent() + 2, Math.min(mapH - 4, cy + dy));
                Rectangle2D r = new Rectangle2D.Double(x, y - fm.getAscent(), w, fm.getAscent() + fm.getDescent());
                if (best == null) {
                    best = r;
                }
                if (taken.stream().noneMatch(r::intersects)) {
                    best = r;
                    break;
                }
            }
            g.setColor(MUTED);
            g.drawString(name, (float) best.getX(), (float) (best.getY() + fm.getAscent()));
        }
    }

    private double mineSize() {
        return Math.max(5, Math.min(11, cs * 1.1));
    }

    private void drawMines(Graphics2D g) {
        double size = mineSize();
        g.setStroke(new BasicStroke(0.7f));
        for (MineSite m : world.mines()) {
            if (m.cell() < 0) {
                continue;
            }
            double x = (world.col(m.cell()) + 0.5) * cs;
            double y = (world.row(m.cell()) + 0.5) * cs;
            Shape sh = AffineTransform.getTranslateInstance(x, y).createTransformedShape(
                    mineShape(m.mineral(), m.named() ? size * 1.45 : size));
            g.setColor(mineralColour(m.mineral()));
            g.fill(sh);
            g.setColor(Color.BLACK);
            g.draw(sh);
        }
    }

    private Shape mineShape(int mineral, double size) {
        return FactionPalette.shape(mineral + 2, size);
    }

    /** Colour of a mineral's symbol: conventional tones for common minerals, else by position. */
    Color mineralColour(int mineral) {
        String id = minerals.get(mineral).toLowerCase(Locale.ROOT);
        switch (id) {
            case "gold":
                return new Color(0xf2, 0xc1, 0x1d);
            case "coltan":
                return new Color(0x2e, 0x2e, 0x2e);
            case "cassiterite":
            case "tin":
                return new Color(0xf5, 0xf5, 0xf5);
            case "wolframite":
                return new Color(0x8a, 0x5a, 0x2b);
            default:
                return CategoryPalette.colour(mineral);
        }
    }

    /** Draws places with labels placed clear of each other; returns the areas taken by markers and labels. */
    private List<Rectangle2D> drawPlaces(Graphics2D g) {
        List<Rectangle2D> taken = new ArrayList<>();
        List<double[]> pos = new ArrayList<>();
        for (Place p : world.places()) {
            double x = (p.lon() - world.west()) / world.cellDeg() * cs;
            double y = (world.north() - p.lat()) / world.cellDeg() * cs;
            pos.add(new double[] {x, y});
            taken.add(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
        }
        for (int i = 0; i < world.places().size(); i++) {
            Place p = world.places().get(i);
            double x = pos.get(i)[0];
            double y = pos.get(i)[1];
            if (x < 0 || y < 0 || x > mapW || y > mapH) {
                continue;
            }
            boolean city = p.kind() == PlaceKind.CITY;
            Shape marker = city ? new Rectangle2D.Double(x - 4.5, y - 4.5, 9, 9)
                    : new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7);
            g.setColor(city ? Color.BLACK : Color.WHITE);
            g.fill(marker);
            g.setColor(city ? Color.WHITE : Color.BLACK);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(marker);
            g.setFont(new Font(FONT, city ? Font.BOLD : Font.PLAIN, city ? 13 : 12));
            FontMetrics fm = g.getFontMetrics();
            double tw = fm.stringWidth(p.name());
            double asc = fm.getAscent();
            double desc = fm.getDescent();
            double[][] candidates = {
                {x + 7, y + asc / 2 - 1}, {x - 7 - tw, y + asc / 2 - 1}, {x - tw / 2, y - 7},
                {x - tw / 2, y + 7 + asc}, {x + 6, y - 5}, {x + 6, y + asc + 3}, {x - 6 - tw, y - 5},
                {x - 6 - tw, y + asc + 3}};
            Rectangle2D best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (double[] c : candidates) {
                Rectangle2D r = new Rectangle2D.Double(c[0] - 1, c[1] - asc - 1, tw + 2, asc + desc + 2);
                if (r.getMinX() < 0 || r.getMaxX() > mapW || r.getMinY() < 0 || r.getMaxY() > mapH) {
                    continue;
                }
                double overlap = 0;
                for (Rectangle2D t : taken) {
                    if (t.intersects(r)) {
                        Rectangle2D in = t.createIntersection(r);
                        overlap += in.getWidth() * in.getHeight() + 1;
                    }
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = r;
                }
                if (overlap == 0) {
                    break;
                }
            }
            if (best == null) {
                continue;
            }
            taken.add(best);
            halo(g, p.name(), best.getX() + 1, best.getY() + 1 + asc);
        }
        return taken;
    }

    /** Text with a white halo, so that it reads on any fill. */
    private static void halo(Graphics2D g, String text, double x, double y) {
        g.setColor(new Color(255, 255, 255, 225));
        double[][] offsets = {{-1.3, 0}, {1.3, 0}, {0, -1.3}, {0, 1.3}, {-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
        for (double[] o : offsets) {
            g.drawString(text, (float) (x + o[0]), (float) (y + o[1]));
        }
        g.setColor(TEXT);
        g.drawString(text, (float) x, (float) y);
    }

    // ------------------------------------------------------------------ legend

    private void drawLegend(Graphics2D g, ControlSnapshot s, int x0, int y0) {
        int y = y0 + 4;
        Font head = new Font(FONT, Font.BOLD, 14);
        Font item = new Font(FONT, Font.PLAIN, 13);
        g.setFont(head);
        g.setColor(TEXT);
        g.drawString("Control", x0, y + 12);
        y += 24;
        boolean uncontrolled = false;
        boolean front = false;
        for (int i = 0; i < world.theatreCellCount(); i++) {
            int c = world.theatreCell(i);
            uncontrolled |= s.controller(c) < 0;
            front |= s.frontier(c);
        }
        for (int f = 0; f < factionIds.size(); f++) {
            if (territorial.get(f)) {
                y = swatch(g, x0, y, factionFill(factionIds.get(f)), palette.label(factionIds.get(f)), item);
            }
        }
        if (uncontrolled) {
            y = swatch(g, x0, y, UNCONTROLLED, "no faction", item);
        }
        if (front) {
            int firstTerritorial = territorial.indexOf(Boolean.TRUE);
            Color base = firstTerritorial >= 0 ? factionFill(factionIds.get(firstTerritorial)) : UNCONTROLLED;
            y = swatch(g, x0, y, shade(base, 0.66), "darker shade: front line", item);
        }
        y = swatch(g, x0, y, OTHER_LAND, "outside the theatre", item);
        y = swatch(g, x0, y, WATER, "lake or sea", item);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3.2f));
        g.drawLine(x0, y + 7, x0 + 22, y + 7);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1.6f));
        g.drawLine(x0, y + 7, x0 + 22, y + 7);
        g.setFont(item);
        g.setColor(TEXT);
        g.drawString("country border", x0 + 32, y + 12);
        y += 22;
        g.setColor(Color.BLACK);
        g.fill(new Rectangle2D.Double(x0 + 6.5, y + 2.5, 9, 9));
        g.setColor(TEXT);
        g.drawString("city", x0 + 32, y + 12);
        y += 22;
        Shape town = new Ellipse2D.Double(x0 + 7.5, y + 3.5, 7, 7);
        g.setColor(Color.WHITE);
        g.fill(town);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.3f));
        g.draw(town);
        g.setColor(TEXT);
        g.drawString("town, airport, border post", x0 + 32, y + 12);
        y += 32;
        g.setFont(head);
        g.drawString("Mines", x0, y + 12);
        y += 22;
        int[] counts = new int[minerals.size()];
        for (MineSite m : world.mines()) {
            counts[m.mineral()]++;
        }
        g.setFont(item);
        for (int k = 0; k < minerals.size(); k++) {
            if (counts[k] == 0) {
                continue;
            }
            Shape sh = AffineTransform.getTranslateInstance(x0 + 11, y + 7).createTransformedShape(mineShape(k, 10));
            g.setColor(mineralColour(k));
            g.fill(sh);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.7f));
            g.draw(sh);
            g.setColor(TEXT);
            g.drawString(minerals.get(k) + " (" + counts[k] + (counts[k] == 1 ? " site)" : " sites)"), x0 + 32, y + 12);
            y += 22;
        }
        g.setColor(MUTED);
        g.drawString("larger symbol: mine named in the scenario", x0, y + 12);
        y += 34;
        y = scaleBar(g, x0, y);
        g.setFont(new Font(FONT, Font.PLAIN, 11));
        g.setColor(MUTED);
        for (String c : credits) {
            for (String line : wrap(g, c, LEGEND_W - 4)) {
                g.drawString(line, x0, y + 11);
                y += 15;
            }
        }
    }

    private int swatch(Graphics2D g, int x, int y, Color c, String label, Font font) {
        g.setColor(c);
        g.fillRect(x, y, 22, 15);
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, 22, 15);
        g.setColor(TEXT);
        g.setFont(font);
        g.drawString(fit(g, label, LEGEND_W - 34), x + 32, y + 12);
        return y + 22;
    }

    private int scaleBar(Graphics2D g, int x, int y) {
        double kmPerPx = world.cellKm() / cs;
        double target = Math.min(LEGEND_W - 60, mapW / 3.0) * kmPerPx;
        double p10 = Math.pow(10, Math.floor(Math.log10(target)));
        double km = p10;
        for (double m : new double[] {2, 5, 10}) {
            if (p10 * m <= target) {
                km = p10 * m;
            }
        }
        double px = km / kmPerPx;
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(2f));
        g.draw(new java.awt.geom.Line2D.Double(x, y + 8, x + px, y + 8));
        g.draw(new java.awt.geom.Line2D.Double(x, y + 3, x, y + 13));
        g.draw(new java.awt.geom.Line2D.Double(x + px, y + 3, x + px, y + 13));
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        g.drawString(String.format(Locale.ROOT, "%,.0f km", km), (float) (x + px + 8), y + 13);
        return y + 30;
    }

    // ------------------------------------------------------------------ helpers

    private static String fit(Graphics2D g, String s, int maxPx) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(s) <= maxPx) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > maxPx) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static List<String> wrap(Graphics2D g, String s, int maxPx) {
        FontMetrics fm = g.getFontMetrics();
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(next) > maxPx && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** Mixes a colour toward white by {@code a} (0 = unchanged, 1 = white). */
    static Color tint(Color c, double a) {
        return new Color((int) Math.round(c.getRed() + a * (255 - c.getRed())),
                (int) Math.round(c.getGreen() + a * (255 - c.getGreen())),
                (int) Math.round(c.getBlue() + a * (255 - c.getBlue())));
    }

    /** Darkens a colour by factor {@code f} (1 = unchanged, 0 = black). */
    static Color shade(Color c, double f) {
        return new Color((int) Math.round(c.getRed() * f), (int) Math.round(c.getGreen() * f),
                (int) Math.round(c.getBlue() * f));
    }
}
