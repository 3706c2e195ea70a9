package org.conflictsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model is headless and reads no files: no source file under org/conflictsim/model may refer to the
 * outer layers (cli, experiment, output, gui, scenario), to GUI or chart libraries, to the command-line or
 * JSON/YAML libraries, or to file I/O, whether by import or by a fully qualified name in the code.
 */
class ArchitectureTest {

    private static final Path MODEL = Path.of("src", "main", "java", "org", "conflictsim", "model");

    /** Forbidden package or class prefixes. */
    static final List<String> FORBIDDEN = List.of(
            "org.conflictsim.cli", "org.conflictsim.experiment", "org.conflictsim.output", "org.conflictsim.gui",
            "org.conflictsim.scenario", "java.awt", "javax.swing", "org.jfree", "picocli", "com.fasterxml",
            "java.io.File", "java.nio.file");

    /** Source text without comments, string and character literals (so javadoc may name anything). */
    static String code(String src) {
        StringBuilder sb = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                sb.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                sb.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                sb.append(c).append(c);
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Forbidden references in one source text, as "prefix" strings. */
    static List<String> violations(String src) {
        String code = code(src).replaceAll("\\s*\\.\\s*", ".");
        List<String> found = new ArrayList<>();
        for (String prefix : FORBIDDEN) {
            // the prefix as a qualified name: not preceded by a name character or dot; "java.io.File" also
            // matches FileReader, FileInputStream, ... and "java.nio.file" every class of the package
            Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(prefix) + "(?!\\w)").matcher(code);
            if (prefix.equals("java.io.File")) {
                m = Pattern.compile("(?<![\\w.])java\\.io\\.(File\\w*|\\*)").matcher(code);
            }
            if (m.find()) {
                found.add(prefix);
            }
        }
        return found;
    }

    @Test
    void theCheckerFindsWhatItLooksFor() {
        assertEquals(List.of("org.conflictsim.scenario"), violations("import org.conflictsim.scenario.ScenarioLoader;"));
        assertEquals(List.of("java.nio.file"), violations("var t = java.nio.file.Files.readString(p);"));
        assertEquals(List.of("java.nio.file"), violations("import static java.nio.file.Files.readString;"));
        assertEquals(List.of("java.io.File"), violations("import java.io.FileReader;"));
        assertEquals(List.of("java.io.File"), violations("import java.io.*;"));
        assertEquals(List.of("java.awt"), violations("java.awt.Color c;"));
        assertEquals(List.of("org.jfree"), violations("import org.jfree.svg.SVGGraphics2D;"));
        assertEquals(List.of("picocli"), violations("import picocli.CommandLine;"));
        assertEquals(List.of("com.fasterxml"), violations("import com.fasterxml.jackson.databind.ObjectMapper;"));
        assertEquals(List.of("javax.swing"), violations("import javax.swing.JFrame;"));
        assertEquals(List.of("org.conflictsim.output"), violations("org . conflictsim . output . Num.format(x);"));
        // allowed: the model's own packages, java.util, java.io.Serializable, and names in comments or strings
        assertEquals(List.of(), violations("import org.conflictsim.model.world.World; import java.util.List;"));
        assertEquals(List.of(), violations("import java.io.Serializable; import java.io.UncheckedIOException;"));
        assertEquals(List.of(), violations("/** see {@code org.conflictsim.scenario.ScenarioLoader} */ class X {}"));
        assertEquals(List.of(), violations("// reads java.nio.file.Path in the scenario layer\nclass X {}"));
        assertEquals(List.of(), violations("String s = \"java.awt.Color\";"));
        assertEquals(List.of(), violations("import org.conflictsim.scenarios.Thing;"));
    }

    @Test
    void theModelDependsOnNoOuterLayerAndReadsNoFiles() throws IOException {
        assertTrue(Files.isDirectory(MODEL), "run the tests from the project directory: " + MODEL.toAbsolutePath());
        List<Path> sources;
        try (Stream<Path> s = Files.walk(MODEL)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() >= 20, "too few model sources found: " + sources);
        assertTrue(sources.contains(MODEL.resolve("ConflictModel.java")));
        assertTrue(sources.contains(MODEL.resolve("rules").resolve("CombatRules.java")));
        List<String> problems = new ArrayList<>();
        for (Path p : sources) {
            for (String v : violations(Files.readString(p, StandardCharsets.UTF_8))) {
                problems.add(p + " refers to " + v);
            }
        }
        assertEquals(List.of(), problems);
    }
}
