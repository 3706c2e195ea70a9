package org.conflictsim.experiment.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.YMap;
import org.conflictsim.scenario.YamlSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The problems found in one experiment file (a sweep or calibration file) beyond those its YAML reader records:
 * each at a node of the file, as {@code file:line:col: key.path: message}, listed with the reader's in file
 * order.
 */
final class SweepProblems {
    private final String display;
    private final List<Problem> problems = new ArrayList<>();
    private YamlSource src;

    /** @param display the file's name as messages show it */
    SweepProblems(String display) {
        this.display = display;
    }

    /** The YAML reader of the file, whose problems are listed with these. */
    void source(YamlSource src) {
        this.src = src;
    }

    /** Records a problem at a node of the file (line and column 0 when there is no node). */
    void at(Node at, String path, String message) {
        int line = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        int col = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getColumn() + 1;
        problems.add(new Problem(display, line, col, path, message));
    }

    /** Whether no problem has been recorded here (the YAML reader's aside). */
    boolean noneRecorded() {
        return problems.isEmpty();
    }

    /** Whether a problem has been recorded here at {@code path} or under it. */
    boolean anyUnder(String path) {
        return problems.stream().anyMatch(p -> p.path().startsWith(path));
    }

    /** Every problem (the YAML reader's and these), in file order. */
    List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(src.problems());
        all.addAll(problems);
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return all;
    }

    /** @throws ScenarioException INVALID with every problem, when there is one */
    void throwIfAny() throws ScenarioException {
        List<Problem> all = sorted();
        if (!all.isEmpty()) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, all);
        }
    }

    /** The value node of a key of a mapping, or null when absent. */
    static Node valueNode(YMap m, String key) {
        for (NodeTuple t : ((MappingNode) m.node()).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** The key path of a key of a mapping. */
    static String child(YMap m, String key) {
        return m.path().isEmpty() ? key : m.path() + "." + key;
    }
}
