package org.conflictsim.gui;

import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.world.MineSite;
import sim.util.Properties;
import sim.util.Propertied;

/** A mine (or cluster of artisanal sites) as its inspector shows it: mineral, output, who holds it. */
public final class MineView implements Propertied {
    private final ConflictModel model;
    private final int mine;

    /**
     * @param model the running model
     * @param mine  index into the world's mines
     */
    public MineView(ConflictModel model, int mine) {
        this.model = model;
        this.mine = mine;
    }

    MineSite mine() {
        return model.world().mines().get(mine);
    }

    /** Index into the world's mines. */
    public int index() {
        return mine;
    }

    /** Display name. */
    public String getName() {
        return mine().name();
    }

    /** Mineral id, as in the scenario. */
    public String getMineral() {
        return model.scenario().minerals().get(mine().mineral()).id();
    }

    /** The faction holding the mine's cell (inspectable), or "no one". */
    public Object getHeldBy() {
        int c = mine().cell();
        int f = model.world().theatre(c) ? model.controller(c) : -1;
        return f < 0 ? "no one" : new FactionView(model, f);
    }

    /** Operating level now (fighting nearby lowers it; industrial mines on a front line stop). */
    public String getOperating() {
        return Format.percent(model.operating(mine));
    }

    /** Output at full operation, kg per day. */
    public String getCapacity() {
        return String.format(Locale.UK, "%,.1f kg/day", mine().capacityKgDay());
    }

    /** Reported diggers (0 when unknown or industrial). */
    public String getWorkers() {
        return Format.count(mine().workers());
    }

    /** Industrial mines suspend operations on a front line. */
    public boolean isIndustrial() {
        return mine().industrial();
    }

    /** Neighbour that smuggled output passes through, or "elsewhere". */
    public String getSmugglingRoute() {
        int c = mine().routeCountry();
        return c < 0 ? "elsewhere" : model.world().countries().get(c);
    }

    @Override
    public Properties properties() {
        return new BeanProperties(this, message -> { }, "Name", "Mineral", "HeldBy", "Operating", "Capacity",
                "Workers", "Industrial", "SmugglingRoute");
    }

    @Override
    public String toString() {
        return mine().name() + " (" + getMineral() + ")";
    }
}
