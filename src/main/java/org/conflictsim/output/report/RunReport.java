package org.conflictsim.output.report;

import static org.conflictsim.output.report.ReportHtml.esc;
import static org.conflictsim.output.report.ReportHtml.row;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.ControlMaps;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.Caveats;
import org.conflictsim.output.results.EventsTable;
import org.conflictsim.output.results.Manifest;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;
import org.conflictsim.output.results.TimeSeriesTable;
import static org.conflictsim.output.report.ReportHtml.esc;

/**
 * The {@code report.html} of a results folder: one self-contained page (inline style, no scripts, no
 * external fonts or files from the network) with the scenario's title, question and description, the facts
 * of the manifest, the scenario events, summary tables of the outcomes (mean, 5% and 95% across runs;
 * median capture dates), the charts and maps (relative {@code <img>} links into {@code charts/}) and links
 * to the data files. Only files that exist are linked.
 */
public final class RunReport {
    private RunReport() {
    }

    /**
     * What the report shows besides the results themselves.
     *
     * @param figures  the charts written, in order
     * @param maps     the maps written, or null when there are none
     * @param notes    sentences about what was left out and why
     */
    public record Content(List<Figure> figures, ControlMaps.Output maps, List<String> notes) {
        public Content {
            figures = List.copyOf(figures);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Writes {@code report.html} into the results folder; images are linked from {@code charts/}.
     *
     * @throws IOException if the file cannot be written
     */
    public static Path write(RunFolder r, Content content, Path file) throws IOException {
        ReportHtml.writeAtomically(file, html(r, content, file.getParent()));
        return file;
    }

    /** The page as text; {@code dir} is the folder the page is in (links are checked against it). */
    static String html(RunFolder r, Content content, Path dir) {
        ScenarioInfo s = r.scenario();
        Manifest m = r.manifest();
        StringBuilder h = new StringBuilder(32_000);
        ReportHtml.open(h, s.title() + " – ConflictSim results");
        h.append("<p class=\"tool\">ConflictSim ").append(esc(m.version())).append(" · results of <code>")
                .append(esc(m.command().isEmpty() ? "run" : m.command())).append("</code> · scenario <code>")
                .append(esc(s.id())).append("</code></p>\n");
        h.append("<h1>").append(esc(s.title())).append("</h1>\n");
        if (!s.question().isBlank()) {
            h.append("<p class=\"question\"><strong>Question.</strong> ").append(esc(s.question())).append("</p>\n");
        }
        String answer = RunAnswer.of(r);
        if (!answer.isEmpty()) {
            h.append("<p class=\"answer\"><strong>From the results.</strong> ").append(esc(answer)).append("</p>\n")
                    .append("<p class=\"caveat\">").append(esc(Caveats.NOT_A_FORECAST))
                    .append(answer.contains(ComparisonSummary.INDICATIVE) ? " " + esc(Caveats.HUMANITARIAN) : "")
                    .append("</p>\n");
        }
        if (!s.description().isBlank()) {
            h.append("<p>").append(esc(s.description())).append("</p>\n");
        }
        h.append("<nav><a href=\"#facts\">About this run</a><a href=\"#summary\">Summary</a>")
                .append("<a href=\"#charts\">Charts</a><a href=\"#maps\">Maps</a>")
                .append("<a href=\"#data\">Data files</a></nav>\n");
        facts(h, r);
        events(h, r);
        summary(h, r);
        charts(h, content, dir);
        maps(h, r, content, dir);
        files(h, content, dir);
        ReportHtml.close(h);
        return h.toString();
    }

    // ------------------------------------------------------------------ sections

    private static void facts(StringBuilder h, RunFolder r) {
        Manifest m = r.manifest();
        h.append("<h2 id=\"facts\">About this run</h2>\n<table class=\"facts\">\n");
        ReportHtml.row(h, "Period", esc(ChartKit.day(r.start()) + " – " + ChartKit.day(r.end()) + " (" + m.days() + " days)"));
        ReportHtml.row(h, "Replications", Integer.toString(m.replications()));
        ReportHtml.row(h, "Master seed", "<code>" + Long.toUnsignedString(m.masterSeed()) + "</code>");
        if (!m.seedDerivation().isEmpty()) {
            ReportHtml.row(h, "Run seeds", esc(m.seedDerivation()));
        }
        ReportHtml.row(h, "Scenario", "<code>" + esc(m.scenarioId()) + "</code>"
                + (m.scenarioFile().isEmpty() ? "" : " from <code>" + esc(m.scenarioFile()) + "</code>"));
        if (!m.scenarioSha256().isEmpty()) {
            ReportHtml.row(h, "Scenario SHA-256", "<code>" + esc(m.scenarioSha256()) + "</code>");
        }
        ReportHtml.row(h, "Overrides", m.overrides().isEmpty() ? "none" : "<code>" + esc(String.join(" ", m.overrides()))
                + "</code>");
        ReportHtml.row(h, "Tool", esc("conflictsim " + m.version()) + (m.gitCommit().isEmpty() ? ""
                : ", commit <code>" + esc(m.gitCommit()) + "</code>"));
        if (!m.commandLine().isEmpty()) {
            ReportHtml.row(h, "Command line", "<code>conflictsim " + esc(String.join(" ", m.commandLine())) + "</code>");
        }
        if (!m.created().isEmpty()) {
            ReportHtml.row(h, "Created", esc(m.created()));
        }
        if (!m.map().isEmpty()) {
            StringBuilder facts = new StringBuilder();
            for (Map.Entry<String, String> e : m.map().entrySet()) {
                if (facts.length() > 0) {
                    facts.append(", ");
                }
                facts.append(esc(e.getKey())).append(" ").append(esc(e.getValue()));
            }
            ReportHtml.row(h, "Map", facts.toString());
        }
        h.append("</table>\n");
    }

    private static void events(StringBuilder h, RunFolder r) {
        List<EventsTable.Marked> ev = r.events().marks();
        h.append("<h3>Scenario events</h3>\n");
        if (ev.isEmpty()) {
            h.append("<p class=\"muted\">No scenario event started or ended during the run.</p>\n");
            return;
        }
        h.append("<p class=\"muted\">Instruments starting, or ending on a date the scenario sets, during the "
                + "run (the numbered dashed lines in the charts).</p>\n<table>\n<tr><th>no.</th><th>date</th><th>event</th><th>id</th></tr>\n");
        List<ChartKit.EventGroup> groups = ChartKit.group(ev, r.start(), r.end());
        for (ChartKit.EventGroup g : groups) {
            for (EventsTable.Marked e : ev) {
                if (e.date().equals(g.date())) {
                    h.append("<tr><td class=\"n\">").append(g.number()).append("</td><td>")
                            .append(esc(ChartKit.day(e.date()))).append("</td><td>").append(esc(e.label()))
                            .append("</td><td><code>").append(esc(e.id())).append("</code></td></tr>\n");
                }
            }
        }
        h.append("</table>\n");
    }

    private static void summary(StringBuilder h, RunFolder r) {
        RunsTable t = r.runs();
        int n = t.runs();
        h.append("<h2 id=\"summary\">Summary across runs</h2>\n");
        h.append("<p class=\"muted\">").append(n).append(n == 1 ? " run" : " runs")
                .append(". Mean and the 5% and 95% quantiles across runs (linear interpolation); whole-run totals "
                        + "unless the unit says otherwise. From <a href=\"runs.csv\">runs.csv</a>.</p>\n");
        h.append("<h3>Capture of places</h3>\n");
        StringBuilder cap = new StringBuilder();
        for (String c : t.columns()) {
            if (!Outcome.CAPTURE_DAY.names(c) || !t.numeric(c)) {
                continue;
            }
            String id = Outcome.CAPTURE_DAY.suffix(c);
            double[] present = Arrays.stream(t.numbers(c)).filter(v -> !Double.isNaN(v)).sorted().toArray();
            cap.append("<tr><td>").append(esc(r.scenario().placeName(id))).append("</td><td class=\"n\">")
                    .append(present.length).append(" / ").append(n).append("</td>");
            if (present.length == 0) {
                cap.append("<td class=\"n\">–</td><td class=\"n\">–</td><td class=\"n\">–</td>")
                        .append("<td>–</td></tr>\n");
                continue;
            }
            cap.append("<td class=\"n\">").append(date(r.start(), Band.quantile(present, 0.5))).append("</td>")
                    .append("<td class=\"n\">").append(date(r.start(), Band.quantile(present, Band.LOW)))
                    .append("</td><td class=\"n\">").append(date(r.start(), Band.quantile(present, Band.HIGH)))
                    .append("</td><td>").append(esc(captors(t, id))).append("</td></tr>\n");
        }
        if (cap.length() == 0) {
            h.append("<p class=\"muted\">The results name no places in the theatre.</p>\n");
        } else {
            h.append("<p class=\"muted\">First capture of each named place from the side that held it at the start."
                    + " Dates over the runs in which it was taken.</p>\n<table>\n<tr><th>place</th><th>taken in</th>"
                    + "<th>median date</th><th>5%</th><th>95%</th><th>taken by (runs)</th></tr>\n")
                    .append(cap).append("</table>\n");
        }
        h.append("<h3>Outcomes</h3>\n<table>\n<tr><th>outcome</th><th>unit</th><th>mean</th><th>5%</th>"
                + "<th>95%</th><th>column</th></tr>\n");
        int zero = 0;
        boolean humanitarian = false;
        for (String c : t.columns()) {
            if (Outcome.CAPTURE_DAY.names(c) || !t.numeric(c)) {
                continue;
            }
            double[] v = Arrays.stream(t.numbers(c)).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (v.length == 0 || Arrays.stream(v).allMatch(x -> x == 0)) {
                zero++;
                continue;
            }
            OutcomeLabel o = OutcomeLabel.of(r.scenario(), c);
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            humanitarian |= Caveats.humanitarian(c);
            h.append("<tr><td>").append(esc(o.label())).append(Caveats.humanitarian(c) ? " *" : "").append("</td><td>")
                    .append(esc(o.unit()))
                    .append("</td><td class=\"n\">").append(esc(o.format(mean))).append("</td><td class=\"n\">")
                    .append(esc(o.format(Band.quantile(v, Band.LOW)))).append("</td><td class=\"n\">")
                    .append(esc(o.format(Band.quantile(v, Band.HIGH)))).append("</td><td><code>").append(esc(c))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n");
        if (humanitarian) {
            h.append("<p class=\"caveat\">* ").append(esc(Caveats.HUMANITARIAN)).append("</p>\n");
        }
        if (zero > 0) {
            h.append("<p class=\"muted\">").append(zero).append(zero == 1 ? " outcome is" : " outcomes are")
                    .append(" zero in every run and not listed (see runs.csv).</p>\n");
        }
    }

    private static String date(LocalDate start, double day) {
        return esc(ChartKit.day(start.plusDays(Math.round(day))));
    }

    private static String captors(RunsTable t, String place) {
        if (!t.has(Outcome.CAPTURED_BY.of(place))) {
            return "";
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String s : t.texts(Outcome.CAPTURED_BY.of(place))) {
            if (!s.isEmpty()) {
                count.merge(s, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        count.forEach((k, v) -> parts.add(k + " (" + v + ")"));
        return String.join(", ", parts);
    }

    private static void charts(StringBuilder h, Content content, Path dir) {
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        ReportHtml.figures(h, content.figures(), content.notes(), dir);
    }

    private static void maps(StringBuilder h, RunFolder r, Content content, Path dir) {
        h.append("<h2 id=\"maps\">Maps of control</h2>\n");
        ControlMaps.Output maps = content.maps();
        if (maps == null || maps.maps().isEmpty()) {
            h.append("<p class=\"note\">No maps in this folder: the map needs the model, and the scenario could "
                    + "not be run again (see the notes above).</p>\n");
            return;
        }
        h.append("<p class=\"muted\">Replicate 0 (seed <code>").append(esc(r.manifest().runSeeds().isEmpty() ? ""
                : r.manifest().runSeeds().get(0))).append("</code>) run again: one history of the ")
                .append(r.manifest().replications())
                .append(", not an average. Darker cells are on a front line. Click a map for full size.</p>\n");
        h.append("<div class=\"maps\">\n");
        for (ControlMaps.MapFile m : maps.maps()) {
            String png = dir.relativize(m.png()).toString().replace('\\', '/');
            String svg = dir.relativize(m.svg()).toString().replace('\\', '/');
            h.append("<figure><a href=\"").append(png).append("\"><img src=\"").append(png).append("\" width=\"")
                    .append(maps.width()).append("\" height=\"").append(maps.height()).append("\" alt=\"Control on ")
                    .append(esc(ChartKit.day(m.date()))).append("\"></a><figcaption>")
                    .append(esc(ChartKit.day(m.date()))).append(" (day ").append(m.day()).append(") <a href=\"")
                    .append(svg).append("\">SVG</a></figcaption></figure>\n");
        }
        h.append("</div>\n");
        if (maps.gif() != null && Files.isRegularFile(maps.gif())) {
            String gif = dir.relativize(maps.gif()).toString().replace('\\', '/');
            h.append("<h3>Control over time</h3>\n<figure><img src=\"").append(gif).append("\" width=\"")
                    .append(maps.width()).append("\" height=\"").append(maps.height())
                    .append("\" alt=\"Animated map of control, one frame per ").append(ControlMaps.FRAME_EVERY_DAYS)
                    .append(" days\"><figcaption>One frame every ").append(ControlMaps.FRAME_EVERY_DAYS)
                    .append(" days (").append(maps.frames()).append(" frames), replicate 0.</figcaption></figure>\n");
        }
    }

    private static void files(StringBuilder h, Content content, Path dir) {
        h.append("<h2 id=\"data\">Data files</h2>\n<ul class=\"files\">\n");
        ReportHtml.fileItem(h, dir, TimeSeriesTable.FILE_GZ, "daily series of every run, gzip-compressed: run, day, "
                + "date, metric, entity, value; series that are 0 in every run and on every day are left out and "
                + "listed in manifest.json (timeseries.omittedAllZero)");
        ReportHtml.fileItem(h, dir, TimeSeriesTable.FILE,
                "daily series of every run: run, day, date, metric, entity, value");
        ReportHtml.fileItem(h, dir, "runs.csv", "one row per run: seed and outcomes");
        ReportHtml.fileItem(h, dir, "events.csv",
                "captures, instruments starting and ending, mines suspending, per run");
        ReportHtml.fileItem(h, dir, "manifest.json",
                "tool version, seeds, command line, scenario checksum, map facts");
        ReportHtml.fileItem(h, dir, "scenario.yaml", "the scenario file as run");
        h.append("</ul>\n");
        ReportHtml.svgLinks(h, content.figures(), dir);
    }
}
