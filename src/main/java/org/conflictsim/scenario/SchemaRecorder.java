package org.conflictsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the declarations that the scenario loader makes while it reads a document: every typed read of a
 * {@link org.conflictsim.scenario.YMap} (key, JSON type, range, default, whether it is required, allowed
 * words), every mapping that reports unknown keys, every mapping whose keys are names chosen in the file, and
 * every group of keys of which exactly one must be present. Loading several documents into one recorder
 * gives the union of the branches they exercise; {@link ScenarioSchema} turns that union into a JSON Schema.
 *
 * <p>Paths are normalised: list items are {@code []} and the keys of a name-keyed mapping are {@code *}, so
 * {@code factions[2].fighters} and {@code factions[0].fighters} are the same declaration,
 * {@code factions[].fighters}.
 */
public final class SchemaRecorder {

    /** The JSON type of a read. */
    public enum Type {
        /** A number, possibly with a range. */
        NUMBER,
        /** A whole number, possibly with a range. */
        INTEGER,
        /** Text, possibly one of a fixed set of words. */
        STRING,
        /** An ISO date, YYYY-MM-DD. */
        DATE,
        /** true or false. */
        BOOLEAN,
        /** A nested mapping. */
        OBJECT,
        /** A list of mappings. */
        OBJECT_LIST,
        /** A list of texts. */
        STRING_LIST,
        /** A list of fixed-width lists of numbers ([lon, lat] pairs). */
        NUMBER_ROWS,
        /** Presence tested only: any value. */
        ANY
    }

    /**
     * One declaration as the loader made it.
     *
     * @param type     JSON type
     * @param min      smallest value allowed (numbers), null when unbounded
     * @param max      largest value allowed (numbers), null when unbounded
     * @param def      value used when the key is absent, null when none or not a constant
     * @param choices  the allowed words of a choice, empty otherwise
     * @param width    number of numbers per row ({@link Type#NUMBER_ROWS}), 0 otherwise
     * @param minItems fewest items of a list (1 when the list must not be empty), 0 otherwise
     */
    public record Decl(Type type, Double min, Double max, Object def, List<String> choices, int width, int minItems) {
        /** A declaration of the given type with no other facts. */
        public static Decl of(Type type) {
            return new Decl(type, null, null, null, List.of(), 0, 0);
        }
    }

    /** What is known about one key of one mapping path. */
    static final class Property {
        Type type = Type.ANY;
        Double min;
        Double max;
        Object def;
        boolean defConflict;
        boolean defSeen;
        List<String> choices = List.of();
        int width;
        int minItems;
    }

    /** What is known about one mapping path. */
    static final class ObjectInfo {
        final Map<String, Property> properties = new LinkedHashMap<>();
        final List<List<String>> oneOf = new ArrayList<>();
        /** Keys read as required, per instance of this path. */
        final List<Set<String>> requiredPerInstance = new ArrayList<>();
        boolean closed;
        String keyMeaning;
    }

    private final Map<String, ObjectInfo> objects = new LinkedHashMap<>();

    /** Paths of mappings, in the order first seen. */
    Map<String, ObjectInfo> objects() {
        return objects;
    }

    /**
     * Starts recording one mapping instance at a normalised path; the handle receives the reads made on it.
     */
    public Instance instance(String path) {
        ObjectInfo info = objects.computeIfAbsent(path, p -> new ObjectInfo());
        Set<String> required = new LinkedHashSet<>();
        info.requiredPerInstance.add(required);
        return new Instance(info, required, path);
    }

    /** The reads made on one mapping instance. */
    public static final class Instance {
        private final ObjectInfo info;
        private final Set<String> required;
        private final String path;

        private Instance(ObjectInfo info, Set<String> required, String path) {
            this.info = info;
            this.required = required;
            this.path = path;
        }

        /** Records a typed read of {@code key}; {@code required} when a missing key is a problem. */
        public void read(String key, Decl d, boolean required) {
            Property p = info.properties.computeIfAbsent(key, k -> new Property());
            if (p.type == Type.ANY) {
                p.type = d.type();
            } else if (d.type() != Type.ANY && d.type() != p.type) {
                throw new IllegalStateException("the loader reads " + path + "." + key + " both as " + p.type + " and as "
                        + d.type());
            }
            if (d.type() == Type.ANY) {
                return;
            }
            p.min = d.min() != null ? d.min() : p.min;
            p.max = d.max() != null ? d.max() : p.max;
            if (!d.choices().isEmpty()) {
                p.choices = d.choices();
            }
            p.width = Math.max(p.width, d.width());
            p.minItems = Math.max(p.minItems, d.minItems());
            if (!required) {
                if (!p.defSeen) {
                    p.def = d.def();
                    p.defSeen = true;
                } else if (!Objects.equals(p.def, d.def())) {
                    p.defConflict = true;
                }
            }
            if (required) {
                this.required.add(key);
            }
        }

        /** Records that keys absent from every read are unknown here (the loader reports them). */
        public void closed() {
            info.closed = true;
        }

        /** Records that the keys of this mapping are names chosen in the file, e.g. mineral names. */
        public void keyedBy(String meaning) {
            info.keyMeaning = meaning;
        }

        /** Records that exactly one of {@code keys} must be present. */
        public void oneOf(List<String> keys) {
            if (!info.oneOf.contains(keys)) {
                info.oneOf.add(List.copyOf(keys));
            }
        }
    }
}
