package org.conflictsim.output.results;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.conflictsim.experiment.calibrate.AbcSmc;
import org.conflictsim.experiment.calibrate.CalibrationSpec;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.experiment.calibrate.Stage;
import org.conflictsim.experiment.calibrate.Target;
import org.conflictsim.experiment.scoring.Score;
import org.conflictsim.experiment.sweep.Parameter;
import org.conflictsim.files.CsvField;

/**
 * The data files of a finished calibration, as text: {@code posterior.csv}, {@code parameters.csv},
 * {@code generations.csv}, {@code predictive.csv}, {@code scores.csv} and {@code manifest.json}.
 */
public final class CalibrationCsv {
    private CalibrationCsv() {
    }

    /** A number for these files: shortest exact decimal; NaN empty; infinities as inf and -inf. */
    public static String n(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v).replaceAll("\\.0$", "");
    }

    /** {@code posterior.csv}: the living particles with their weight, parameter values and median distance. */
    public static String posteriorCsv(Posterior post) {
        StringBuilder sb = new StringBuilder("particle,weight");
        for (Posterior.ParameterSummary p : post.parameters()) {
            sb.append(',').append(CsvField.field(p.parameter().name()));
        }
        sb.append(",distance_median\n");
        AbcSmc.Result r = post.abc();
        for (int i = 0; i < r.units().length; i++) {
            if (r.weights()[i] <= 0) {
                continue;
            }
            sb.append(i).append(',').append(n(r.weights()[i]));
            for (int j = 0; j < post.parameters().size(); j++) {
                sb.append(',').append(CsvField.field(post.parameters().get(j).parameter().at(r.units()[i][j]).text()));
            }
            double[] d = r.distances()[i].clone();
            java.util.Arrays.sort(d);
            sb.append(',').append(n(d[d.length / 2])).append('\n');
        }
        return sb.toString();
    }

    /** {@code parameters.csv}: per parameter, the prior, posterior summaries and the bound flag. */
    public static String parametersCsv(Posterior post) {
        StringBuilder sb = new StringBuilder("parameter,path,prior,posterior_mean,posterior_median,posterior_p05,"
                + "posterior_p95,weight_lowest_5pct_of_prior,weight_highest_5pct_of_prior,piles_up_at\n");
        for (Posterior.ParameterSummary p : post.parameters()) {
            Parameter par = p.parameter();
            boolean numeric = par instanceof Parameter.Range;
            sb.append(CsvField.field(par.name())).append(',').append(CsvField.field(par.path())).append(',')
                    .append(CsvField.field(par.describe().substring(par.name().length() + 2))).append(',')
                    .append(numeric ? n(p.mean()) : "").append(',').append(numeric ? n(p.median()) : "").append(',')
                    .append(numeric ? n(p.lo()) : "").append(',').append(numeric ? n(p.hi()) : "").append(',')
                    .append(n(p.lowerEdge())).append(',').append(n(p.upperEdge())).append(',')
                    .append(p.pileUp() == null ? "" : p.pileUp()).append('\n');
        }
        return sb.toString();
    }

    /** {@code generations.csv}: the figures of each generation. */
    public static String generationsCsv(Posterior post) {
        StringBuilder sb = new StringBuilder("generation,epsilon,ess,alive,resampled,moves_proposed,moves_accepted,"
                + "acceptance,runs\n");
        for (AbcSmc.Generation g : post.abc().generations()) {
            sb.append(g.index()).append(',').append(n(g.epsilon())).append(',').append(n(g.ess())).append(',')
                    .append(g.alive()).append(',').append(g.resampled()).append(',').append(g.proposed()).append(',')
                    .append(g.accepted()).append(',').append(n(g.acceptance()))
                    .append(',').append(g.runs()).append('\n');
        }
        return sb.toString();
    }

    /** {@code predictive.csv}: per target, the prior and posterior predictive. */
    public static String predictiveCsv(Posterior post) {
        StringBuilder sb = new StringBuilder("target,use,kind,outcome,observed,sd,prior_mean,prior_p05,prior_median,"
                + "prior_p95,posterior_mean,posterior_p05,posterior_median,posterior_p95,prior_implausibility,"
                + "posterior_implausibility,posterior_runs,posterior_runs_without_value,source\n");
        for (Posterior.TargetSummary t : post.targets()) {
            Target g = t.target();
            sb.append(CsvField.field(g.id())).append(',').append(use(g)).append(',').append(g.kind().name().toLowerCase(Locale.ROOT))
                    .append(',').append(CsvField.field(g.outcome())).append(',').append(n(g.observed())).append(',').append(n(g.sd()))
                    .append(',').append(n(t.priorMean())).append(',').append(n(t.priorQuantile(0.05))).append(',')
                    .append(n(t.priorQuantile(0.5))).append(',').append(n(t.priorQuantile(0.95))).append(',')
                    .append(n(t.posteriorMean())).append(',').append(n(t.posteriorQuantile(0.05))).append(',')
                    .append(n(t.posteriorQuantile(0.5))).append(',').append(n(t.posteriorQuantile(0.95))).append(',')
                    .append(n(t.priorImplausibility())).append(',').append(n(t.implausibility())).append(',')
                    .append(t.posterior().length).append(',').append(t.missing()).append(',').append(CsvField.field(g.source()))
                    .append('\n');
        }
        return sb.toString();
    }

    /** {@code scores.csv}: per target and rule, the score, its null model's and the skill. */
    public static String scoresCsv(Posterior post) {
        StringBuilder sb = new StringBuilder("target,use,rule,score,null_score,skill,unit,null_model\n");
        for (Posterior.TargetSummary t : post.targets()) {
            for (Score s : t.scores()) {
                sb.append(CsvField.field(t.target().id())).append(',').append(use(t.target())).append(',').append(s.rule())
                        .append(',').append(n(s.score())).append(',').append(n(s.reference())).append(',')
                        .append(n(s.skill())).append(',').append(CsvField.field(s.unit())).append(',').append(CsvField.field(s.nullModel()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code calibration} or {@code validation}. */
    public static String use(Target t) {
        return t.calibrates() ? "calibration" : "validation";
    }

    /** {@code manifest.json}: provenance, method, seed, tolerance and the stage stores. */
    public static String manifest(Posterior post, Map<String, String> provenance) {
        CalibrationSpec c = post.spec();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode m = json.createObjectNode();
        m.put("tool", "conflictsim");
        new TreeMap<>(provenance).forEach(m::put);
        m.put("calibration", c.name());
        m.put("calibrationFile", c.file().toString());
        m.put("scenario", c.base().scenario().id());
        m.put("method", c.method().type().yamlName());
        m.put("masterSeed", c.masterSeed());
        m.put("days", c.days());
        m.put("finalTolerance", post.abc().epsilon());
        m.put("stop", post.abc().stop());
        com.fasterxml.jackson.databind.node.ArrayNode stages = m.putArray("stageStores");
        for (AbcSmc.Generation g : post.abc().generations()) {
            if (g.index() == 0 || g.runs() > 0) {
                stages.add(Stage.folder(g.index()) + "/sweep.sqlite");
            }
        }
        stages.add(Stage.folder(Stage.PREDICTIVE) + "/sweep.sqlite");
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
