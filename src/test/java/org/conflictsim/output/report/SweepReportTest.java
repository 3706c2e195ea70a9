package org.conflictsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictsim.cli.Main;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.output.SmallSweeps.Kind;
import org.conflictsim.output.SmallSweeps;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.SweepCharts;
import org.conflictsim.output.charts.SweepData;
import org.conflictsim.output.charts.SweepOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of each small sweep: self-contained, every link resolves, the sweep's facts are there. */
class SweepReportTest {
    @TempDir
    Path tmp;

    private static String report(Path dir) throws IOException {
        return Files.readString(dir.resolve(ResultsRendering.REPORT), StandardCharsets.UTF_8);
    }

    /** Every src and href of the page is a relative link to a file in the folder, or an anchor of the page. */
    static void assertLinksResolve(Path dir, String html) {
        List<String> refs = RunReportTest.refs(html);
        assertTrue(refs.size() > 5, "charts and data files are linked: " + refs);
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertTrue(html.contains("id=\"" + ref.substring(1) + "\""), "anchor " + ref + " exists");
                continue;
            }
            assertFalse(URI.create(ref).isAbsolute(), "only relative links: " + ref);
            assertFalse(ref.startsWith("/"), "only relative links: " + ref);
            Path target = dir.resolve(ref).normalize();
            assertTrue(target.startsWith(dir), "link stays in the sweep folder: " + ref);
            assertTrue(Files.isRegularFile(target), "linked file exists: " + ref);
        }
    }

    @Test
    void everyLinkedFileExistsAndNothingComesFromTheNetwork() throws IOException {
        for (Kind k : Kind.values()) {
            String html = report(SmallSweeps.dir(k));
            assertLinksResolve(SmallSweeps.dir(k), html);
            assertFalse(html.contains("<script"), "no scripts");
            assertFalse(html.contains("<link"), "no external style sheets");
            assertFalse(html.contains("@import"), "no CSS imports");
            assertFalse(html.matches("(?s).*url\\(.*"), "no CSS url()");
            assertEquals(html.indexOf("<html"), html.lastIndexOf("<html"));
        }
    }

    @Test
    void showsTheSweepItsProvenanceRunsAndCharts() throws IOException {
        SweepData d = SmallSweeps.data(Kind.FACTORIAL);
        String html = report(SmallSweeps.dir(Kind.FACTORIAL));
        assertTrue(html.contains("<h1>Sweep small-factorial</h1>"));
        assertTrue(html.contains("A full-factorial design over 2 parameters of the scenario island: 6 points × 2 "
                + "replications = 12 runs of 40 days from 1 Jan 2025."), "the lead");
        assertTrue(html.contains("<code>" + SmallSweeps.SEED + "</code>"), "master seed");
        assertTrue(html.contains("uniform on [1500, 4500], whole numbers, 3 steps"), "a parameter's range");
        assertTrue(html.contains("one of [offensive, defensive]"), "a parameter's levels");
        assertTrue(html.contains(d.meta().get("sweep_sha256")), "the sweep file's checksum");
        assertTrue(html.contains(d.meta().get("scenario_sha256")), "the scenario's checksum");
        StoreTables.Session s = d.sessions().get(0);
        assertTrue(html.contains("<td>" + s.version() + "</td>"), "the version of the session");
        assertTrue(html.contains(s.gitCommit().isEmpty() ? "<td>–</td>" : s.gitCommit()), "its commit");
        assertTrue(html.contains("12 of 12 runs succeeded, 0 failed."));
        assertTrue(html.contains("<a href=\"sweep.sqlite\">"), "the store is linked");
        assertTrue(html.contains("<pre>scenario: "), "the sweep file is shown");
        for (SweepOutcome o : d.outcomes()) {
            for (Figure f : SweepCharts.figures(d, o, new java.util.ArrayList<>())) {
                assertTrue(html.contains("<img src=\"charts/" + f.name() + ".png\""), f.name());
                assertTrue(html.contains(ReportHtml.esc(f.caption())), "caption of " + f.name());
            }
        }
        assertTrue(html.contains("Territory at the end, REB"), "the summary table names outcomes");
    }

    @Test
    void sensitivityDesignsHaveTheirTableAndIndicesFile() throws IOException {
        String salt = report(SmallSweeps.dir(Kind.SALTELLI));
        assertTrue(salt.contains("<h2 id=\"sensitivity\">Sensitivity</h2>"));
        assertTrue(salt.contains("<th>S1</th><th>95% interval</th><th>ST</th>"));
        assertTrue(salt.contains("<a href=\"sensitivity.csv\">"), "sensitivity.csv is linked");
        assertTrue(salt.contains("The most influential parameters for each of the"), "the ranking of every outcome");
        String morris = report(SmallSweeps.dir(Kind.MORRIS));
        assertTrue(morris.contains("<th>μ*</th><th>95% interval</th><th>μ</th><th>σ</th>"));
        String lhs = report(SmallSweeps.dir(Kind.LHS));
        assertFalse(lhs.contains("id=\"sensitivity\""), "no sensitivity section for a Latin hypercube");
        assertFalse(Files.exists(SmallSweeps.dir(Kind.LHS).resolve(SweepRendering.SENSITIVITY)));
    }

    @Test
    void anExportIsLinkedOnceItExists() throws IOException {
        Path dir = SmallSweeps.copy(Kind.LHS, tmp.resolve("lhs"));
        assertFalse(report(dir).contains("small-lhs-csv/runs.csv"));
        assertTrue(report(dir).contains("conflictsim export "), "the report says how to get CSV files");
        assertEquals(0, Main.execute(new String[] {"export", dir.resolve("sweep.sqlite").toString()},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())));
        assertEquals(0, Main.execute(new String[] {"chart", dir.toString()},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())));
        String html = report(dir);
        assertTrue(html.contains("<a href=\"small-lhs-csv/runs.csv\">"), "the exported runs.csv is linked");
        assertLinksResolve(dir, html);
    }

    @Test
    void theIntroIsTheSweepFilesFirstCommentWithoutSchemaOrCommandLines() {
        assertEquals("Morris elementary effects of five levers: which move M23's territory most?",
                SweepReport.intro("# yaml-language-server: $schema=x.json\n# Morris elementary effects of five "
                        + "levers:\n# which move M23's territory most?\n#   ./conflictsim sweep x.yaml\nscenario: a\n"
                        + "# later comment\n"));
    }
}
