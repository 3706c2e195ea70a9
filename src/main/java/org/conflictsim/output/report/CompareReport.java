package org.conflictsim.output.report;

import static org.conflictsim.output.report.ReportHtml.esc;
import static org.conflictsim.output.report.ReportHtml.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.experiment.compare.Verdict;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.ForestChart;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.CompareManifest;
import org.conflictsim.output.results.ScenarioInfo;
import org.conflictsim.output.results.Caveats;

/**
 * The {@code report.html} of a {@code compare} folder: one self-contained page (the look of
 * {@link ReportHtml}) with each scenario's title, question and description, the facts of the manifest, the
 * scenario events, first the answer to each compared scenario's question ({@link CompareHeadline}), then the
 * headline outcomes that clearly differ, and the tables of every outcome that is not the same in every
 * replicate (mean and 95% interval per scenario, paired difference with its interval, change, verdict,
 * p-values, effect sizes d_z and d_av, note), the charts with captions and links to the data files. Only
 * files that exist are linked.
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
        ReportHtml.writeAtomically(file, html(c, figures, notes, file.getParent()));
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
        h.append("<nav><a href=\"#answers\">In short</a><a href=\"#scenarios\">Scenarios</a>")
                .append("<a href=\"#facts\">About this comparison</a>")
                .append("<a href=\"#differences\">Differences</a><a href=\"#charts\">Charts</a>")
                .append("<a href=\"#data\">Data files</a></nav>\n");
        List<ComparisonSummary.Block> blocks = CompareHeadline.of(c);
        answers(h, blocks);
        scenarios(h, c);
        facts(h, c);
        events(h, c);
        differences(h, c, blocks);
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

    /** Each compared scenario's question and the sentence that answers it from the results. */
    private static void answers(StringBuilder h, List<ComparisonSummary.Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"answers\">In short</h2>\n");
        for (ComparisonSummary.Block b : blocks) {
            h.append("<h3><code>").append(esc(b.scenario())).append("</code></h3>\n");
            if (!b.question().isBlank()) {
                h.append("<p class=\"question\"><strong>Question.</strong> ").append(esc(b.question())).append("</p>\n");
            }
            h.append("<p class=\"answer\"><strong>From the results.</strong> ").append(esc(b.answer())).append("</p>\n");
        }
        h.append("<p class=\"caveat\">").append(esc(Caveats.NOT_A_FORECAST)).append(" Each difference is paired over "
                + "replicates run with the same seeds, with its 95% confidence interval; “no clear difference” means "
                + "the interval includes zero.");
        if (blocks.stream().anyMatch(ComparisonSummary.Block::humanitarian)) {
            h.append(" ").append(esc(Caveats.HUMANITARIAN));
        }
        h.append("</p>\n");
    }

    private static void differences(StringBuilder h, CompareFolder c, List<ComparisonSummary.Block> blocks) {
        List<String> differing = c.differing();
        String ref = c.labels().get(0);
        h.append("<h2 id=\"differences\">Differences to ").append(esc(ref)).append("</h2>\n");
        for (ComparisonSummary.Block b : blocks) {
            headline(h, ref, b);
        }
        if (differing.isEmpty()) {
            h.append("<p class=\"note\">No outcome differs from ").append(esc(ref))
                    .append(" in any replicate.</p>\n");
            return;
        }
        h.append("<h3>Every outcome that is not the same in every replicate</h3>\n");
        h.append("<p class=\"muted\">").append(differing.size()).append(" of ").append(c.comparison().outcomes().size())
                .append(" outcomes are not the same as in ").append(esc(ref)).append(" in at least one replicate; that "
                        + "alone is not an effect: the verdict says which differ (the 95% interval of the difference "
                        + "leaves out zero and the difference is at least the outcome's resolution), which are "
                        + "unclear (the interval includes zero) and which are below resolution. Mean over the runs in "
                        + "which the outcome occurred, with its 95% interval (Wilson interval for shares of runs); "
                        + "difference to ").append(esc(ref)).append(" over the paired replicates (same seed) with its "
                        + "95% t interval (Newcombe's interval for shares of runs); change in percent of ")
                .append(esc(ref)).append("'s mean; p-values of the paired t-test and the Wilcoxon signed-rank test "
                        + "(the exact McNemar test for shares of runs); effect sizes d_z (mean difference / SD of the "
                        + "differences, large under common random numbers) and d_av (mean difference / mean SD of the two "
                        + "scenarios, on Cohen's usual scale). Capture days count from each scenario's start and are "
                        + "averaged over the runs with a capture; their difference is left out where a place was taken "
                        + "in only one run of a pair: the restricted mean days to capture (a place not taken counts as "
                        + "the whole horizon) compares every pair. From <a href=\"").append(CompareFolder.COMPARISON)
                .append("\">").append(CompareFolder.COMPARISON).append("</a>, which has every outcome.</p>\n");
        List<String> places = differing.stream().filter(o -> Outcome.CAPTURE_DAY.names(o)
                || Outcome.CAPTURE_SHARE.names(o) || Outcome.CAPTURE_RMST.names(o)).toList();
        List<String> headline = differing.stream().filter(o -> ForestChart.headline(o) && !places.contains(o))
                .toList();
        List<String> other = differing.stream().filter(o -> !ForestChart.headline(o) && !places.contains(o)).toList();
        if (!headline.isEmpty()) {
            h.append("<details>\n<summary>Headline outcomes (").append(headline.size()).append(")</summary>\n");
            table(h, c, headline);
            h.append("</details>\n");
        }
        if (!places.isEmpty()) {
            h.append("<details>\n<summary>Places: share of runs in which each was taken, restricted mean days to its "
                    + "capture and its capture day (").append(places.size()).append(" outcomes)</summary>\n");
            table(h, c, places);
            h.append("</details>\n");
        }
        if (!other.isEmpty()) {
            h.append("<details>\n<summary>Other outcomes (").append(other.size()).append(")</summary>\n");
            table(h, c, other);
            h.append("</details>\n");
        }
    }

    /** One compared scenario's headline outcomes that clearly differ, the unclear ones and the counts. */
    private static void headline(StringBuilder h, String ref, ComparisonSummary.Block b) {
        h.append("<h3><code>").append(esc(b.scenario())).append("</code>: headline outcomes that differ clearly</h3>\n");
        if (b.lines().isEmpty()) {
            h.append("<p>None: no headline outcome's 95% interval leaves out zero at or above its resolution.</p>\n");
        } else {
            h.append("<table class=\"diff\">\n<tr><th>outcome</th><th>").append(esc(ref)).append("</th><th>")
                    .append(esc(b.scenario())).append("</th><th>difference [95% CI]</th><th>change</th></tr>\n");
            for (ComparisonSummary.Line l : b.lines()) {
                h.append("<tr><td>").append(esc(l.label())).append(l.humanitarian() ? " *" : "").append("</td>")
                        .append(num(l.reference())).append(num(l.value())).append(num(l.difference()))
                        .append(num(l.change().isEmpty() ? "-" : l.change())).append("</tr>\n");
            }
            h.append("</table>\n");
            if (b.lines().stream().anyMatch(ComparisonSummary.Line::humanitarian)) {
                h.append("<p class=\"caveat\">* ").append(esc(Caveats.HUMANITARIAN)).append("</p>\n");
            }
        }
        StringBuilder p = new StringBuilder();
        b.morePlaces().forEach(s -> p.append(esc(s)).append(" "));
        if (!b.unclear().isEmpty()) {
            p.append("No clear difference (95% interval includes zero): ").append(esc(String.join("; ", b.unclear())))
                    .append(". ");
        }
        p.append("Of all ").append(b.counts().values().stream().mapToInt(Integer::intValue).sum()).append(" outcomes: ")
                .append(b.count(Verdict.DIFFERS)).append(" differ, ").append(b.count(Verdict.UNCLEAR))
                .append(" unclear, ").append(b.count(Verdict.NEGLIGIBLE)).append(" below resolution, ")
                .append(b.count(Verdict.SAME)).append(" the same in every replicate")
                .append(b.count(Verdict.NONE) > 0 ? ", " + b.count(Verdict.NONE) + " not compared" : "").append(".");
        h.append("<p class=\"muted\">").append(p).append("</p>\n");
    }

    private static void table(StringBuilder h, CompareFolder c, List<String> outcomes) {
        h.append("<table class=\"diff\">\n<tr><th>outcome (unit)</th><th>scenario</th><th>mean [95% CI]</th>"
                + "<th>difference [95% CI]</th><th>change</th><th>verdict</th><th>pairs</th><th>p (t)</th>"
                + "<th>p (Wilcoxon / McNemar)</th><th>d<sub>z</sub></th><th>d<sub>av</sub></th><th>note</th></tr>\n");
        for (String o : outcomes) {
            OutcomeLabel l = OutcomeLabel.of(c.names(), o);
            boolean first = true;
            double refMean = Double.NaN;
            for (ComparisonRow r : c.comparison().of(o)) {
                Estimate e = r.level();
                PairedDifference d = r.paired();
                boolean ref = first;
                if (ref) {
                    refMean = e.mean();
                }
                double pOther = OutcomeColumns.isShare(o) ? d.pMcNemar() : d.pWilcoxon();
                String change = ref ? "" : CompareHeadline.change(o, refMean, r);
                h.append(first ? "<tr class=\"group\">" : "<tr>").append("<td title=\"").append(esc(o))
                        .append("\">").append(first ? esc(l.label()) + (l.unit().isEmpty() ? ""
                                : " <span class=\"muted\">(" + esc(l.unit()) + ")</span>") : "")
                        .append("</td><td class=\"s").append(ref ? " ref" : "").append("\">")
                        .append(esc(r.scenario())).append("</td>")
                        .append(num(l.format(e.mean()) + " " + interval(l, e.ciLow(), e.ciHigh(), false)))
                        .append(num(ref || Double.isNaN(d.diff()) ? "" : l.formatDifference(d.diff()) + " "
                                + interval(l, d.ciLow(), d.ciHigh(), true)))
                        .append(num(change))
                        .append("<td class=\"").append(r.verdict().text()).append("\">").append(esc(r.verdict().text()))
                        .append("</td>")
                        .append(num(ref ? "" : Integer.toString(d.nPairs())))
                        .append(num(ref ? "" : ComparisonSummary.pValue(d.pT())))
                        .append(num(ref ? "" : ComparisonSummary.pValue(pOther)))
                        .append(num(ref ? "" : ComparisonSummary.effect(d.dz())))
                        .append(num(ref ? "" : ComparisonSummary.effect(d.dav())))
                        .append("<td class=\"muted\">").append(esc(d.note())).append("</td></tr>\n");
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
        ReportHtml.fileItem(h, dir, CompareFolder.COMPARISON, "per outcome and scenario: unit, mean with its 95% CI, "
                + "difference to the reference with its CI, change in percent, p-values, effect sizes d_z and d_av, "
                + "pairs, resolution, verdict and a note");
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
