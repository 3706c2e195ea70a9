package org.conflictsim.model.phase;

import java.util.Arrays;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.WarAimsRules;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.World;

/**
 * Phase 7, combat (model brief): every front cell, in a random order, may be attacked once a day from the
 * enemy cells next to it. The side with the strongest offensive force next to it decides whether to attack
 * (fog of war, risk threshold — higher beyond its side's war aims —, tempo); forces fight with the strength
 * their supply lines leave them ({@link org.conflictsim.model.space.Supply}); the battle is a contest (win probability {@code Fa^m/(Fa^m+Fd^m)}) with
 * Lanchester losses shared pro rata; civilians die and flee; a won cell changes hands, its defenders retreat
 * and the attackers advance ({@link CombatRules}).
 */
public final class CombatPhase extends DayPhase {
    /** Scratch: each faction's committed force in the battle being decided (reused, one battle at a time). */
    private double[] attackBy;
    private static final long serialVersionUID = 1L;

    private final int[] nb = new int[4];
    /** Days held on the front beyond which nobody counts (above any {@code entrenchDays}, 365 at most). */
    private static final int HELD_CAP = 10_000;

    public CombatPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        Territory territory = state.territory();
        state.supply().update();
        territory.holdFront(HELD_CAP);
        int n = territory.collectFront();
        int[] order = Arrays.copyOf(territory.front(), n);
        for (int i = n - 1; i > 0; i--) {
            int j = state.random().nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            int t = order[i];
            if (!territory.foughtToday(t) && territory.controller(t) >= 0) {
                battle(t);
            }
        }
    }

    /** A possible attack on front cell t. */
    private void battle(int t) {
        Rules.Combat cr = state.rules().combat();
        Territory territory = state.territory();
        World world = state.world();
        List<Faction> factions = state.factions();
        int nF = factions.size();
        int def = territory.controller(t);
        int nn = world.neighbours(t, nb);
        // each faction's force committed from the neighbouring cells of sides that may attack the defender
        if (attackBy == null || attackBy.length != nF) {
            attackBy = new double[nF];
        } else {
            Arrays.fill(attackBy, 0.0);
        }
        double[] attackBy = this.attackBy;
        for (int k = 0; k < nn; k++) {
            int c = nb[k];
            int o = territory.controller(c);
            if (o < 0 || !territory.enemies(o, def) || territory.sortieToday(c)) {
                continue;
            }
            for (int fi = 0; fi < nF; fi++) {
                Faction f = factions.get(fi);
                if (f.side() == territory.side(o) && f.mayAttack()) {
                    attackBy[f.index()] += CombatRules.committedForce(cr.commitShare(), f.forcesIn(c), f.getQuality())
                            * state.supply().factor(f, c);
                }
            }
        }
        // the attacking side is the side of the strongest offensive neighbour force
        int lead = -1;
        for (int f = 0; f < nF; f++) {
            if (attackBy[f] > 0 && (lead < 0 || attackBy[f] > attackBy[lead])) {
                lead = f;
            }
        }
        if (lead < 0) {
            return;
        }
        int atkSide = territory.side(lead);
        double fa = 0;
        for (int f = 0; f < nF; f++) {
            if (territory.side(f) == atkSide) {
                fa += attackBy[f];
            } else {
                attackBy[f] = 0;
            }
        }
        double defenders = 0;
        double fdRaw = cr.rearGuard() * factions.get(def).getQuality();
        for (int gi = 0; gi < nF; gi++) {
            Faction g = factions.get(gi);
            if (g.side() == territory.side(def)) {
                defenders += g.forcesIn(t);
                fdRaw += g.forcesIn(t) * g.getQuality() * state.supply().factor(g, t);
            }
        }
        int pl = world.placeAt(t);
        double fort = pl >= 0 ? world.places().get(pl).fortification() : 0.0;
        double fd = fdRaw * CombatRules.defenceMultiplier(cr.terrainBonus(), world.terrain(t), fort)
                * CombatRules.entrenchment(cr.entrenchment(), territory.heldOnFront(t), cr.entrenchDays());
        double perceived = CombatRules.perceivedForce(fa, cr.fog(), state.random().nextGaussian());
        double threshold = WarAimsRules.threshold(factions.get(lead).attackThreshold(),
                state.aims().within(atkSide, t), state.rules().aims().beyondRisk());
        if (!CombatRules.decidesToAttack(perceived, threshold, fd)) {
            return;
        }
        double chance = CombatRules.launchChance(cr.tempo(), perceived / (threshold * fd), cr.tempoElasticity());
        if (!CombatRules.seizesOpportunity(state.random().nextDouble(), chance)) {
            return;
        }
        state.countBattle();
        territory.markFought(t);
        int[] around = Arrays.copyOf(nb, nn);
        int sources = 0;
        for (int k = 0; k < nn; k++) {
            int c = around[k];
            int o = territory.controller(c);
            if (o >= 0 && territory.side(o) == atkSide && !territory.sortieToday(c)) {
                territory.markSortie(c);
                nb[sources++] = c;
            }
        }
        nn = sources;
        double pWin = CombatRules.winProbability(fa, fd, cr.decisiveness());
        boolean win = state.random().nextDouble() < pWin;
        fight(t, def, nn, attackBy, fa, fd, defenders, cr);
        int oldSide = territory.side(def);
        if (win) {
            int taker = factions.get(lead).capturesFor();
            int refuge = -1;
            for (int c : around) {
                if (territory.controller(c) >= 0 && territory.side(territory.controller(c)) == oldSide) {
                    refuge = c;
                    break;
                }
            }
            for (int gi = 0; gi < nF; gi++) {
                Faction g = factions.get(gi);
                if (g.side() == oldSide && g.forcesIn(t) > 0) {
                    g.forces().retreat(t, refuge, cr.retreatLoss());
                }
            }
            for (int k = 0; k < nn; k++) {
                int c = nb[k];
                for (int fi = 0; fi < nF; fi++) {
                    Faction f = factions.get(fi);
                    if (attackBy[f.index()] > 0 && f.forcesIn(c) > 0) {
                        f.forces().advance(c, t, CombatRules.advancing(cr.advanceShare(), cr.commitShare(), f.forcesIn(c)));
                    }
                }
            }
            Captures.take(state, t, taker);
            territory.markSortie(t);
            state.population().displace(t, state.rules().population().fleeShare()
                    + state.rules().population().fleeOnCapture(), oldSide, territory, state.rules().population(),
                    state.day());
        } else {
            state.population().displace(t, state.rules().population().fleeShare(), oldSide, territory,
                    state.rules().population(), state.day());
        }
    }

    /**
     * The battle-day's losses: Lanchester attrition on both sides ({@link CombatRules#losses}), shared pro rata
     * among the attackers' source cells ({@code nb[0..sources)}) and the defenders; civilians killed in the cell
     * count against the defender's legitimacy.
     */
    private void fight(int t, int def, int sources, double[] attackBy, double fa, double fd, double defenders,
                       Rules.Combat cr) {
        List<Faction> factions = state.factions();
        double committed = 0;
        for (int k = 0; k < sources; k++) {
            int c = nb[k];
            for (Faction f : factions) {
                if (attackBy[f.index()] > 0) {
                    committed += cr.commitShare() * f.forcesIn(c);
                }
            }
        }
        double lossA = CombatRules.losses(cr.attrition(), fd, committed);
        double lossD = CombatRules.losses(cr.attrition(), fa, defenders);
        for (int k = 0; k < sources; k++) {
            int c = nb[k];
            for (Faction f : factions) {
                if (attackBy[f.index()] > 0 && committed > 0) {
                    f.forces().lose(c, CombatRules.attackerLoss(lossA, cr.commitShare(), f.forcesIn(c), committed));
                }
            }
        }
        Territory territory = state.territory();
        for (Faction g : factions) {
            if (g.side() == territory.side(def) && defenders > 0 && g.forcesIn(t) > 0) {
                g.forces().lose(t, CombatRules.defenderLoss(lossD, g.forcesIn(t), defenders));
            }
        }
        double civ = CombatRules.civilianDeaths(cr.civilianRate(), state.population().residents(t), lossA + lossD);
        state.population().fight(t, civ, state.rules().population().fightHardship());
        factions.get(def).addCivilianDeaths(state.day(), civ);
        territory.recordFight(t, state.day());
    }
}
