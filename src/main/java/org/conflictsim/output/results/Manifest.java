package org.conflictsim.output.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of {@code manifest.json} that charts and the report use.
 *
 * @param scenarioId     scenario id, e.g. {@code kivu-2025}
 * @param scenarioFile   the scenario path as given on the command line (relative to the working folder of
 *                       the run), empty when unknown
 * @param scenarioSha256 SHA-256 of the scenario text as run (hex)
 * @param overrides      {@code --set KEY=VALUE} overrides, in order
 * @param masterSeed     master seed
 * @param runSeeds       seed of each replicate, as unsigned decimal text
 * @param replications   number of runs, ≥ 1
 * @param days           days per run, ≥ 1
 * @param start          calendar date of day 0
 * @param version        tool version
 * @param gitCommit      git commit of the tool, or empty
 * @param created        creation time (ISO 8601)
 * @param command        the subcommand that wrote the folder, e.g. {@code run}
 * @param commandLine    the arguments of that command
 * @param seedDerivation how run seeds derive from the master seed
 * @param map            facts about how the map was built, as text
 * @param series         which daily series were written ({@code all}, {@code headline} or {@code none}; see
 *                       {@link SeriesChoice}); {@code all} for folders written before there was a choice
 */
public record Manifest(String scenarioId, String scenarioFile, String scenarioSha256, List<String> overrides,
                       long masterSeed, List<String> runSeeds, int replications, int days, LocalDate start,
                       String version, String gitCommit, String created, String command, List<String> commandLine,
                       String seedDerivation, Map<String, String> map, String series) {
    public Manifest {
        overrides = List.copyOf(overrides);
        runSeeds = List.copyOf(runSeeds);
        commandLine = List.copyOf(commandLine);
        map = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, got " + days);
        }
    }

    /** Calendar date of the last simulated day ({@code start + days - 1}). */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    /**
     * Reads {@code manifest.json}.
     *
     * @throws MalformedResultsException if it is not JSON or lacks {@code masterSeed}, {@code replications},
     *                                   {@code days} or {@code start}
     * @throws IOException               if it cannot be read
     */
    public static Manifest read(Path file) throws IOException {
        return of(object(file), file);
    }

    /**
     * The facts of a manifest held in memory; {@code file} names it in messages.
     *
     * @throws MalformedResultsException as {@link #read}
     */
    public static Manifest of(JsonNode root, Path file) throws MalformedResultsException {
        LocalDate start;
        try {
            start = LocalDate.parse(required(file, root, "start").asText());
        } catch (DateTimeParseException e) {
            throw new MalformedResultsException(file + ": start: not a date: " + root.get("start").asText(), e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode m = root.path("map");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().isNumber() ? org.conflictsim.files.Num.format(e.getValue().asDouble())
                    : e.getValue().isArray() ? join(e.getValue()) : e.getValue().asText());
        }
        try {
            return new Manifest(root.path("scenario").asText(""), root.path("scenarioFile").asText(""),
                    root.path("scenarioSha256").asText(""), texts(root.path("overrides")),
                    seed(required(file, root, "masterSeed")), texts(root.path("runSeeds")),
                    required(file, root, "replications").asInt(), required(file, root, "days").asInt(), start,
                    root.path("version").asText(""), root.path("gitCommit").asText(""),
                    root.path("created").asText(""), root.path("command").asText(""),
                    texts(root.path("commandLine")), root.path("seedDerivation").asText(""), map,
                    root.path("timeseries").path("choice").asText("all"));
        } catch (IllegalArgumentException e) {
            throw new MalformedResultsException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JSON object of a manifest file.
     *
     * @throws MalformedResultsException if it is not JSON or not an object
     * @throws IOException               if it cannot be read
     */
    static JsonNode object(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new MalformedResultsException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedResultsException(file + ": expected a JSON object");
        }
        return root;
    }

    /** A key that must be there and not null, or an exception naming the file and key. */
    static JsonNode required(Path file, JsonNode root, String key) throws MalformedResultsException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw new MalformedResultsException(file + ": missing key \"" + key + "\"");
        }
        return n;
    }

    /** The elements of a JSON array as text. */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String join(JsonNode array) {
        return String.join(", ", texts(array));
    }

    /**
     * A seed as manifests write it: unsigned decimal text (since seeds above 2^53 lose digits as JSON numbers in
     * many readers), or a number (older manifests, signed).
     */
    static long seed(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isTextual()) {
            try {
                return Long.parseUnsignedLong(n.asText().trim());
            } catch (NumberFormatException e) {
                return Long.parseLong(n.asText().trim());
            }
        }
        return n.asLong();
    }
}
