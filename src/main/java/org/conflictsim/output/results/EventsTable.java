package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events log {@code events.csv} of all runs ({@code run,day,date,type,subject,actor,detail}). */
public final class EventsTable {
    /**
     * One line of the log.
     *
     * @param run     replicate, from 0
     * @param day     simulated day, from 0
     * @param date    calendar date
     * @param type    e.g. {@code capture}, {@code instrument-start}
     * @param subject a place, event id or mine
     * @param actor   a faction or power id, or empty
     * @param detail  free text (for instruments, the scenario's label)
     */
    public record Event(int run, int day, LocalDate date, String type, String subject, String actor, String detail) {
    }

    /**
     * A scenario event as charts mark it: an instrument that starts on a date, the same in every run.
     *
     * @param date  first day it acts
     * @param id    the scenario's event id
     * @param label the scenario's label
     */
    public record Marked(LocalDate date, String id, String label) {
    }

    private final List<Event> events;

    private EventsTable(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /**
     * Reads {@code events.csv}.
     *
     * @throws MalformedResultsException naming file and line when a column is missing or a field does not parse
     */
    public static EventsTable read(Path file) throws IOException {
        return read(ResultsCsv.open(file), file);
    }

    /** The table of the text {@link RunWriter} writes to {@code file}, held in memory. */
    public static EventsTable parse(String text, Path file) throws IOException {
        return read(ResultsCsv.of(text, file), file);
    }

    private static EventsTable read(ResultsCsv csv, Path file) throws IOException {
        List<Event> out = new ArrayList<>();
        try (ResultsCsv in = csv) {
            List<String> h = in.next();
            if (h == null) {
                return new EventsTable(out);
            }
            int[] c = {ResultsCsv.column(file, h, "run"), ResultsCsv.column(file, h, "day"),
                ResultsCsv.column(file, h, "date"), ResultsCsv.column(file, h, "type"),
                ResultsCsv.column(file, h, "subject"), ResultsCsv.column(file, h, "actor"),
                ResultsCsv.column(file, h, "detail")};
            for (List<String> r = in.next(); r != null; r = in.next()) {
                if (r.size() != h.size()) {
                    throw new MalformedResultsException(in.where() + ": " + r.size() + " fields, the header has "
                            + h.size());
                }
                try {
                    out.add(new Event(Integer.parseInt(r.get(c[0])), Integer.parseInt(r.get(c[1])),
                            LocalDate.parse(r.get(c[2])), r.get(c[3]), r.get(c[4]), r.get(c[5]), r.get(c[6])));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new MalformedResultsException(in.where() + ": " + e.getMessage(), e);
                }
            }
        }
        return new EventsTable(out);
    }

    /** A log without lines (for results that have no events file). */
    public static EventsTable empty() {
        return new EventsTable(List.of());
    }

    /** All lines in file order. */
    public List<Event> all() {
        return events;
    }

    /**
     * The scenario's timeline as charts mark it: {@link #instrumentStarts()} and {@link #scriptedEnds()},
     * sorted by date (starts before ends on the same date).
     */
    public List<Marked> marks() {
        List<Marked> out = new ArrayList<>(instrumentStarts());
        out.addAll(scriptedEnds());
        out.sort(Comparator.comparing(Marked::date));
        return out;
    }

    /**
     * The {@code instrument-end} lines that every run logs on the same date (ends set by the scenario, such
     * as a mission's {@code until} date, not ends that vary by run, such as a ceasefire breaking down), one
     * per event, labelled {@code "Ends: <label>"}, sorted by date.
     */
    public List<Marked> scriptedEnds() {
        java.util.Set<Integer> runs = new java.util.HashSet<>();
        events.forEach(e -> runs.add(e.run()));
        Map<String, Event> first = new LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> runsOnDate = new LinkedHashMap<>();
        java.util.Set<String> varies = new java.util.HashSet<>();
        for (Event e : events) {
            if (!e.type().equals("instrument-end")) {
                continue;
            }
            Event f = first.putIfAbsent(e.subject(), e);
            if (f != null && !f.date().equals(e.date())) {
                varies.add(e.subject());
            }
            runsOnDate.computeIfAbsent(e.subject(), k -> new java.util.HashSet<>()).add(e.run());
        }
        List<Marked> out = new ArrayList<>();
        for (Event e : first.values()) {
            if (!varies.contains(e.subject()) && runsOnDate.get(e.subject()).size() == runs.size()) {
                out.add(new Marked(e.date(), e.subject(), "Ends: " + (e.detail().isEmpty() ? e.subject() : e.detail())));
            }
        }
        out.sort(Comparator.comparing(Marked::date));
        return out;
    }

    /**
     * The {@code instrument-start} lines, one per (event id, date) however many runs log it, sorted by date
     * (then by first appearance).
     */
    public List<Marked> instrumentStarts() {
        Map<String, Marked> seen = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type().equals("instrument-start")) {
                seen.putIfAbsent(e.subject() + "@" + e.date(), new Marked(e.date(), e.subject(),
                        e.detail().isEmpty() ? e.subject() : e.detail()));
            }
        }
        List<Marked> out = new ArrayList<>(seen.values());
        out.sort(Comparator.comparing(Marked::date));
        return out;
    }
}
