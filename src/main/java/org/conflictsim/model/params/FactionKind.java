package org.conflictsim.model.params;

/** What a faction is; decides whether it holds territory and how it exports minerals. */
public enum FactionKind {
    /** The state's army: holds territory, earns official royalties, can export officially. */
    GOVERNMENT,
    /** An insurgent movement: holds territory, taxes mines and people, exports only by smuggling. */
    REBEL,
    /** A local armed group: like a rebel group, usually allied with one side. */
    MILITIA,
    /** Troops of a foreign state: hold no territory of their own, fight for the faction they support. */
    FOREIGN_FORCE;

    public boolean holdsTerritory() {
        return this != FOREIGN_FORCE;
    }
}
