package org.conflictsim.output.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.calibrate.AbcSmc;
import org.conflictsim.experiment.calibrate.CalibrationSpec;
import org.conflictsim.experiment.calibrate.Posterior;
import org.conflictsim.experiment.calibrate.Stage;
import org.conflictsim.experiment.calibrate.Target;
import org.conflictsim.experiment.scoring.Score;
import org.conflictsim.experiment.sweep.Parameter;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.console.CalibrationSummary;

/** The {@code report.html} of a calibration. */
final class CalibrationReport {
    private CalibrationReport() {
    }

    static String html(Posterior post, List<Figure> figures, Map<String, String> provenance, Path dir) {
        CalibrationSpec c = post.spec();
        AbcSmc.Settings s = c.method().settings();
        LocalDate start = c.base().scenario().start();
        StringBuilder h = new StringBuilder();
        String title = "Calibration " + c.name() + " of " + c.base().scenario().id();
        ReportHtml.open(h, title);
        h.append("<h1>").append(ReportHtml.esc(title)).append("</h1>\n");
        h.append("<p class=\"tool\">ConflictSim ").append(ReportHtml.esc(provenance.getOrDefault("tool_version", "")))
                .append(" · approximate Bayesian computation by sequential Monte Carlo</p>\n");
        long flagged = post.parameters().stream().filter(p -> p.pileUp() != null).count();
        if (flagged > 0) {
            h.append("<p class=\"note\">");
            for (Posterior.ParameterSummary p : post.parameters()) {
                if (p.pileUp() != null) {
                    h.append(ReportHtml.esc(p.parameter().name() + " piles up at the " + p.pileUp()
                            + " bound of its prior (" + CalibrationSummary.pct(p.pileUp().equals("lower") ? p.lowerEdge() : p.upperEdge())
                            + " of the posterior weight in the outermost 5% of the prior): the data want a value"
                            + " outside the range, or the model compensates for something it lacks. Widen the prior or"
                            + " question the model before trusting the other parameters. ")).append("<br>");
                }
            }
            h.append("</p>\n");
        }
        h.append("<nav><a href=\"#parameters\">Parameters</a><a href=\"#targets\">Targets and scores</a>"
                + "<a href=\"#generations\">Generations</a><a href=\"#charts\">Charts</a><a href=\"#files\">Files</a></nav>\n");
        h.append("<h2>What was done</h2>\n<table class=\"facts\">\n");
        ReportHtml.row(h, "calibration file", "<code>" + ReportHtml.esc(c.file().toString()) + "</code> (SHA-256 "
                + ReportHtml.esc(provenance.getOrDefault("calibration_sha256", "")) + ")");
        ReportHtml.row(h, "scenario", ReportHtml.esc(c.base().scenario().id() + ": " + c.base().scenario().title()));
        ReportHtml.row(h, "runs", ReportHtml.esc(c.days() + " days from " + start + "; master seed " + c.masterSeed()));
        ReportHtml.row(h, "method", ReportHtml.esc("ABC-SMC (Del Moral, Doucet & Jasra 2012) with " + s.particles()
                + " particles × " + s.replications() + " runs; each generation keeps " + CalibrationSummary.pct(s.essDecay())
                + " of the effective sample size; at most " + s.generations() + " generations; proposals: Gaussian"
                + " random walk with twice the particles' covariance (Beaumont et al. 2009), reflected at the prior's"
                + " bounds"));
        ReportHtml.row(h, "distance", ReportHtml.esc("root mean square of the calibration targets' standardised"
                + " errors (simulated − observed) / sd; a run without a capture counts as captured the day after the"
                + " horizon; a wrong event counts as 1/sd (2 with the default sd 0.5)"));
        ReportHtml.row(h, "result", ReportHtml.esc(String.format(Locale.ROOT, "final tolerance ε = %.3g; ESS %.0f of"
                + " %d; stopped because %s", post.abc().epsilon(), post.abc().ess(), s.particles(), post.abc().stop())));
        long runs = post.abc().generations().stream().mapToLong(AbcSmc.Generation::runs).sum();
        ReportHtml.row(h, "cost", ReportHtml.esc(runs + " calibration runs in " + post.abc().generations().size()
                + " generations, then " + c.predictive() + " posterior-predictive runs per living particle"));
        ReportHtml.row(h, "provenance", ReportHtml.esc("git commit " + provenance.getOrDefault("git_commit", "unknown")
                + "; command: conflictsim " + provenance.getOrDefault("command", "")
                + "; every stage's store records its sessions (version, commit, host, threads)"));
        h.append("</table>\n");

        h.append("<h2 id=\"parameters\">Parameters</h2>\n<table>\n<tr><th>parameter</th><th>prior</th><th>posterior"
                + " median</th><th>90% interval</th><th>weight in the outer 5% (low, high)</th><th>flag</th></tr>\n");
        for (Posterior.ParameterSummary p : post.parameters()) {
            boolean numeric = p.parameter() instanceof Parameter.Range;
            h.append("<tr><td><code>").append(ReportHtml.esc(p.parameter().path())).append("</code></td><td>")
                    .append(ReportHtml.esc(p.parameter().describe().substring(p.parameter().name().length() + 2)))
                    .append("</td><td class=\"n\">").append(numeric ? CalibrationSummary.num(p.median()) : "").append("</td><td class=\"n\">")
                    .append(numeric ? CalibrationSummary.num(p.lo()) + " – " + CalibrationSummary.num(p.hi()) : "").append("</td><td class=\"n\">")
                    .append(CalibrationSummary.pct(p.lowerEdge())).append(", ").append(CalibrationSummary.pct(p.upperEdge())).append("</td><td>")
                    .append(p.pileUp() == null ? "" : "<b>piles up at the " + p.pileUp() + " bound</b>")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2 id=\"targets\">Targets and scores</h2>\n<p>Calibration targets enter the distance; validation"
                + " targets are held out and only scored, so their scores are out of sample. Scores use new runs of"
                + " every living particle (the posterior predictive). CRPS (continuous ranked probability score, in the"
                + " target's unit) for dates and quantities; Brier and log scores for events. Skill = 1 − score / null"
                + " model's score: 1 perfect, 0 no better than the null model, negative worse. Implausibility (Vernon"
                + " et al. 2010): |mean − observed| / √(sd² + variance) of the predictive runs; above 3 the model"
                + " does not reproduce the observation.</p>\n");
        h.append("<table>\n<tr><th>target</th><th>set</th><th>observed</th><th>prior predictive (5–95%)</th>"
                + "<th>posterior predictive (5–95%)</th><th>implausibility (prior → posterior)</th><th>score</th><th>null model</th><th>skill</th><th>source</th></tr>\n");
        for (Posterior.TargetSummary t : post.targets()) {
            Target g = t.target();
            boolean event = g.kind() == Target.Kind.EVENT;
            String prior = event ? CalibrationSummary.pct(t.priorMean()) : range(t.priorQuantile(0.05), t.priorQuantile(0.95), g, start);
            String postR = event ? CalibrationSummary.pct(t.posteriorMean()) : range(t.posteriorQuantile(0.05), t.posteriorQuantile(0.95), g, start);
            List<Score> sc = t.scores();
            int rows = Math.max(1, sc.size());
            for (int k = 0; k < rows; k++) {
                h.append("<tr").append(k == 0 ? " class=\"group\"" : "").append(">");
                if (k == 0) {
                    h.append("<td rowspan=\"").append(rows).append("\"><b>").append(ReportHtml.esc(g.id()))
                            .append("</b><br><code>").append(ReportHtml.esc(g.outcome())).append("</code></td><td rowspan=\"")
                            .append(rows).append("\">").append(g.calibrates() ? "calibration" : "validation")
                            .append("</td><td rowspan=\"").append(rows).append("\">")
                            .append(ReportHtml.esc(g.describeObserved(start))).append("</td><td rowspan=\"").append(rows)
                            .append("\" class=\"n\">").append(ReportHtml.esc(prior)).append("</td><td rowspan=\"")
                            .append(rows).append("\" class=\"n\">").append(ReportHtml.esc(postR)).append("</td><td rowspan=\"")
                            .append(rows).append("\" class=\"n\">")
                            .append(CalibrationSummary.num(t.priorImplausibility())).append(" → ")
                            .append(implausible(t.implausibility())).append("</td>");
                }
                if (k < sc.size()) {
                    Score x = sc.get(k);
                    h.append("<td class=\"n\">").append(ReportHtml.esc(x.rule() + " " + CalibrationSummary.num(x.score()) + " " + x.unit()))
                            .append("</td><td>").append(ReportHtml.esc(CalibrationSummary.num(x.reference()) + ": " + x.nullModel()))
                            .append("</td><td class=\"n\">").append(CalibrationSummary.num(x.skill())).append("</td>");
                } else {
                    h.append("<td></td><td></td><td></td>");
                }
                if (k == 0) {
                    h.append("<td rowspan=\"").append(rows).append("\" class=\"ref\">").append(ReportHtml.esc(g.source()))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");

        h.append("<h2 id=\"generations\">Generations</h2>\n<table>\n<tr><th>generation</th><th>tolerance ε</th>"
                + "<th>ESS</th><th>alive</th><th>resampled</th><th>moves (accepted / proposed)</th>"
                + "<th>runs</th><th>store</th></tr>\n");
        for (AbcSmc.Generation g : post.abc().generations()) {
            String store = Stage.folder(g.index()) + "/sweep.sqlite";
            h.append("<tr><td class=\"n\">").append(g.index()).append("</td><td class=\"n\">")
                    .append(g.index() == 0 ? "∞ (prior)" : CalibrationSummary.num(g.epsilon())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.0f", g.ess())).append("</td><td class=\"n\">").append(g.alive())
                    .append("</td><td>").append(g.resampled() ? "yes" : "").append("</td><td class=\"n\">")
                    .append(g.index() == 0 ? "" : g.accepted() + " / " + g.proposed())
                    .append("</td><td class=\"n\">").append(g.runs()).append("</td><td>")
                    .append(g.runs() > 0 ? "<code>" + ReportHtml.esc(store) + "</code>" : "").append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2 id=\"charts\">Charts</h2>\n");
        ReportHtml.figures(h, figures, List.of(), dir);
        ReportHtml.svgLinks(h, figures, dir);
        h.append("<h2 id=\"files\">Files</h2>\n<ul class=\"files\">\n");
        ReportHtml.fileItem(h, dir, "posterior.csv", "the living particles: weight, parameter values, median distance");
        ReportHtml.fileItem(h, dir, "parameters.csv", "posterior summaries and the bound flags");
        ReportHtml.fileItem(h, dir, "generations.csv", "tolerance, ESS, moves and runs per generation");
        ReportHtml.fileItem(h, dir, "predictive.csv", "each target's prior and posterior predictive");
        ReportHtml.fileItem(h, dir, "scores.csv", "CRPS, Brier and log scores with skill against the null model");
        ReportHtml.fileItem(h, dir, "manifest.json", "version, commit, command, checksums, seeds, stage stores");
        h.append("</ul>\n<p class=\"muted\">Every stage is a sweep store (<code>generation-k/sweep.sqlite</code>,"
                + " <code>predictive/sweep.sqlite</code>): export one with <code>conflictsim export</code>.</p>\n");
        ReportHtml.close(h);
        return h.toString();
    }

    private static String implausible(double v) {
        String t = CalibrationSummary.num(v);
        return v > 3 ? "<b>" + t + " (above 3)</b>" : t;
    }

    private static String range(double lo, double hi, Target g, LocalDate start) {
        if (g.kind() == Target.Kind.DATE) {
            return start.plusDays(Math.round(lo)) + " – " + start.plusDays(Math.round(hi));
        }
        return CalibrationSummary.num(lo) + " – " + CalibrationSummary.num(hi);
    }
}
