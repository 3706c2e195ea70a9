package org.conflictsim.model.phase;

import org.conflictsim.model.state.ModelState;

/**
 * Phase 8, population (model brief): the displaced go home once their cells are quiet, then the daily census
 * counts each faction's cells, people and willing recruits (flight itself happens in combat).
 */
public final class PopulationPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public PopulationPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        state.population().returnHome(state.territory(), state.rules().population(), state.day());
        state.population().census(state.territory(), state.factions(), state.rules(), state.aims());
    }
}
