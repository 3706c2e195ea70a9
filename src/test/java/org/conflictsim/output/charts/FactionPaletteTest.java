package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faction colours: scenario hues, grey values apart, patterns differ, bad input named. */
class FactionPaletteTest {
    private static FactionPalette of(String... idColour) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < idColour.length; i += 2) {
            m.put(idColour[i], idColour[i + 1]);
        }
        return FactionPalette.of(m, Map.of());
    }

    /** The five factions of kivu-2025: blue and red are nearly the same grey. */
    private static final FactionPalette KIVU = of("FARDC", "#1f77b4", "M23", "#d62728", "RDF", "#ff7f0e",
            "BDF", "#9467bd", "WAZ", "#2ca02c");

    @Test
    void greyValuesAreApartAfterAdjustment() {
        List<String> ids = KIVU.ids();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double d = Math.abs(FactionPalette.luma(KIVU.colour(ids.get(i)))
                        - FactionPalette.luma(KIVU.colour(ids.get(j))));
                assertTrue(d >= FactionPalette.MIN_LUMA_GAP - 0.006, ids.get(i) + " and " + ids.get(j) + " differ by "
                        + d + " in grey");
            }
        }
        double given = Math.abs(FactionPalette.luma(KIVU.scenarioColour("FARDC"))
                - FactionPalette.luma(KIVU.scenarioColour("M23")));
        assertTrue(given < 0.05, "the scenario's blue and red print as nearly the same grey: " + given);
    }

    @Test
    void huesAreKept() {
        for (String id : KIVU.ids()) {
            float[] a = Color.RGBtoHSB(KIVU.scenarioColour(id).getRed(), KIVU.scenarioColour(id).getGreen(),
                    KIVU.scenarioColour(id).getBlue(), null);
            float[] b = Color.RGBtoHSB(KIVU.colour(id).getRed(), KIVU.colour(id).getGreen(), KIVU.colour(id).getBlue(),
                    null);
            double dh = Math.abs(a[0] - b[0]);
            assertTrue(Math.min(dh, 1 - dh) < 0.02, id + " hue moved from " + a[0] + " to " + b[0]);
        }
    }

    @Test
    void coloursAlreadyApartAreUnchanged() {
        FactionPalette p = of("A", "#000000", "B", "#808080");
        assertEquals(new Color(0, 0, 0), p.colour("A"));
        assertEquals(new Color(0x80, 0x80, 0x80), p.colour("B"));
        assertEquals("#808080", FactionPalette.hex(p.colour("B")));
    }

    @Test
    void sameColourForTheSameFactionEverywhere() {
        FactionPalette again = of("FARDC", "#1f77b4", "M23", "#d62728", "RDF", "#ff7f0e", "BDF", "#9467bd", "WAZ",
                "#2ca02c");
        for (String id : KIVU.ids()) {
            assertEquals(KIVU.colour(id), again.colour(id), id);
        }
    }

    @Test
    void linesAndMarkersDifferByFaction() {
        assertEquals(null, KIVU.line("FARDC").getDashArray(), "first faction solid");
        assertNotEquals(null, KIVU.line("M23").getDashArray());
        assertNotEquals(java.util.Arrays.toString(KIVU.line("M23").getDashArray()),
                java.util.Arrays.toString(KIVU.line("RDF").getDashArray()));
        assertNotEquals(KIVU.marker("FARDC", 10).getBounds2D(), KIVU.marker("M23", 10).getBounds2D());
        assertEquals(FactionPalette.LINE_WIDTH, KIVU.line("WAZ").getLineWidth());
    }

    @Test
    void labelsWithNames() {
        FactionPalette p = FactionPalette.of(Map.of("M23", "#d62728"), Map.of("M23", "M23/AFC"));
        assertEquals("M23/AFC (M23)", p.label("M23"));
        assertEquals("GOV", of("GOV", "#1f77b4").label("GOV"));
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("GOV", "blue"));
        assertEquals("faction GOV: colour must be like #1f77b4, got \"blue\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KIVU.colour("ADF"));
        assertEquals("faction \"ADF\" is not in the palette [FARDC, M23, RDF, BDF, WAZ]", e.getMessage());
    }

    @Test
    void categoryColoursAlternateDarkAndLight() {
        for (int i = 0; i + 1 < CategoryPalette.size(); i++) {
            double d = Math.abs(FactionPalette.luma(CategoryPalette.colour(i))
                    - FactionPalette.luma(CategoryPalette.colour(i + 1)));
            assertTrue(d > 0.15, "categories " + i + " and " + (i + 1) + " differ by " + d + " in grey");
        }
        assertEquals(CategoryPalette.colour(0), CategoryPalette.colour(CategoryPalette.size()));
        assertThrows(IllegalArgumentException.class, () -> CategoryPalette.colour(-1));
    }
}
