package org.conflictsim.output.report;

import static org.conflictsim.output.report.ReportHtml.esc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.charts.SweepChartKit;
import org.conflictsim.output.charts.SweepData;
import org.conflictsim.output.charts.SweepOutcome;
import org.conflictsim.output.charts.SweepParameter;

/**
 * The {@code report.html} of a sweep folder: one self-contained page (the shared inline style, no scripts,
 * nothing from the network) with what the sweep file says about itself (its opening comment), the facts of
 * the store (sweep and base scenario with checksums, design, parameters with their ranges or values,
 * replications, seeds), who ran it (every session with version and commit), runs done and failed, summary
 * tables of the outcomes and of the sensitivity indices, the charts with captions, and links to the data
 * files. Only files that exist are linked; the sweep file itself is shown inline.
 */
final class SweepReport {
    private SweepReport() {
    }

    /**
     * The charts of one outcome, in report order.
     *
     * @param outcome the outcome
     * @param figures its charts
     */
    record Section(SweepOutcome outcome, List<Figure> figures) {
        Section {
            figures = List.copyOf(figures);
        }
    }

    /** Writes the report (through a temporary file) and returns its path. */
    static Path write(SweepData d, List<Section> sections, List<String> notes, Path file) throws IOException {
        ReportHtml.writeAtomically(file, html(d, sections, notes, file.toAbsolutePath().getParent()));
        return file;
    }

    /** The page; {@code dir} is the folder it is in (links are checked against it). */
    static String html(SweepData d, List<Section> sections, List<String> notes, Path dir) {
        Map<String, String> m = d.meta();
        StringBuilder h = new StringBuilder(48_000);
        ReportHtml.open(h, "Sweep " + d.name() + " – ConflictSim");
        h.append("<p class=\"tool\">ConflictSim ").append(esc(m.getOrDefault("tool_version", "")))
                .append(" · results of <code>sweep</code> · base scenario <code>")
                .append(esc(m.getOrDefault("scenario_id", ""))).append("</code></p>\n");
        h.append("<h1>Sweep ").append(esc(d.name())).append("</h1>\n");
        h.append("<p>").append(esc(lead(d))).append("</p>\n");
        String intro = intro(m.getOrDefault("sweep_yaml", ""));
        if (!intro.isBlank()) {
            h.append("<p class=\"question\"><strong>From the sweep file.</strong> ").append(esc(intro))
                    .append("</p>\n");
        }
        h.append("<nav><a href=\"#facts\">About this sweep</a><a href=\"#runs\">Runs</a>")
                .append("<a href=\"#summary\">Summary</a>")
                .append(d.sensitivity().isEmpty() ? "" : "<a href=\"#sensitivity\">Sensitivity</a>")
                .append("<a href=\"#charts\">Charts</a><a href=\"#data\">Data files</a></nav>\n");
        facts(h, d);
        parameters(h, d);
        runs(h, d);
        summary(h, d);
        SweepSensitivityTable.html(h, d);
        charts(h, sections, notes, dir);
        files(h, d, sections, dir);
        ReportHtml.close(h);
        return h.toString();
    }

    /** One sentence: design, points, replications, runs, days. */
    private static String lead(SweepData d) {
        return "A " + d.designType() + " design over " + d.parameters().size() + " parameter"
                + (d.parameters().size() == 1 ? "" : "s") + " of the scenario " + d.meta().getOrDefault("scenario_id", "")
                + ": " + d.points() + " points × " + d.replications() + " replication" + (d.replications() == 1 ? "" : "s")
                + " = " + SweepChartKit.runs(d.runsTotal()) + " of " + d.days() + " days from "
                + ChartKit.day(d.start()) + ".";
    }

    private static void facts(StringBuilder h, SweepData d) {
        Map<String, String> m = d.meta();
        h.append("<h2 id=\"facts\">About this sweep</h2>\n<table class=\"facts\">\n");
        ReportHtml.row(h, "Sweep file", code(m.get("sweep_file")) + sha(m.get("sweep_sha256")));
        ReportHtml.row(h, "Base scenario", code(m.get("scenario_id")) + " from " + code(m.get("scenario_file"))
                + sha(m.get("scenario_sha256")));
        ReportHtml.row(h, "Period", esc(ChartKit.day(d.start()) + " – " + ChartKit.day(d.start().plusDays(
                Math.max(0, d.days() - 1))) + " (" + d.days() + " days)"));
        ReportHtml.row(h, "Design", code(m.get("design")));
        ReportHtml.row(h, "Points × replications", d.points() + " × " + d.replications() + " = "
                + SweepChartKit.runs(d.runsTotal()));
        ReportHtml.row(h, "Master seed", code(m.get("master_seed")));
        ReportHtml.row(h, "Run seeds", esc(m.getOrDefault("seed_mode", "") + ": " + m.getOrDefault("seed_derivation",
                "")));
        ReportHtml.row(h, "Outcomes kept", code(m.getOrDefault("outcome_selectors", "[]"))
                + (m.getOrDefault("outcome_selectors", "[]").equals("[]") ? " (every outcome)" : ""));
        ReportHtml.row(h, "Daily series kept", code(m.getOrDefault("series_metrics", "[]")));
        ReportHtml.row(h, "Store made", esc(m.getOrDefault("created_at", "")) + " by conflictsim "
                + esc(m.getOrDefault("tool_version", "")) + (m.getOrDefault("git_commit", "").isEmpty() ? ""
                : ", commit " + code(m.get("git_commit"))));
        h.append("</table>\n");
    }

    private static void parameters(StringBuilder h, SweepData d) {
        h.append("<h3>Parameters</h3>\n<table>\n<tr><th>name</th><th>scenario key</th><th>values</th>"
                + "<th>distinct values at the points</th></tr>\n");
        for (SweepParameter p : d.parameters()) {
            String desc = p.description().startsWith(p.name() + ": ")
                    ? p.description().substring(p.name().length() + 2) : p.description();
            h.append("<tr><td>").append(code(p.name())).append("</td><td>").append(code(p.path())).append("</td><td>")
                    .append(esc(desc)).append("</td><td class=\"n\">").append(p.levelCount()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void runs(StringBuilder h, SweepData d) {
        h.append("<h2 id=\"runs\">Runs</h2>\n<p>").append(d.ok()).append(" of ").append(d.runsTotal())
                .append(" runs succeeded, ").append(d.failed()).append(" failed.");
        if (d.failed() > 0) {
            h.append(" Failed runs have no outcomes; means are over the successful runs of each point.</p>\n")
                    .append("<table>\n<tr><th>error (first line)</th><th>runs</th></tr>\n");
            for (Map.Entry<String, Long> e : d.failures().entrySet()) {
                h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td class=\"n\">")
                        .append(e.getValue()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        } else {
            h.append("</p>\n");
        }
        h.append("<h3>Sessions</h3>\n<p class=\"muted\">Each time <code>sweep</code> ran a part of this sweep (a "
                + "session, a resumed session or a shard), with the version and commit that ran it.</p>\n<table>\n"
                + "<tr><th>started</th><th>version</th><th>commit</th><th>host</th><th>threads</th><th>shard</th>"
                + "<th>command</th></tr>\n");
        for (StoreTables.Session s : d.sessions()) {
            h.append("<tr><td>").append(esc(s.startedAt())).append("</td><td>").append(esc(s.version()))
                    .append("</td><td>").append(code(s.gitCommit())).append("</td><td>").append(esc(s.host()))
                    .append("</td><td class=\"n\">").append(s.threads()).append("</td><td>").append(esc(s.shard()))
                    .append("</td><td><code>conflictsim ").append(esc(s.command())).append("</code></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void summary(StringBuilder h, SweepData d) {
        h.append("<h2 id=\"summary\">Summary of the outcomes</h2>\n<p class=\"muted\">Over the successful runs: how"
                + " many have a value (a place not taken has no capture day), the mean, and the lowest and highest"
                + " mean of a point (over its replicates).</p>\n<table>\n<tr><th>outcome</th><th>unit</th>"
                + "<th>runs with a value</th><th>mean</th><th>lowest point</th><th>highest point</th>"
                + "<th>column</th></tr>\n");
        for (SweepOutcome o : d.outcomes()) {
            double lo = Double.NaN;
            double hi = Double.NaN;
            double sum = 0;
            long n = 0;
            for (double v : o.means()) {
                if (!Double.isNaN(v)) {
                    lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                    hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                }
            }
            long runs = 0;
            for (StoreTables.RunValue r : o.runs()) {
                runs++;
                if (!Double.isNaN(r.value())) {
                    sum += r.value();
                    n++;
                }
            }
            OutcomeLabel l = o.label();
            h.append("<tr><td>").append(esc(l.label())).append("</td><td>").append(esc(l.unit()))
                    .append("</td><td class=\"n\">").append(n).append(" / ").append(runs).append("</td><td class=\"n\">")
                    .append(esc(l.format(n == 0 ? Double.NaN : sum / n))).append("</td><td class=\"n\">")
                    .append(esc(l.format(lo))).append("</td><td class=\"n\">").append(esc(l.format(hi)))
                    .append("</td><td>").append(code(o.name())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        int others = d.stats().size() - (int) d.outcomes().stream().filter(o -> d.stats().containsKey(o.name())).count();
        if (others > 0) {
            h.append("<details><summary>").append(others == 1 ? "The other outcome" : "The other " + others + " outcomes")
                    .append(" in the store</summary>\n")
                    .append("<table>\n<tr><th>outcome</th><th>unit</th><th>runs with a value</th><th>mean</th>"
                            + "<th>lowest run</th><th>highest run</th><th>column</th></tr>\n");
            List<String> charted = d.outcomes().stream().map(SweepOutcome::name).toList();
            OutcomeLabel.Names names = SweepData.names(d.meta());
            for (Map.Entry<String, StoreTables.Stats> e : d.stats().entrySet()) {
                if (charted.contains(e.getKey())) {
                    continue;
                }
                OutcomeLabel l = OutcomeLabel.of(e.getKey(), names);
                StoreTables.Stats s = e.getValue();
                h.append("<tr><td>").append(esc(l.label())).append("</td><td>").append(esc(l.unit()))
                        .append("</td><td class=\"n\">").append(s.n()).append("</td><td class=\"n\">")
                        .append(esc(l.format(s.mean()))).append("</td><td class=\"n\">").append(esc(l.format(s.min())))
                        .append("</td><td class=\"n\">").append(esc(l.format(s.max()))).append("</td><td>")
                        .append(code(e.getKey())).append("</td></tr>\n");
            }
            h.append("</table>\n</details>\n");
        }
    }

    private static void charts(StringBuilder h, List<Section> sections, List<String> notes, Path dir) {
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        for (String note : notes) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        if (!sections.isEmpty()) {
            h.append("<p class=\"muted\">By outcome: ");
            List<String> links = new ArrayList<>();
            for (Section s : sections) {
                links.add("<a href=\"#outcome-" + SweepChartKit.slug(s.outcome().name()) + "\">"
                        + esc(s.outcome().label().label()) + "</a>");
            }
            h.append(String.join(" · ", links)).append("</p>\n");
        }
        for (Section s : sections) {
            h.append("<h3 id=\"outcome-").append(SweepChartKit.slug(s.outcome().name())).append("\">")
                    .append(esc(s.outcome().label().withUnit())).append(" <code>").append(esc(s.outcome().name()))
                    .append("</code></h3>\n");
            for (Figure f : s.figures()) {
                ReportHtml.figure(h, f, dir);
            }
        }
    }

    private static void files(StringBuilder h, SweepData d, List<Section> sections, Path dir) {
        h.append("<h2 id=\"data\">Data files</h2>\n<ul class=\"files\">\n");
        String store = d.store().getFileName().toString();
        file(h, dir, store, "the SQLite store: sweep facts, parameters, points, the ledger of runs, outcomes, "
                + "series, sessions");
        file(h, dir, SweepRendering.SENSITIVITY, "sensitivity indices of every outcome: outcome, parameter, method, "
                + "index, value, ci_low, ci_high, n");
        String stem = org.conflictsim.experiment.store.StoreExport.folderStem(d.store(), d.meta());
        for (Path export : exports(dir, stem)) {
            String name = export.getFileName().toString();
            h.append("<li>").append(code(name + "/")).append(" – tidy CSV written by <code>conflictsim export</code>:")
                    .append("<ul>\n");
            for (String f : List.of("runs.csv", "points.csv", "series.csv", "sensitivity.csv", "manifest.json",
                    "sweep.yaml")) {
                file(h, dir, name + "/" + f, "");
            }
            h.append("</ul></li>\n");
        }
        h.append("</ul>\n");
        if (exports(dir, stem).isEmpty()) {
            h.append("<p class=\"muted\">For tidy CSV files (one row per run with its parameters and outcomes) run "
                    + "<code>conflictsim export ").append(esc(d.store().toString())).append("</code>.</p>\n");
        }
        List<Figure> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.figures()));
        h.append("<p class=\"muted\">Charts as vector graphics: ").append(ReportHtml.svgLinks(all, dir))
                .append(".</p>\n");
        String yaml = d.meta().getOrDefault("sweep_yaml", "");
        if (!yaml.isBlank()) {
            h.append("<details><summary>The sweep file as run</summary>\n<pre>").append(esc(yaml))
                    .append("</pre>\n</details>\n");
        }
    }

    private static void file(StringBuilder h, Path dir, String rel, String what) {
        Path p = dir.resolve(rel);
        if (!Files.isRegularFile(p)) {
            return;
        }
        h.append("<li><a href=\"").append(esc(rel)).append("\"><code>").append(esc(rel)).append("</code></a>")
                .append(what.isEmpty() ? "" : " – " + esc(what)).append(" (").append(ReportHtml.size(p))
                .append(")</li>\n");
    }

    /** Export folders of the store in {@code dir}: {@code <stem>-csv}, {@code <stem>-csv-2}, ... */
    private static List<Path> exports(Path dir, String stem) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, stem + "-csv*")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && n.matches(java.util.regex.Pattern.quote(stem) + "-csv(-[0-9]+)?")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    /**
     * The opening comment of a sweep file in one paragraph: its first comment lines, without the schema line
     * and without indented lines (example command lines).
     */
    static String intro(String yaml) {
        List<String> parts = new ArrayList<>();
        for (String line : yaml.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String text = t.substring(1);
            if (text.contains("yaml-language-server") || text.startsWith("  ") || text.isBlank()) {
                continue;
            }
            parts.add(text.strip());
        }
        return String.join(" ", parts);
    }

    private static String code(String s) {
        return s == null || s.isEmpty() ? "–" : "<code>" + esc(s) + "</code>";
    }

    private static String sha(String sha) {
        return sha == null || sha.isEmpty() ? "" : String.format(Locale.ROOT, ", SHA-256 <code>%s</code>", esc(sha));
    }
}
