package org.conflictsim.model.instruments;

import java.time.LocalDate;
import java.util.List;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;

/**
 * A scenario event: switches an instrument on, either on a date or when a trigger becomes true, for
 * {@code forDays} days (0: until {@code until}, or for the rest of the run).
 *
 * @param id         identifier, unique in the scenario
 * @param label      short text for the events log and charts
 * @param on         first day the instrument acts (dated events), or null for a triggered event
 * @param until      day it stops acting (exclusive), or null
 * @param trigger    the condition of a triggered event, or null for a dated event
 * @param forDays    days it stays on once switched on; 0 = no limit
 * @param repeat     a triggered event fires again each time its condition becomes true anew
 * @param instrument what it does
 * @param source     where the fact comes from (free text)
 * @param delayDays  for a triggered event: days between its condition first holding and the instrument acting
 *                   (a reaction's lag, e.g. sanctions some weeks after a capture); 0 for at once
 */
public record EventSpec(String id, String label, LocalDate on, LocalDate until, Trigger trigger, int forDays,
                        boolean repeat, Instrument instrument, String source, int delayDays) {
    /** {@code forDays}. */
    public static final Param FOR_DAYS = Param.integer("forDays", 0, 0, 36500, "days",
            "days the instrument lasts once started (0: until the until date or the end of the run)");
    /** {@code delayDays}. */
    public static final Param DELAY_DAYS = Param.integer("delayDays", 0, 0, 3650, "days",
            "for an event with a condition (when): days between the condition first holding and the instrument"
                    + " acting, as a reaction's lag (e.g. sanctions some weeks after a capture)");
    /** The declarations of an event's own numeric keys ({@code events[]}). */
    public static final List<Param> PARAMS = List.of(FOR_DAYS, DELAY_DAYS);

    public EventSpec {
        Check.notNull("event id", id);
        Check.notNull(id + ".instrument", instrument);
        if ((on == null) == (trigger == null)) {
            throw new IllegalArgumentException(id + ": an event has either a date (on) or a trigger (when)");
        }
        FOR_DAYS.check(id, forDays);
        DELAY_DAYS.check(id, delayDays);
        if (delayDays > 0 && trigger == null) {
            throw new IllegalArgumentException(id + ": only an event with a trigger (when) can have a delay");
        }
        if (on != null && until != null && !until.isAfter(on)) {
            throw new IllegalArgumentException(id + ": until " + until + " must be after on " + on);
        }
    }

    /** An event without a delay. */
    public EventSpec(String id, String label, LocalDate on, LocalDate until, Trigger trigger, int forDays,
                     boolean repeat, Instrument instrument, String source) {
        this(id, label, on, until, trigger, forDays, repeat, instrument, source, 0);
    }

    /** A dated event active from {@code on} until {@code until} (exclusive, may be null). */
    public static EventSpec dated(String id, String label, LocalDate on, LocalDate until, Instrument instrument,
                                  String source) {
        return new EventSpec(id, label, on, until, null, 0, false, instrument, source);
    }
}
