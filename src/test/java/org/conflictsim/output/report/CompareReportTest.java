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
import org.conflictsim.output.SmallCompare;
import org.conflictsim.output.charts.CompareCharts;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.CompareFolder;
import org.junit.jupiter.api.Test;

/** The report of the small comparison: self-contained, every link resolves, scenarios, facts, table, charts. */
class CompareReportTest {
    private static String report() throws IOException {
        return Files.readString(SmallCompare.dir().resolve(ResultsRendering.REPORT), StandardCharsets.UTF_8);
    }

    @Test
    void referencesOnlyFilesThatExistInTheFolder() throws IOException {
        String html = report();
        Path dir = SmallCompare.dir();
        List<String> refs = RunReportTest.refs(html);
        assertTrue(refs.size() > 20, "charts and data files are linked: " + refs);
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertTrue(html.contains("id=\"" + ref.substring(1) + "\""), "anchor " + ref + " exists");
                continue;
            }
            assertFalse(URI.create(ref).isAbsolute() || ref.startsWith("/"), "only relative links: " + ref);
            Path target = dir.resolve(ref).normalize();
            assertTrue(target.startsWith(dir), "link stays in the results folder: " + ref);
            assertTrue(Files.isRegularFile(target), "linked file exists: " + ref);
        }
        for (String data : List.of("comparison.csv", "bands.csv", "manifest.json", "island/runs.csv",
                "island-deal/events.csv", "island-deal/scenario.yaml")) {
            assertTrue(refs.contains(data), data + " is linked");
        }
    }

    @Test
    void needsNoNetwork() throws IOException {
        String html = report();
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(html.contains("url("), "no CSS url()");
        assertFalse(html.contains("@import"), "no CSS imports");
        RunReportTest.refs(html).forEach(ref -> assertFalse(ref.contains("://"), "no network link: " + ref));
    }

    @Test
    void showsEachScenarioTheManifestFactsAndTheEvents() throws IOException {
        String html = report();
        assertTrue(html.contains("<h1>island compared with island-deal</h1>"), "title");
        assertTrue(html.contains("does the side that taxes the richer mines win the war"), "the reference's question");
        assertTrue(html.contains("who ends up with the island and with its minerals?"), "the other question");
        assertTrue(html.contains("Smuggled minerals cross the strait"), "the reference's description");
        assertTrue(html.contains("Description as for island."), "an inherited description is not repeated");
        assertTrue(html.contains("<th>Master seed</th><td><code>7</code></td>"), "master seed");
        assertTrue(html.contains("<th>Replications</th><td>3 per scenario</td>"), "replications");
        assertTrue(html.contains("1 Jan 2025 – 30 Apr 2025 (120 days)"), "period");
        assertTrue(html.contains("<code>conflictsim compare scenarios/island.yaml scenarios/island-deal.yaml --reps 3"),
                "command line");
        assertTrue(html.contains("Sanctions on the mainland [only island-deal]"), "events say which scenario has them");
    }

    @Test
    void tableOfDifferingOutcomesWithDifferenceCiAndTests() throws IOException {
        String html = report();
        CompareFolder c = SmallCompare.results();
        assertTrue(html.contains(c.differing().size() + " of " + c.comparison().outcomes().size() + " outcomes are not the "
                + "same as in island in at least one replicate; that alone is not an effect"));
        assertTrue(html.contains("<td title=\"flow_usd.official\">Mineral flow value: official exports"), "readable name");
        var d = c.comparison().row("flow_usd.official", "island-deal").paired();
        OutcomeLabel l = OutcomeLabel.of(c.names(), "flow_usd.official");
        String cell = l.formatDifference(d.diff()) + " [" + l.formatDifference(d.ciLow()) + ", "
                + l.formatDifference(d.ciHigh()) + "]";
        assertTrue(html.contains("<td class=\"n\">" + cell + "</td>"), "difference with its CI: " + cell);
        assertTrue(html.contains("<summary>Other outcomes ("), "the rest folded away");
        assertTrue(html.contains("<th>d<sub>z</sub></th><th>d<sub>av</sub></th>"), "both effect sizes, named");
        assertFalse(html.contains("Cohen's d of the paired"), "d_z is not called Cohen's d");
        for (String o : c.comparison().outcomes()) {
            assertEquals(c.differing().contains(o), html.contains("<td title=\"" + o + "\">"),
                    o + ": listed exactly when it differs");
        }
        assertEquals(1, html.split(java.util.regex.Pattern.quote("<summary>Headline outcomes ("), -1).length - 1);
    }

    /** The question of each compared scenario is answered in a sentence made from the results, near the top. */
    @Test
    void answersEachComparedScenariosQuestionFirst() throws IOException {
        String html = report();
        ComparisonSummary.Block b = CompareHeadline.of(SmallCompare.results()).get(0);
        int answer = html.indexOf("<p class=\"answer\"><strong>From the results.</strong> " + ReportHtml.esc(b.answer()));
        assertTrue(answer > 0, "the answer is in the report");
        assertTrue(answer < html.indexOf("id=\"scenarios\""), "before the scenarios' details");
        assertTrue(b.answer().startsWith("Compared with island, over 3 paired runs: "), b.answer());
        assertTrue(html.contains(ReportHtml.esc(org.conflictsim.output.results.Caveats.NOT_A_FORECAST)));
        assertTrue(html.contains("<h3><code>island-deal</code>: headline outcomes that differ clearly</h3>"));
    }

    @Test
    void showsEveryChartWithItsCaptionAndTheNotes() throws IOException {
        String html = report();
        for (Figure f : CompareCharts.all(SmallCompare.results()).figures()) {
            assertTrue(html.contains("<img src=\"charts/" + f.name() + ".png\""), f.name());
            assertTrue(html.contains(ReportHtml.esc(f.caption())), f.name() + " caption");
        }
        assertTrue(html.contains("Mines held, by scenario: the same in every scenario"), "the note on a chart left out");
    }
}
