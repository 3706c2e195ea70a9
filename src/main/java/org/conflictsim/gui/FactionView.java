package org.conflictsim.gui;

import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.World;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A faction as its inspector shows it: who it is and how it stands today (fighters, training, money,
 * territory, mines). Read-only; values are read from the running model each time the inspector refreshes.
 */
public final class FactionView implements Propertied {
    private final ConflictModel model;
    private final int faction;

    /**
     * @param model   the running model
     * @param faction faction index (scenario order)
     */
    public FactionView(ConflictModel model, int faction) {
        this.model = model;
        this.faction = faction;
    }

    private FactionSpec spec() {
        return model.scenario().factions().get(faction);
    }

    /** Faction index in the scenario. */
    public int index() {
        return faction;
    }

    /** Faction id, as in the scenario. */
    public String getId() {
        return spec().id();
    }

    /** Display name. */
    public String getName() {
        return spec().name();
    }

    /** Government, rebel, militia or foreign force. */
    public String getKind() {
        return spec().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Its colour on the map and in the charts. */
    public String getColour() {
        return spec().colour();
    }

    /** Fighters (reserve and deployed). */
    public String getFighters() {
        return Format.count(model.fighters(faction));
    }

    /** Training multiplier of effective force (scenario range 0.1-3). */
    public String getTraining() {
        return Format.decimal(model.training(faction));
    }

    /** Legitimacy, 0-1. */
    public String getLegitimacy() {
        return Format.decimal(model.legitimacy(faction));
    }

    /** Cash in hand. */
    public String getTreasury() {
        return Format.usd(model.treasury(faction));
    }

    /** Share of the theatre's cells it holds. */
    public String getTerritory() {
        World w = model.world();
        int held = 0;
        for (int i = 0; i < w.theatreCellCount(); i++) {
            if (model.controller(w.theatreCell(i)) == faction) {
                held++;
            }
        }
        return Format.percent(held / (double) Math.max(1, w.theatreCellCount()));
    }

    /** Mines in cells it holds, of all mines on the map. */
    public String getMinesHeld() {
        int held = 0;
        for (MineSite m : model.world().mines()) {
            if (model.controller(m.cell()) == faction) {
                held++;
            }
        }
        return held + " of " + model.world().mines().size();
    }

    /** Its fighters killed in combat since the start. */
    public String getCombatDeaths() {
        int day = Format.lastDay(model);
        int id = model.series().id("combat_casualties_cum", spec().id());
        return day < 0 || id < 0 ? "0" : Format.count(model.series().get(id, day));
    }

    @Override
    public Properties properties() {
        return new BeanProperties(this, message -> { }, "Id", "Name", "Kind", "Colour", "Fighters", "Training",
                "Legitimacy", "Treasury", "Territory", "MinesHeld", "CombatDeaths");
    }

    @Override
    public String toString() {
        return spec().id() + " (" + spec().name() + ")";
    }
}
