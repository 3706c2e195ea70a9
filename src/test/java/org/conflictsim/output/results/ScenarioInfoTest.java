package org.conflictsim.output.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Names a reader sees for ids: mineral destinations. */
class ScenarioInfoTest {
    @Test
    void destinationsAreNamedByThePowerElseTheCountryElseTheCode() throws Exception {
        ScenarioInfo kivu = ScenarioInfo.read(Path.of("scenarios/kivu-2025.yaml"));
        assertEquals("official exports", kivu.destinationName("official"));
        assertEquals("smuggled via Rwanda", kivu.destinationName("smuggled:RWA"));
        assertEquals("smuggled via Tanzania", kivu.destinationName("smuggled:TZA"), "no power TZA: the country");
        assertEquals("offtake by United States", kivu.destinationName("offtake:USA"));
        assertEquals("smuggled elsewhere", kivu.destinationName("smuggled:elsewhere"));
        assertEquals("smuggled via XQZ", kivu.destinationName("smuggled:XQZ"), "not a country code");
    }
}
