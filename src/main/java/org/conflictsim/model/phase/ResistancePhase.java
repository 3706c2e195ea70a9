package org.conflictsim.model.phase;

import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.LogisticsRules;
import org.conflictsim.model.rules.ResistanceRules;
import org.conflictsim.model.rules.SocialRules;
import org.conflictsim.model.space.Population;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.World;

/**
 * Local resistance (after combat): in every occupied cell — held by a side other than the one that held it at the
 * start — whose original side has a militia, the people's grievance against the occupier raises hidden
 * resistance fighters of that militia ({@link ResistanceRules#grow}). When they outweigh the local defence they
 * rise ({@link ResistanceRules#rises}): a contest ({@link CombatRules#winProbability}) decides whether the cell
 * passes to the militia, its fighters then holding it, or whether the rising is crushed. Cells are visited in
 * increasing order; the random draw happens only for a rising.
 */
public final class ResistancePhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    private final double[] hidden;
    /** The militia that resists on behalf of each side (its first militia in scenario order), −1 for none. */
    private final int[] militiaOf;

    public ResistancePhase(ModelState state) {
        super(state);
        hidden = new double[state.world().cells()];
        List<Faction> factions = state.factions();
        militiaOf = new int[factions.size()];
        java.util.Arrays.fill(militiaOf, -1);
        for (Faction f : factions) {
            if (f.kind() == FactionKind.MILITIA && militiaOf[f.side()] < 0) {
                militiaOf[f.side()] = f.index();
            }
        }
    }

    @Override
    public void run() {
        Rules.Resistance rr = state.rules().resistance();
        if (rr.rate() <= 0) {
            return;
        }
        World world = state.world();
        Territory territory = state.territory();
        Population population = state.population();
        int nT = world.theatreCellCount();
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            if (!territory.occupied(c)) {
                hidden[c] = 0;
                continue;
            }
            int r = militiaOf[territory.sideAtStart(c)];
            if (r < 0) {
                continue;
            }
            Faction holder = state.faction(territory.controller(c));
            double people = population.residents(c) + population.hosted(c);
            double grievance = SocialRules.grievance(
                    ResistanceRules.occupiedHardship(population.hardship(c), rr.occupationHardship()),
                    holder.getLegitimacy());
            hidden[c] = ResistanceRules.grow(hidden[c], rr.decay(), rr.rate(), people, grievance, rr.maxShare());
            Faction militia = state.faction(r);
            double force = hidden[c] * militia.getQuality();
            double defence = defence(c, holder, people);
            if (ResistanceRules.rises(force, defence, rr.threshold())) {
                rise(c, holder, militia, force, defence);
            }
        }
    }

    /**
     * Effective local defence of an occupied cell against a rising: the occupier's garrison there (its share of
     * the fighters it ties down, {@code garrisonPerThousand} per 1,000 people of the cell) and its side's fighters
     * in the cell, with terrain. A rising meets the garrison, not the rear guard that meets a frontal attack.
     */
    private double defence(int c, Faction holder, double people) {
        Rules.Combat cr = state.rules().combat();
        double d = LogisticsRules.garrison(state.rules().logistics().garrisonPerThousand(), people)
                * holder.getQuality();
        for (Faction g : state.factions()) {
            if (g.side() == holder.side()) {
                d += g.forcesIn(c) * g.getQuality() * state.supply().factor(g, c);
            }
        }
        int pl = state.world().placeAt(c);
        double fort = pl >= 0 ? state.world().places().get(pl).fortification() : 0.0;
        return d * CombatRules.defenceMultiplier(cr.terrainBonus(), state.world().terrain(c), fort);
    }

    /** A rising: the militia takes the cell, or the rising is crushed. */
    private void rise(int c, Faction holder, Faction militia, double force, double defence) {
        Rules.Combat cr = state.rules().combat();
        boolean win = state.random().nextDouble() < CombatRules.winProbability(force, defence, cr.decisiveness());
        String where = state.world().placeAt(c) >= 0 ? state.world().places().get(state.world().placeAt(c)).name()
                : "cell " + c;
        if (win) {
            for (Faction g : state.factions()) {
                if (g.side() == holder.side() && g.forcesIn(c) > 0) {
                    g.forces().retreat(c, -1, cr.retreatLoss());
                }
            }
            state.log().log("uprising", "cell-" + c, militia.getId(), militia.getId() + " rises behind "
                    + holder.getId() + " lines and takes " + where);
            Captures.take(state, c, militia.index());
            if (state.territory().onFront(c)) {
                militia.forces().raise(c, hidden[c]);
            } else {
                militia.forces().enlist(hidden[c]);
            }
        } else {
            state.log().log("uprising-crushed", "cell-" + c, holder.getId(), holder.getId() + " crushes a "
                    + militia.getId() + " rising at " + where);
        }
        hidden[c] = 0;
    }

    /** Hidden resistance fighters in a cell (read by observers and tests). */
    public double hidden(int cell) {
        return hidden[cell];
    }
}
