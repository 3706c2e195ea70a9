package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every "how do I model X?" snippet of docs/LEVERS.md validates, without a warning, as the events of a what-if
 * that extends kivu-2025 from a folder of its own; the guide has a line for every instrument the loader knows.
 */
class LeverGuideTest {
    static final Path GUIDE = Path.of("docs", "LEVERS.md");

    @TempDir
    Path dir;

    /** The YAML blocks of the guide. */
    static List<String> snippets() throws Exception {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everySnippetValidatesWithoutAWarning() throws Exception {
        List<String> snippets = snippets();
        assertTrue(snippets.size() >= 6, "the guide's snippets: " + snippets.size());
        String rel = dir.relativize(TestScenarios.KIVU.toAbsolutePath()).toString();
        List<String> args = new ArrayList<>(List.of("validate", "--strict"));
        for (int i = 0; i < snippets.size(); i++) {
            Path f = dir.resolve("snippet-" + i + ".yaml");
            Files.writeString(f, "extends: " + rel + "\nid: snippet-" + i + "\n" + snippets.get(i), StandardCharsets.UTF_8);
            args.add(f.toString());
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals("", e.toString(), "no problem and no warning");
        assertEquals(ExitCodes.OK, code);
        assertEquals(snippets.size(), o.toString().lines().filter(l -> l.startsWith("ok: ")).count(), o.toString());
    }

    @Test
    void theGuideHasALineForEveryInstrument() throws Exception {
        String text = Files.readString(GUIDE);
        for (String type : List.of("aid", "aidFreeze", "sanction", "militarySupport", "trainingDeal", "mineralsDeal",
                "ceasefire", "mediation", "importBan", "forceControl")) {
            assertTrue(text.contains("| `" + type + "` |"), "a line for " + type);
        }
    }
}
