package org.conflictsim.output.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * What a scenario's question asks about, so that a generated answer speaks to it: the places, factions and
 * powers it names (by id, or by name, also as the start of a word: "Rwandan" names Rwanda), in the order
 * the question names them, and the topics its words point at.
 *
 * @param places   place ids, in order of first mention
 * @param factions faction ids, in order of first mention
 * @param powers   power ids, in order of first mention
 * @param topics   topics the question's words point at
 */
record Mentions(List<String> places, List<String> factions, List<String> powers, Set<Topic> topics) {

    /** Kinds of outcome a question can ask about. */
    enum Topic {
        /** Who holds territory or places. */
        TERRITORY("territor|control|hold|held|retake|take|win|won|lose|lost|ends? up|advance"),
        /** What armed groups earn. */
        MONEY("revenue|tax|financ|income|earn|paid|pay|cash|mines?\\b"),
        /** Where minerals go. */
        MINERALS("mineral|coltan|tin\\b|gold|cassiterite|wolframite|tungsten|cobalt|flow|access|smuggl|export"),
        /** What civilians suffer. */
        HUMANITARIAN("civilian|displac|death|casualt|harm|refugee|flee");

        private final Pattern words;

        Topic(String stems) {
            this.words = Pattern.compile("\\b(" + stems + ")", Pattern.CASE_INSENSITIVE);
        }
    }

    Mentions {
        places = List.copyOf(places);
        factions = List.copyOf(factions);
        powers = List.copyOf(powers);
        topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    }

    /** What {@code question} names among the ids and names of {@code names}. */
    static Mentions of(String question, ScenarioInfo names) {
        String q = question == null ? "" : question;
        List<Hit> places = new ArrayList<>();
        for (Map.Entry<String, String> e : names.placeNames().entrySet()) {
            add(places, e.getKey(), first(q, e.getKey(), e.getValue()));
        }
        List<Hit> factions = new ArrayList<>();
        for (ScenarioInfo.Faction f : names.factions()) {
            add(factions, f.id(), first(q, f.id(), f.name()));
        }
        List<Hit> powers = new ArrayList<>();
        for (ScenarioInfo.Power p : names.powers()) {
            add(powers, p.id(), first(q, p.id(), p.name()));
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (Topic t : Topic.values()) {
            if (t.words.matcher(q).find()) {
                topics.add(t);
            }
        }
        return new Mentions(ids(places), ids(factions), ids(powers), topics);
    }

    /** Whether the question names nothing this class recognises. */
    boolean none() {
        return places.isEmpty() && factions.isEmpty() && powers.isEmpty() && topics.isEmpty();
    }

    private record Hit(String id, int at) {
    }

    private static void add(List<Hit> hits, String id, int at) {
        if (at >= 0) {
            hits.add(new Hit(id, at));
        }
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().sorted(Comparator.comparingInt(Hit::at)).map(Hit::id).toList();
    }

    /**
     * Where the question first names an item: its id as a whole word, case as written (ids such as
     * {@code US} would otherwise match ordinary words), or its name case-insensitively as a whole word or the
     * start of one; −1 when it does not.
     */
    private static int first(String q, String id, String name) {
        int at = find(Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])"), q);
        if (name != null && !name.isBlank() && !name.equals(id)) {
            int byName = find(Pattern.compile("(?<![\\w-])" + Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE), q);
            at = at < 0 ? byName : byName < 0 ? at : Math.min(at, byName);
        }
        return at;
    }

    private static int find(Pattern p, String q) {
        Matcher m = p.matcher(q);
        return m.find() ? m.start() : -1;
    }
}
