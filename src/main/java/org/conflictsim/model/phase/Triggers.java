package org.conflictsim.model.phase;

import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;

/** Whether a trigger's condition holds, on the state the previous day left (checked in the events phase). */
final class Triggers {
    private Triggers() {
    }

    static boolean holds(Trigger t, ModelState s) {
        World world = s.world();
        Territory territory = s.territory();
        if (t instanceof Trigger.Captured c) {
            for (int p = 0; p < world.places().size(); p++) {
                Place pl = world.places().get(p);
                if (!pl.id().equals(c.place()) || pl.cell() < 0 || !world.theatre(pl.cell())) {
                    continue;
                }
                int o = territory.controller(pl.cell());
                if (o < 0) {
                    return false;
                }
                return c.by() == null ? territory.side(o) != territory.initialSide(p)
                        : territory.side(o) == territory.side(s.faction(c.by()).index());
            }
            return false;
        } else if (t instanceof Trigger.MinesShare ms) {
            int sd = s.faction(ms.faction()).side();
            int held = 0;
            for (Faction f : s.factions()) {
                if (f.side() == sd) {
                    held += f.getMinesHeld();
                }
            }
            return !world.mines().isEmpty() && held >= ms.atLeast() * world.mines().size();
        } else if (t instanceof Trigger.TerritoryShare ts) {
            return s.faction(ts.faction()).cellsHeld() >= ts.atLeast() * world.theatreCellCount();
        } else if (t instanceof Trigger.CivilianDeaths cd) {
            return s.population().dead() >= cd.atLeast();
        } else if (t instanceof Trigger.DealWorthwhile dw) {
            return s.power(dw.power()).isDealWanted();
        } else if (t instanceof Trigger.Immediately) {
            return true;
        }
        throw new IllegalStateException("unknown trigger " + t);
    }
}
