package org.conflictsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks YAML files against {@code docs/schema/scenario.schema.json} with networknt's validator, as an editor
 * would: the YAML is turned into JSON (numbers, booleans and nulls as SnakeYAML reads them, dates and all
 * other scalars as text).
 */
final class SchemaCheck {
    static final Path SCHEMA = Path.of("docs/schema/scenario.schema.json");
    static final Path SWEEP_SCHEMA = Path.of("docs/schema/sweep.schema.json");
    static final Path CALIBRATION_SCHEMA = Path.of("docs/schema/calibration.schema.json");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final java.util.Map<Path, JsonSchema> SCHEMAS = new java.util.HashMap<>();

    private SchemaCheck() {
    }

    /** A checked-in schema, compiled once. */
    static synchronized JsonSchema schema(Path file) {
        return SCHEMAS.computeIfAbsent(file, f -> {
            try {
                JsonNode node = new ObjectMapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What the schema says of a file: empty when it accepts it, else its messages; no value when the file is
     * not a YAML mapping at all (the schema has nothing to say).
     */
    static Optional<List<String>> validate(Path file) {
        return validate(file, SCHEMA);
    }

    /** What the schema in {@code schemaFile} says of a file, as {@link #validate(Path)}. */
    static Optional<List<String>> validate(Path file, Path schemaFile) {
        JsonNode json;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(20);
            opts.setNestingDepthLimit(40);
            Node root = new Yaml(opts).compose(new StringReader(text));
            if (!(root instanceof MappingNode)) {
                return Optional.empty();
            }
            json = toJson(root, 0);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(schema(schemaFile).validate(json).stream().map(ValidationMessage::getMessage).sorted().toList());
    }

    /** A YAML node as JSON; scalars by their YAML 1.1 tag, as the loader reads them. */
    static JsonNode toJson(Node n, int depth) {
        if (depth > 100) {
            throw new IllegalArgumentException("a recursive alias");
        }
        if (n instanceof MappingNode m) {
            ObjectNode o = JSON.objectNode();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new IllegalArgumentException("a key that is not a word");
                }
                o.set(k.getValue(), toJson(t.getValueNode(), depth + 1));
            }
            return o;
        }
        if (n instanceof SequenceNode s) {
            ArrayNode a = JSON.arrayNode();
            s.getValue().forEach(i -> a.add(toJson(i, depth + 1)));
            return a;
        }
        ScalarNode s = (ScalarNode) n;
        Tag t = s.getTag();
        String v = s.getValue();
        if (t.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (t.equals(Tag.BOOL)) {
            return JSON.booleanNode(List.of("true", "yes", "on", "y").contains(v.toLowerCase(java.util.Locale.ROOT)));
        }
        Double d = YamlNodes.toNumber(s);
        if (t.equals(Tag.INT) && d != null) {
            try {
                return JSON.numberNode(new BigInteger(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return JSON.numberNode(d);
            }
        }
        if (t.equals(Tag.FLOAT) && d != null && Double.isFinite(d)) {
            return JSON.numberNode(d);
        }
        return JSON.textNode(v);
    }
}
