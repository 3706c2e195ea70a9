package org.conflictsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.charts.Figure;
import org.conflictsim.output.charts.RunCharts;
import org.conflictsim.output.results.RunFolder;
import org.junit.jupiter.api.Test;

/** The report of the small run: self-contained, every link resolves, the facts are there. */
class RunReportTest {
    private static final Pattern REF = Pattern.compile("\\b(src|href)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    static String report() throws IOException {
        return Files.readString(SmallRun.dir().resolve(ResultsRendering.REPORT), StandardCharsets.UTF_8);
    }

    static List<String> refs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = REF.matcher(html);
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    @Test
    void everyLinkedFileExists() throws IOException {
        String html = report();
        List<String> refs = refs(html);
        assertTrue(refs.size() > 20, "charts, maps and data files are linked: " + refs);
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertTrue(html.contains("id=\"" + ref.substring(1) + "\""), "anchor " + ref + " exists");
                continue;
            }
            assertFalse(URI.create(ref).isAbsolute(), "only relative links: " + ref);
            assertFalse(ref.startsWith("/"), "only relative links: " + ref);
            Path target = SmallRun.dir().resolve(ref).normalize();
            assertTrue(target.startsWith(SmallRun.dir()), "link stays in the results folder: " + ref);
            assertTrue(Files.isRegularFile(target), "linked file exists: " + ref);
        }
    }

    @Test
    void needsNoNetwork() throws IOException {
        String html = report();
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(html.matches("(?s).*url\\(.*"), "no CSS url()");
        assertFalse(html.contains("@import"), "no CSS imports");
        for (String ref : refs(html)) {
            assertFalse(ref.contains("://"), "no network link: " + ref);
        }
    }

    @Test
    void showsScenarioManifestSummaryChartsAndMaps() throws IOException {
        String html = report();
        RunFolder r = SmallRun.results();
        assertTrue(html.contains("<h1>Classroom island - a government, a rebel movement and three mines</h1>"));
        assertTrue(html.contains("does the side that taxes the richer mines win the war"), "the question");
        assertTrue(html.contains("Smuggled minerals cross the strait"), "the description");
        assertTrue(html.contains("<code>" + r.manifest().masterSeed() + "</code>"), "master seed");
        assertTrue(html.contains("1 Jan 2025 – 1 Mar 2025 (60 days)"), "period");
        assertTrue(html.contains("Mainland sends cash to the rebels"), "scenario event");
        assertTrue(html.contains("Territory at the end, GOV"), "outcome table");
        assertTrue(html.contains("Mine tax at Hill gold field"), "mine names from the scenario");
        for (Figure f : RunCharts.all(r).figures()) {
            assertTrue(html.contains("<img src=\"charts/" + f.name() + ".png\""), f.name());
        }
        for (String map : new String[] {"map-2025-01-01.png", "map-2025-03-01.png", "control.gif"}) {
            assertTrue(html.contains("src=\"charts/" + map + "\""), map);
        }
        assertEquals(html.indexOf("<html"), html.lastIndexOf("<html"));
    }

    @Test
    void escapesText() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", ReportHtml.esc("a <b> & \"c\" 'd'"));
    }
}
