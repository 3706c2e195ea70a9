package org.conflictsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parameter values as sweep files write them, read into {@link Value}s: a YAML node (a number, true/false,
 * text, or a list or mapping passed on as YAML flow text), or a cell of a CSV file of points.
 */
final class SweepValues {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private SweepValues() {
    }

    /** A CSV cell: a number, a YAML flow list or mapping, true/false, or text. */
    static Value cellValue(String cell) {
        if (NUMBER.matcher(cell).matches()) {
            return Value.of(Double.parseDouble(cell));
        }
        if (cell.startsWith("[") || cell.startsWith("{") || cell.equals("true") || cell.equals("false")) {
            return new Value(cell, cell, Double.NaN);
        }
        return Value.text(cell);
    }

    /** A value written in the sweep file: a scalar, or a list or mapping passed on as YAML flow text. */
    static Value of(Node n, String at, SweepProblems problems) {
        if (n instanceof ScalarNode s) {
            Tag t = s.getTag();
            if (t.equals(Tag.NULL)) {
                problems.at(n, at, "has no value");
                return null;
            }
            if (t.equals(Tag.INT) || t.equals(Tag.FLOAT)) {
                double v = parseNumber(s.getValue());
                if (!Double.isFinite(v)) {
                    problems.at(n, at, "must be a finite number, got " + s.getValue());
                    return null;
                }
                return new Value(s.getValue(), Value.format(v), v);
            }
            if (t.equals(Tag.BOOL)) {
                return new Value(s.getValue(), s.getValue(), Double.NaN);
            }
            return Value.text(s.getValue());
        }
        if (n instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                Value v = of(seq.getValue().get(i), at + "[" + i + "]", problems);
                if (v == null) {
                    return null;
                }
                items.add(v.yaml());
            }
            String flow = "[" + String.join(", ", items) + "]";
            return new Value(flow, flow, Double.NaN);
        }
        MappingNode map = (MappingNode) n;
        List<String> items = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            Value k = of(t.getKeyNode(), at, problems);
            Value v = of(t.getValueNode(), at, problems);
            if (k == null || v == null) {
                return null;
            }
            items.add(k.yaml() + ": " + v.yaml());
        }
        String flow = "{" + String.join(", ", items) + "}";
        return new Value(flow, flow, Double.NaN);
    }

    private static double parseNumber(String s) {
        String v = s.replace("_", "").trim();
        try {
            if (v.startsWith("0x") || v.startsWith("-0x") || v.startsWith("0o")) {
                return Long.decode(v.replace("0o", "0"));
            }
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

}
