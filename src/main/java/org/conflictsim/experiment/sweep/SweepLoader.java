package org.conflictsim.experiment.sweep;

import static org.conflictsim.experiment.sweep.SweepProblems.child;
import static org.conflictsim.experiment.sweep.SweepProblems.valueNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.files.ClosestName;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import org.conflictsim.scenario.YMap;
import org.conflictsim.scenario.YamlSource;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a sweep file strictly: unknown keys, wrong types, values out of range, keys that the chosen design
 * does not use, and parameter paths or values that the base scenario rejects are all reported together as
 * {@code file:line:col: key.path: message}, each at the place in the sweep file where it can be fixed.
 * The base scenario is resolved relative to the sweep file.
 *
 * <p>This class reads the parameters, outcomes and series and checks the whole; the design is read by
 * {@link DesignReader}, values as written by {@link SweepValues}, and the problems are collected by
 * {@link SweepProblems}.
 */
public final class SweepLoader {
    /** Most runs a sweep may have (points × replications). */
    public static final long MAX_RUNS = 100_000_000L;
    /** Most points × parameters held in memory (8 bytes each). */
    public static final long MAX_CELLS = 20_000_000L;
    /** Most values of one parameter tried against the scenario while loading. */
    static final int MAX_PROBES = 50;

    private final Path file;
    private final String display;
    private final SweepProblems problems;
    private final Map<Parameter, YMap> paramNodes = new HashMap<>();

    private SweepLoader(Path file) {
        this.file = file;
        this.display = file.toString();
        this.problems = new SweepProblems(display);
    }

    /**
     * Loads and checks a sweep file.
     *
     * @throws ScenarioException NOT_FOUND when the sweep file or its base scenario cannot be read (exit 3),
     *                           SYNTAX or INVALID with every problem found (exit 4)
     */
    public static SweepSpec load(Path file) throws ScenarioException {
        return new SweepLoader(file).read();
    }

    private SweepSpec read() throws ScenarioException {
        YMap root = YamlSource.read(file, display);
        problems.source(root.source());
        String text = text();
        String scenario = root.text("scenario");
        Node scenarioNode = valueNode(root, "scenario");
        Integer days = root.has("days")
                ? root.integer("days", (int) Scenario.DAYS.min(), (int) Scenario.DAYS.max()) : null;
        Long seed = root.has("seed") ? root.longValue("seed", 0) : null;
        int reps = root.integer("replications", 1, 1, 1_000_000);
        SeedMode seeds = root.choice("seeds", SeedMode.class, SeedMode.PER_POINT);
        YMap designMap = root.requiredMap("design");
        DesignType type = designMap.choice("type", DesignType.class, null);
        if (type == null && !designMap.has("type")) {
            designMap.problem("type", "missing required key (one of " + typeNames() + ")");
        }
        if (type == null) {
            // without a type no key can be judged; do not report the others as unknown
            List.of("samples", "trajectories", "levels", "points", "file").forEach(designMap::has);
        }
        List<Parameter> params = readParameters(root, type);
        DesignSpec design = type == null ? null : new DesignReader(file, problems).read(designMap, type, params);
        designMap.end();
        List<String> outcomeSelectors = root.texts("outcomes");
        List<String> seriesSelectors = root.texts("series");
        root.end();
        problems.throwIfAny();

        Path scenarioPath = scenarioPath(scenario);
        ScenarioLoader.Loaded base = base(scenario, scenarioNode);
        for (Parameter p : params) {
            probe(base, scenarioPath, p, paramNodes.get(p), design);
        }
        int nDays = days != null ? days : base.scenario().days();
        long master = seed != null ? seed : base.scenario().seed();
        RunResult sample = Outcomes.run(base.scenario(), 0, master, 1);
        List<String> outcomeNames = new ArrayList<>(sample.outcomes().keySet());
        List<String> labelNames = new ArrayList<>(sample.labels().keySet());
        List<String> outcomes = outcomeNames;
        List<String> labels = labelNames;
        if (!outcomeSelectors.isEmpty()) {
            List<String> all = new ArrayList<>(outcomeNames);
            all.addAll(labelNames);
            Set<String> keep = select(root, "outcomes", outcomeSelectors, all, "outcome");
            outcomes = outcomeNames.stream().filter(keep::contains).toList();
            labels = labelNames.stream().filter(keep::contains).toList();
        }
        List<String> metrics = new ArrayList<>(new LinkedHashSet<>(sample.series().keys().stream()
                .map(Series.Key::metric).toList()));
        Set<String> keepSeries = select(root, "series", seriesSelectors, metrics, "series metric");
        List<String> series = metrics.stream().filter(keepSeries::contains).toList();
        long count = design.pointCount(params);
        if (count < 1 || count * params.size() > MAX_CELLS) {
            problems.at(designMap.node(), "design", "the design has " + (count < 0 ? "too many" : count)
                    + " points of " + params.size() + " parameters; at most " + MAX_CELLS
                    + " values (points × parameters) are allowed");
        } else if (count * reps > MAX_RUNS) {
            problems.at(valueNode(root, "replications") != null ? valueNode(root, "replications") : designMap.node(),
                    "replications", count + " points × " + reps + " replications = " + count * reps
                    + " runs; at most " + MAX_RUNS + " are allowed");
        }
        problems.throwIfAny();
        PointTable points = design.points(params, master);
        return new SweepSpec(file, text, base, params, design, points, reps, seeds, master, nDays, outcomeSelectors,
                outcomes, labels, series);
    }

    /**
     * A reader of the sweep-file parts that other experiment files share (the calibration file's parameters,
     * read with the same keys, checks and messages), for a file whose document {@code root} has been read
     * with {@link YamlSource#read}.
     */
    public static SweepLoader sharing(Path file, YMap root) {
        SweepLoader l = new SweepLoader(file);
        l.problems.source(root.source());
        return l;
    }

    /**
     * Reads the {@code parameters:} list of {@code root}: ranges (with distributions) or levels, checked as in a
     * sweep file with a design of {@code type}; problems are collected (see {@link #problems()}).
     */
    public List<Parameter> readParameters(YMap root, DesignType type) {
        List<YMap> paramMaps = root.maps("parameters");
        if (paramMaps.isEmpty() && !root.has("parameters")) {
            root.problem("parameters", "missing required key (a list of parameters, each with a path)");
        } else if (paramMaps.isEmpty()) {
            root.problem("parameters", "needs at least one parameter");
        }
        List<Parameter> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (YMap pm : paramMaps) {
            Parameter p = readParameter(pm, type);
            pm.end();
            if (p == null) {
                continue;
            }
            if (!paths.add(p.path())) {
                pm.problem("path", "the path " + p.path() + " is already varied by another parameter");
                continue;
            }
            if (!names.add(p.name())) {
                pm.problem(pm.has("name") ? "name" : "path", "the name " + p.name() + " is already used by another parameter");
                continue;
            }
            params.add(p);
            paramNodes.put(p, pm);
        }
        return params;
    }

    /**
     * Tries each parameter read by {@link #readParameters} at its extreme values (or levels) on the base
     * scenario, recording a problem at the parameter's line when the scenario rejects one.
     */
    public void probeParameters(ScenarioLoader.Loaded base, Path scenario, List<Parameter> params) {
        for (Parameter p : params) {
            probe(base, scenario, p, paramNodes.get(p), null);
        }
    }

    /**
     * The file's text (kept in stores, so the experiment can be traced and re-run).
     *
     * @throws ScenarioException NOT_FOUND when it cannot be read
     */
    public String text() throws ScenarioException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                    new Problem(display, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /** The base scenario's path: {@code scenario} relative to this file's folder. */
    public Path scenarioPath(String scenario) {
        return file.toAbsolutePath().getParent().resolve(scenario).normalize();
    }

    /**
     * Loads the base scenario named by the file's {@code scenario:} key.
     *
     * @param at the key's value node, where a missing scenario is reported
     * @throws ScenarioException NOT_FOUND (with this file's problems) when the scenario cannot be read; the
     *                           scenario's own problems when it is invalid
     */
    public ScenarioLoader.Loaded base(String scenario, Node at) throws ScenarioException {
        String scenarioDisplay = file.getParent() == null ? scenario : file.getParent().resolve(scenario).normalize().toString();
        try {
            return ScenarioLoader.load(scenarioPath(scenario), List.of());
        } catch (ScenarioException e) {
            if (e.kind() == ScenarioException.Kind.NOT_FOUND) {
                problems.at(at, "scenario", "cannot load " + scenarioDisplay + ": " + e.problems().get(0).message());
                throw new ScenarioException(ScenarioException.Kind.NOT_FOUND, problems.sorted());
            }
            throw e;
        }
    }

    /** Records a problem at a node of the file. */
    public void problem(Node at, String path, String message) {
        problems.at(at, path, message);
    }

    /** Every problem recorded so far (the YAML source's and this reader's), in file order. */
    public List<Problem> problems() {
        return problems.sorted();
    }

    /** The value node of a key of a mapping, or null when absent. */
    public static Node valueOf(YMap m, String key) {
        return SweepProblems.valueNode(m, key);
    }

    private static String typeNames() {
        List<String> n = new ArrayList<>();
        for (DesignType t : DesignType.values()) {
            n.add(t.yamlName());
        }
        return String.join(", ", n);
    }

    // ---------------------------------------------------------------------------------------------- parameters

    private Parameter readParameter(YMap m, DesignType type) {
        String path = m.text("path");
        String name = m.text("name", path);
        if (path != null && (path.isBlank() || path.contains("=") || path.contains(" "))) {
            m.problem("path", "must be a scenario key path such as factions[M23].fighters, got \"" + path + "\"");
            return null;
        }
        if (type == DesignType.POINTS) {
            for (String k : List.of("min", "max", "levels", "distribution", "mean", "sd", "integer", "steps")) {
                if (m.has(k)) {
                    m.problem(k, "not used by a points design: the values come from design.points or design.file");
                }
            }
            return path == null ? null : new Parameter.Given(name, path);
        }
        boolean hasLevels = m.has("levels");
        boolean hasRange = m.has("min") || m.has("max");
        if (hasLevels && hasRange) {
            m.problem("levels", "give either levels (a list of values) or min and max (a range), not both");
            return null;
        }
        if (!hasLevels && !hasRange) {
            m.problem(null, "needs min and max (a range of numbers) or levels (a list of values)");
            return null;
        }
        if (hasLevels) {
            for (String k : List.of("distribution", "mean", "sd", "integer", "steps")) {
                if (m.has(k)) {
                    m.problem(k, "only for a range (min and max); levels are equally likely");
                }
            }
            List<Value> levels = readLevels(m);
            return path == null || levels.isEmpty() ? null : new Parameter.Levels(name, path, levels);
        }
        double min = m.number("min", -1e15, 1e15);
        double max = m.number("max", -1e15, 1e15);
        Distribution dist = m.choice("distribution", Distribution.class, Distribution.UNIFORM);
        double mean = Double.NaN;
        double sd = Double.NaN;
        boolean ok = path != null;
        if (dist == Distribution.NORMAL) {
            mean = m.number("mean", -1e15, 1e15);
            sd = m.number("sd", 1e-300, 1e15);
        } else {
            for (String k : List.of("mean", "sd")) {
                if (m.has(k)) {
                    m.problem(k, "only for distribution: normal");
                }
            }
        }
        boolean integer = m.bool("integer", false);
        int steps = 0;
        if (type == DesignType.FULL_FACTORIAL) {
            if (m.has("steps")) {
                steps = m.integer("steps", 1, 1000);
            } else {
                m.problem(null, "a full-factorial design needs steps (how many values of the range) or levels");
                ok = false;
            }
        } else if (m.has("steps")) {
            m.problem("steps", "only used by a full-factorial design");
        }
        if (!(min <= max)) {
            m.problem("max", "must be at least min (" + Value.format(min) + "), got " + Value.format(max));
            return null;
        }
        if (dist == Distribution.LOG_UNIFORM && !(min > 0)) {
            m.problem("min", "must be above 0 for a log-uniform distribution, got " + Value.format(min));
            return null;
        }
        if (integer && Math.ceil(min) > Math.floor(max)) {
            m.problem("max", "no whole number lies between min (" + Value.format(min) + ") and max ("
                    + Value.format(max) + ")");
            return null;
        }
        if (dist == Distribution.NORMAL && sd > 0 && !Double.isNaN(mean)) {
            double lo = integer ? Math.ceil(min) - 0.5 : min;
            double hi = integer ? Math.floor(max) + 0.5 : max;
            if (dist.massInside(lo, hi, mean, sd) < 1e-9) {
                m.problem("mean", "the normal distribution (mean " + Value.format(mean) + ", sd " + Value.format(sd)
                        + ") puts almost no probability between min and max");
                return null;
            }
        }
        return ok ? new Parameter.Range(name, path, min, max, dist, mean, sd, integer, steps) : null;
    }

    private List<Value> readLevels(YMap m) {
        Node n = valueNode(m, "levels");
        String at = child(m, "levels");
        List<Value> out = new ArrayList<>();
        if (!(n instanceof SequenceNode seq)) {
            problems.at(n, at, "expected a list of values, e.g. [0.1, 0.2] or [offensive, defensive]");
            return out;
        }
        if (seq.getValue().isEmpty()) {
            problems.at(n, at, "needs at least one value");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            Value v = SweepValues.of(item, at + "[" + i + "]", problems);
            if (v == null) {
                continue;
            }
            if (!seen.add(v.yaml())) {
                problems.at(item, at + "[" + i + "]", "duplicate level " + v.text());
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Tries the parameter's extreme values (or each level) on the base scenario, so a path or value the
     * scenario rejects is reported at the sweep file's line, not when the runs fail.
     */
    private void probe(ScenarioLoader.Loaded base, Path scenario, Parameter p, YMap m, DesignSpec design) {
        record Probe(Value value, Node at, String path) {
        }
        List<Probe> probes = new ArrayList<>();
        if (p instanceof Parameter.Range r) {
            probes.add(new Probe(r.at(0), valueNode(m, "min"), child(m, "min")));
            probes.add(new Probe(r.at(1), valueNode(m, "max"), child(m, "max")));
        } else if (p instanceof Parameter.Levels l) {
            Node levels = valueNode(m, "levels");
            for (int i = 0; i < l.levels().size() && i < MAX_PROBES; i++) {
                probes.add(new Probe(l.levels().get(i), ((SequenceNode) levels).getValue().get(i),
                        child(m, "levels") + "[" + i + "]"));
            }
        } else if (design != null && design.given() != null) {
            int j = design.given().parameters().indexOf(p);
            List<Value> distinct = new ArrayList<>(design.given().distinctGiven(j));
            List<Value> chosen = new ArrayList<>(distinct.subList(0, Math.min(distinct.size(), MAX_PROBES)));
            distinct.stream().filter(v -> !Double.isNaN(v.number())).min(Comparator.comparingDouble(Value::number))
                    .ifPresent(chosen::add);
            distinct.stream().filter(v -> !Double.isNaN(v.number())).max(Comparator.comparingDouble(Value::number))
                    .ifPresent(chosen::add);
            for (Value v : new LinkedHashSet<>(chosen)) {
                probes.add(new Probe(v, valueNode(m, "path"), child(m, "path")));
            }
        }
        boolean first = true;
        for (Probe pr : probes) {
            String set = pr.value().override(p.path());
            try {
                ScenarioLoader.load(scenario, List.of(set));
            } catch (ScenarioException e) {
                Problem q = e.problems().get(0);
                String more = e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "";
                String why = (q.path().isEmpty() ? "" : q.path() + ": ") + q.message() + more;
                if (first) {
                    problems.at(valueNode(m, "path"), child(m, "path"), "the scenario rejects " + set + ": " + why);
                } else {
                    problems.at(pr.at(), pr.path(), "the scenario rejects " + set + ": " + why);
                }
                return;
            }
            first = false;
        }
    }

    // -------------------------------------------------------------------------------------- outcomes, series

    /**
     * The names matched by the selectors (exact names, or patterns where * stands for any text); a selector
     * that matches nothing is reported at its place in the list.
     */
    private Set<String> select(YMap root, String key, List<String> selectors, List<String> names, String what) {
        Set<String> keep = new LinkedHashSet<>();
        Node list = valueNode(root, key);
        for (int i = 0; i < selectors.size(); i++) {
            String sel = selectors.get(i);
            Pattern pat = Pattern.compile(("\\Q" + sel + "\\E").replace("*", "\\E.*\\Q"));
            boolean any = false;
            for (String n : names) {
                if (pat.matcher(n).matches()) {
                    keep.add(n);
                    any = true;
                }
            }
            if (!any) {
                Node at = list instanceof SequenceNode s ? s.getValue().get(i) : list;
                problems.at(at, key + "[" + i + "]", "no " + what + " is called " + sel + hint(sel, names)
                        + (Outcome.CAPTURE_SHARE.names(sel) ? " (capture shares are derived from " + Outcome.CAPTURE_DAY.of("*")
                        + "; keep those)" : ""));
            }
        }
        return keep;
    }

    /**
     * {@code " (did you mean NAME?)"} for the known name closest to {@code key} ({@link ClosestName#among}: the
     * rule every error message of the project uses), else "".
     */
    public static String hint(String key, java.util.Collection<String> known) {
        String best = ClosestName.among(key, known);
        return best == null ? "" : " (did you mean " + best + "?)";
    }
}
