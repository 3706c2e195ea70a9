package org.conflictsim.model.world;

/** Kinds of named place; the kind sets nothing by itself, the scenario gives value and fortification. */
public enum PlaceKind {
    CITY, TOWN, AIRPORT, BORDER_CROSSING, MINING_TOWN, MINE
}
