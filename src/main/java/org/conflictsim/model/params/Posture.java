package org.conflictsim.model.params;

/** Whether a faction attacks neighbouring enemy cells or only defends. */
public enum Posture {
    OFFENSIVE, DEFENSIVE
}
