package org.conflictsim.model.phase;

import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;

/**
 * Phase 5, budgets and manpower (model brief): each faction, in scenario order, pays its fighters, loses
 * deserters, recruits or receives troops, trains under the deals in force and updates its morale
 * ({@link Faction#payRecruitTrain}); then every faction's effective force per fighter is recomputed.
 */
public final class BudgetsPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public BudgetsPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        Rules.Manpower mp = state.rules().manpower();
        Agenda agenda = state.agenda();
        for (Faction f : state.factions()) {
            double troopRate = f.kind() == FactionKind.FOREIGN_FORCE ? agenda.troopRate(f.getId()) : 0.0;
            Agenda.TrainingOffer offer = agenda.trainingFor(f.getId(), state.day());
            f.payRecruitTrain(state.books(), mp, troopRate, offer.cap(), offer.rate(), state.territory().frontier());
        }
        for (Faction f : state.factions()) {
            f.updateQuality();
        }
    }
}
