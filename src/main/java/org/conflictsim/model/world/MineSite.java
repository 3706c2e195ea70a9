package org.conflictsim.model.world;

import org.conflictsim.model.check.Check;

/**
 * The static description of a mine or cluster of artisanal mining sites, as the map places it: what it
 * produces, where, how much at full operation and which way its smuggled output leaves. The mine as an agent
 * of a run (operating level, holder, tax, suspension) is {@code org.conflictsim.model.agent.Mine}.
 *
 * @param id            identifier, e.g. {@code rubaya} or {@code ipis-gold-0012}
 * @param name          display name (the largest site of a cluster, or the name the scenario gives)
 * @param mineral       index into the scenario's mineral list
 * @param cell          cell index
 * @param capacityKgDay output at full operation, kg of ore or metal per day (as the mineral's price unit)
 * @param workers       reported diggers (0 for industrial mines or when unknown)
 * @param industrial    industrial mines suspend operations when their cell is on a front line
 * @param routeCountry  index into the world's country list of the neighbour that smuggled output passes
 *                      through (the nearest foreign country unless the scenario names one)
 * @param named         whether the scenario names this mine (named mines are reported individually)
 */
public record MineSite(String id, String name, int mineral, int cell, double capacityKgDay, int workers,
                       boolean industrial, int routeCountry, boolean named) {
    public MineSite {
        Check.notNull("mine id", id);
        Check.range("mine " + id + " capacityKgDay", capacityKgDay, 0, 1e8);
    }
}
