package org.conflictsim.model.phase;

import org.conflictsim.model.state.ModelState;

/** Phase 2, market: world prices move one day ({@link org.conflictsim.model.rules.MarketRules}). */
public final class MarketPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public MarketPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        state.market().step(state.random());
    }
}
