package org.conflictsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Package dependencies point one way: {@link #ALLOWED} is the table of every package under
 * {@code org.conflictsim} with the packages its code may refer to (by import or by a fully qualified name),
 * the table has no cycle, and the code keeps to it (docs/ARCHITECTURE.md explains the layers). Besides, the
 * model is headless and reads no files: no source file under org/conflictsim/model may refer to the outer
 * layers (cli, experiment, output, gui, scenario), to GUI or chart libraries, to the command-line or
 * JSON/YAML libraries, or to file I/O.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path MODEL = SOURCES.resolve(Path.of("org", "conflictsim", "model"));

    /** The model and every package under it, for the rows of the outer layers (which may use any of it). */
    static final String MODEL_TREE = "model.**";
    private static final String FILES = "files";

    /**
     * Which packages (names after {@code org.conflictsim.}) each package may refer to besides itself. A row or
     * an entry ending in {@code .**} stands for that package and every package under it.
     */
    static final Map<String, Set<String>> ALLOWED = table(
            // the command line: wires every layer together
            row("cli", "gui", "experiment", "experiment.calibrate", "experiment.compare", "experiment.discover",
                    "experiment.scoring", "experiment.sensitivity", "experiment.slurm", "experiment.store",
                    "experiment.sweep", "output.results", "output.charts", "output.report",
                    "output.console", "scenario", "scenario.geo", FILES, MODEL_TREE),
            // the desktop GUI: the model live, with the look of the charts and the ensemble band of a results folder
            row("gui", "output.charts", "output.results", "experiment", "scenario", FILES, MODEL_TREE),
            // output: report -> {charts, console} -> results -> experiment
            row("output.report", "output.charts", "output.console", "output.results", "experiment",
                    "experiment.calibrate", "experiment.compare", "experiment.discover", "experiment.scoring",
                    "experiment.sensitivity", "experiment.store", "experiment.sweep", FILES, MODEL_TREE),
            row("output.charts", "output.results", "experiment", "experiment.calibrate", "experiment.compare",
                    "experiment.discover", "experiment.sensitivity", "experiment.store", "experiment.sweep", FILES,
                    MODEL_TREE),
            row("output.console", "output.results", "experiment", "experiment.calibrate", "experiment.compare",
                    "experiment.scoring", "experiment.sweep", FILES, MODEL_TREE),
            row("output.results", "experiment", "experiment.calibrate", "experiment.compare", "experiment.discover",
                    "experiment.scoring", "experiment.sensitivity", "experiment.store", "experiment.sweep", FILES,
                    MODEL_TREE),
            // experiments: running replications, comparisons, sweeps and their store
            row("experiment", FILES, MODEL_TREE),
            row("experiment.compare", "experiment", FILES, MODEL_TREE),
            row("experiment.sensitivity", "experiment", "experiment.store", FILES, MODEL_TREE),
            row("experiment.slurm", FILES),
            row("experiment.store", "experiment", FILES, MODEL_TREE),
            row("experiment.sweep", "experiment", "experiment.store", "scenario", "scenario.geo", FILES, MODEL_TREE),
            // calibration (ABC-SMC over sweeps of given points), scenario discovery (PRIM) and scoring rules
            row("experiment.calibrate", "experiment", "experiment.scoring", "experiment.store", "experiment.sweep",
                    "scenario", FILES, MODEL_TREE),
            row("experiment.discover", "experiment", "experiment.store", "experiment.sweep", FILES, MODEL_TREE),
            row("experiment.scoring"),
            // scenarios: YAML and geodata to a model's parameters
            row("scenario", "scenario.geo", FILES, MODEL_TREE),
            row("scenario.geo", FILES),
            // file formats and safe writing, shared by every layer that writes or reads files
            row(FILES),
            // the model, from the top down: the SimState wires phases, observers and levers over the run's state
            row("model", "model.agent", "model.check", "model.economy", "model.instruments", "model.observe",
                    "model.params", "model.phase", "model.rules", "model.space", "model.state", "model.world"),
            // the day's phases ask the agents and the rules; the collector reads the agents from outside
            row("model.phase", "model.agent", "model.economy", "model.instruments", "model.params", "model.rules",
                    "model.space", "model.state", "model.world"),
            row("model.observe", "model.agent", "model.economy", "model.instruments", "model.params", "model.space",
                    "model.state", "model.world"),
            // a run's registry of agents, territory, population, books and instruments in force
            row("model.state", "model.agent", "model.economy", "model.instruments", "model.params", "model.space",
                    "model.world"),
            // the map as a run changes it (the factions' fighters by cell are theirs)
            row("model.space", "model.agent", "model.params", "model.rules", "model.world"),
            // the agents: factions, foreign powers, mines
            row("model.agent", "model.economy", "model.instruments", "model.params", "model.rules", "model.world"),
            row("model.economy", "model.params", "model.rules"),
            // what a scenario declares, the static map, the instruments; pure rules and checks are leaves
            row("model.params", "model.check", "model.instruments", "model.world"),
            row("model.instruments", "model.check"),
            row("model.world", "model.check"),
            row("model.rules"),
            row("model.check"));

    private static Map.Entry<String, Set<String>> row(String pkg, String... mayImport) {
        return Map.entry(pkg, new LinkedHashSet<>(List.of(mayImport)));
    }

    @SafeVarargs
    private static Map<String, Set<String>> table(Map.Entry<String, Set<String>>... rows) {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> r : rows) {
            if (t.put(r.getKey(), r.getValue()) != null) {
                throw new IllegalStateException("two rows for " + r.getKey());
            }
        }
        return t;
    }

    /** Whether a table name ({@code a.b} or {@code a.**}) covers the package {@code pkg}. */
    static boolean covers(String name, String pkg) {
        if (name.endsWith(".**")) {
            String base = name.substring(0, name.length() - 3);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return name.equals(pkg);
    }

    /** The row of a package: its exact row, else the narrowest {@code .**} row covering it; null when none. */
    static String rowOf(String pkg) {
        if (ALLOWED.containsKey(pkg)) {
            return pkg;
        }
        String best = null;
        for (String name : ALLOWED.keySet()) {
            if (covers(name, pkg) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }

    /** Packages under org.conflictsim (after {@code org.conflictsim.}) that a source text refers to. */
    static Set<String> references(String src) {
        String code = code(src).replaceAll("\\s*\\.\\s*", ".");
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.])org\\.conflictsim((?:\\.[a-z_][a-z0-9_]*)+)").matcher(code);
        while (m.find()) {
            out.add(m.group(1).substring(1));
        }
        return out;
    }

    /** Every source file's package (after {@code org.conflictsim.}), by file. */
    private static Map<Path, String> packages() throws IOException {
        Path root = SOURCES.resolve(Path.of("org", "conflictsim"));
        assertTrue(Files.isDirectory(root), "run the tests from the project directory: " + root.toAbsolutePath());
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                out.put(p, root.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '.'));
            }
        }
        return out;
    }

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
    void theTableFindsAndJudgesReferences() {
        assertEquals(Set.of("output.results", "model.params"), references(
                "import org.conflictsim.output.results.Band; import static org.conflictsim.model.params.Scenario.of;"));
        assertEquals(Set.of("experiment"), references("var s = org . conflictsim . experiment . Seeds.of(1);"));
        assertEquals(Set.of(), references("/** {@link org.conflictsim.gui.Gui} */ String s = \"org.conflictsim.cli\";"));
        assertTrue(covers("model.**", "model"));
        assertTrue(covers("model.**", "model.world"));
        assertTrue(!covers("model.**", "modelling"));
        assertTrue(!covers("output.results", "output.results.sub"));
        assertEquals("model.rules", rowOf("model.rules"));
        assertEquals("cli", rowOf("cli"));
        assertEquals(null, rowOf("nowhere"));
    }

    @Test
    void everyPackageHasARowAndEveryRowAPackage() throws IOException {
        Set<String> pkgs = new TreeSet<>(packages().values());
        assertTrue(pkgs.containsAll(Set.of("cli", "gui", "output.results", "output.charts", "output.report",
                "experiment", "scenario", "model")), "packages found: " + pkgs);
        List<String> problems = new ArrayList<>();
        for (String p : pkgs) {
            if (rowOf(p) == null) {
                problems.add("package org.conflictsim." + p + " has no row in ArchitectureTest.ALLOWED");
            }
        }
        for (Map.Entry<String, Set<String>> r : ALLOWED.entrySet()) {
            for (String name : concat(r.getKey(), r.getValue())) {
                if (pkgs.stream().noneMatch(p -> covers(name, p))) {
                    problems.add("the row of " + r.getKey() + " names " + name + ", which is no package");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPackageOutsideTheModelSaysWhatLivesThere() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String p : new TreeSet<>(packages().values())) {
            Path info = SOURCES.resolve(Path.of("org", "conflictsim")).resolve(p.replace('.', '/'))
                    .resolve("package-info.java");
            if (!covers(MODEL_TREE, p) && !Files.isRegularFile(info)) {
                missing.add(info.toString());
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> concat(String first, Set<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void theTableHasNoCycle() {
        // depth-first search over rows; a row may name itself (model.**: the model's packages among themselves)
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String start : ALLOWED.keySet()) {
            List<String> cycle = cycleFrom(start, state, new ArrayList<>());
            assertEquals(null, cycle, "a cycle of allowed dependencies");
        }
    }

    private static List<String> cycleFrom(String row, Map<String, Integer> state, List<String> path) {
        Integer st = state.get(row);
        if (st != null && st == 2) {
            return null;
        }
        path.add(row);
        if (st != null) {
            return path;
        }
        state.put(row, 1);
        for (String target : ALLOWED.get(row)) {
            String next = ALLOWED.containsKey(target) ? target : rowOf(target);
            if (next == null || next.equals(row)) {
                continue;
            }
            List<String> c = cycleFrom(next, state, path);
            if (c != null) {
                return c;
            }
        }
        state.put(row, 2);
        path.remove(path.size() - 1);
        return null;
    }

    @Test
    void everyPackageImportsOnlyWhatItsRowAllows() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, String> e : packages().entrySet()) {
            String pkg = e.getValue();
            String row = rowOf(pkg);
            if (row == null) {
                continue; // reported by everyPackageHasARowAndEveryRowAPackage
            }
            for (String ref : references(Files.readString(e.getKey(), StandardCharsets.UTF_8))) {
                boolean ok = ref.equals(pkg) || covers(row, ref) && row.endsWith(".**")
                        || ALLOWED.get(row).stream().anyMatch(a -> covers(a, ref));
                if (!ok) {
                    problems.add(e.getKey() + " (" + pkg + ") refers to org.conflictsim." + ref
                            + ", which its row does not allow");
                }
            }
        }
        assertEquals(List.of(), problems);
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
