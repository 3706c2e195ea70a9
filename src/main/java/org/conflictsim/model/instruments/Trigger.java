package org.conflictsim.model.instruments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.check.Param;

/**
 * A condition that switches an event on when it becomes true (checked every day, before the day's phases).
 * Each condition's threshold is declared once, as a {@link Param} beside its record, which checks it.
 */
public sealed interface Trigger {

    /**
     * Every condition a scenario file may write under {@code events[].when}, in the order the loader lists them,
     * with the declarations of its numeric keys: {@code when.<type>.<key>}, or {@code when.<type>} itself when the
     * declaration's key is the type's name ({@code civilianDeaths: 5000}).
     */
    Map<String, List<Param>> PARAMS = byType();

    private static Map<String, List<Param>> byType() {
        Map<String, List<Param>> m = new LinkedHashMap<>();
        m.put("captured", List.of());
        m.put("minesShare", List.of(MinesShare.AT_LEAST));
        m.put("territoryShare", List.of(TerritoryShare.AT_LEAST));
        m.put("civilianDeaths", List.of(CivilianDeaths.AT_LEAST));
        return Collections.unmodifiableMap(m);
    }

    /** Short type name used in scenario files and the events log. */
    String type();

    /** A named place is held by faction {@code by}'s side (or, with {@code by} null, by a side other than its first). */
    record Captured(String place, String by) implements Trigger {
        public String type() { return "captured"; }
    }

    /** Faction {@code faction}'s side holds at least {@code atLeast} of all mines (by count, 0–1). */
    record MinesShare(String faction, double atLeast) implements Trigger {
        /** {@code atLeast}. */
        public static final Param AT_LEAST = Param.required("atLeast", 0, 1, "1",
                "share of all mines (by count) the faction's side must hold");

        public MinesShare {
            AT_LEAST.check("when.minesShare", atLeast);
        }
        public String type() { return "minesShare"; }
    }

    /** Faction {@code faction} holds at least {@code atLeast} of the theatre's cells (0–1). */
    record TerritoryShare(String faction, double atLeast) implements Trigger {
        /** {@code atLeast}. */
        public static final Param AT_LEAST = Param.required("atLeast", 0, 1, "1",
                "share of the theatre's cells the faction must hold");

        public TerritoryShare {
            AT_LEAST.check("when.territoryShare", atLeast);
        }
        public String type() { return "territoryShare"; }
    }

    /** Civilian deaths since the start reach {@code atLeast} (written {@code civilianDeaths: <n>}). */
    record CivilianDeaths(double atLeast) implements Trigger {
        /** {@code civilianDeaths}: the key is the condition's name. */
        public static final Param AT_LEAST = Param.required("civilianDeaths", 0, 1e9, "persons",
                "civilian deaths since the start at which the condition becomes true");

        public CivilianDeaths {
            AT_LEAST.check("when", atLeast);
        }
        public String type() { return "civilianDeaths"; }
    }

    /** True at once: an instrument added by a lever while the model runs starts on the day it is added. */
    record Immediately() implements Trigger {
        public String type() { return "lever"; }
    }

    /**
     * A mineral-seeking power's monthly judgement (adaptive behaviour): the deal is worth it when the
     * expected monthly value of its offtake, weighted by the power's interest in each mineral, exceeds
     * the monthly cost of what it gives. See {@code docs/ODD.md}.
     */
    record DealWorthwhile(String power) implements Trigger {
        public String type() { return "dealWorthwhile"; }
    }
}
