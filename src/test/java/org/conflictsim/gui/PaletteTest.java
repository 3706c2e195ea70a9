package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void factionColoursComeFromTheScenario() {
        Scenario sc = TestScenarios.kivu().scenario();
        Palette p = Palette.of(sc);
        assertEquals(sc.factions().size(), p.factions());
        for (int f = 0; f < p.factions(); f++) {
            assertEquals(Palette.parse(sc.factions().get(f).colour()), p.faction(f));
        }
        assertEquals(new Color(0x1f77b4), p.faction(sc.factionIndex("FARDC")));
        assertEquals(new Color(0xd62728), p.faction(sc.factionIndex("M23")));
    }

    @Test
    void parseRejectsWhatTheLoaderRejects() {
        assertEquals("a colour must look like #1f77b4, got red",
                assertThrows(IllegalArgumentException.class, () -> Palette.parse("red")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Palette.parse("#12345"));
        assertThrows(IllegalArgumentException.class, () -> Palette.parse(null));
    }

    @Test
    void nearComparesEachChannel() {
        Color c = new Color(100, 150, 200);
        assertTrue(Palette.near(new Color(104, 146, 200).getRGB(), c, 4));
        assertFalse(Palette.near(new Color(105, 150, 200).getRGB(), c, 4));
    }

    @Test
    void goldIsGoldAndOtherMineralsDiffer() {
        assertEquals(new Color(0xf2b705), Palette.mineral("gold", 3));
        assertEquals(Symbol.CIRCLE, Symbol.mineral("gold", 3));
        assertFalse(Palette.mineral("coltan", 0).equals(Palette.mineral("cassiterite", 1)));
        assertFalse(Symbol.mineral("coltan", 0).equals(Symbol.mineral("cassiterite", 1)));
    }
}
