package org.conflictsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.files.ClosestName;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The entries of one YAML mapping for {@link YMap}, with the problems about its keys: keys that are not plain
 * words or appear twice (found on construction), required keys that are missing or have no value, and, at
 * {@link #reportUnread()}, keys no read asked for, with the closest known key as a suggestion. Every problem
 * names file, line, column and key path. A stand-in for a missing mapping reports nothing, since the missing
 * mapping is reported once.
 */
final class MappingEntries {
    private final YamlSource src;
    private final MappingNode node;
    private final String path;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final Map<String, Node> keyNodes = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();
    /**
     * Whether the mapping stands in for a required mapping that is missing or not a mapping: that problem
     * is reported once, so nothing read from the stand-in is reported again.
     */
    private boolean standIn;

    MappingEntries(YamlSource src, MappingNode node, String path) {
        this.src = src;
        this.node = node;
        this.path = path;
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode ks)) {
                src.problem(k, path, "keys must be plain words, not lists or mappings");
                continue;
            }
            String key = ks.getValue();
            if (entries.containsKey(key)) {
                src.problem(k, child(key), "duplicate key (it appears earlier at line "
                        + (keyNodes.get(key).getStartMark().getLine() + 1) + ")");
                continue;
            }
            entries.put(key, t.getValueNode());
            keyNodes.put(key, k);
        }
    }

    /** The key path of a key of this mapping. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean standIn() {
        return standIn;
    }

    void standIn(boolean standIn) {
        this.standIn = standIn;
    }

    /** Whether the key is present (reads nothing). */
    boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** The value of a key, or null when absent (reads nothing). */
    Node value(String key) {
        return entries.get(key);
    }

    /** Marks a key as read, so it is not reported as unknown. */
    void markRead(String key) {
        known.add(key);
    }

    /** Keys present, in document order. */
    List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** Where a key is (its value; the mapping when the key is absent or null). */
    Site site(String key) {
        Node at = key != null && entries.containsKey(key) ? entries.get(key) : node;
        Problem p = src.locate(at, key == null ? path : child(key), "");
        return new Site(p.file(), p.line(), p.column(), p.path());
    }

    /** Records a problem at a key (or at the mapping when the key is absent). */
    void problem(String key, String message) {
        if (standIn) {
            return;
        }
        Node at = entries.containsKey(key) ? entries.get(key) : node;
        src.problem(at, key == null ? path : child(key), message);
    }

    /**
     * Reads a key's value, marking it read: null when it is absent or has no value, which is a problem when
     * it is {@code required} ({@code expected} says what belongs there).
     */
    Node read(String key, boolean required, String expected) {
        known.add(key);
        Node n = entries.get(key);
        if (n == null) {
            if (required && !standIn) {
                src.problem(node, child(key), "missing required key (" + expected + ")");
            }
            return null;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            if (required) {
                src.problem(n, child(key), "has no value; expected " + expected);
            }
            return null;
        }
        return n;
    }

    /** Reports every key that no read asked for, suggesting the closest known key. */
    void reportUnread() {
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            String hint = closest(e.getKey());
            String message;
            if (e.getKey().equals("<<")) {
                message = "unknown key: YAML merge keys (<<) are not supported; write the keys out, or use extends";
            } else if (e.getKey().equals("remove")) {
                message = "unknown key: {id: ..., remove: true} removes an item of the base scenario, so it works only"
                        + " in a file with extends";
            } else {
                message = "unknown key" + (hint != null ? " (did you mean '" + hint + "'?)"
                        : "; known keys: " + String.join(", ", known));
                if (hint != null && !entries.containsKey(hint)) {
                    src.withdrawMissing(node, child(hint));
                }
            }
            src.problem(keyNodes.get(e.getKey()), child(e.getKey()), message);
        }
    }

    private String closest(String key) {
        if (key.length() > 40 || !src.maySuggest()) {
            return null;
        }
        return ClosestName.among(key, known);
    }
}
