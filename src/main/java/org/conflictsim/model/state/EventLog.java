package org.conflictsim.model.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The events log of a run: captures, instruments starting and ending, decisions, mines suspending. */
public final class EventLog {
    private final LocalDate start;
    private final List<LoggedEvent> events = new ArrayList<>();
    private int day;

    /** @param start calendar date of day 0 */
    public EventLog(LocalDate start) {
        this.start = start;
    }

    /** Sets today (events are logged with today's day and date). */
    void setDay(int day) {
        this.day = day;
    }

    /**
     * Logs an event of today.
     *
     * @param type    {@code capture}, {@code instrument-start}, ... (see {@link LoggedEvent})
     * @param subject what it concerns (a place, an event id, a mine)
     * @param actor   who (a faction or power id), or empty
     * @param detail  free text
     */
    public void log(String type, String subject, String actor, String detail) {
        events.add(new LoggedEvent(day, start.plusDays(day), type, subject, actor, detail));
    }

    /** The events so far, read-only. */
    public List<LoggedEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
