package org.conflictsim.model.instruments;

import java.time.LocalDate;
import org.conflictsim.model.params.Check;

/**
 * A dated scenario event: the instrument is active from {@code on} (inclusive) until {@code until}
 * (exclusive; null for the rest of the run).
 *
 * @param id         identifier, unique in the scenario
 * @param label      short text for the events log and charts
 * @param on         first day the instrument acts
 * @param until      day it stops acting, or null
 * @param instrument what it does
 * @param source     where the fact comes from (free text)
 */
public record EventSpec(String id, String label, LocalDate on, LocalDate until, Instrument instrument,
                        String source) {
    public EventSpec {
        Check.notNull("event id", id);
        Check.notNull(id + ".on", on);
        Check.notNull(id + ".instrument", instrument);
        if (until != null && !until.isAfter(on)) {
            throw new IllegalArgumentException(id + ": until " + until + " must be after on " + on);
        }
    }
}
