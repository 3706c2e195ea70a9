package org.conflictsim.model.phase;

import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.rules.MoraleRules;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.Place;

/**
 * A cell changing hands, in combat or by a scripted capture: the territory changes, the named places in the
 * cell are logged and their first capture recorded, and the fall of a place with strategic value shakes the
 * losing side and lifts the taker's ({@link MoraleRules#captureShock}).
 */
final class Captures {
    private Captures() {
    }

    /** Faction {@code taker} takes {@code cell} (nothing happens when it already holds it). */
    static void take(ModelState s, int cell, int taker) {
        Territory territory = s.territory();
        int old = territory.controller(cell);
        if (old == taker) {
            return;
        }
        territory.changeHands(cell, taker, s.day());
        boolean retaken = old >= 0 && territory.side(old) != territory.side(taker)
                && territory.sideAtStart(cell) == territory.side(taker);
        int mine = s.mineAt(cell);
        if (retaken && (mine >= 0 || s.world().placeAt(cell) >= 0)) {
            String what = mine >= 0 ? s.mines().get(mine).getName() + " mine"
                    : s.world().places().get(s.world().placeAt(cell)).name();
            s.log().log("recapture", mine >= 0 ? s.mines().get(mine).getId()
                    : s.world().places().get(s.world().placeAt(cell)).id(), s.faction(taker).getId(),
                    what + " retaken by " + s.faction(taker).getId());
            s.faction(taker).countRecapture();
        }
        if (old >= 0 && s.faction(old).isCeasefireBound() && !s.faction(taker).isCeasefireBound()) {
            s.ceasefireViolated();
        }
        int first = s.world().placeAt(cell);
        if (first < 0) {
            return;
        }
        List<Place> places = s.world().places();
        String takerId = s.faction(taker).getId();
        for (int p = first; p < places.size(); p++) {
            Place place = places.get(p);
            if (place.cell() != cell) {
                continue;
            }
            s.placeCaptured();
            captureShock(s, cell, old, taker, place.strategicValue());
            s.log().log("capture", place.id(), takerId,
                    place.name() + " taken by " + takerId + (old >= 0 ? " from " + s.faction(old).getId() : ""));
            territory.recordCapture(p, s.day(), taker);
        }
    }

    /**
     * The morale shock of a place of {@code value} in {@code cell} passing from {@code loser}'s side to
     * {@code taker}'s: each faction of the two sides feels it in proportion to its exposure (its deployed
     * fighters near the place, {@link MoraleRules#exposure}; all of it with a global shock range).
     */
    private static void captureShock(ModelState s, int cell, int loser, int taker, double value) {
        double shock = MoraleRules.captureShock(s.rules().manpower().captureShock(), value);
        Territory territory = s.territory();
        if (shock <= 0 || loser < 0 || territory.side(loser) == territory.side(taker)) {
            return;
        }
        double range = s.rules().manpower().shockRangeKm();
        for (Faction f : s.factions()) {
            if (f.side() != territory.side(loser) && f.side() != territory.side(taker)) {
                continue;
            }
            double felt = range >= MoraleRules.GLOBAL_SHOCK_KM ? shock : shock * exposure(s, f, cell, range);
            if (f.side() == territory.side(loser)) {
                f.shake(felt);
            } else {
                f.lift(felt);
            }
        }
        for (Faction f : s.factions()) {
            f.updateQuality();
        }
    }

    /** A faction's exposure to the fall of the place in {@code cell} ({@link MoraleRules#exposure}). */
    private static double exposure(ModelState s, Faction f, int cell, double rangeKm) {
        java.util.BitSet front = s.territory().frontier();
        double weighted = 0;
        for (int c = front.nextSetBit(0); c >= 0; c = front.nextSetBit(c + 1)) {
            double n = f.forcesIn(c);
            if (n > 0) {
                weighted += n * MoraleRules.proximity(s.world().distanceKm(c, cell), rangeKm);
            }
        }
        return MoraleRules.exposure(weighted, f.getDeployed());
    }
}
