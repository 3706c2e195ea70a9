package org.conflictsim.model.instruments;

import org.conflictsim.model.check.Check;

/** A condition that switches an event on when it becomes true (checked every day, before the day's phases). */
public sealed interface Trigger {

    /** Short type name used in scenario files and the events log. */
    String type();

    /** A named place is held by faction {@code by}'s side (or, with {@code by} null, by a side other than its first). */
    record Captured(String place, String by) implements Trigger {
        public String type() { return "captured"; }
    }

    /** Faction {@code faction}'s side holds at least {@code atLeast} of all mines (by count, 0–1). */
    record MinesShare(String faction, double atLeast) implements Trigger {
        public MinesShare {
            Check.range("minesShare.atLeast", atLeast, 0, 1);
        }
        public String type() { return "minesShare"; }
    }

    /** Faction {@code faction} holds at least {@code atLeast} of the theatre's cells (0–1). */
    record TerritoryShare(String faction, double atLeast) implements Trigger {
        public TerritoryShare {
            Check.range("territoryShare.atLeast", atLeast, 0, 1);
        }
        public String type() { return "territoryShare"; }
    }

    /** Civilian deaths since the start reach {@code atLeast}. */
    record CivilianDeaths(double atLeast) implements Trigger {
        public CivilianDeaths {
            Check.range("civilianDeaths.atLeast", atLeast, 0, 1e9);
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
