package org.conflictsim.output.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the {@code manifest.json} of a {@code compare} folder that charts and the report use.
 *
 * @param scenarios           the compared scenarios, the reference first
 * @param masterSeed          master seed
 * @param runSeeds            seed of each replicate (the same for every scenario), as unsigned decimal text
 * @param replications        replicates per scenario, ≥ 1
 * @param days                days per run, ≥ 1
 * @param version             tool version
 * @param gitCommit           git commit of the tool, or empty
 * @param created             creation time (ISO 8601)
 * @param commandLine         the arguments of {@code compare}
 * @param seedDerivation      how run seeds derive from the master seed
 * @param commonRandomNumbers how replicates are paired
 * @param statistics          the statistics used, as a sentence
 */
public record CompareManifest(List<Scenario> scenarios, long masterSeed, List<String> runSeeds, int replications,
                              int days, String version, String gitCommit, String created, List<String> commandLine,
                              String seedDerivation, String commonRandomNumbers, String statistics) {
    /** The value of {@code command} in a compare manifest. */
    public static final String COMMAND = "compare";

    public CompareManifest {
        scenarios = List.copyOf(scenarios);
        runSeeds = List.copyOf(runSeeds);
        commandLine = List.copyOf(commandLine);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("scenarios: a comparison needs at least one scenario");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, got " + days);
        }
    }

    /**
     * One compared scenario.
     *
     * @param label  label, unique in the comparison: the name of its sub-folder and its name in the CSV files
     * @param id     scenario id
     * @param file   the scenario path as given on the command line
     * @param sha256 SHA-256 of the scenario text as given
     * @param start  calendar date of day 0
     */
    public record Scenario(String label, String id, String file, String sha256, LocalDate start) {
    }

    /** The reference scenario (the first). */
    public Scenario reference() {
        return scenarios.get(0);
    }

    /**
     * Whether a manifest file says it was written by {@code compare} (false when it is missing, not JSON or
     * written by another command).
     */
    public static boolean isCompare(Path file) {
        try {
            return COMMAND.equals(Manifest.object(file).path("command").asText(""));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the manifest of a compare folder.
     *
     * @throws MalformedResultsException if it is not JSON, lacks {@code scenarios}, {@code masterSeed},
     *                                   {@code replications} or {@code days}, or a scenario lacks its label or start
     * @throws IOException               if it cannot be read
     */
    public static CompareManifest read(Path file) throws IOException {
        JsonNode root = Manifest.object(file);
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode s : Manifest.required(file, root, "scenarios")) {
            String label = Manifest.required(file, s, "label").asText();
            LocalDate start;
            try {
                start = LocalDate.parse(Manifest.required(file, s, "start").asText());
            } catch (DateTimeParseException e) {
                throw new MalformedResultsException(file + ": scenarios[" + label + "].start: not a date: "
                        + s.get("start").asText(), e);
            }
            scenarios.add(new Scenario(label, s.path("id").asText(label), s.path("file").asText(""),
                    s.path("sha256").asText(""), start));
        }
        try {
            return new CompareManifest(scenarios, Manifest.seed(Manifest.required(file, root, "masterSeed")),
                    Manifest.texts(root.path("runSeeds")), Manifest.required(file, root, "replications").asInt(),
                    Manifest.required(file, root, "days").asInt(), root.path("version").asText(""),
                    root.path("gitCommit").asText(""), root.path("created").asText(""),
                    Manifest.texts(root.path("commandLine")), root.path("seedDerivation").asText(""),
                    root.path("commonRandomNumbers").asText(""), root.path("statistics").asText(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedResultsException(file + ": " + e.getMessage(), e);
        }
    }
}
