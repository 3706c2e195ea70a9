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
            captureShock(s, old, taker, place.strategicValue());
            s.log().log("capture", place.id(), takerId,
                    place.name() + " taken by " + takerId + (old >= 0 ? " from " + s.faction(old).getId() : ""));
            territory.recordCapture(p, s.day(), taker);
        }
    }

    /** The morale shock of a place of {@code value} passing from {@code loser}'s side to {@code taker}'s. */
    private static void captureShock(ModelState s, int loser, int taker, double value) {
        double shock = MoraleRules.captureShock(s.rules().manpower().captureShock(), value);
        Territory territory = s.territory();
        if (shock <= 0 || loser < 0 || territory.side(loser) == territory.side(taker)) {
            return;
        }
        for (Faction f : s.factions()) {
            if (f.side() == territory.side(loser)) {
                f.shake(shock);
            } else if (f.side() == territory.side(taker)) {
                f.lift(shock);
            }
        }
        for (Faction f : s.factions()) {
            f.updateQuality();
        }
    }
}
