package org.conflictsim.gui;

import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;

/**
 * Who holds each cell, drawn fast as one image over an {@link sim.field.grid.IntGrid2D} of control codes (see
 * {@link MapView}); clicking a cell opens the inspector of its {@link CellView} instead of MASON's bare value
 * inspector.
 */
public final class ControlPortrayal extends FastValueGridPortrayal2D {
    private final transient Supplier<ConflictModel> model;

    /** @param model the running model (it changes when the simulation restarts) */
    public ControlPortrayal(Supplier<ConflictModel> model) {
        super("Control", false);
        this.model = model;
    }

    private CellView cell(LocationWrapper wrapper) {
        Int2D at = (Int2D) wrapper.getLocation();
        ConflictModel m = model.get();
        return new CellView(m, at.y * m.world().width() + at.x);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return wrapper == null ? null : new SimpleInspector(cell(wrapper), state, "Cell");
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return cell(wrapper).toString();
    }
}
