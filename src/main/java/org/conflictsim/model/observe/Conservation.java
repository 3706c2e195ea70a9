package org.conflictsim.model.observe;

import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.space.Population;
import org.conflictsim.model.state.ModelState;

/**
 * The model's daily guarantees (model brief, "What the engine must guarantee"): money is conserved in every
 * account ({@link org.conflictsim.model.economy.Books#checkDay}); people are conserved (residents + displaced +
 * civilian deaths = the people at the start) and the displaced groups add up to the displaced total; no
 * faction has a negative or non-finite number of fighters; every theatre cell is held by one faction or by
 * none.
 */
public final class Conservation {
    private Conservation() {
    }

    /**
     * Checks the state at the end of the day.
     *
     * @throws IllegalStateException naming the day and what is not conserved
     */
    public static void check(ModelState s) {
        int day = s.day();
        s.books().checkDay();
        Population pop = s.population();
        double displacedInGroups = pop.displacedInGroups();
        double displaced = pop.displaced();
        if (Math.abs(displacedInGroups - displaced) > 1e-6 * Math.max(1, displaced)) {
            throw new IllegalStateException("day " + day + ": displaced groups hold " + displacedInGroups
                    + " but the running count is " + displaced);
        }
        double people = pop.residentsTotal() + displacedInGroups + pop.dead();
        if (Math.abs(people - pop.initialPeople()) > 1e-6 * Math.max(1, pop.initialPeople())) {
            throw new IllegalStateException("day " + day + ": people not conserved: residents " + pop.residentsTotal()
                    + " + displaced " + displaced + " + dead " + pop.dead() + " != " + pop.initialPeople());
        }
        double held = 0;
        for (Faction f : s.factions()) {
            held += f.cellsHeld();
            if (!(f.getFighters() >= -1e-9) || !Double.isFinite(f.getFighters())) {
                throw new IllegalStateException("day " + day + ": fighters of " + f.getId() + " = " + f.getFighters());
            }
        }
        int uncontrolled = s.territory().uncontrolledCells();
        int theatre = s.world().theatreCellCount();
        if (held + uncontrolled != theatre) {
            throw new IllegalStateException("day " + day + ": cells not conserved: " + held + " held + " + uncontrolled
                    + " uncontrolled != " + theatre);
        }
    }
}
