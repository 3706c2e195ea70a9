package org.conflictsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about how a map was built (cell counts, places moved into their own country, mine sites kept and
 * skipped), recorded in the run manifest so that a user can audit the data preparation.
 */
public record MapReport(Map<String, Object> facts) {
    public MapReport {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
