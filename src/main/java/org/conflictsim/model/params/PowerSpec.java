package org.conflictsim.model.params;

/**
 * A foreign power: a state or bloc that acts through instruments and may receive smuggled or offtake
 * minerals. It holds no territory in the theatre; its troops are a separate foreign-force faction.
 *
 * @param id           identifier ({@code RWA}, {@code USA}, {@code EU}, ...)
 * @param name         display name
 * @param country      country code on the map whose border smuggled minerals cross (null for none)
 * @param treasury     money available for foreign policy at the start, US$
 * @param incomePerDay money added per day (budget), US$/day
 */
public record PowerSpec(String id, String name, String country, double treasury, double incomePerDay) {
    public PowerSpec {
        Check.notNull("power id", id);
        Check.range(id + ".treasury", treasury, 0, 1e13);
        Check.range(id + ".incomePerDay", incomePerDay, 0, 1e11);
    }
}
