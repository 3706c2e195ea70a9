package org.conflictsim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into a node tree that keeps line and column of every value, with limits that
 * protect against hostile input (size, nesting depth, alias expansion). Problems found while binding are
 * collected here so that one load reports all of them.
 */
public final class YamlSource {
    /** Largest input file accepted, bytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_ALIASES = 20;

    private final String displayName;
    private final Path path;
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Map<Node, String> overridden = new java.util.IdentityHashMap<>();
    private List<String> sets = List.of();

    private YamlSource(String displayName, Path path) {
        this.displayName = displayName;
        this.path = path;
    }

    /** Display name of the file in messages. */
    public String name() {
        return displayName;
    }

    /** The file, or null for text parsed from memory. */
    public Path path() {
        return path;
    }

    /**
     * Parses a file whose top level must be a mapping.
     *
     * @throws ScenarioException NOT_FOUND when it cannot be read, SYNTAX when it is not a YAML mapping
     */
    public static YMap read(Path file, String displayName) throws ScenarioException {
        return read(file, displayName, List.of());
    }

    /**
     * Parses a file and applies {@code --set key.path=value} overrides before binding, so an override is
     * validated exactly like the file (a typo in its key is an unknown key).
     */
    public static YMap read(Path file, String displayName, List<String> sets) throws ScenarioException {
        YamlSource src = new YamlSource(displayName, file);
        src.sets = List.copyOf(sets);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                        new Problem(displayName, 0, 0, "", "is a folder, not a scenario file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, 0, 0, "",
                        "file is " + size + " bytes; scenario files are limited to " + MAX_BYTES + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                    new Problem(displayName, 0, 0, "", "no such file"));
        } catch (IOException e) {
            throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                    new Problem(displayName, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
        return src.parse(bytes);
    }

    /** Parses YAML text held in memory (used for {@code --set} values and tests). */
    public static YMap parseText(String text, String displayName) throws ScenarioException {
        return new YamlSource(displayName, null).parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private YMap parse(byte[] bytes) throws ScenarioException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, line, 0, "",
                    "the file is not UTF-8 text (invalid byte at offset " + bad + "); save it as UTF-8"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX,
                    new Problem(displayName, 0, 0, "", "the file contains binary data (NUL bytes), not YAML text"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setAllowRecursiveKeys(false);
        opts.setCodePointLimit((int) MAX_BYTES);
        opts.setAllowDuplicateKeys(false);
        Node root;
        try (Reader r = new StringReader(text)) {
            root = new Yaml(opts).compose(r);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName,
                    m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "",
                    "not valid YAML: " + what));
        } catch (YAMLException | IOException e) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX,
                    new Problem(displayName, 0, 0, "", "not valid YAML: " + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX,
                    new Problem(displayName, 0, 0, "", "the document is nested too deeply"));
        }
        if (root == null) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX,
                    new Problem(displayName, 0, 0, "", "the file is empty"));
        }
        if (!(root instanceof MappingNode)) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName,
                    root.getStartMark().getLine() + 1, root.getStartMark().getColumn() + 1, "",
                    "the top level must be a mapping of keys to values (key: value)"));
        }
        for (String set : sets) {
            Overrides.apply(this, (MappingNode) root, set, opts);
        }
        return new YMap(this, (MappingNode) root, "");
    }

    /** Marks a node (and everything under it) as coming from an override, for error messages. */
    void markOverride(Node node, String set) {
        overridden.put(node, set);
        if (node instanceof MappingNode mn) {
            mn.getValue().forEach(t -> {
                markOverride(t.getKeyNode(), set);
                markOverride(t.getValueNode(), set);
            });
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sn) {
            sn.getValue().forEach(n -> markOverride(n, set));
        }
    }

    private static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Records a problem at a node. */
    void problem(Node at, String keyPath, String message) {
        if (at != null && overridden.containsKey(at)) {
            problems.add(new Problem(displayName + " (--set " + overridden.get(at) + ")", 0, 0, keyPath, message));
            return;
        }
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        int col = at == null ? 0 : at.getStartMark().getColumn() + 1;
        problems.add(new Problem(displayName, line, col, keyPath, message));
    }

    /** Problems recorded so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** @throws ScenarioException INVALID when any problem was recorded */
    public void throwIfProblems() throws ScenarioException {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new ScenarioException(ScenarioException.Kind.INVALID, sorted);
        }
    }
}
