package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.StoreTables;
import org.junit.jupiter.api.Test;

/** The small parts of the sweep charts: which outcomes are charted, round log ticks, the colour scale, names. */
class SweepPartsTest {
    private static StoreTables.Stats varies() {
        return new StoreTables.Stats(10, 1, 0, 2);
    }

    private static StoreTables.Stats constant() {
        return new StoreTables.Stats(10, 0, 0, 0);
    }

    private static Map<String, StoreTables.Stats> stats() {
        Map<String, StoreTables.Stats> m = new LinkedHashMap<>();
        m.put("capture_day.goma", varies());
        m.put("capture_day.bukavu", varies());
        m.put("capture_day.uvira", new StoreTables.Stats(0, Double.NaN, Double.NaN, Double.NaN));
        m.put("final_share.FARDC", varies());
        m.put("final_share.M23", varies());
        m.put("final_share.RDF", constant());
        m.put("civilian_deaths", varies());
        m.put("displaced_peak", varies());
        m.put("battles", varies());
        return m;
    }

    @Test
    void defaultChoiceTakesEachPatternInTurnAndLeavesConstantsOut() {
        SweepOutcomes.Choice c = SweepOutcomes.byDefault(stats(), List.of("final_share.*", "capture_day.*",
                "civilian_deaths"));
        assertEquals(List.of("final_share.FARDC", "capture_day.goma", "civilian_deaths", "final_share.M23",
                "capture_day.bukavu"), c.chosen());
        assertTrue(c.notes().get(0).startsWith("Not charted (2 outcomes; at most 6 are charted"), c.notes().get(0));
        assertTrue(c.notes().get(0).endsWith("displaced_peak, battles."), c.notes().get(0));
        assertEquals("Not charted because they have the same value in every run, or no value in any (a place never "
                + "taken): final_share.RDF, capture_day.uvira.", c.notes().get(1));
    }

    @Test
    void everyOutcomeKeptMeansTheHeadlineOnesAtMostSix() {
        SweepOutcomes.Choice c = SweepOutcomes.byDefault(stats(), List.of());
        assertEquals(SweepOutcomes.DEFAULT_COUNT, c.chosen().size());
        assertEquals(List.of("final_share.FARDC", "capture_day.goma", "civilian_deaths", "displaced_peak",
                "final_share.M23", "capture_day.bukavu"), c.chosen());
    }

    @Test
    void askedForOutcomesAreChartedAllAndUnknownOnesNamed() {
        SweepOutcomes.Choice c = SweepOutcomes.requested(stats(), List.of("capture_share.goma", "final_share.*"));
        assertEquals(List.of("capture_share.goma", "final_share.FARDC", "final_share.M23", "final_share.RDF"),
                c.chosen());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepOutcomes.requested(stats(), List.of("deaths")));
        assertTrue(e.getMessage().startsWith("--outcome deaths matches no outcome of the sweep; it has: "
                + "capture_day.goma, capture_share.goma, capture_day.bukavu"), e.getMessage());
    }

    @Test
    void logAxisTicksAreRound() {
        assertEquals(List.of(0.05, 0.1, 0.2, 0.5), RoundLogAxis.values(0.04, 0.6, new double[] {1, 2, 5}));
        assertEquals(List.of(200.0, 500.0, 1000.0, 2000.0, 5000.0),
                RoundLogAxis.values(150, 8000, new double[] {1, 2, 5}));
        assertEquals(List.of(), RoundLogAxis.values(0, 1, new double[] {1}), "no ticks on a range with zero");
    }

    @Test
    void colourScaleGoesFromDarkToLightAndMissingIsWhite() {
        ColourScale s = new ColourScale(10, 20);
        double previous = -1;
        for (int i = 0; i <= 50; i++) {
            double luma = FactionPalette.luma(s.colour(10 + i / 5.0));
            assertTrue(luma > previous, "grey value rises with the value, so a grey print reads too (" + i + ")");
            previous = luma;
        }
        assertEquals(Color.WHITE, s.colour(Double.NaN));
        assertEquals(s.colour(10), s.colour(-5), "below the scale: its first colour");
        assertEquals(Color.WHITE, s.text(10), "white text on the dark end");
        assertEquals(Color.BLACK, s.text(20), "black text on the light end");
        ColourScale flat = new ColourScale(3, 3);
        assertTrue(flat.getLowerBound() < 3 && flat.getUpperBound() > 3, "a flat scale is widened");
    }

    @Test
    void namesAndTicks() {
        assertEquals("factions-reb-fighters", SweepChartKit.slug("factions[REB].fighters"));
        assertEquals("final-share-reb", SweepChartKit.slug("final_share.REB"));
        assertEquals(0.1, SweepChartKit.tickSize(0.5, 6), 1e-12);
        assertEquals(10, SweepChartKit.tickSize(44, 6), 1e-12);
        assertEquals(2.5, SweepChartKit.tickSize(14, 6), 1e-12);
        assertEquals("Day goma was first taken", OutcomeLabel.of("capture_day.goma", OutcomeLabel.Names.IDS).label());
        assertEquals("days after 1 Dec 2024", SweepData.label("capture_day.goma", java.time.LocalDate.of(2024, 12, 1))
                .unit());
    }
}
