package org.conflictsim.output.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.discover.Discovery;
import org.conflictsim.experiment.discover.Prim;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.console.CalibrationSummary;

/** The {@code report.html} of a scenario discovery. */
final class DiscoveryReport {
    private DiscoveryReport() {
    }

    static String html(Discovery d, List<Figure> figures, Map<String, String> provenance, Path dir) {
        StringBuilder h = new StringBuilder();
        String title = "Scenario discovery: " + d.expression().text();
        ReportHtml.open(h, title);
        h.append("<h1>").append(ReportHtml.esc(title)).append("</h1>\n<p class=\"tool\">ConflictSim ")
                .append(ReportHtml.esc(provenance.getOrDefault("tool_version", "")))
                .append(" · PRIM (Friedman &amp; Fisher 1999; Bryant &amp; Lempert 2010)</p>\n");
        Prim.Box b = d.box();
        h.append("<p class=\"question\">").append(ReportHtml.esc(String.format(Locale.ROOT, "In box %d, %s of the"
                + " runs meet the condition (base rate %s, %.1f times as often), and the box holds %s of all runs that"
                + " meet it. It restricts %d of %d parameters.", d.chosen(), CalibrationSummary.pct(b.density()),
                CalibrationSummary.pct(d.baseRate()), b.density() / d.baseRate(), CalibrationSummary.pct(b.coverage()),
                b.restrictions(), d.dimensions().size()))).append("</p>\n");
        h.append("<h2>What was done</h2>\n<table class=\"facts\">\n");
        ReportHtml.row(h, "store", "<code>" + ReportHtml.esc(d.store().toString()) + "</code>");
        ReportHtml.row(h, "sweep", ReportHtml.esc(d.meta().getOrDefault("sweep_name", "") + " of scenario "
                + d.meta().getOrDefault("scenario_id", "") + " (" + d.meta().getOrDefault("design_type", "") + " design, "
                + d.meta().getOrDefault("points", "") + " points × " + d.meta().getOrDefault("replications", "")
                + " replications; master seed " + d.meta().getOrDefault("master_seed", "") + "; sweep file SHA-256 "
                + d.meta().getOrDefault("sweep_sha256", "") + ")"));
        ReportHtml.row(h, "condition", "<code>" + ReportHtml.esc(d.expression().text()) + "</code> (a place never"
                + " captured counts as later than any day)");
        ReportHtml.row(h, "cases", ReportHtml.esc(d.y().length + " successful runs, each described by its point's"
                + " parameter values; " + Math.round(d.baseRate() * d.y().length) + " meet the condition"));
        ReportHtml.row(h, "peeling", ReportHtml.esc(String.format(Locale.ROOT, "%s of the box's runs per step; stop"
                + " below %s of all runs; %d boxes; no pasting", CalibrationSummary.pct(d.alpha()),
                CalibrationSummary.pct(d.minMass()), d.trajectory().size())));
        ReportHtml.row(h, "chosen box", ReportHtml.esc("box " + d.chosen() + provenance.getOrDefault("box_choice", "")));
        ReportHtml.row(h, "provenance", ReportHtml.esc("ConflictSim " + provenance.getOrDefault("tool_version", "")
                + ", git commit " + provenance.getOrDefault("git_commit", "") + "; command: conflictsim "
                + provenance.getOrDefault("command", "")));
        h.append("</table>\n<h2>The box</h2>\n<table>\n<tr><th>parameter</th><th>in the box</th><th>in the sweep</th>"
                + "<th>density without this restriction</th><th>coverage without it</th><th>quasi-p-value</th></tr>\n");
        Prim.Box all = d.trajectory().get(0);
        for (int j = 0; j < d.dimensions().size(); j++) {
            Prim.Lifted lift = null;
            for (Prim.Lifted l : d.lifted()) {
                if (l.dimension() == j) {
                    lift = l;
                }
            }
            h.append("<tr><td><code>").append(ReportHtml.esc(d.dimensions().get(j).path())).append("</code></td><td>")
                    .append(b.restricted()[j] ? "<b>" + ReportHtml.esc(d.range(b, j)) + "</b>" : "not restricted")
                    .append("</td><td>").append(ReportHtml.esc(d.range(all, j))).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : CalibrationSummary.pct(lift.density())).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : CalibrationSummary.pct(lift.coverage())).append("</td><td class=\"n\">")
                    .append(lift == null ? "" : String.format(Locale.ROOT, "%.2g", lift.pValue())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"muted\">Quasi-p-value (Bryant &amp; Lempert 2010): the chance of at least the"
                + " box's hits if its runs were drawn from the box without that restriction (one-sided hypergeometric"
                + " test); a large value means the restriction adds little. Runs of one point share its parameters, so"
                + " with replications these are not independent and the values are indicative.</p>\n");
        h.append("<h2>Peeling trajectory</h2>\n<table>\n<tr><th>box</th><th>coverage</th><th>density</th><th>mass</th>"
                + "<th>restricted</th></tr>\n");
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box t = d.trajectory().get(i);
            h.append("<tr").append(i == d.chosen() ? " class=\"group\"" : "").append("><td class=\"n\">").append(i)
                    .append(i == d.chosen() ? " (chosen)" : "").append("</td><td class=\"n\">")
                    .append(CalibrationSummary.pct(t.coverage())).append("</td><td class=\"n\">")
                    .append(CalibrationSummary.pct(t.density())).append("</td><td class=\"n\">")
                    .append(CalibrationSummary.pct(t.mass())).append("</td><td class=\"n\">").append(t.restrictions())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Charts</h2>\n");
        ReportHtml.figures(h, figures, List.of(), dir);
        ReportHtml.svgLinks(h, figures, dir);
        h.append("<h2>Files</h2>\n<ul class=\"files\">\n");
        ReportHtml.fileItem(h, dir, "trajectory.csv", "every box of the peeling trajectory with its ranges");
        ReportHtml.fileItem(h, dir, "box.csv", "the chosen box, parameter by parameter, with its restrictions lifted");
        h.append("</ul>\n");
        ReportHtml.close(h);
        return h.toString();
    }
}
