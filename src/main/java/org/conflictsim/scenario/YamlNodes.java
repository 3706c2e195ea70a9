package org.conflictsim.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Single YAML nodes as the strict readers see them: a node described for a message ("the number 3", "a list",
 * "the text \"...\""), a scalar read as a number (integers and floats, with underscores, hexadecimal, octal and
 * infinities), and a node's content written canonically, so equal content gives equal text (a cache key).
 */
final class YamlNodes {
    private YamlNodes() {
    }

    /**
     * The node's content as one string (keys, tags and scalar values, nested), equal for equal content and
     * different otherwise; null when it nests deeper than 500 levels (a recursive alias).
     */
    static String canonical(Node n) {
        StringBuilder sb = new StringBuilder();
        return canonical(n, sb, 0) ? sb.toString() : null;
    }

    private static boolean canonical(Node n, StringBuilder sb, int depth) {
        if (depth > 500) {
            return false;
        }
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            sb.append('s').append(s.getTag().getValue().length()).append(':').append(s.getTag().getValue())
                    .append(v.length()).append(':').append(v);
            return true;
        }
        if (n instanceof SequenceNode q) {
            sb.append('[').append(q.getValue().size()).append(':');
            for (Node c : q.getValue()) {
                if (!canonical(c, sb, depth + 1)) {
                    return false;
                }
            }
            sb.append(']');
            return true;
        }
        if (n instanceof MappingNode m) {
            sb.append('{').append(m.getValue().size()).append(':');
            for (NodeTuple t : m.getValue()) {
                if (!canonical(t.getKeyNode(), sb, depth + 1) || !canonical(t.getValueNode(), sb, depth + 1)) {
                    return false;
                }
            }
            sb.append('}');
            return true;
        }
        return false;
    }

    /** The node as a message names it: "a mapping", "a list", "the number 3", "true", "the text \"...\"". */
    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) n;
        Tag t = s.getTag();
        if (t.equals(Tag.INT) || t.equals(Tag.FLOAT)) {
            return "the number " + s.getValue();
        }
        if (t.equals(Tag.BOOL)) {
            return s.getValue();
        }
        return "the text \"" + abbreviate(s.getValue()) + "\"";
    }

    /** A text cut to 40 characters for a message. */
    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** The number a scalar holds, or null when it is not an integer or float scalar. */
    static Double toNumber(Node n) {
        if (!(n instanceof ScalarNode s)) {
            return null;
        }
        Tag t = s.getTag();
        if (!t.equals(Tag.INT) && !t.equals(Tag.FLOAT)) {
            return null;
        }
        String v = s.getValue().replace("_", "");
        try {
            if (t.equals(Tag.INT) && (v.startsWith("0x") || v.startsWith("0o"))) {
                return (double) Long.decode(v.replace("0o", "0"));
            }
            return Double.parseDouble(v.replace(".inf", "Infinity").replace(".nan", "NaN").replace(".Inf", "Infinity"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
