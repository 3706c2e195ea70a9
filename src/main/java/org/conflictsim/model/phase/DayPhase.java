package org.conflictsim.model.phase;

import org.conflictsim.model.state.ModelState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One phase of the simulated day, scheduled on MASON's schedule at its own ordering (see
 * {@code org.conflictsim.model.Phase}): at each step it sets the day from the schedule's time and does its work
 * on the run's {@link ModelState}, asking the agents and the rules.
 */
public abstract class DayPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The state of the run this phase works on. */
    protected final transient ModelState state;

    protected DayPhase(ModelState state) {
        this.state = state;
    }

    @Override
    public final void step(SimState sim) {
        state.setRandom(sim.random);
        state.setDay((int) Math.round(sim.schedule.getTime()));
        run();
    }

    /** Today's work of the phase. */
    public abstract void run();
}
