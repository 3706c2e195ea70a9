package org.conflictsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.model.observe.Metric;
import org.junit.jupiter.api.Test;

/**
 * Metric and outcome names are written once, in their registries ({@link Metric} for the daily series of
 * {@code timeseries.csv}, {@link Outcome} for the columns of {@code runs.csv}): no string literal in the main
 * sources outside those two files may be a metric's or an outcome's name, or start with the name of a family
 * and a dot ({@code "flow_kg.coltan"}, {@code "capture_day."}). Code builds names with {@code Metric.X.id()},
 * {@code Metric.X.of(suffix)}, {@code Outcome.X.of(suffix)} and reads them with {@code names} and
 * {@code suffix}. Comments and javadoc may name them freely.
 *
 * <p>Some words are both a metric's name and something else (a scenario parameter {@code morale}, an
 * instrument type {@code ceasefire}, a unit {@code fighters}); {@link #ALLOWED} lists each such use by file,
 * word and count, with the reason, so a new use of the word in that file still fails.
 */
class NameRegistryTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path ROOT = SOURCES.resolve(Path.of("org", "conflictsim"));
    /** The registries themselves, relative to org/conflictsim. */
    private static final List<String> REGISTRIES = List.of("model/observe/Metric.java", "experiment/Outcome.java");

    /**
     * A literal equal to a registered name that is not a metric or an outcome there.
     *
     * @param file    path under org/conflictsim
     * @param literal the literal's text
     * @param count   how many times it occurs in the file
     * @param why     what it is instead
     */
    record Allowed(String file, String literal, int count, String why) {
    }

    static final List<Allowed> ALLOWED = List.of(
            new Allowed("model/Levers.java", "training", 2, "kind of the training lever"),
            new Allowed("model/params/FactionSpec.java", "fighters", 4, "scenario parameter key (2) and unit (2)"),
            new Allowed("model/params/FactionSpec.java", "training", 2, "scenario parameter key"),
            new Allowed("model/params/FactionSpec.java", "morale", 2, "scenario parameter key"),
            new Allowed("model/params/Rules.java", "legitimacy", 2, "name of a group of rule parameters"),
            new Allowed("model/params/Rules.java", "fighters", 1, "unit of the rearGuard parameter"),
            new Allowed("model/instruments/Instrument.java", "ceasefire", 4,
                    "instrument type: its name in Instrument.PARAMS, type(), and the owner in its two checks"),
            new Allowed("model/instruments/Instrument.java", "fighters", 1, "unit of militarySupport.troops"),
            new Allowed("scenario/ScenarioLoader.java", "fighters", 1, "scenario parameter key"),
            new Allowed("scenario/ScenarioLoader.java", "training", 1, "scenario parameter key"),
            new Allowed("scenario/ScenarioLoader.java", "morale", 1, "scenario parameter key"),
            new Allowed("scenario/EventReader.java", "ceasefire", 1, "instrument type"),
            new Allowed("gui/LeverBoard.java", "ceasefire", 2, "key of the ceasefire lever's pending request"),
            new Allowed("output/charts/RunCharts.java", "fighters", 1, "name of the fighters chart (fighters.png)"),
            new Allowed("output/charts/RunCharts.java", "displaced", 1, "name of the displaced chart (displaced.png)"));

    /** A string literal of a source file and the line it starts on. */
    record Literal(int line, String text) {
    }

    @Test
    void metricAndOutcomeNamesAreWrittenOnlyInTheirRegistries() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, List<Integer>> allowedSeen = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = ROOT.relativize(f).toString().replace('\\', '/');
                if (REGISTRIES.contains(rel)) {
                    continue;
                }
                for (Literal l : literals(Files.readString(f, StandardCharsets.UTF_8))) {
                    Optional<String> name = registered(l.text());
                    if (name.isEmpty()) {
                        continue;
                    }
                    Optional<Allowed> a = ALLOWED.stream()
                            .filter(x -> x.file().equals(rel) && x.literal().equals(l.text())).findFirst();
                    if (a.isPresent()) {
                        allowedSeen.computeIfAbsent(rel + " \"" + l.text() + "\"", k -> new ArrayList<>())
                                .add(l.line());
                    } else {
                        problems.add(SOURCES.resolve("org/conflictsim").resolve(rel) + ":" + l.line() + ": \""
                                + l.text() + "\" spells " + name.get());
                    }
                }
            }
        }
        for (Allowed a : ALLOWED) {
            List<Integer> lines = allowedSeen.getOrDefault(a.file() + " \"" + a.literal() + "\"", List.of());
            if (lines.size() != a.count()) {
                problems.add(SOURCES.resolve("org/conflictsim").resolve(a.file()) + ": ALLOWED expects \""
                        + a.literal() + "\" " + a.count() + " times (" + a.why() + "), found " + lines.size()
                        + " (lines " + lines + "): a new use of a registered name, or a stale entry");
            }
        }
        assertTrue(problems.isEmpty(), "metric or outcome names written as literals outside Metric and Outcome; "
                + "use the registry:\n" + String.join("\n", problems));
    }

    /** The scanner sees literals in code, with their lines, and skips comments, javadoc and char literals. */
    @Test
    void scannerFindsLiteralsOutsideComments() {
        String src = """
                /** Reads "territory_share". */
                class X {
                    // "fighters" in a comment
                    String a = "territory_share"; /* "battles" */ char q = '"';
                    String b = "flow_kg." + "coltan";
                    String c = "a \\"quoted\\" word";
                    String d = "capture_day.goma";
                }
                """;
        List<Literal> ls = literals(src);
        assertEquals(List.of(new Literal(4, "territory_share"), new Literal(5, "flow_kg."), new Literal(5, "coltan"),
                new Literal(6, "a \\\"quoted\\\" word"), new Literal(7, "capture_day.goma")), ls);
        assertEquals(Optional.of("metric territory_share: Metric.TERRITORY_SHARE"), registered("territory_share"));
        assertEquals(Optional.of("metric flow_kg: Metric.FLOW_KG, outcome flow_kg: Outcome.FLOW_KG"),
                registered("flow_kg."));
        assertEquals(Optional.of("outcome capture_day: Outcome.CAPTURE_DAY"), registered("capture_day.goma"));
        assertEquals(Optional.of("metric battles: Metric.BATTLES, outcome battles: Outcome.BATTLES"),
                registered("battles"));
        assertEquals(Optional.empty(), registered("coltan"));
        assertEquals(Optional.empty(), registered("ceasefire.breakdown"), "ceasefire is no family: its key is free");
        assertEquals(Optional.empty(), registered("Territory held"));
    }

    /**
     * The registry entry a literal spells: a metric's or outcome's name, or a family's name followed by a dot
     * (and anything after it); empty if none.
     */
    static Optional<String> registered(String literal) {
        List<String> hits = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (literal.equals(m.id()) || m.family() && literal.startsWith(m.id() + ".")) {
                hits.add("metric " + m.id() + ": Metric." + m.name());
            }
        }
        for (Outcome o : Outcome.values()) {
            if (literal.equals(o.id()) || o.family() && literal.startsWith(o.id() + ".")) {
                hits.add("outcome " + o.id() + ": Outcome." + o.name());
            }
        }
        return hits.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", hits));
    }

    /**
     * The string literals of a Java source (text blocks included, as their raw text), with the line each starts
     * on; comments and char literals are skipped. Escapes are kept as written.
     */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                out.add(new Literal(line, src.substring(i + 3, end)));
                line += count(src, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(line, src.substring(i + 1, Math.min(j, n))));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }
}
