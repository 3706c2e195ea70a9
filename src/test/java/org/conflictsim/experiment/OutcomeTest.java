package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcome registry: names every column a run yields, builds and reads family members, gives units. */
class OutcomeTest {

    @Test
    void idsAreUniqueAndFamiliesHaveAnEntity() {
        Set<String> ids = new HashSet<>();
        for (Outcome o : Outcome.values()) {
            assertTrue(ids.add(o.id()), "two outcomes named " + o.id());
            assertFalse(o.id().contains("."), o.id());
            assertFalse(o.meaning().isBlank(), o + " has no meaning");
            assertEquals(!o.entity().isEmpty(), o.family(), o.id());
        }
    }

    @Test
    void familyMembersAreBuiltAndReadBack() {
        assertEquals("capture_day.goma", Outcome.CAPTURE_DAY.of("goma"));
        assertEquals("flow_usd.offtake:USA", Outcome.FLOW_USD.of("offtake:USA"));
        assertEquals("smuggled:RWA", Outcome.FLOW_USD.suffix("flow_usd.smuggled:RWA"));
        assertTrue(Outcome.MINE_TAX_USD.names("mine_tax_usd.M23"));
        assertFalse(Outcome.MINE_TAX_USD.names("mine_tax_usd_per_month.rubaya"), "a longer id is another outcome");
        assertFalse(Outcome.MINE_TAX_USD.names("mine_tax_usd"), "a family's bare id names no column");
        assertTrue(Outcome.BATTLES.names("battles"));
        assertFalse(Outcome.BATTLES.names("battles.x"));
        assertEquals(Optional.of(Outcome.MINE_TAX_USD_PER_MONTH), Outcome.kindOf("mine_tax_usd_per_month.rubaya"));
        assertEquals(Optional.of(Outcome.DISPLACED_PEAK), Outcome.kindOf("displaced_peak"));
        assertEquals(Optional.empty(), Outcome.kindOf("territory_share"), "a metric is not an outcome");
        assertThrows(IllegalStateException.class, () -> Outcome.BATTLES.of("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Outcome.FINAL_SHARE.suffix("capture_day.goma"));
        assertEquals("capture_day.goma is not a column of the family final_share", e.getMessage());
    }

    /** Every column of a run's outcomes and labels, in scenarios with deals, sanctions and bans, is in the registry. */
    @Test
    void everyColumnOfARunIsARegisteredOutcome() {
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        for (String file : new String[] {"island-deal.yaml", "sanctions-escalation.yaml"}) {
            var loaded = TestScenarios.load(TestScenarios.DIR.resolve(Path.of(file)));
            RunResult r = Outcomes.run(loaded.scenario(), 0, 7L, 40);
            Set<String> columns = new HashSet<>(r.outcomes().keySet());
            columns.addAll(r.labels().keySet());
            for (String c : columns) {
                Outcome o = Outcome.kindOf(c).orElseThrow(() -> new AssertionError(file + ": " + c
                        + " is not in the registry"));
                assertTrue(o.names(c), c + " is not spelled as " + o + " spells its columns");
                if (o.family()) {
                    assertFalse(o.suffix(c).isEmpty(), c);
                }
                seen.add(o);
            }
        }
        Set<Outcome> derived = EnumSet.of(Outcome.CAPTURE_SHARE, Outcome.CAPTURE_RMST);
        assertTrue(seen.stream().noneMatch(derived::contains), "derived columns are not in runs.csv: " + seen);
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(derived)), seen,
                "every outcome of the registry but the derived ones appears in these runs");
    }

    /** The units and resolutions the registry gives (the table OutcomeUnits held before the registry). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "capture_day.goma             | days from the start          | 1     | 1 day",
        "capture_rmst.goma            | days                         | 1     | 1 day",
        "deal_days_active.us-deal     | days                         | 1     | 1 day",
        "capture_share.goma           | share of runs (0-1)          | 0     | ''",
        "final_share.M23              | share of theatre cells (0-1) | 0.001 | 0.1 percentage point",
        "fighters_final.FARDC         | fighters                     | 1     | 1 fighter",
        "casualties.M23               | fighters                     | 1     | 1 fighter",
        "mine_tax_usd.M23             | US$                          | 1000  | US$1,000",
        "sanction_loss_usd.RWA        | US$                          | 1000  | US$1,000",
        "mine_tax_usd_per_month.rubaya | US$/month                   | 100   | US$100 a month",
        "flow_kg.official             | kg                           | 1000  | 1 t",
        "access_kg.USA                | kg                           | 1000  | 1 t",
        "support_level_mean.RWA       | support level                | 0.001 | 0.001",
        "civilian_deaths              | persons                      | 1     | 1 person",
        "displaced_peak               | persons                      | 1     | 1 person",
        "battles                      | battles                      | 1     | 1 battle",
        "recaptures.M23               | ''                           | 0     | ''",
        "captured_by.goma             | ''                           | 0     | ''",
        "not_an_outcome               | ''                           | 0     | ''",
    })
    void unitsComeFromTheRegistry(String column, String unit, double resolution, String text) {
        OutcomeUnits.Unit u = OutcomeUnits.of(column);
        assertEquals(unit, u.unit(), column);
        assertEquals(resolution, u.resolution(), column);
        assertEquals(text, u.resolutionText(), column);
    }
}
