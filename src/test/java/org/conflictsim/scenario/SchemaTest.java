package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of scenario files ({@code docs/schema/scenario.schema.json}): it is what the loader's
 * declarations generate today, it describes every key, it accepts every shipped scenario and fixture, and it
 * rejects (or accepts) each corpus file as {@code corpus/expected.tsv} says.
 */
class SchemaTest {
    static final Path SCENARIOS = Path.of("scenarios");
    static final Path FIXTURES = Path.of("src/test/resources/schema-fixtures");

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(ScenarioSchema.yamlFiles(SCENARIOS));
        docs.addAll(ScenarioSchema.yamlFiles(FIXTURES));
        return docs;
    }

    @Test
    void theCheckedInSchemaIsTheOneTheLoaderGenerates() throws Exception {
        String fresh = ScenarioSchema.toText(ScenarioSchema.generate(documents()));
        String checkedIn = Files.readString(SchemaCheck.SCHEMA, StandardCharsets.UTF_8);
        assertEquals(fresh, checkedIn, "docs/schema/scenario.schema.json is out of date; regenerate it with"
                + " ./conflictsim schema --out docs/schema");
    }

    private static List<Path> sweepDocuments() throws IOException {
        return org.conflictsim.cli.SchemaCommand.sweepDocuments(Path.of("sweeps"), FIXTURES);
    }

    private static ObjectNode sweepSchema;

    /** The sweep schema made from the shipped sweeps and fixtures, once (each sweep loads its scenario). */
    private static synchronized ObjectNode freshSweepSchema() throws Exception {
        if (sweepSchema == null) {
            sweepSchema = org.conflictsim.cli.SchemaCommand.sweepSchema(sweepDocuments());
        }
        return sweepSchema;
    }

    @Test
    void theCheckedInSweepSchemaIsTheOneTheSweepLoaderGenerates() throws Exception {
        String fresh = ScenarioSchema.toText(freshSweepSchema());
        assertEquals(fresh, Files.readString(SchemaCheck.SWEEP_SCHEMA, StandardCharsets.UTF_8),
                "docs/schema/sweep.schema.json is out of date; regenerate it with ./conflictsim schema --out docs/schema");
    }

    static Stream<Path> sweeps() throws IOException {
        return sweepDocuments().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void theSweepSchemaAcceptsEveryShippedSweepAndFixture(Path file) {
        assertEquals(Optional.of(List.of()), SchemaCheck.validate(file, SchemaCheck.SWEEP_SCHEMA));
    }

    @Test
    void theSweepSchemaRejectsMistakesOfTypeUnknownKeyAndRange(@TempDir Path dir) throws IOException {
        String lhs = Files.readString(Path.of("sweeps/island-lhs.yaml"), StandardCharsets.UTF_8);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("unknown key", new String[] {"replications: 2", "replications: 2\nreplicates: 3"});
        cases.put("wrong type", new String[] {"samples: 40", "samples: forty"});
        cases.put("out of range", new String[] {"replications: 2", "replications: 0"});
        cases.put("unknown design", new String[] {"type: latin-hypercube", "type: latin-square"});
        cases.put("misspelt parameter key", new String[] {"    integer: true", "    integr: true"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String text = lhs.replace(c.getValue()[0], c.getValue()[1]);
            assertTrue(!text.equals(lhs), c.getKey());
            Path f = dir.resolve("bad.yaml");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            List<String> said = SchemaCheck.validate(f, SchemaCheck.SWEEP_SCHEMA).orElseThrow();
            assertTrue(!said.isEmpty(), c.getKey() + " is rejected by the sweep schema");
        }
    }

    @Test
    void everySweepKeyIsDescribedAndEveryDescriptionIsUsed() throws Exception {
        ObjectNode schema = freshSweepSchema();
        Set<String> paths = new TreeSet<>();
        Set<String> undescribed = new TreeSet<>();
        walk(schema, "", paths, undescribed);
        assertEquals(Set.of(), undescribed, "sweep keys without a description (add them to Descriptions)");
        Set<String> stale = new TreeSet<>(Descriptions.sweepPaths());
        stale.removeAll(paths);
        assertEquals(Set.of(), stale, "descriptions of sweep keys the sweep loader does not read");
    }

    private static List<Path> calibrationDocuments() throws IOException {
        return org.conflictsim.cli.SchemaCommand.calibrationDocuments(Path.of("calibrations"), FIXTURES);
    }

    private static ObjectNode calibrationSchema;

    private static synchronized ObjectNode freshCalibrationSchema() throws Exception {
        if (calibrationSchema == null) {
            calibrationSchema = org.conflictsim.cli.SchemaCommand.calibrationSchema(calibrationDocuments());
        }
        return calibrationSchema;
    }

    @Test
    void theCheckedInCalibrationSchemaIsTheOneTheLoaderGenerates() throws Exception {
        assertEquals(ScenarioSchema.toText(freshCalibrationSchema()),
                Files.readString(SchemaCheck.CALIBRATION_SCHEMA, StandardCharsets.UTF_8),
                "docs/schema/calibration.schema.json is out of date; regenerate it with ./conflictsim schema --out docs/schema");
    }

    static Stream<Path> calibrations() throws IOException {
        return calibrationDocuments().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calibrations")
    void theCalibrationSchemaAcceptsEveryShippedCalibrationAndFixture(Path file) {
        assertEquals(Optional.of(List.of()), SchemaCheck.validate(file, SchemaCheck.CALIBRATION_SCHEMA));
    }

    @Test
    void theCalibrationSchemaRejectsMistakes(@TempDir Path dir) throws IOException {
        String island = Files.readString(Path.of("calibrations/island.yaml"), StandardCharsets.UTF_8);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("unknown key", new String[] {"  particles: 200", "  particels: 200"});
        cases.put("wrong type", new String[] {"    sd: 0.05", "    sd: small"});
        cases.put("out of range", new String[] {"  essDecay: 0.5", "  essDecay: 1.5"});
        cases.put("unknown method", new String[] {"type: abc-smc", "type: abc-rejection"});
        cases.put("unknown set", new String[] {"    use: validation", "    use: testing"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String text = island.replace(c.getValue()[0], c.getValue()[1]);
            assertTrue(!text.equals(island), c.getKey());
            Path f = dir.resolve("bad.yaml");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            List<String> said = SchemaCheck.validate(f, SchemaCheck.CALIBRATION_SCHEMA).orElseThrow();
            assertTrue(!said.isEmpty(), c.getKey() + " is rejected by the calibration schema");
        }
    }

    @Test
    void everyCalibrationKeyIsDescribedAndEveryDescriptionIsUsed() throws Exception {
        Set<String> paths = new TreeSet<>();
        Set<String> undescribed = new TreeSet<>();
        walk(freshCalibrationSchema(), "", paths, undescribed);
        assertEquals(Set.of(), undescribed, "calibration keys without a description (add them to Descriptions)");
        Set<String> stale = new TreeSet<>(Descriptions.calibrationPaths());
        stale.removeAll(paths);
        assertEquals(Set.of(), stale, "descriptions of calibration keys the calibration loader does not read");
    }

    @Test
    void theSchemaCommandPrintsAndWritesTheSameSchema(@TempDir Path out) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"schema"}, new PrintWriter(o, true), new PrintWriter(e, true)), e.toString());
        assertEquals(Files.readString(SchemaCheck.SCHEMA, StandardCharsets.UTF_8), o.toString());

        o = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"schema", "--out", out.toString()}, new PrintWriter(o, true),
                new PrintWriter(e, true)), e.toString());
        Path written = out.resolve(ScenarioSchema.FILE_NAME);
        Path sweep = out.resolve(ScenarioSchema.SWEEP_FILE_NAME);
        Path calibration = out.resolve(ScenarioSchema.CALIBRATION_FILE_NAME);
        assertEquals("wrote " + written + " (from " + documents().size() + " documents)\nwrote " + sweep + " (from "
                + sweepDocuments().size() + " documents)\nwrote " + calibration + " (from "
                + calibrationDocuments().size() + " documents)", o.toString().strip());
        assertEquals(Files.readString(SchemaCheck.CALIBRATION_SCHEMA, StandardCharsets.UTF_8), Files.readString(calibration));
        assertEquals(Files.readString(SchemaCheck.SCHEMA, StandardCharsets.UTF_8), Files.readString(written));
        assertEquals(Files.readString(SchemaCheck.SWEEP_SCHEMA, StandardCharsets.UTF_8), Files.readString(sweep));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(Set.of(written, sweep, calibration), s.collect(java.util.stream.Collectors.toSet()),
                    "no temporary file left");
        }

        o = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"schema", "--kind", "sweep"}, new PrintWriter(o, true),
                new PrintWriter(e, true)), e.toString());
        assertEquals(Files.readString(SchemaCheck.SWEEP_SCHEMA, StandardCharsets.UTF_8), o.toString());
    }

    @Test
    void declarationsBecomeSchemaKeywords() throws Exception {
        JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SchemaCheck.SCHEMA.toFile());
        JsonNode complete = schema.at("/$defs/complete");
        // integer(key, def, min, max): type, range and default
        assertEquals("{\"type\":\"integer\",\"minimum\":1,\"maximum\":36500,\"description\":\"Days simulated by a run."
                + " Unit: days.\",\"default\":365}", complete.at("/properties/days").toString());
        // required keys, and requiredMaps: a non-empty list
        assertEquals("[\"id\",\"start\",\"minerals\",\"factions\",\"map\",\"control\"]",
                complete.get("required").toString());
        assertEquals(1, complete.at("/properties/factions/minItems").asInt());
        // choice: the words of the enum; a required choice is required
        assertEquals("[\"government\",\"rebel\",\"militia\",\"foreign-force\"]",
                complete.at("/properties/factions/items/properties/kind/enum").toString());
        assertTrue(complete.at("/properties/factions/items/required").toString().contains("\"kind\""));
        // end(): unknown keys are errors; mapOf: keys chosen in the file
        assertEquals(false, complete.at("/properties/factions/items/additionalProperties").asBoolean(true));
        assertEquals("number", complete.at("/properties/powers/items/properties/interests/additionalProperties/type").asText());
        // present(): exactly one instrument, exactly one of on and when
        assertEquals(2, complete.at("/properties/events/items/allOf").size());
        assertEquals(10, complete.at("/properties/events/items/allOf/1/oneOf").size());
        // numberRows(key, 2): [lon, lat] pairs
        assertEquals(2, complete.at("/properties/control/properties/areas/items/properties/polygon/items/maxItems").asInt());
        // rules come with their declarations' meaning and unit
        assertEquals("Probability a favourable attack is launched on a day. Unit: per day.",
                complete.at("/properties/rules/properties/combat/properties/tempo/description").asText());
        // a file with extends is partial: nothing required, items may be removed
        JsonNode partial = schema.at("/$defs/partial");
        assertTrue(partial.get("required") == null && partial.at("/properties/factions/minItems").isMissingNode());
        assertEquals(true, partial.at("/properties/factions/items/properties/remove/const").asBoolean());
        assertEquals("#/$defs/partial", schema.at("/then/$ref").asText());
    }

    @Test
    void theSchemaCommandSaysWhenItFindsNoScenarios(@TempDir Path empty) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"schema", "--scenarios", empty.toString()}, new PrintWriter(o, true),
                new PrintWriter(e, true));
        assertEquals(3, code);
        assertEquals(empty + ": no such folder, or no .yaml files in it (run from the project folder)", e.toString().strip());
    }

    static Stream<Path> acceptedDocuments() throws IOException {
        return documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedDocuments")
    void theSchemaAcceptsEveryShippedScenarioAndFixture(Path file) {
        assertEquals(Optional.of(List.of()), SchemaCheck.validate(file));
    }

    static Stream<CorpusTest.Row> corpusFiles() throws IOException {
        return CorpusTest.rows().stream().filter(r -> r.args().size() == 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void theSchemaJudgesEachCorpusFileAsTheTableSays(CorpusTest.Row row) {
        Optional<List<String>> verdict = Files.isRegularFile(row.file()) ? SchemaCheck.validate(row.file()) : Optional.empty();
        String said = verdict.isEmpty() ? "n/a" : verdict.get().isEmpty() ? "accepts" : "rejects";
        assertEquals(row.schema(), said, "schema messages: " + verdict.orElse(List.of()));
    }

    @Test
    void theSchemaRejectsMistakesOfTypeUnknownKeyAndRange() throws IOException {
        Set<String> rejected = new TreeSet<>();
        for (CorpusTest.Row r : corpusFiles().toList()) {
            if (r.schema().equals("rejects")) {
                rejected.add(r.args().get(0));
            }
        }
        for (String f : List.of("days-text.yaml", "fighters-quoted.yaml", "typo-fighters.yaml", "typo-top-level.yaml",
                "key-from-another-section.yaml", "training-too-high.yaml", "days-zero.yaml", "local-share-above-one.yaml",
                "kind-typo.yaml", "missing-start.yaml", "two-instruments.yaml", "extends-typo-in-override.yaml")) {
            assertTrue(rejected.contains(f), f + " is rejected by the schema");
        }
        assertTrue(rejected.size() >= 60, "the schema rejects " + rejected.size() + " corpus files");
    }

    @Test
    void everyKeyIsDescribedAndEveryDescriptionIsUsed() throws Exception {
        ObjectNode schema = ScenarioSchema.generate(documents());
        Set<String> paths = new TreeSet<>();
        Set<String> undescribed = new TreeSet<>();
        walk(schema.get("$defs").get("complete"), "", paths, undescribed);
        assertEquals(Set.of(), undescribed, "keys without a description (add them to Descriptions or declare them as a Param)");
        Set<String> stale = new TreeSet<>(Descriptions.paths());
        stale.removeAll(paths);
        assertEquals(Set.of(), stale, "descriptions of keys the loader does not read");
    }

    private static void walk(JsonNode o, String path, Set<String> paths, Set<String> undescribed) {
        if (o.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> it = o.get("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                visit(e.getValue(), p, paths, undescribed);
            }
        }
        if (o.has("additionalProperties") && o.get("additionalProperties").isObject()) {
            visit(o.get("additionalProperties"), path + ".*", paths, undescribed);
        }
    }

    private static void visit(JsonNode v, String p, Set<String> paths, Set<String> undescribed) {
        paths.add(p);
        if (!v.has("description") || v.get("description").asText().isBlank()) {
            undescribed.add(p);
        }
        if (v.has("items") && v.get("items").has("properties")) {
            walk(v.get("items"), p + "[]", paths, undescribed);
        }
        walk(v, p, paths, undescribed);
    }
}
