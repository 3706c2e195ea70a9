package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.charts.CategoryPalette;
import org.conflictsim.output.charts.FactionPalette;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void factionsLookAsInTheResultsCharts() {
        Scenario sc = TestScenarios.kivu().scenario();
        Palette p = Palette.of(sc);
        FactionPalette charts = FactionPalette.of(sc.factions());
        assertEquals(sc.factions().size(), p.factions());
        Set<Color> distinct = new HashSet<>();
        for (int f = 0; f < p.factions(); f++) {
            String id = sc.factions().get(f).id();
            assertEquals(charts.colour(id), p.faction(f), id);
            assertEquals(charts.line(id), p.factionLine(f), id);
            assertEquals(charts.bandFill(id), p.factionBand(f), id);
            distinct.add(p.faction(f));
        }
        assertEquals(p.factions(), distinct.size(), "every faction has its own colour");
    }

    @Test
    void categoriesAndMineralsFollowTheResultsMaps() {
        assertEquals(CategoryPalette.colour(3), Palette.category(3));
        assertEquals(new Color(0xf2c11d), Palette.mineral("gold", 3));
        assertEquals(new Color(0xf5f5f5), Palette.mineral("cassiterite", 1));
        assertEquals(CategoryPalette.colour(4), Palette.mineral("lithium", 4));
        assertEquals(Symbol.TRIANGLE, Symbol.mineral(0));
        assertEquals(Symbol.CROSS, Symbol.mineral(3));
        assertNotEquals(Symbol.mineral(0), Symbol.mineral(1));
    }

    @Test
    void placesAreSquaresForCitiesAndCirclesOtherwise() {
        assertEquals(Symbol.SQUARE, Symbol.of(org.conflictsim.model.world.PlaceKind.CITY));
        assertEquals(Symbol.CIRCLE, Symbol.of(org.conflictsim.model.world.PlaceKind.BORDER_CROSSING));
    }

    @Test
    void nearComparesEachChannel() {
        Color c = new Color(100, 150, 200);
        assertTrue(Palette.near(new Color(104, 146, 200).getRGB(), c, 4));
        assertFalse(Palette.near(new Color(105, 150, 200).getRGB(), c, 4));
    }
}
