package org.conflictsim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.grid.IntGrid2D;
import sim.util.Double2D;

/**
 * The map: a MASON {@link Display2D} with, from bottom to top, terrain (lakes, neighbouring countries), who
 * holds each cell (faction colours), cells with fighting today (hatched), borders, the front line, mines
 * (a symbol per mineral), places and labels. One cell of the model is one cell of an {@link IntGrid2D};
 * places and mines are small inspectable objects in {@link Continuous2D} fields measured in cells.
 *
 * <p>{@link #update(ConflictModel)} copies the model's state into the control layer after every step, on the
 * model thread, while MASON holds the schedule lock; the display paints under the same lock. Layers that do
 * not change (terrain, borders, symbols, names) are drawn from images, so that a repaint of the whole map
 * takes a few milliseconds: MASON's Console waits for the map to be painted after every simulated day.
 */
public final class MapView {
    private final World world;
    private final Display2D display;
    private final ControlPortrayal controlLayer;
    private final CachedContinuousPortrayal mineLayer;
    private final CachedContinuousPortrayal placeLayer;
    private final FrontlinePortrayal frontline;

    /**
     * Builds the display and its layers.
     *
     * @param gui      the GUI state the display belongs to
     * @param scenario the scenario
     * @param palette  its colours
     * @param model    the running model (it changes when the simulation restarts)
     * @param style    the current style
     */
    public MapView(GUIState gui, Scenario scenario, Palette palette, Supplier<ConflictModel> model,
                   Supplier<Style> style) {
        this.world = scenario.world();
        int w = world.width();
        int h = world.height();
        double cellPx = Math.max(2, Math.round(800.0 / Math.max(w, h)));
        display = new Display2D(w * cellPx, h * cellPx, gui);
        display.setBackdrop(Palette.BACKDROP);

        List<Color> codes = new ArrayList<>();
        codes.add(null);
        for (int f = 0; f < scenario.factions().size(); f++) {
            codes.add(palette.faction(f));
        }
        controlLayer = new ControlPortrayal(world, codes, model);
        mineLayer = new CachedContinuousPortrayal(style);
        placeLayer = new CachedContinuousPortrayal(style);

        SymbolPortrayal symbols = new SymbolPortrayal(style, world.mines().size());
        mineLayer.setPortrayalForAll(symbols);
        placeLayer.setPortrayalForAll(symbols);

        display.attach(new TerrainPortrayal(world), "Lakes and land");
        display.attach(controlLayer, "Who holds each cell");
        display.attach(new ContestedPortrayal(world, model, style), "Fighting today (hatched)");
        display.attach(new BorderPortrayal(world, style), "Borders and shores");
        frontline = new FrontlinePortrayal(scenario, model, style);
        display.attach(frontline, "Front line");
        display.attach(mineLayer, "Mines");
        display.attach(placeLayer, "Places");
        display.attach(new LabelPortrayal(scenario, style), "Names");
    }

    /** The layer of places (for tests that click on them). */
    CachedContinuousPortrayal placeLayer() {
        return placeLayer;
    }

    /** The layer of mines. */
    CachedContinuousPortrayal mineLayer() {
        return mineLayer;
    }

    /** The control layer. */
    ControlPortrayal controlLayer() {
        return controlLayer;
    }

    /** Number of times the map has been painted (the front line is traced once per paint). */
    public long paints() {
        return frontline.paints();
    }

    /** The MASON display. */
    public Display2D display() {
        return display;
    }

    /** The control grid: 0 for no one, 1 + f for faction f. */
    public IntGrid2D control() {
        return controlLayer.grid();
    }

    /** Points the layers at a newly started model: new place and mine objects, the control grid refilled. */
    public void bind(ConflictModel model) {
        Continuous2D placeField = new Continuous2D(1.0, world.width(), world.height());
        for (int i = 0; i < world.places().size(); i++) {
            Place p = world.places().get(i);
            placeField.setObjectLocation(new PlaceView(model, i), new Double2D(
                    (p.lon() - world.west()) / world.cellDeg(), (world.north() - p.lat()) / world.cellDeg()));
        }
        Continuous2D mineField = new Continuous2D(1.0, world.width(), world.height());
        for (int i = 0; i < world.mines().size(); i++) {
            MineSite m = world.mines().get(i);
            mineField.setObjectLocation(model.mines().get(i),
                    new Double2D(world.col(m.cell()) + 0.5, world.row(m.cell()) + 0.5));
        }
        placeLayer.setField(placeField);
        mineLayer.setField(mineField);
        placeLayer.invalidate();
        mineLayer.invalidate();
        update(model);
        display.reset();
        display.repaint();
    }

    /** Copies who holds each theatre cell into the control layer (model thread, under the schedule lock). */
    public void update(ConflictModel model) {
        controlLayer.update(model);
    }
}
