package org.conflictsim.scenario;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies one {@code key.path=value} override to a parsed document. Paths are dot-separated keys; a list
 * item is chosen by index ({@code factions[1]}) or by its {@code id} ({@code factions[M23]}). The value is
 * YAML ({@code 0.3}, {@code [COD]}, {@code {a: 1}}). Missing mappings on the way are created, so the strict
 * binder then reports a misspelt key as unknown, with a suggestion.
 */
final class Overrides {
    private Overrides() {
    }

    static void apply(YamlSource src, MappingNode root, String set, LoaderOptions opts) throws ScenarioException {
        int eq = set.indexOf('=');
        if (eq <= 0) {
            throw fail(src, set, "an override is key.path=value, e.g. rules.combat.tempo=0.2");
        }
        String path = set.substring(0, eq).trim();
        String valueText = set.substring(eq + 1);
        Node value;
        try {
            value = new Yaml(opts).compose(new StringReader(valueText.isEmpty() ? "''" : valueText));
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            throw fail(src, set, "the value is not valid YAML: " + YamlSource.explain(e));
        } catch (YAMLException e) {
            throw fail(src, set, "the value is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (IllegalArgumentException e) {
            throw fail(src, set, "the value is not valid YAML: " + YamlSource.TAG_HINT);
        }
        if (value == null) {
            value = new ScalarNode(Tag.NULL, "null", null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
        }
        String[] parts = path.split("\\.", -1);
        Node node = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String key = part;
            String selector = null;
            int br = part.indexOf('[');
            if (br >= 0) {
                if (!part.endsWith("]")) {
                    throw fail(src, set, "'" + part + "' should look like key[index] or key[id]");
                }
                key = part.substring(0, br);
                selector = part.substring(br + 1, part.length() - 1);
            }
            if (key.isEmpty()) {
                throw fail(src, set, "empty key in path '" + path + "'");
            }
            if (!(node instanceof MappingNode map)) {
                throw fail(src, set, "'" + String.join(".", List.of(parts).subList(0, i)) + "' is not a mapping");
            }
            boolean last = i == parts.length - 1 && selector == null;
            NodeTuple tuple = find(map, key);
            if (last) {
                src.markOverride(value, set);
                ScalarNode k = new ScalarNode(Tag.STR, key, null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
                src.markOverride(k, set);
                if (tuple == null) {
                    map.getValue().add(new NodeTuple(k, value));
                } else {
                    map.getValue().set(map.getValue().indexOf(tuple), new NodeTuple(tuple.getKeyNode(), value));
                }
                return;
            }
            if (tuple == null) {
                if (selector != null) {
                    throw fail(src, set, "there is no list '" + key + "' to choose [" + selector + "] from");
                }
                MappingNode created = new MappingNode(Tag.MAP, new java.util.ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
                ScalarNode k = new ScalarNode(Tag.STR, key, null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
                src.markOverride(k, set);
                src.markOverride(created, set);
                map.getValue().add(new NodeTuple(k, created));
                node = created;
                continue;
            }
            node = tuple.getValueNode();
            if (selector != null) {
                if (!(node instanceof SequenceNode seq)) {
                    throw fail(src, set, "'" + key + "' is not a list");
                }
                node = select(src, set, seq, key, selector);
                if (i == parts.length - 1) {
                    throw fail(src, set, "set a key inside " + part + ", e.g. " + part + ".fighters=5000");
                }
            }
        }
    }

    private static Node select(YamlSource src, String set, SequenceNode seq, String key, String selector)
            throws ScenarioException {
        List<Node> items = seq.getValue();
        if (selector.matches("\\d+")) {
            if (selector.length() > 9 || Integer.parseInt(selector) >= items.size()) {
                throw fail(src, set, key + " has " + items.size() + " items; [" + selector + "] does not exist");
            }
            int idx = Integer.parseInt(selector);
            if (idx >= items.size()) {
                throw fail(src, set, key + " has " + items.size() + " items; [" + idx + "] does not exist");
            }
            return items.get(idx);
        }
        for (Node item : items) {
            if (item instanceof MappingNode m) {
                NodeTuple id = find(m, "id");
                if (id != null && id.getValueNode() instanceof ScalarNode s && s.getValue().equals(selector)) {
                    return item;
                }
            }
        }
        throw fail(src, set, "no item of " + key + " has id '" + selector + "'");
    }

    private static NodeTuple find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    private static ScenarioException fail(YamlSource src, String set, String message) {
        return new ScenarioException(ScenarioException.Kind.INVALID,
                new Problem(src.name() + " (--set " + set + ")", 0, 0, "", message));
    }
}
