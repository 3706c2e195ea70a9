package org.conflictsim.model.phase;

import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.state.ModelState;

/**
 * Phase 9, legitimacy (model brief): the legitimacy of every faction that holds territory moves toward its
 * target ({@link Faction#updateLegitimacy}); the window of recent civilian deaths moves on a day.
 */
public final class LegitimacyPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public LegitimacyPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        for (Faction f : state.factions()) {
            if (f.kind().holdsTerritory()) {
                f.updateLegitimacy(state.rules().legitimacy());
            }
        }
        for (Faction f : state.factions()) {
            f.rollHarmWindow(state.day());
        }
    }
}
