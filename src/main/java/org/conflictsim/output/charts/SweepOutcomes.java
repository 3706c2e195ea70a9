package org.conflictsim.output.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.store.StoreTables;

/**
 * Which outcomes of a sweep get charts. A sweep can keep hundreds of outcomes, and every outcome multiplies
 * the charts (a heatmap per pair of parameters), so by default at most {@link #DEFAULT_COUNT} are charted:
 * taken in turn from each outcome pattern of the sweep file (its {@code outcomes:} list; when it keeps
 * every outcome, from {@link #HEADLINE}), so that each pattern is represented before any gets a second
 * outcome. Outcomes with the same value in every run, or with no value in any (a place never taken), are
 * left out with a note. Asked-for outcomes ({@code --outcome}) are charted as asked, all of them.
 */
final class SweepOutcomes {
    /** Outcomes charted when none are asked for. */
    static final int DEFAULT_COUNT = 6;
    /** Patterns used when the sweep file keeps every outcome. */
    static final List<String> HEADLINE = List.of(Outcome.FINAL_SHARE.of("*"), Outcome.CAPTURE_DAY.of("*"),
            Outcome.CIVILIAN_DEATHS.id(), Outcome.DISPLACED_PEAK.id());
    private static final int LISTED = 12;

    private SweepOutcomes() {
    }

    /**
     * The chosen outcomes and sentences on those left out.
     *
     * @param chosen outcome names, in chart order
     * @param notes  what was left out and why
     */
    record Choice(List<String> chosen, List<String> notes) {
        Choice {
            chosen = List.copyOf(chosen);
            notes = List.copyOf(notes);
        }
    }

    /** Whether a name matches a pattern in which {@code *} stands for any text. */
    static boolean matches(String pattern, String name) {
        return Pattern.matches(("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q"), name);
    }

    /** The stored outcomes and, after each capture day, the derived capture share. */
    static List<String> available(Map<String, StoreTables.Stats> stats) {
        List<String> out = new ArrayList<>();
        for (String o : stats.keySet()) {
            out.add(o);
            if (Outcome.CAPTURE_DAY.names(o)) {
                out.add(Outcome.CAPTURE_SHARE.of(Outcome.CAPTURE_DAY.suffix(o)));
            }
        }
        return out;
    }

    /**
     * The outcomes asked for by name or pattern, in the order asked.
     *
     * @throws IllegalArgumentException naming a request that matches no outcome, and the outcomes there are
     */
    static Choice requested(Map<String, StoreTables.Stats> stats, List<String> requested) {
        List<String> all = available(stats);
        Set<String> chosen = new LinkedHashSet<>();
        for (String r : requested) {
            List<String> hits = all.stream().filter(o -> matches(r, o)).toList();
            if (hits.isEmpty()) {
                throw new IllegalArgumentException("--outcome " + r + " matches no outcome of the sweep; it has: "
                        + String.join(", ", all));
            }
            chosen.addAll(hits);
        }
        int other = all.size() - chosen.size();
        List<String> notes = new ArrayList<>();
        if (other > 0) {
            notes.add("Charted are the outcomes asked for with --outcome; " + other + " other outcome"
                    + (other == 1 ? " is" : "s are") + " in the store.");
        }
        return new Choice(new ArrayList<>(chosen), notes);
    }

    /** The default choice; {@code selectors} are the sweep file's outcome patterns (empty: every outcome). */
    static Choice byDefault(Map<String, StoreTables.Stats> stats, List<String> selectors) {
        List<String> patterns = selectors.isEmpty() ? HEADLINE : selectors;
        List<List<String>> groups = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> g = new ArrayList<>();
            for (Map.Entry<String, StoreTables.Stats> e : stats.entrySet()) {
                if (!matches(pattern, e.getKey())) {
                    continue;
                }
                if (e.getValue().constant()) {
                    if (!none.contains(e.getKey())) {
                        none.add(e.getKey());
                    }
                } else if (!flat.contains(e.getKey())) {
                    g.add(e.getKey());
                    flat.add(e.getKey());
                }
            }
            groups.add(g);
        }
        List<String> chosen = new ArrayList<>();
        for (int k = 0; chosen.size() < DEFAULT_COUNT && chosen.size() < flat.size(); k++) {
            for (List<String> g : groups) {
                if (k < g.size() && chosen.size() < DEFAULT_COUNT) {
                    chosen.add(g.get(k));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> left = new ArrayList<>(stats.keySet());
        left.removeAll(chosen);
        left.removeAll(none);
        if (!left.isEmpty()) {
            notes.add("Not charted (" + left.size() + " outcome" + (left.size() == 1 ? "" : "s") + "; at most "
                    + DEFAULT_COUNT + " are charted unless asked for with 'conflictsim chart DIR --outcome NAME'): "
                    + list(left) + ".");
        }
        if (!none.isEmpty()) {
            notes.add("Not charted because they have the same value in every run, or no value in any (a place "
                    + "never taken): " + list(none) + ".");
        }
        return new Choice(chosen, notes);
    }

    private static String list(List<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
    }
}
