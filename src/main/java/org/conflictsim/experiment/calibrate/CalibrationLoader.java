package org.conflictsim.experiment.calibrate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.sweep.DesignType;
import org.conflictsim.experiment.sweep.Parameter;
import org.conflictsim.experiment.sweep.SweepLoader;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import org.conflictsim.scenario.YMap;
import org.conflictsim.scenario.YamlSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a calibration file strictly, as sweep files are loaded: unknown keys (with the closest known key),
 * wrong types, values out of range, parameter paths or values the base scenario rejects, outcome columns the
 * scenario does not produce and dates outside the horizon are all reported together as
 * {@code file:line:col: key.path: message}. The base scenario is resolved relative to the calibration file.
 * The {@code parameters:} list is read by the sweep loader's own code, so priors are written as sweep
 * parameters are (ranges with a distribution, or levels).
 */
public final class CalibrationLoader {
    private final Path file;
    private final String display;

    private CalibrationLoader(Path file) {
        this.file = file;
        this.display = file.toString();
    }

    /**
     * Loads and checks a calibration file.
     *
     * @throws ScenarioException NOT_FOUND when the file or its base scenario cannot be read (exit 3), SYNTAX or
     *                           INVALID with every problem found (exit 4)
     */
    public static CalibrationSpec load(Path file) throws ScenarioException {
        return new CalibrationLoader(file).read();
    }

    private CalibrationSpec read() throws ScenarioException {
        YMap root = YamlSource.read(file, display);
        SweepLoader shared = SweepLoader.sharing(file, root);
        String text = shared.text();
        String scenario = root.text("scenario");
        Node scenarioNode = SweepLoader.valueOf(root, "scenario");
        Integer days = root.has("days")
                ? root.integer("days", (int) Scenario.DAYS.min(), (int) Scenario.DAYS.max()) : null;
        Long seed = root.has("seed") ? root.longValue("seed", 0) : null;
        YMap m = root.requiredMap("method");
        CalibrationSpec.Type type = m.choice("type", CalibrationSpec.Type.class);
        int particles = m.integer("particles", 100, 2, 1_000_000);
        int reps = m.integer("replications", 4, 1, 10_000);
        int generations = m.integer("generations", 8, 1, 1000);
        double essDecay = m.number("essDecay", 0.5, 0.05, 0.95);
        double minAcceptance = m.number("minAcceptance", 0.05, 0, 0.9);
        double epsilon = m.number("epsilon", 0, 0, 1e6);
        m.end();
        int predictive = root.integer("predictive", reps, 1, 10_000);
        List<Parameter> params = shared.readParameters(root, DesignType.RANDOM);
        List<YMap> targetMaps = root.requiredMaps("targets", "target");
        List<TargetDraft> drafts = new ArrayList<>();
        for (YMap t : targetMaps) {
            TargetDraft d = readTarget(t);
            t.end();
            if (d != null) {
                drafts.add(d);
            }
        }
        root.end();
        throwIfProblems(shared);

        Path scenarioPath = shared.scenarioPath(scenario);
        ScenarioLoader.Loaded base = shared.base(scenario, scenarioNode);
        shared.probeParameters(base, scenarioPath, params);
        int nDays = days != null ? days : base.scenario().days();
        long master = seed != null ? seed : base.scenario().seed();
        LocalDate start = base.scenario().start();
        RunResult sample = Outcomes.run(base.scenario(), 0, master, 1);
        Set<String> columns = sample.outcomes().keySet();
        List<Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> outcomes = new LinkedHashSet<>();
        for (TargetDraft d : drafts) {
            Target t = d.resolve(shared, columns, start, nDays);
            if (t == null) {
                continue;
            }
            if (!ids.add(t.id())) {
                shared.problem(d.map.node(), d.map.path() + ".id", "the id " + t.id() + " is already used by another"
                        + " target; give each target its own id");
                continue;
            }
            targets.add(t);
            outcomes.add(t.outcome());
        }
        if (!drafts.isEmpty() && targets.size() == drafts.size() && targets.stream().noneMatch(Target::calibrates)) {
            shared.problem(SweepLoader.valueOf(root, "targets"), "targets", "every target is for validation; at least one"
                    + " needs use: calibration (the default)");
        }
        throwIfProblems(shared);
        AbcSmc.Settings settings = new AbcSmc.Settings(particles, reps, generations, essDecay, minAcceptance, epsilon);
        return new CalibrationSpec(file, text, base, params, targets, new CalibrationSpec.Method(type, settings),
                predictive, master, nDays, new ArrayList<>(outcomes));
    }

    private static void throwIfProblems(SweepLoader shared) throws ScenarioException {
        List<Problem> all = shared.problems();
        if (!all.isEmpty()) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, all);
        }
    }

    /** A target as read, before the scenario (its columns, start and horizon) is known. */
    private record TargetDraft(YMap map, String id, String outcome, Target.Kind kind, LocalDate date, double number,
                               double sd, Target.Op op, LocalDate byDate, double threshold, Target.Use use,
                               String source, Target.Reference reference) {

        Target resolve(SweepLoader shared, Set<String> columns, LocalDate start, int days) {
            if (!columns.contains(outcome)) {
                shared.problem(SweepLoader.valueOf(map, "outcome"), map.path() + ".outcome", "the scenario has no"
                        + " outcome column " + outcome + SweepLoader.hint(outcome, columns)
                        + (Outcome.CAPTURED_BY.names(outcome) ? " (" + Outcome.CAPTURED_BY.of("*") + " holds text; use "
                        + Outcome.CAPTURE_DAY.of("*") + ")" : ""));
                return null;
            }
            boolean dayColumn = Outcome.CAPTURE_DAY.names(outcome);
            double observed = number;
            if (kind == Target.Kind.DATE) {
                if (!dayColumn) {
                    shared.problem(SweepLoader.valueOf(map, "outcome"), map.path() + ".outcome", "a date target needs"
                            + " a capture-day column (" + Outcome.CAPTURE_DAY.of("*") + "), got " + outcome + "; observe a number with value:");
                    return null;
                }
                if (date != null) {
                    observed = ChronoUnit.DAYS.between(start, date);
                }
                if (observed < 0 || observed >= days) {
                    String key = date != null ? "date" : "day";
                    shared.problem(SweepLoader.valueOf(map, key), map.path() + "." + key, "day " + (long) observed
                            + " is outside the horizon: runs start on " + start + " and last " + days + " days (to "
                            + start.plusDays(days - 1) + ")");
                    return null;
                }
            } else if (kind == Target.Kind.VALUE && dayColumn) {
                shared.problem(SweepLoader.valueOf(map, "value"), map.path() + ".value", "a capture day is observed"
                        + " with date: (or day:), which handles runs without a capture; value: is for quantities");
                return null;
            }
            Target.Condition cond = null;
            if (kind == Target.Kind.EVENT) {
                double th = threshold;
                if (op == Target.Op.BY) {
                    String key = byDate != null ? "by" : "byDay";
                    if (!dayColumn) {
                        shared.problem(SweepLoader.valueOf(map, key), map.path() + "." + key, key + " needs a capture-day"
                                + " column (capture_day.*), got " + outcome + "; use atLeast or atMost for quantities");
                        return null;
                    }
                    if (byDate != null) {
                        th = ChronoUnit.DAYS.between(start, byDate);
                    }
                    if (th < 0 || th >= days) {
                        shared.problem(SweepLoader.valueOf(map, key), map.path() + "." + key, "day " + (long) th
                                + " is outside the horizon: runs start on " + start + " and last " + days + " days");
                        return null;
                    }
                }
                cond = new Target.Condition(op, th);
            }
            return new Target(id == null ? outcome : id, outcome, kind, observed, sd, cond, use, source, reference);
        }
    }

    private TargetDraft readTarget(YMap t) {
        String outcome = t.text("outcome");
        String id = t.text("id", null);
        String source = t.text("source");
        Target.Use use = t.choice("use", Target.Use.class, Target.Use.CALIBRATION);
        List<String> observed = t.present(List.of("date", "day", "value", "happened"));
        if (observed.size() != 1) {
            knowAll(t);
            t.problem(observed.isEmpty() ? null : observed.get(1), observed.isEmpty()
                    ? "needs what was observed: date (or day) for a capture date, value for a quantity, happened for"
                    + " an event" : "give one of date, day, value and happened, not " + String.join(" and ", observed));
            return null;
        }
        String what = observed.get(0);
        Target.Kind kind = switch (what) {
            case "date", "day" -> Target.Kind.DATE;
            case "value" -> Target.Kind.VALUE;
            default -> Target.Kind.EVENT;
        };
        LocalDate date = what.equals("date") ? t.date("date") : null;
        double number = switch (what) {
            case "day" -> t.integer("day", 0, 36500);
            case "value" -> t.number("value", -1e15, 1e15);
            case "happened" -> t.bool("happened", false) ? 1 : 0;
            default -> Double.NaN;
        };
        double sd;
        Target.Op op = null;
        LocalDate byDate = null;
        double threshold = Double.NaN;
        if (kind == Target.Kind.EVENT) {
            sd = t.number("sd", 0.5, 1e-9, 1e15);
            if (sd > 1) {
                t.problem("sd", "an event is 1 or 0, so its uncertainty is at most 1, got " + sd);
            }
            List<String> cond = new ArrayList<>();
            for (String k : List.of("by", "byDay", "atLeast", "atMost")) {
                if (t.has(k)) {
                    cond.add(k);
                }
            }
            if (cond.size() != 1) {
                knowAll(t);
                t.problem(cond.isEmpty() ? null : cond.get(1), cond.isEmpty()
                        ? "an event needs its condition: by (a date) or byDay (a day) for a capture, atLeast or atMost"
                        + " for a quantity" : "give one of by, byDay, atLeast and atMost, not " + String.join(" and ", cond));
                return null;
            }
            switch (cond.get(0)) {
                case "by" -> {
                    op = Target.Op.BY;
                    byDate = t.date("by");
                }
                case "byDay" -> {
                    op = Target.Op.BY;
                    threshold = t.integer("byDay", 0, 36500);
                }
                case "atLeast" -> {
                    op = Target.Op.AT_LEAST;
                    threshold = t.number("atLeast", -1e15, 1e15);
                }
                default -> {
                    op = Target.Op.AT_MOST;
                    threshold = t.number("atMost", -1e15, 1e15);
                }
            }
        } else {
            sd = t.number("sd", 1e-9, 1e15);
            for (String k : List.of("by", "byDay", "atLeast", "atMost")) {
                if (t.has(k)) {
                    t.problem(k, "only for an event (happened: true or false)");
                }
            }
        }
        Target.Reference reference = readReference(t, kind);
        if (outcome == null || source == null || date == null && what.equals("date") || op == Target.Op.BY
                && byDate == null && Double.isNaN(threshold)) {
            return null;
        }
        return new TargetDraft(t, id, outcome, kind, date, number, sd, op, byDate, threshold, use, source, reference);
    }

    /** Marks every key a target may have as known, so a target given up on is not also reported for them. */
    private static void knowAll(YMap t) {
        for (String k : List.of("sd", "by", "byDay", "atLeast", "atMost", "reference", "date", "day", "value", "happened")) {
            t.has(k);
        }
    }

    private static Target.Reference readReference(YMap t, Target.Kind kind) {
        YMap r = t.map("reference");
        if (r == null) {
            return Target.Reference.DEFAULT;
        }
        Target.ReferenceKind rk = r.choice("kind", Target.ReferenceKind.class);
        double min = Double.NaN;
        double max = Double.NaN;
        double p = Double.NaN;
        if (rk == Target.ReferenceKind.UNIFORM) {
            min = r.number("min", -1e15, 1e15);
            max = r.number("max", -1e15, 1e15);
            if (!(max > min)) {
                r.problem("max", "must be above min");
            }
            if (kind == Target.Kind.EVENT) {
                r.problem("kind", "an event is scored against a probability or the prior, not a uniform distribution");
            }
        } else if (rk == Target.ReferenceKind.PROBABILITY) {
            p = r.number("p", 0, 1);
            if (kind != Target.Kind.EVENT) {
                r.problem("kind", "a date or value is scored against a distribution (uniform or prior), not a probability");
            }
        }
        r.end();
        return rk == null ? Target.Reference.DEFAULT : new Target.Reference(rk, min, max, p);
    }
}
