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
    private final java.util.Set<Problem> reported = new java.util.HashSet<>();
    /** Unknown keys for which a similar known key was looked for; beyond 100 none is (huge files stay fast). */
    private int suggestions;
    private final java.util.Map<Node, String> overridden = new java.util.IdentityHashMap<>();
    private final java.util.Map<Node, String> origin = new java.util.IdentityHashMap<>();
    private final java.util.Map<Node, Path> originDir = new java.util.IdentityHashMap<>();
    private final java.util.Map<Node, Integer> ownIndex = new java.util.IdentityHashMap<>();
    private List<String> sets = List.of();
    private MappingNode root;
    private final SchemaRecorder recorder;

    private YamlSource(String displayName, Path path, SchemaRecorder recorder) {
        this.displayName = displayName;
        this.path = path;
        this.recorder = recorder;
    }

    /** The recorder of declarations, or null when the document is only loaded (the usual case). */
    SchemaRecorder recorder() {
        return recorder;
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
        return read(file, displayName, sets, RECORDING.get());
    }

    /** The recorder of the loads made inside {@link #recording}, per thread. */
    private static final ThreadLocal<SchemaRecorder> RECORDING = new ThreadLocal<>();

    /**
     * Runs {@code load} with every file it reads through this class recording its declarations in
     * {@code recorder}, so a loader in another layer (the sweep loader) declares its schema without a
     * recorder parameter of its own; files read by {@link ScenarioLoader} inside it (a sweep's base scenario)
     * are not recorded, as their schema is the scenario schema.
     *
     * @throws ScenarioException as {@code load} does
     */
    public static <T> T recording(SchemaRecorder recorder, RecordedLoad<T> load) throws ScenarioException {
        SchemaRecorder before = RECORDING.get();
        RECORDING.set(recorder);
        try {
            return load.load();
        } finally {
            RECORDING.set(before);
        }
    }

    /** A load whose declarations are recorded. */
    @FunctionalInterface
    public interface RecordedLoad<T> {
        /** Loads. */
        T load() throws ScenarioException;
    }

    /**
     * Parses a file like {@link #read(Path, String, List)}; when {@code recorder} is not null, every read made
     * on the returned mapping is also recorded there (for the JSON Schema).
     */
    public static YMap read(Path file, String displayName, List<String> sets, SchemaRecorder recorder)
            throws ScenarioException {
        YamlSource src = new YamlSource(displayName, file, recorder);
        src.sets = List.copyOf(sets);
        MappingNode root = src.loadWithExtends(file, displayName, new ArrayList<>());
        LoaderOptions opts = options();
        for (String set : sets) {
            Overrides.apply(src, root, set, opts);
        }
        src.root = root;
        YMap top = new YMap(src, root, "");
        top.declare("extends", SchemaRecorder.Decl.of(SchemaRecorder.Type.STRING));
        return top;
    }

    /** Parses YAML text held in memory (used for tests). */
    public static YMap parseText(String text, String displayName) throws ScenarioException {
        YamlSource src = new YamlSource(displayName, null, null);
        MappingNode root = src.parseRoot(text.getBytes(StandardCharsets.UTF_8), displayName);
        src.root = root;
        return new YMap(src, root, "");
    }

    /** The document after {@code extends} and overrides, as YAML text (the "resolved scenario"). */
    public String resolvedYaml() {
        org.yaml.snakeyaml.DumperOptions d = new org.yaml.snakeyaml.DumperOptions();
        d.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        d.setWidth(120);
        d.setIndent(2);
        d.setIndicatorIndent(0);
        java.io.StringWriter w = new java.io.StringWriter();
        org.yaml.snakeyaml.serializer.Serializer ser = new org.yaml.snakeyaml.serializer.Serializer(
                new org.yaml.snakeyaml.emitter.Emitter(w, d), new org.yaml.snakeyaml.resolver.Resolver(), d, null);
        try {
            ser.open();
            ser.serialize(root);
            ser.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static byte[] readBytes(Path file, String displayName) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                        new Problem(displayName, 0, 0, "", "is a folder, not a scenario file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, 0, 0, "",
                        "the file has " + size + " bytes; scenario files may have at most " + MAX_BYTES + " bytes (8 MiB)"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                    new Problem(displayName, 0, 0, "", "no such file"));
        } catch (IOException e) {
            throw new ScenarioException(ScenarioException.Kind.NOT_FOUND,
                    new Problem(displayName, 0, 0, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Reads a file and, when it has {@code extends: base.yaml}, the base first (recursively), then merges the
     * file over its base: mappings key by key, lists of items with an {@code id} item by item (an item with
     * {@code remove: true} removes the base item of that id), anything else replaced. The base is a path
     * relative to the folder of the file that names it, or absolute; cycles are errors.
     */
    private MappingNode loadWithExtends(Path file, String display, List<Path> chain) throws ScenarioException {
        MappingNode root = parseRoot(readBytes(file, display), display);
        org.yaml.snakeyaml.nodes.NodeTuple ext = null;
        for (org.yaml.snakeyaml.nodes.NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("extends")) {
                ext = t;
            }
        }
        if (ext == null) {
            return root;
        }
        root.getValue().remove(ext);
        Node v = ext.getValueNode();
        if (!(v instanceof org.yaml.snakeyaml.nodes.ScalarNode sv) || sv.getValue().isBlank()) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, new Problem(display, line(v), col(v), "extends",
                    "expected the file name of the base scenario, e.g. extends: kivu-2025.yaml"));
        }
        Path here = file.toAbsolutePath().normalize();
        Path base;
        try {
            base = here.getParent().resolve(sv.getValue()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, new Problem(display, line(v), col(v), "extends",
                    "not a possible file name: " + e.getReason()));
        }
        List<Path> next = new ArrayList<>(chain);
        next.add(here);
        if (next.contains(base)) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, new Problem(display, line(v), col(v), "extends",
                    "extends forms a cycle: " + next.stream().map(p -> p.getFileName().toString())
                            .collect(java.util.stream.Collectors.joining(" -> ")) + " -> " + base.getFileName()));
        }
        String baseDisplay = baseDisplay(Path.of(display), sv.getValue(), base);
        if (!Files.isRegularFile(base)) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, new Problem(display, line(v), col(v), "extends",
                    "base scenario not found: " + sv.getValue() + " (looked in " + base.getParent() + ")"
                            + BaseHint.of(here.getParent(), sv.getValue())));
        }
        MappingNode baseRoot = loadWithExtends(base, baseDisplay, next);
        markOrigin(baseRoot, baseDisplay, base.getParent());
        List<Problem> mergeProblems = new ArrayList<>();
        Node merged = Merge.merge(baseRoot, root, display, "", mergeProblems, ownIndex);
        if (!mergeProblems.isEmpty()) {
            throw new ScenarioException(ScenarioException.Kind.INVALID, mergeProblems);
        }
        return (MappingNode) merged;
    }

    private static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static int col(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }

    /**
     * Marks the nodes of a base document (after its own {@code extends}) with the file they come from; nodes
     * marked already (they come from a base further down) keep their mark, their children are still visited.
     */
    private void markOrigin(Node node, String display, Path dir) {
        if (!origin.containsKey(node)) {
            origin.put(node, display);
            originDir.put(node, dir);
        }
        if (node instanceof MappingNode mn) {
            mn.getValue().forEach(t -> {
                markOrigin(t.getKeyNode(), display, dir);
                markOrigin(t.getValueNode(), display, dir);
            });
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sn) {
            sn.getValue().forEach(n -> markOrigin(n, display, dir));
        }
    }

    /**
     * The base's name in messages: as the user wrote it when absolute, else resolved from the folder of the
     * file that names it as the user named that file ({@code my/what-if.yaml} + {@code ../scenarios/kivu.yaml}).
     */
    private static String baseDisplay(Path display, String written, Path resolved) {
        if (Path.of(written).isAbsolute()) {
            return resolved.toString();
        }
        Path parent = display.getParent();
        return (parent == null ? Path.of(written) : parent.resolve(written)).normalize().toString();
    }

    /**
     * The folder that relative data paths in {@code node} are resolved from: the folder of the file the node
     * comes from (a base scenario's data sit beside the base), or {@code fallback} for the file itself and
     * for {@code --set} values.
     */
    Path dirOf(Node node, Path fallback) {
        Path d = node == null ? null : originDir.get(node);
        return d == null ? fallback : d;
    }

    /**
     * The index of a list item in the file that wrote it (an item of a file with {@code extends}, merged into
     * the base's list, has another index in the merged list), or -1 when it was not merged.
     */
    int ownIndex(Node item) {
        Integer i = ownIndex.get(item);
        return i == null ? -1 : i;
    }

    private static LoaderOptions options() {
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setAllowRecursiveKeys(false);
        opts.setCodePointLimit((int) MAX_BYTES);
        opts.setAllowDuplicateKeys(false);
        return opts;
    }

    private MappingNode parseRoot(byte[] bytes, String displayName) throws ScenarioException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, 1, 1, "",
                    "the file is saved as UTF-16 text; save it as UTF-8"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, 0, 0, "",
                        "the file contains binary data (NUL bytes), not YAML text"));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int lineStart = 0;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, line, bad - lineStart + 1,
                    "", "the file is not UTF-8 text (invalid byte at offset " + bad + "); save it as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoaderOptions opts = options();
        Node root;
        try (Reader r = new StringReader(text)) {
            root = new Yaml(opts).compose(r);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName,
                    m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "",
                    "not valid YAML: " + explain(e)));
        } catch (YAMLException | IOException e) {
            throw new ScenarioException(ScenarioException.Kind.SYNTAX,
                    new Problem(displayName, 0, 0, "", explainLimit(firstLine(e.getMessage()))));
        } catch (IllegalArgumentException e) {
            // SnakeYAML checks some tags (!name) only when it makes the node, with an IllegalArgumentException
            throw new ScenarioException(ScenarioException.Kind.SYNTAX, new Problem(displayName, 0, 0, "",
                    "not valid YAML: " + TAG_HINT));
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
        return (MappingNode) root;
    }

    /** What a broken YAML tag most likely is: text that starts with '!'. */
    static final String TAG_HINT = "a value starting with '!' is read as a YAML tag, and this one cannot be read;"
            + " put the value in quotes";

    /** SnakeYAML's words for a syntax error, said in plain words where the error is a common one. */
    static String explain(MarkedYAMLException e) {
        String p = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String ctx = e.getContext() == null ? "" : e.getContext();
        Mark cm = e.getContextMark();
        Mark pm = e.getProblemMark();
        String opened = cm == null || (pm != null && cm.getLine() == pm.getLine()) ? "" : " at line " + (cm.getLine() + 1);
        String found = p.endsWith("<stream end>") ? " before the end of the file"
                : p.contains("but got ") ? " (found '" + p.substring(p.indexOf("but got ") + 8) + "' instead)" : "";
        if (p.startsWith("expected ',' or ']'")) {
            return "a list opened with '['" + opened + " is not closed with ']'" + found;
        }
        if (p.startsWith("expected ',' or '}'")) {
            return "a mapping opened with '{'" + opened + " is not closed with '}'" + found;
        }
        if (p.contains("\\t(TAB)")) {
            return "a tab character is used for indentation; indent with spaces";
        }
        if (p.startsWith("found undefined alias ")) {
            String name = p.substring("found undefined alias ".length());
            return "the alias *" + name + " refers to no anchor &" + name + " defined above it";
        }
        if (p.contains("another document")) {
            return "a second document starts here ('---'); a scenario file holds one document";
        }
        if (p.equals("could not find expected ':'")) {
            return "a line inside a mapping has no ':'; write key: value";
        }
        if (p.startsWith("mapping values are not allowed here")) {
            return "a ': ' inside a value; put the value in quotes, e.g. title: \"Goma: the siege\"";
        }
        if (p.startsWith("expected <block end>")) {
            return "this line does not fit the lines above: check its indentation (the keys of one mapping, and the"
                    + " '- ' of one list, start in the same column) and that every quote and bracket opened before"
                    + " it is closed";
        }
        if (ctx.contains("while scanning a tag") || ctx.contains("while parsing a tag") || p.contains("URI")) {
            return TAG_HINT;
        }
        if (ctx.contains("quoted scalar")) {
            return "a quoted text opened" + (cm == null ? "" : " at line " + (cm.getLine() + 1)) + " is not closed";
        }
        return p;
    }

    /** The message for a YAML error without a position: the limits this reader sets, in plain words. */
    private static String explainLimit(String message) {
        if (message.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return "the file uses more than " + MAX_ALIASES + " aliases (*name) of lists or mappings; scenario files"
                    + " are limited to " + MAX_ALIASES + " so that a small file cannot expand into a huge one";
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "lists and mappings are nested more than " + MAX_DEPTH + " levels deep; scenario files are"
                    + " limited to " + MAX_DEPTH;
        }
        if (message.contains("exceeds the limit")) {
            return "the file is longer than " + MAX_BYTES + " characters; scenario files are limited to that";
        }
        return "not valid YAML: " + message;
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

    /** Offset of the first byte the JDK's strict UTF-8 decoder rejects (overlong forms and surrogates too). */
    private static int firstInvalidUtf8(byte[] b) {
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        return r.isError() ? in.position() : Math.max(0, b.length - 1);
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
        Problem p = locate(at, keyPath, message);
        if (at != null && overridden.containsKey(at)) {
            problems.add(p);
            return;
        }
        if (reported.add(p)) {
            problems.add(p);
        }
    }

    /**
     * A message located at a node, without recording it: the file the node comes from (the base of an
     * {@code extends}, or the {@code --set} that wrote it), line and column.
     */
    Problem locate(Node at, String keyPath, String message) {
        if (at != null && overridden.containsKey(at)) {
            return new Problem(displayName + " (--set " + overridden.get(at) + ")", 0, 0, keyPath, message);
        }
        String file = at != null && origin.containsKey(at) ? origin.get(at) : displayName;
        return new Problem(file, line(at), col(at), keyPath, message);
    }

    /**
     * Withdraws the "missing required key" problem of {@code keyPath} in the mapping {@code at}: a misspelt
     * key reported with "did you mean" says it already, and better.
     */
    void withdrawMissing(Node at, String keyPath) {
        String file = at != null && origin.containsKey(at) ? origin.get(at) : displayName;
        problems.removeIf(p -> p.path().equals(keyPath) && p.message().startsWith("missing required key")
                && p.file().equals(file) && p.line() == line(at) && p.column() == col(at));
    }

    /** Whether one more unknown key may be compared with the known keys for a did-you-mean suggestion. */
    boolean maySuggest() {
        return suggestions++ < 100;
    }

    /** Problems recorded so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Number of problems recorded so far. */
    public int problemCount() {
        return problems.size();
    }

    /**
     * Throws (with every problem so far) only when problems were recorded after the first {@code before};
     * lets a stage that cannot go on with its own broken input stop, without stopping for others' problems.
     */
    public void throwIfProblemsSince(int before) throws ScenarioException {
        if (problems.size() > before) {
            throwIfProblems();
        }
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
