package org.conflictsim.experiment.sweep;

import static org.conflictsim.experiment.sweep.SweepProblems.child;
import static org.conflictsim.experiment.sweep.SweepProblems.valueNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.scenario.YMap;
import org.conflictsim.scenario.geo.GeoCsv;
import org.conflictsim.scenario.geo.GeoDataException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code design:} section of a sweep file for {@link SweepLoader}: the sample count of a random,
 * Latin hypercube, Sobol or Saltelli design (within the Sobol sequence's dimensions), Morris's trajectories and
 * levels, or the points of a points design, written inline or in a CSV file (one column per parameter).
 * Problems are recorded at their place in the sweep file (or the CSV file's line).
 */
final class DesignReader {
    private final Path file;
    private final SweepProblems problems;

    /**
     * @param file     the sweep file (a points file is resolved from its folder)
     * @param problems where problems are recorded
     */
    DesignReader(Path file, SweepProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the keys of {@code design:} that a design of {@code type} uses (the caller reads type and ends it). */
    DesignSpec read(YMap m, DesignType type, List<Parameter> params) {
        int d = params.size();
        switch (type) {
            case FULL_FACTORIAL -> {
                return new DesignSpec(type, 0, 0, 0, null);
            }
            case POINTS -> {
                return new DesignSpec(type, 0, 0, 0, readGivenPoints(m, params));
            }
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> {
                int n = m.integer("samples", 1, 10_000_000);
                if (type == DesignType.SOBOL && d > Designs.SOBOL_MAX_DIMENSION) {
                    m.problem("type", "the Sobol sequence has at most " + Designs.SOBOL_MAX_DIMENSION
                            + " dimensions; this sweep has " + d + " parameters");
                }
                return new DesignSpec(type, n, 0, 0, null);
            }
            case MORRIS -> {
                int r = m.integer("trajectories", 2, 1_000_000);
                int p = m.integer("levels", 4, 2, 100);
                if (p % 2 != 0) {
                    m.problem("levels", "must be even (Morris's step is levels / (2 (levels - 1))), got " + p);
                }
                return new DesignSpec(type, 0, r, p, null);
            }
            case SALTELLI -> {
                int n = m.integer("samples", 2, 10_000_000);
                if (2 * d > Designs.SOBOL_MAX_DIMENSION) {
                    m.problem("type", "Saltelli's scheme draws from a Sobol sequence of twice as many dimensions as"
                            + " parameters, at most " + Designs.SOBOL_MAX_DIMENSION + "; this sweep has " + d
                            + " parameters");
                }
                return new DesignSpec(type, n, 0, 0, null);
            }
            default -> throw new IllegalStateException("unhandled design " + type);
        }
    }

    private PointTable readGivenPoints(YMap m, List<Parameter> params) {
        boolean inline = m.has("points");
        boolean fromFile = m.has("file");
        if (inline == fromFile) {
            m.problem(inline ? "file" : null, inline
                    ? "give the points either in design.points or in design.file, not both"
                    : "a points design needs points (a list of mappings) or file (a CSV file with one column per parameter)");
            return null;
        }
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < params.size(); j++) {
            column.put(params.get(j).name(), j);
        }
        List<List<Value>> rows = new ArrayList<>();
        if (inline) {
            Node n = valueNode(m, "points");
            String at = child(m, "points");
            if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problems.at(n, at, "expected a list of points, each a mapping of parameter name to value");
                return null;
            }
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node item = seq.getValue().get(i);
                String ip = at + "[" + i + "]";
                if (!(item instanceof MappingNode map)) {
                    problems.at(item, ip, "expected a mapping of parameter name to value");
                    continue;
                }
                Value[] row = new Value[params.size()];
                for (NodeTuple t : map.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                    Integer j = column.get(key);
                    if (j == null) {
                        problems.at(t.getKeyNode(), ip + "." + key, "not a parameter of this sweep"
                                + SweepLoader.hint(key, column.keySet()));
                        continue;
                    }
                    row[j] = SweepValues.of(t.getValueNode(), ip + "." + key, problems);
                }
                if (complete(row, params, item, ip)) {
                    rows.add(List.of(row));
                }
            }
        } else {
            String name = m.text("file");
            Node n = valueNode(m, "file");
            Path csv = file.toAbsolutePath().getParent().resolve(name).normalize();
            GeoCsv table;
            try {
                table = GeoCsv.read(csv);
            } catch (GeoDataException e) {
                problems.at(n, child(m, "file"), "cannot read the points: " + e.getMessage());
                return null;
            }
            for (String h : table.header()) {
                if (!column.containsKey(h)) {
                    problems.at(n, child(m, "file"), csv.getFileName() + ": column '" + h + "' is not a parameter of this sweep"
                            + SweepLoader.hint(h, column.keySet()));
                }
            }
            for (Parameter p : params) {
                if (!table.hasColumn(p.name())) {
                    problems.at(n, child(m, "file"), csv.getFileName() + ": no column for parameter " + p.name());
                }
            }
            if (!problems.noneRecorded()) {
                return null;
            }
            for (GeoCsv.Row r : table.rows()) {
                Value[] row = new Value[params.size()];
                for (int j = 0; j < params.size(); j++) {
                    String cell = r.get(params.get(j).name()).trim();
                    if (cell.isEmpty()) {
                        problems.at(n, child(m, "file"), csv.getFileName() + ":" + r.line() + ": " + params.get(j).name()
                                + " has no value");
                        continue;
                    }
                    row[j] = SweepValues.cellValue(cell);
                }
                if (complete(row, params, n, child(m, "file"))) {
                    rows.add(List.of(row));
                }
            }
            if (rows.isEmpty() && problems.noneRecorded()) {
                problems.at(n, child(m, "file"), csv.getFileName() + " has no points (only a header)");
            }
        }
        return rows.isEmpty() ? null : PointTable.ofValues(params, rows);
    }

    private boolean complete(Value[] row, List<Parameter> params, Node at, String path) {
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < row.length; j++) {
            if (row[j] == null) {
                missing.add(params.get(j).name());
            }
        }
        if (!missing.isEmpty()) {
            boolean reported = problems.anyUnder(path);
            if (!reported) {
                problems.at(at, path, "no value for " + String.join(", ", missing));
            }
            return false;
        }
        return true;
    }
}
