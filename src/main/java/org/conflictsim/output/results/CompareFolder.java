package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.compare.Comparison;

/**
 * Everything a results folder of {@code compare} holds, read back for charts and the report: the manifest,
 * {@code comparison.csv}, {@code bands.csv} and, per scenario, its sub-folder's {@code scenario.yaml},
 * {@code runs.csv} and {@code events.csv}. Folders written before {@code compare} kept daily series or
 * events have no {@code bands.csv} or {@code events.csv}; then {@code bands} is null and the events are
 * empty.
 *
 * @param dir        the results folder
 * @param manifest   {@code manifest.json}
 * @param scenarios  each scenario's {@code scenario.yaml} as data, in comparison order
 * @param runs       each scenario's {@code runs.csv}
 * @param events     each scenario's {@code events.csv} (empty when absent)
 * @param comparison {@code comparison.csv}
 * @param bands      {@code bands.csv}, or null when absent
 */
public record CompareFolder(Path dir, CompareManifest manifest, List<ScenarioInfo> scenarios, List<RunsTable> runs,
                             List<EventsTable> events, ComparisonCsv comparison, BandsTable bands) {
    /** File name of the statistics of the comparison. */
    public static final String COMPARISON = "comparison.csv";
    /** File name of the daily bands. */
    public static final String BANDS = "bands.csv";

    public CompareFolder {
        scenarios = List.copyOf(scenarios);
        runs = List.copyOf(runs);
        events = List.copyOf(events);
    }

    /** Whether a folder holds a manifest written by {@code compare}. */
    public static boolean isCompare(Path dir) {
        return CompareManifest.isCompare(dir.resolve("manifest.json"));
    }

    /**
     * Reads a compare folder.
     *
     * @throws NoSuchFileException       if the folder, its manifest, {@code comparison.csv} or a scenario's
     *                                   {@code scenario.yaml} or {@code runs.csv} is missing
     * @throws MalformedResultsException if a file cannot be read as {@code compare} writes it
     * @throws IOException               on other read errors
     */
    public static CompareFolder read(Path dir) throws IOException {
        CompareManifest m = CompareManifest.read(required(dir, "manifest.json"));
        ComparisonCsv comparison = ComparisonCsv.read(required(dir, COMPARISON));
        List<ScenarioInfo> infos = new ArrayList<>();
        List<RunsTable> runs = new ArrayList<>();
        List<EventsTable> events = new ArrayList<>();
        for (CompareManifest.Scenario s : m.scenarios()) {
            infos.add(ScenarioInfo.read(required(dir, s.label() + "/scenario.yaml")));
            runs.add(RunsTable.read(required(dir, s.label() + "/runs.csv")));
            Path ev = dir.resolve(s.label()).resolve("events.csv");
            events.add(Files.isRegularFile(ev) ? EventsTable.read(ev) : EventsTable.empty());
        }
        Path bands = dir.resolve(BANDS);
        BandsTable b = Files.isRegularFile(bands) ? BandsTable.read(bands, m.days()) : null;
        return new CompareFolder(dir, m, infos, runs, events, comparison, b);
    }

    private static Path required(Path dir, String file) throws NoSuchFileException {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(p.toString(), null, "missing from the compare folder");
        }
        return p;
    }

    /** Scenario labels in comparison order (the reference first). */
    public List<String> labels() {
        return manifest.scenarios().stream().map(CompareManifest.Scenario::label).toList();
    }

    /** The reference scenario as data. */
    public ScenarioInfo reference() {
        return scenarios.get(0);
    }

    /**
     * The names of all scenarios together, for labels: the reference's texts; factions, powers, minerals,
     * places and mines of every scenario, the reference's name first where two scenarios name one differently.
     */
    public ScenarioInfo names() {
        ScenarioInfo ref = reference();
        List<ScenarioInfo.Faction> factions = new ArrayList<>();
        List<ScenarioInfo.Power> powers = new ArrayList<>();
        List<String> minerals = new ArrayList<>();
        Map<String, String> places = new LinkedHashMap<>();
        Map<String, String> mines = new LinkedHashMap<>();
        for (ScenarioInfo s : scenarios) {
            s.factions().stream().filter(f -> factions.stream().noneMatch(x -> x.id().equals(f.id())))
                    .forEach(factions::add);
            s.powers().stream().filter(p -> powers.stream().noneMatch(x -> x.id().equals(p.id())))
                    .forEach(powers::add);
            s.minerals().stream().filter(m -> !minerals.contains(m)).forEach(minerals::add);
            s.placeNames().forEach(places::putIfAbsent);
            s.mineNames().forEach(mines::putIfAbsent);
        }
        return new ScenarioInfo(ref.id(), ref.title(), ref.question(), ref.description(), factions, powers, minerals,
                places, mines, ref.mapCredits());
    }

    /** Calendar date of day 0 of the reference scenario. */
    public LocalDate start() {
        return manifest.reference().start();
    }

    /** The last simulated day of the scenario that ends last. */
    public LocalDate end() {
        LocalDate end = start();
        for (CompareManifest.Scenario s : manifest.scenarios()) {
            LocalDate e = s.start().plusDays(manifest.days() - 1L);
            end = e.isAfter(end) ? e : end;
        }
        return end;
    }

    /** The first day 0 of any scenario. */
    public LocalDate first() {
        LocalDate first = start();
        for (CompareManifest.Scenario s : manifest.scenarios()) {
            first = s.start().isBefore(first) ? s.start() : first;
        }
        return first;
    }

    /**
     * The scenario events of all scenarios, for the event lines of the charts: each instrument start (event
     * id and date) once, sorted by date; an event that not every scenario has is labelled with the
     * scenarios that have it ({@code [only a, b]}) or, when fewer lack it, those that do not
     * ({@code [not in c]}).
     */
    public List<EventsTable.Marked> markedEvents() {
        Map<String, EventsTable.Marked> first = new LinkedHashMap<>();
        Map<String, List<String>> in = new LinkedHashMap<>();
        for (int k = 0; k < events.size(); k++) {
            for (EventsTable.Marked m : events.get(k).marks()) {
                String key = m.id() + "@" + m.date();
                first.putIfAbsent(key, m);
                List<String> l = in.computeIfAbsent(key, x -> new ArrayList<>());
                if (!l.contains(labels().get(k))) {
                    l.add(labels().get(k));
                }
            }
        }
        List<EventsTable.Marked> out = new ArrayList<>();
        for (Map.Entry<String, EventsTable.Marked> e : first.entrySet()) {
            EventsTable.Marked m = e.getValue();
            List<String> have = in.get(e.getKey());
            List<String> lack = labels().stream().filter(l -> !have.contains(l)).toList();
            String tag = lack.isEmpty() ? "" : have.size() <= lack.size() ? " [only " + String.join(", ", have) + "]"
                    : " [not in " + String.join(", ", lack) + "]";
            out.add(new EventsTable.Marked(m.date(), m.id(), m.label() + tag));
        }
        out.sort(java.util.Comparator.comparing(EventsTable.Marked::date));
        return out;
    }

    /**
     * The outcomes of {@code comparison.csv} that differ between some scenario and the reference in at least
     * one replicate, judged on the values of the {@code runs.csv} files as {@code compare} judged them.
     */
    public List<String> differing() {
        List<Comparison.Sample> samples = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            RunsTable t = runs.get(k);
            List<Map<String, Double>> byRun = new ArrayList<>();
            for (int r = 0; r < t.runs(); r++) {
                byRun.add(new LinkedHashMap<>());
            }
            for (String c : t.columns()) {
                if (t.numeric(c)) {
                    double[] v = t.numbers(c);
                    for (int r = 0; r < v.length; r++) {
                        byRun.get(r).put(c, v[r]);
                    }
                }
            }
            samples.add(new Comparison.Sample(labels().get(k), byRun));
        }
        return comparison.outcomes().stream().filter(o -> Comparison.differsSomewhere(samples, o)).toList();
    }
}
