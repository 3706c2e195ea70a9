package org.conflictsim.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictsim.model.check.Param;
import org.conflictsim.scenario.SchemaRecorder.Decl;
import org.conflictsim.scenario.SchemaRecorder.Type;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import static org.conflictsim.scenario.YamlNodes.abbreviate;
import static org.conflictsim.scenario.YamlNodes.describe;
import static org.conflictsim.scenario.YamlNodes.toNumber;

/**
 * A YAML mapping read strictly: every read names the key and checks type and range; every problem is
 * recorded with file, line, column and key path, and reading goes on (with a neutral value) so one load
 * reports every problem. {@link #end()} reports keys that were never read as unknown, suggesting the
 * closest known key.
 *
 * <p>Every typed read is a declaration: when the source has a {@link SchemaRecorder}, each read also records
 * key, type, range, default and whether the key is required, from which the JSON Schema of scenario files
 * is generated ({@code conflictsim schema}).
 *
 * <p>This class holds the typed accessors (numbers and declared parameters, texts, dates, choices, lists, nested
 * mappings) and the schema declarations; the entries and the problems about keys (duplicate, missing, unknown
 * with a did-you-mean) are kept by {@link MappingEntries}; single nodes are described and converted by
 * {@link YamlNodes}.
 */
public final class YMap {
    private final YamlSource src;
    private final MappingNode node;
    private final String path;
    private final MappingEntries entries;
    /** Normalised path for the schema: list items as {@code []}, keys of name-keyed mappings as {@code *}. */
    private final String schemaPath;
    private final SchemaRecorder.Instance rec;
    private boolean keyed;

    YMap(YamlSource src, MappingNode node, String path) {
        this(src, node, path, "");
    }

    private YMap(YamlSource src, MappingNode node, String path, String schemaPath) {
        this.src = src;
        this.node = node;
        this.path = path;
        this.schemaPath = schemaPath;
        this.rec = src.recorder() == null ? null : src.recorder().instance(schemaPath);
        this.entries = new MappingEntries(src, node, path);
    }

    /**
     * The mapping's content as one string (keys, tags and scalar values, nested), equal for equal content and
     * different otherwise; null when it nests deeper than 500 levels (a recursive alias), so it is not used
     * as a cache key.
     */
    String canonical() {
        return YamlNodes.canonical(node);
    }

    /** The file this mapping comes from. */
    public YamlSource source() {
        return src;
    }

    /** Key path of this mapping ({@code ""} for the document). */
    public String path() {
        return path;
    }

    /** The underlying node (for locations). */
    public Node node() {
        return node;
    }

    String child(String key) {
        return entries.child(key);
    }

    private String schemaChild(String key) {
        String k = keyed ? "*" : key;
        return schemaPath.isEmpty() ? k : schemaPath + "." + k;
    }

    private void record(String key, Decl d, boolean required) {
        if (rec != null) {
            rec.read(keyed ? "*" : key, d, required);
        }
    }

    /** Declares a key that the source itself consumes (e.g. {@code extends}), for the schema only. */
    void declare(String key, Decl d) {
        record(key, d, false);
    }

    private static Decl range(Type t, double min, double max, Object def) {
        return new Decl(t, min, max, def, List.of(), 0, 0);
    }

    /** Whether the key is present (and marks it known). */
    public boolean has(String key) {
        entries.markRead(key);
        record(key, Decl.of(Type.ANY), false);
        return entries.contains(key);
    }

    /**
     * The keys of {@code keys} that are present, in the order given; declares that exactly one of them
     * belongs in this mapping (the caller reports a problem when not exactly one is present).
     */
    public List<String> present(List<String> keys) {
        if (rec != null) {
            rec.oneOf(keys);
        }
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (has(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The folder from which a relative file name under {@code key} is resolved: that of the file the value
     * comes from (a base scenario's data paths are relative to the base), else {@code fallback}.
     */
    public java.nio.file.Path dirOf(String key, java.nio.file.Path fallback) {
        return src.dirOf(entries.value(key), fallback);
    }

    /** Keys present, in document order. */
    public List<String> keys() {
        return entries.keys();
    }

    /**
     * Where a key is (its value; this mapping when the key is absent or null), for a message made later
     * (a warning): file, line, column and key path. Reads nothing.
     */
    public Site site(String key) {
        return entries.site(key);
    }

    /** Records a problem at a key (or at this mapping when the key is absent). */
    public void problem(String key, String message) {
        entries.problem(key, message);
    }

    /** A required number in [min, max]. */
    public double number(String key, double min, double max) {
        record(key, range(Type.NUMBER, min, max, null), true);
        return number(key, Double.NaN, min, max, true, "");
    }

    /** An optional number in [min, max], {@code def} when absent. */
    public double number(String key, double def, double min, double max) {
        record(key, range(Type.NUMBER, min, max, def), false);
        return number(key, def, min, max, false, "");
    }

    /**
     * Reads a number; {@code unit} follows the range in the messages ({@code ""}, or a space and the unit:
     * "must be between 0 and 3650 days, got 4000").
     */
    private double number(String key, double def, double min, double max, boolean required, String unit) {
        Node n = entries.read(key, required, "a number between " + fmt(min) + " and " + fmt(max) + unit);
        if (n == null) {
            return required ? min : def;
        }
        Double v = toNumber(n);
        if (v == null) {
            src.problem(n, child(key), "expected a number, got " + describe(n));
            return required ? min : def;
        }
        if (!(v >= min && v <= max)) {
            src.problem(n, child(key), "must be between " + fmt(min) + " and " + fmt(max) + unit + ", got " + fmt(v));
            return Math.max(min, Math.min(max, v.isNaN() ? min : v));
        }
        return v;
    }

    /**
     * A number declared by a {@link Param}: its key, range and default (required when it has none), with its unit
     * in the messages; a whole number when it is declared so.
     */
    public double number(Param p) {
        if (p.integer()) {
            return integer(p);
        }
        record(p.key(), range(Type.NUMBER, p.min(), p.max(), p.required() ? null : p.def()), p.required());
        return number(p.key(), p.def(), p.min(), p.max(), p.required(), unit(p));
    }

    /** A number declared by a {@link Param}, with a default that depends on others. */
    public double number(Param p, double def) {
        record(p.key(), range(Type.NUMBER, p.min(), p.max(), def), false);
        return number(p.key(), def, p.min(), p.max(), false, unit(p));
    }

    /** A whole number declared by a {@link Param} (as {@link #number(Param)}). */
    public int integer(Param p) {
        if (!p.integer()) {
            throw new IllegalArgumentException(p.key() + " is not declared as a whole number");
        }
        int min = (int) p.min();
        int max = (int) p.max();
        record(p.key(), range(Type.INTEGER, min, max, p.required() ? null : (long) p.def()), p.required());
        return checkWhole(p.key(), number(p.key(), p.def(), min, max, p.required(), unit(p)));
    }

    /** The unit as the messages write it after a range: none for a ratio or factor. */
    private static String unit(Param p) {
        return p.unit().equals("1") ? "" : " " + p.unit();
    }

    /** A required whole number in [min, max]. */
    public int integer(String key, int min, int max) {
        record(key, range(Type.INTEGER, min, max, null), true);
        double v = number(key, Double.NaN, min, max, true, "");
        return checkWhole(key, v);
    }

    /** An optional whole number in [min, max]. */
    public int integer(String key, int def, int min, int max) {
        record(key, range(Type.INTEGER, min, max, (long) def), false);
        double v = number(key, def, min, max, false, "");
        return checkWhole(key, v);
    }

    /** An optional whole number as a long (seeds). */
    public long longValue(String key, long def) {
        record(key, range(Type.INTEGER, Long.MIN_VALUE, Long.MAX_VALUE, def), false);
        Node n = entries.read(key, false, "a whole number");
        if (n == null) {
            return def;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Long.parseLong(s.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                src.problem(n, child(key), "must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
                        + ", got " + abbreviate(s.getValue()));
                return def;
            }
        }
        src.problem(n, child(key), "expected a whole number, got " + describe(n));
        return def;
    }

    private int checkWhole(String key, double v) {
        if (v != Math.rint(v)) {
            problem(key, "must be a whole number, got " + fmt(v));
        }
        return (int) Math.rint(v);
    }

    /** A required text value. */
    public String text(String key) {
        record(key, Decl.of(Type.STRING), true);
        return text(key, null, true);
    }

    /** An optional text value. */
    public String text(String key, String def) {
        record(key, new Decl(Type.STRING, null, null, def, List.of(), 0, 0), false);
        return text(key, def, false);
    }

    private String text(String key, String def, boolean required) {
        return text(key, def, required, "text");
    }

    private String text(String key, String def, boolean required, String expected) {
        Node n = entries.read(key, required, expected);
        if (n == null) {
            return def;
        }
        if (!(n instanceof ScalarNode s)) {
            src.problem(n, child(key), "expected text, got " + describe(n));
            return def == null ? "" : def;
        }
        return s.getValue();
    }

    /** An optional true/false value. */
    public boolean bool(String key, boolean def) {
        record(key, new Decl(Type.BOOLEAN, null, null, def, List.of(), 0, 0), false);
        Node n = entries.read(key, false, "true or false");
        if (n == null) {
            return def;
        }
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            String v = s.getValue().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
        }
        src.problem(n, child(key), "expected true or false, got " + describe(n));
        return def;
    }

    /** A required ISO date (YYYY-MM-DD). */
    public LocalDate date(String key) {
        record(key, Decl.of(Type.DATE), true);
        return date(key, null, true);
    }

    /** An optional ISO date. */
    public LocalDate date(String key, LocalDate def) {
        record(key, new Decl(Type.DATE, null, null, def == null ? null : def.toString(), List.of(), 0, 0), false);
        return date(key, def, false);
    }

    private LocalDate date(String key, LocalDate def, boolean required) {
        Node n = entries.read(key, required, "a date YYYY-MM-DD");
        if (n == null) {
            return def;
        }
        if (n instanceof ScalarNode s) {
            try {
                return LocalDate.parse(s.getValue().trim());
            } catch (DateTimeParseException e) {
                src.problem(n, child(key), "expected a date YYYY-MM-DD, got " + describe(n));
                return def;
            }
        }
        src.problem(n, child(key), "expected a date YYYY-MM-DD, got " + describe(n));
        return def;
    }

    /**
     * A required enum value; when missing, the problem lists the words, e.g. "missing required key
     * (government, rebel, militia or foreign-force)". Null when missing or not one of the words.
     */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        List<String> names = words(type);
        record(key, new Decl(Type.STRING, null, null, null, names, 0, 0), true);
        if (!entries.contains(key)) {
            entries.markRead(key);
            problem(key, "missing required key (" + String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1) + ")");
            return null;
        }
        return choice(key, type, null, true);
    }

    /** An optional enum value, written in lower case with dashes or underscores. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E def) {
        record(key, new Decl(Type.STRING, null, null, def == null ? null : word(def), words(type), 0, 0), false);
        return choice(key, type, def, false);
    }

    private static <E extends Enum<E>> List<String> words(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(word(e));
        }
        return names;
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E def, boolean required) {
        List<String> names = words(type);
        String v = text(key, null, required, "one of " + String.join(", ", names));
        if (v == null) {
            return def;
        }
        String norm = v.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(norm)) {
                return e;
            }
        }
        problem(key, "must be one of " + String.join(", ", names) + ", got \"" + abbreviate(v) + "\"");
        return def;
    }

    /** The word a file uses for an enum constant: lower case with dashes, e.g. {@code foreign-force}. */
    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An optional nested mapping, or null when absent. */
    public YMap map(String key) {
        record(key, Decl.of(Type.OBJECT), false);
        Node n = entries.read(key, false, "a mapping");
        return asMap(n, key, false);
    }

    /** A required nested mapping; an empty one stands in when it is missing (the problem is recorded). */
    public YMap requiredMap(String key) {
        record(key, Decl.of(Type.OBJECT), true);
        return requiredMap(key, false);
    }

    /**
     * An optional mapping whose keys are names chosen in the file (mineral names, provinces), or null when
     * absent; {@code meaning} says what the keys name.
     */
    public YMap mapOf(String key, String meaning) {
        record(key, Decl.of(Type.OBJECT), false);
        Node n = entries.read(key, false, "a mapping");
        YMap m = asMap(n, key, true);
        if (m != null && m.rec != null) {
            m.rec.keyedBy(meaning);
        }
        return m;
    }

    /** A required mapping whose keys are names chosen in the file; an empty one stands in when missing. */
    public YMap requiredMapOf(String key, String meaning) {
        record(key, Decl.of(Type.OBJECT), true);
        YMap m = requiredMap(key, true);
        if (m.rec != null) {
            m.rec.keyedBy(meaning);
        }
        return m;
    }

    private YMap requiredMap(String key, boolean keyedChild) {
        Node n = entries.read(key, true, "a mapping of keys to values");
        YMap m = asMap(n, key, keyedChild);
        if (m != null) {
            return m;
        }
        YMap stand = child(new MappingNode(Tag.MAP, new ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK),
                key, keyedChild);
        stand.entries.standIn(true);
        return stand;
    }

    private YMap child(MappingNode mn, String key, boolean keyedChild) {
        YMap m = new YMap(src, mn, child(key), schemaChild(key));
        m.keyed = keyedChild;
        m.entries.standIn(entries.standIn());
        return m;
    }

    private YMap asMap(Node n, String key, boolean keyedChild) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof MappingNode mn)) {
            src.problem(n, child(key), "expected a mapping of keys to values, got " + describe(n));
            return null;
        }
        return child(mn, key, keyedChild);
    }

    /** An optional list of mappings (empty when absent). */
    public List<YMap> maps(String key) {
        record(key, Decl.of(Type.OBJECT_LIST), false);
        return maps(key, false);
    }

    /**
     * A required, non-empty list of mappings; {@code what} names one item, e.g. {@code faction}: a missing
     * list is reported as "missing required key (a list of factions)", an empty one as "needs at least one
     * faction".
     */
    public List<YMap> requiredMaps(String key, String what) {
        record(key, new Decl(Type.OBJECT_LIST, null, null, null, List.of(), 0, 1), true);
        if (!entries.contains(key)) {
            entries.markRead(key);
            problem(key, "missing required key (a list of " + what + "s)");
            return new ArrayList<>();
        }
        List<YMap> out = maps(key, true);
        if (out.isEmpty() && entries.value(key) instanceof SequenceNode s && s.getValue().isEmpty()) {
            problem(key, "needs at least one " + what);
        }
        return out;
    }

    private List<YMap> maps(String key, boolean required) {
        List<YMap> out = new ArrayList<>();
        Node n = entries.read(key, required, "a list");
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            src.problem(n, child(key), "expected a list, got " + describe(n));
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            int own = src.ownIndex(item);
            String p = child(key) + "[" + (own >= 0 ? own : i) + "]";
            if (item instanceof MappingNode mn) {
                out.add(new YMap(src, mn, p, schemaChild(key) + "[]"));
            } else {
                src.problem(item, p, "expected a mapping of keys to values, got " + describe(item));
            }
        }
        return out;
    }

    /** An optional list of texts (empty when absent). */
    public List<String> texts(String key) {
        record(key, Decl.of(Type.STRING_LIST), false);
        return texts(key, false);
    }

    /**
     * A required, non-empty list of texts; when it is missing or empty, {@code missing} is reported as the
     * problem (say what to write, e.g. "missing: list the countries ..., e.g. [COD]").
     */
    public List<String> requiredTexts(String key, String missing) {
        record(key, new Decl(Type.STRING_LIST, null, null, null, List.of(), 0, 1), true);
        List<String> out = texts(key, false);
        Node n = entries.value(key);
        if (out.isEmpty() && (n == null || n instanceof SequenceNode s && s.getValue().isEmpty()
                || n instanceof ScalarNode sc && sc.getTag().equals(Tag.NULL))) {
            problem(key, missing);
        }
        return out;
    }

    private List<String> texts(String key, boolean required) {
        List<String> out = new ArrayList<>();
        Node n = entries.read(key, required, "a list of text");
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            src.problem(n, child(key), "expected a list, got " + describe(n));
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                out.add(s.getValue());
            } else {
                src.problem(items.get(i), child(key) + "[" + i + "]", "expected text, got " + describe(items.get(i)));
            }
        }
        return out;
    }

    /** An optional list of lists of numbers, e.g. polygon coordinates (empty when absent). */
    public List<double[]> numberRows(String key, int width) {
        record(key, new Decl(Type.NUMBER_ROWS, null, null, null, List.of(), width, 0), false);
        List<double[]> out = new ArrayList<>();
        Node n = entries.read(key, false, "a list of [x, y] pairs");
        if (n == null) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            src.problem(n, child(key), "expected a list of [lon, lat] pairs, got " + describe(n));
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node row = seq.getValue().get(i);
            String p = child(key) + "[" + i + "]";
            if (!(row instanceof SequenceNode rs) || rs.getValue().size() != width) {
                src.problem(row, p, "expected a list of " + width + " numbers, got " + describe(row));
                continue;
            }
            double[] v = new double[width];
            boolean ok = true;
            for (int k = 0; k < width; k++) {
                Double d = toNumber(rs.getValue().get(k));
                if (d == null) {
                    src.problem(rs.getValue().get(k), p + "[" + k + "]", "expected a number, got "
                            + describe(rs.getValue().get(k)));
                    ok = false;
                } else {
                    v[k] = d;
                }
            }
            if (ok) {
                out.add(v);
            }
        }
        return out;
    }

    /** Reports every key of this mapping that no read asked for, suggesting the closest known key. */
    public void end() {
        if (rec != null) {
            rec.closed();
        }
        entries.reportUnread();
    }

    private static String fmt(double v) {
        return org.conflictsim.model.check.Check.fmt(v);
    }
}
