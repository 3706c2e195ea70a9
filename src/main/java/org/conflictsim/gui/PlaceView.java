package org.conflictsim.gui;

import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.PlaceKind;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A named place (town, city, airport, border crossing, mining town) on the map, as its inspector shows it:
 * who holds it, when it was first taken and by whom, its residents and the displaced people it hosts.
 */
public final class PlaceView implements Propertied {
    private final ConflictModel model;
    private final int place;

    /**
     * @param model the running model
     * @param place index into the world's places
     */
    public PlaceView(ConflictModel model, int place) {
        this.model = model;
        this.place = place;
    }

    Place place() {
        return model.world().places().get(place);
    }

    /** Index into the world's places. */
    public int index() {
        return place;
    }

    /** Display name. */
    public String getName() {
        return place().name();
    }

    /** City, town, airport, border crossing, mining town or mine. */
    public String getKind() {
        return kindName(place().kind());
    }

    static String kindName(PlaceKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Country, or "-" when the place is off the grid. */
    public String getCountry() {
        int c = place().cell() < 0 ? -1 : model.world().country(place().cell());
        return c < 0 ? "-" : model.world().countries().get(c);
    }

    /** The faction holding the place's cell (inspectable), or "no one" (also outside the theatre). */
    public Object getHeldBy() {
        int c = place().cell();
        int f = c >= 0 && model.world().theatre(c) ? model.controller(c) : -1;
        return f < 0 ? "no one" : model.factions().get(f);
    }

    /** Date it first passed to another side, or "not taken". */
    public String getFirstTaken() {
        int d = model.captureDay(place);
        return d < 0 ? "not taken" : Format.date(model.scenario().start().plusDays(d));
    }

    /** Faction that first took it from its first side, or "-". */
    public String getFirstTakenBy() {
        int f = model.capturedBy(place);
        return f < 0 ? "-" : model.scenario().factions().get(f).id();
    }

    /** Residents of its cell now. */
    public String getResidents() {
        int c = place().cell();
        return c < 0 ? "-" : Format.count(model.residents(c));
    }

    /** Displaced people hosted in its cell now. */
    public String getDisplacedHosted() {
        int c = place().cell();
        return c < 0 ? "-" : Format.count(model.hosted(c));
    }

    /** Value to a faction that takes it (US$/day-equivalent, scenario). */
    public String getStrategicValue() {
        return Format.usd(place().strategicValue()) + "/day";
    }

    /** Added to the defender's multiplier (0 = none, 1 = doubles defence). */
    public String getFortification() {
        return Format.decimal(place().fortification());
    }

    @Override
    public Properties properties() {
        return new BeanProperties(this, message -> { }, "Name", "Kind", "Country", "HeldBy", "FirstTaken",
                "FirstTakenBy", "Residents", "DisplacedHosted", "StrategicValue", "Fortification");
    }

    @Override
    public String toString() {
        return place().name();
    }
}
