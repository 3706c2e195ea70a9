package org.conflictsim.model.state;

import java.time.LocalDate;

/**
 * One line of a run's events log.
 *
 * @param day     simulated day (0 = scenario start)
 * @param date    calendar date
 * @param type    {@code capture}, {@code instrument-start}, {@code instrument-end}, {@code ceasefire-breakdown},
 *                {@code mine-suspended}, ...
 * @param subject what it concerns (a place, an event id, a mine)
 * @param actor   who (a faction or power id), or empty
 * @param detail  free text
 */
public record LoggedEvent(int day, LocalDate date, String type, String subject, String actor, String detail) {
}
