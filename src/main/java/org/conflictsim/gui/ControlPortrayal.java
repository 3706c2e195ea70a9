package org.conflictsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.world.World;
import sim.display.GUIState;
import sim.field.grid.IntGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;

/**
 * Who holds each cell. MASON's value-grid portrayal over an {@link IntGrid2D} of control codes (0 for no one,
 * 1 + f for faction f) finds the cell under a click; clicking opens the inspector of its {@link CellView}
 * instead of MASON's bare value inspector. Drawing is one image with a pixel per cell, written by
 * {@link #update(ConflictModel)} on the model thread and stretched over the map when it is painted.
 */
public final class ControlPortrayal extends FastValueGridPortrayal2D {
    private final transient Supplier<ConflictModel> model;
    private final transient World world;
    private final transient int[] colours;
    private final transient BufferedImage image;
    private final transient int[] pixels;
    private final IntGrid2D grid;

    /**
     * @param world   the map
     * @param colours colour of each control code (index 0: no one, drawn transparent when null)
     * @param model   the running model (it changes when the simulation restarts)
     */
    public ControlPortrayal(World world, List<Color> colours, Supplier<ConflictModel> model) {
        super("Control", false);
        this.model = model;
        this.world = world;
        this.colours = new int[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
            this.colours[i] = colours.get(i) == null ? 0 : colours.get(i).getRGB();
        }
        grid = new IntGrid2D(world.width(), world.height());
        setField(grid);
        setMap(new IndexColorMap(colours));
        image = new BufferedImage(world.width(), world.height(), BufferedImage.TYPE_INT_ARGB);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Copies who holds each theatre cell into the grid and the image (model thread, under the schedule lock). */
    public void update(ConflictModel m) {
        int[][] field = grid.field;
        int w = world.width();
        for (int i = 0; i < world.theatreCellCount(); i++) {
            int c = world.theatreCell(i);
            int code = 1 + m.controller(c);
            field[c % w][c / w] = code;
            pixels[c] = colours[code];
        }
    }

    /** The control grid: 0 for no one, 1 + f for faction f. */
    public IntGrid2D grid() {
        return grid;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, (int) info.draw.x, (int) info.draw.y, (int) Math.round(info.draw.width),
                (int) Math.round(info.draw.height), null);
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
