package org.conflictsim.model.world;

import org.conflictsim.model.check.Check;

/**
 * A named place in one cell of the map.
 *
 * @param id             short identifier used in scenario files and outputs, e.g. {@code goma}
 * @param name           display name, e.g. {@code Goma}
 * @param kind           kind of place
 * @param lat            latitude of the place, degrees
 * @param lon            longitude of the place, degrees
 * @param cell           index of the cell the place sits in (a land cell of the theatre when it is in it)
 * @param population     residents, persons (added to the cell's rural population)
 * @param strategicValue value to a faction that takes it, in the same units as one day of mine revenue
 *                       (US$/day-equivalent); attracts deployment and attacks
 * @param fortification  added to the defender's multiplier in its cell (0 = none, 1 = doubles defence)
 */
public record Place(String id, String name, PlaceKind kind, double lat, double lon, int cell,
                    double population, double strategicValue, double fortification) {
    public Place {
        Check.notNull("place id", id);
        Check.range("place " + id + " population", population, 0, 5e7);
        Check.range("place " + id + " strategicValue", strategicValue, 0, 1e9);
        Check.range("place " + id + " fortification", fortification, 0, 10);
    }
}
