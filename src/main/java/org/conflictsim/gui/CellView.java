package org.conflictsim.gui;

import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.World;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * One cell of the map as its inspector shows it: where it is, who holds it, whether it is on a front line or
 * saw fighting today, the fighters in it, its residents and the displaced people it hosts. Read-only.
 */
public final class CellView implements Propertied {
    private final ConflictModel model;
    private final int cell;

    /**
     * @param model the running model
     * @param cell  cell index, {@code row * width + col}
     */
    public CellView(ConflictModel model, int cell) {
        this.model = model;
        this.cell = cell;
    }

    /** Column, row, and the latitude and longitude of the cell centre. */
    public String getLocation() {
        World w = model.world();
        double lat = w.lat(cell);
        double lon = w.lon(cell);
        return String.format(Locale.UK, "col %d, row %d (%.2f°%s %.2f°%s)", w.col(cell), w.row(cell), Math.abs(lat),
                lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E");
    }

    /** Land, lake, or land outside the theatre. */
    public String getTerrain() {
        World w = model.world();
        if (w.water(cell)) {
            return "water";
        }
        return w.theatre(cell) ? "theatre land" : "land outside the theatre";
    }

    /** Country code, or "-". */
    public String getCountry() {
        int c = model.world().country(cell);
        return c < 0 ? "-" : model.world().countries().get(c);
    }

    /** Province, or "-". */
    public String getProvince() {
        int p = model.world().province(cell);
        return p < 0 ? "-" : model.world().provinces().get(p);
    }

    /** The faction holding the cell (the agent: inspectable), or "no one". */
    public Object getHeldBy() {
        int f = model.world().theatre(cell) ? model.controller(cell) : -1;
        return f < 0 ? "no one" : model.factions().get(f);
    }

    /** Whether the cell borders a cell held by an enemy side. */
    public boolean isFrontLine() {
        return model.frontier(cell);
    }

    /** Whether there was fighting in the cell on the last day. */
    public boolean isFightingToday() {
        return model.foughtToday(cell);
    }

    /** Fighters in the cell by faction, e.g. "M23 1,200; RDF 300", or "none". */
    public String getFighters() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < model.scenario().factions().size(); f++) {
            double n = model.forces(f, cell);
            if (n >= 0.5) {
                sb.append(sb.length() == 0 ? "" : "; ").append(model.scenario().factions().get(f).id()).append(' ')
                        .append(Format.count(n));
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    /** Residents (not counting displaced people hosted here). */
    public String getResidents() {
        return Format.count(model.residents(cell));
    }

    /** Displaced people hosted in the cell. */
    public String getDisplacedHosted() {
        return Format.count(model.hosted(cell));
    }

    /** Named place in the cell, or "-". */
    public String getPlace() {
        int p = model.world().placeAt(cell);
        return p < 0 ? "-" : model.world().places().get(p).name();
    }

    /** Mines in the cell, or "-". */
    public String getMines() {
        StringBuilder sb = new StringBuilder();
        for (MineSite m : model.world().mines()) {
            if (m.cell() == cell) {
                sb.append(sb.length() == 0 ? "" : "; ").append(m.name()).append(" (")
                        .append(model.scenario().minerals().get(m.mineral()).id()).append(')');
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    @Override
    public Properties properties() {
        return new BeanProperties(this, message -> { }, "Location", "Terrain", "Country", "Province", "HeldBy",
                "FrontLine", "FightingToday", "Fighters", "Residents", "DisplacedHosted", "Place", "Mines");
    }

    @Override
    public String toString() {
        World w = model.world();
        int p = w.placeAt(cell);
        return "Cell " + w.col(cell) + "," + w.row(cell) + (p < 0 ? "" : " (" + w.places().get(p).name() + ")");
    }
}
