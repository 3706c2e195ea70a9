package org.conflictsim.output.report;

import static org.conflictsim.output.report.ReportHtml.esc;
import static org.conflictsim.output.report.ReportHtml.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.ForestChart;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.CompareManifest;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * The {@code report.html} of a {@code compare} folder: one self-contained page (the look of
 * {@link ReportHtml}) with each scenario's title, question and description, the facts of the manifest, the
 * scenario events, the table of the outcomes that differ from the reference (mean and 95% interval per
 * scenario, paired difference with its interval, p-values of the paired t-test and the Wilcoxon
 * signed-rank test, Cohen's d), the charts with captions and links to the data files. Only files that exist
 * are linked.
 */
public final class CompareReport {
    private CompareReport() {
    }

    /**
     * Writes the report; images are linked from {@code charts/}.
     *
     * @param figures the charts written, in order
     * @param notes   sentences about charts left out and why
     * @throws IOException if the file cannot be written
     */
    public static Path write(CompareFolder c, List<Figure> figures, List<String> notes, Path file)
            throws IOException {
        Files.writeString(file, html(c, figures, notes, file.getParent()), StandardCharsets.UTF_8);
        return file;
    }

    /** The page as text; {@code dir} is the folder the page is in (links are checked against it). */
    static String html(CompareFolder c, List<Figure> figures, List<String> notes, Path dir) {
        List<String> labels = c.labels();
        String title = labels.get(0) + " compared with " + String.join(", ", labels.subList(1, labels.size()));
        StringBuilder h = new StringBuilder(64_000);
        ReportHtml.open(h, title + " – ConflictSim comparison");
        h.append("<p class=\"tool\">ConflictSim ").append(esc(c.manifest().version()))
                .append(" · results of <code>compare</code> · ").append(labels.size()).append(" scenarios</p>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<nav><a href=\"#scenarios\">Scenarios</a><a href=\"#facts\">About this comparison</a>")
                .append("<a href=\"#differences\">Differences</a><a href=\"#charts\">Charts</a>")
                .append("<a href=\"#data\">Data files</a></nav>\n");
        scenarios(h, c);
        facts(h, c);
        events(h, c);
        differences(h, c);
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        ReportHtml.figures(h, figures, notes, dir);
        files(h, c, figures, dir);
        ReportHtml.close(h);
        return h.toString();
    }

    private static void scenarios(StringBuilder h, CompareFolder c) {
        h.append("<h2 id=\"scenarios\">Scenarios</h2>\n<p class=\"muted\">Each scenario is compared with the first, "
                + "the reference, replicate by replicate.</p>\n");
        for (int k = 0; k < c.scenarios().size(); k++) {
            ScenarioInfo s = c.scenarios().get(k);
            CompareManifest.Scenario m = c.manifest().scenarios().get(k);
            h.append("<div class=\"scenario\">\n<h3><code>").append(esc(m.label())).append("</code>")
                    .append(k == 0 ? " (reference)" : "").append(" – ").append(esc(s.title())).append("</h3>\n");
            if (!s.question().isBlank()) {
                h.append("<p class=\"question\"><strong>Question.</strong> ").append(esc(s.question()))
                        .append("</p>\n");
            }
            if (k > 0 && s.description().equals(c.reference().description())) {
                h.append("<p class=\"muted\">Description as for ").append(esc(c.labels().get(0))).append(".</p>\n");
            } else if (!s.description().isBlank()) {
                h.append("<p>").append(esc(s.description())).append("</p>\n");
            }
            h.append("<p class=\"muted\">From <code>").append(esc(m.file().isEmpty() ? "?" : m.file()))
                    .append("</code>, starting ").append(esc(ChartKit.day(m.start())));
            if (!m.sha256().isEmpty()) {
                h.append(", SHA-256 <code>").append(esc(m.sha256())).append("</code>");
            }
            h.append(".</p>\n</div>\n");
        }
    }

    private static void facts(StringBuilder h, CompareFolder c) {
        CompareManifest m = c.manifest();
        h.append("<h2 id=\"facts\">About this comparison</h2>\n<table class=\"facts\">\n");
        row(h, "Period", esc(ChartKit.day(c.start()) + " – " + ChartKit.day(c.start().plusDays(m.days() - 1L))
                + " (" + m.days() + " days" + (sameStart(m) ? "" : "; the scenarios start on different days")
                + ")"));
        row(h, "Replications", m.replications() + " per scenario");
        row(h, "Master seed", "<code>" + Long.toUnsignedString(m.masterSeed()) + "</code>");
        if (!m.seedDerivation().isEmpty()) {
            row(h, "Run seeds", esc(m.seedDerivation()));
        }
        if (!m.commonRandomNumbers().isEmpty()) {
            row(h, "Pairing", esc(m.commonRandomNumbers()));
        }
        if (!m.statistics().isEmpty()) {
            row(h, "Statistics", esc(m.statistics()));
        }
        row(h, "Tool", esc("conflictsim " + m.version()) + (m.gitCommit().isEmpty() ? ""
                : ", commit <code>" + esc(m.gitCommit()) + "</code>"));
        if (!m.commandLine().isEmpty()) {
            row(h, "Command line", "<code>conflictsim " + esc(String.join(" ", m.commandLine())) + "</code>");
        }
        if (!m.created().isEmpty()) {
            row(h, "Created", esc(m.created()));
        }
        h.append("</table>\n");
    }

    private static boolean sameStart(CompareManifest m) {
        return m.scenarios().stream().allMatch(s -> s.start().equals(m.reference().start()));
    }

    private static void events(StringBuilder h, CompareFolder c) {
        List<ChartKit.EventGroup> groups = ChartKit.group(c.markedEvents(), c.first(), c.end());
        h.append("<h3>Scenario events</h3>\n");
        if (groups.isEmpty()) {
            h.append("<p class=\"muted\">No scenario event started or ended during the runs.</p>\n");
            return;
        }
        h.append("<p class=\"muted\">Instruments starting, or ending on a date the scenario sets, during the runs "
                + "(the numbered dashed lines in the charts); in brackets, which scenarios have an event that not "
                + "all have.</p>\n<table>\n<tr><th>no.</th><th>date</th><th>event</th></tr>\n");
        for (ChartKit.EventGroup g : groups) {
            for (String label : g.labels()) {
                h.append("<tr><td class=\"n\">").append(g.number()).append("</td><td>")
                        .append(esc(ChartKit.day(g.date()))).append("</td><td>").append(esc(label))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static void differences(StringBuilder h, CompareFolder c) {
        List<String> differing = c.differing();
        int all = c.comparison().outcomes().size();
        String ref = c.labels().get(0);
        h.append("<h2 id=\"differences\">Differences to ").append(esc(ref)).append("</h2>\n");
        if (differing.isEmpty()) {
            h.append("<p class=\"note\">No outcome differs from ").append(esc(ref))
                    .append(" in any replicate.</p>\n");
            return;
        }
        h.append("<p class=\"muted\">").append(differing.size()).append(" of ").append(all)
                .append(" outcomes differ from ").append(esc(ref)).append(" in at least one replicate. Mean over the "
                        + "runs in which the outcome occurred, with its 95% interval (Wilson interval for shares of "
                        + "runs); difference to ").append(esc(ref)).append(" over the paired replicates (same seed) "
                        + "with its 95% t interval; p-values of the paired t-test and the Wilcoxon signed-rank test; "
                        + "d = Cohen's d of the paired differences. Capture days count from each scenario's start. "
                        + "From <a href=\"").append(CompareFolder.COMPARISON).append("\">")
                .append(CompareFolder.COMPARISON).append("</a>, which has every outcome.</p>\n");
        List<String> places = differing.stream().filter(o -> o.startsWith(OutcomeColumns.CAPTURE_DAY)
                || o.startsWith(OutcomeColumns.CAPTURE_SHARE)).toList();
        List<String> headline = differing.stream().filter(o -> ForestChart.headline(o) && !places.contains(o))
                .toList();
        List<String> other = differing.stream().filter(o -> !ForestChart.headline(o)).toList();
        if (!headline.isEmpty()) {
            h.append("<h3>Headline outcomes</h3>\n");
            table(h, c, headline);
        }
        if (!places.isEmpty()) {
            h.append("<details>\n<summary>Places: share of runs in which each was taken, and its capture day (")
                    .append(places.size()).append(" outcomes)</summary>\n");
            table(h, c, places);
            h.append("</details>\n");
        }
        if (!other.isEmpty()) {
            h.append("<details>\n<summary>Other outcomes that differ (").append(other.size())
                    .append(")</summary>\n");
            table(h, c, other);
            h.append("</details>\n");
        }
    }

    private static void table(StringBuilder h, CompareFolder c, List<String> outcomes) {
        h.append("<table class=\"diff\">\n<tr><th>outcome (unit)</th><th>scenario</th><th>mean [95% CI]</th>"
                + "<th>difference [95% CI]</th><th>pairs</th><th>p (t)</th><th>p (Wilcoxon)</th><th>d</th></tr>\n");
        for (String o : outcomes) {
            OutcomeLabel l = OutcomeLabel.of(c.names(), o);
            boolean first = true;
            for (ComparisonRow r : c.comparison().of(o)) {
                Estimate e = r.level();
                PairedDifference d = r.paired();
                boolean ref = d == PairedDifference.NONE;
                h.append(first ? "<tr class=\"group\">" : "<tr>").append("<td title=\"").append(esc(o))
                        .append("\">").append(first ? esc(l.label()) + (l.unit().isEmpty() ? ""
                                : " <span class=\"muted\">(" + esc(l.unit()) + ")</span>") : "")
                        .append("</td><td class=\"s").append(ref ? " ref" : "").append("\">")
                        .append(esc(r.scenario())).append("</td>")
                        .append(num(l.format(e.mean()) + " " + interval(l, e.ciLow(), e.ciHigh(), false)))
                        .append(num(ref ? "" : l.formatDifference(d.diff()) + " "
                                + interval(l, d.ciLow(), d.ciHigh(), true)))
                        .append(num(ref ? "" : Integer.toString(d.nPairs())))
                        .append(num(ref ? "" : ComparisonSummary.pValue(d.pT())))
                        .append(num(ref ? "" : ComparisonSummary.pValue(d.pWilcoxon())))
                        .append(num(ref ? "" : ComparisonSummary.effect(d.cohenD()))).append("</tr>\n");
                first = false;
            }
        }
        h.append("</table>\n");
    }

    /** A number cell; a lone {@code -} (no value) becomes an en dash, minus signs become true minus signs. */
    private static String num(String text) {
        String t = text.strip();
        t = t.equals("-") ? "–" : t.replace('-', '−');
        return "<td class=\"n\">" + esc(t) + "</td>";
    }

    private static String interval(OutcomeLabel l, double lo, double hi, boolean difference) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return "";
        }
        return difference ? "[" + l.formatDifference(lo) + ", " + l.formatDifference(hi) + "]"
                : "[" + l.format(lo) + ", " + l.format(hi) + "]";
    }

    private static void files(StringBuilder h, CompareFolder c, List<Figure> figures, Path dir) {
        h.append("<h2 id=\"data\">Data files</h2>\n<ul class=\"files\">\n");
        ReportHtml.fileItem(h, dir, CompareFolder.COMPARISON, "per outcome and scenario: mean with its 95% CI, "
                + "difference to the reference with its CI, p-values, Cohen's d, pairs");
        ReportHtml.fileItem(h, dir, CompareFolder.BANDS, "daily mean, 5% and 95% quantile across replicates per "
                + "scenario of the charted series (scenario, day, date, metric, entity, mean, p05, p95)");
        ReportHtml.fileItem(h, dir, "manifest.json", "tool version, seeds, command line, scenario checksums");
        for (String label : c.labels()) {
            ReportHtml.fileItem(h, dir, label + "/runs.csv", "one row per replicate of " + label
                    + ": seed and outcomes");
            ReportHtml.fileItem(h, dir, label + "/events.csv", "captures, instruments starting and ending, per "
                    + "replicate of " + label);
            ReportHtml.fileItem(h, dir, label + "/scenario.yaml", "the scenario " + label + " as run");
        }
        h.append("</ul>\n");
        ReportHtml.svgLinks(h, figures, dir);
    }
}
