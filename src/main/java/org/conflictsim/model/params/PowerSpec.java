package org.conflictsim.model.params;

import java.util.List;
import org.conflictsim.model.check.Check;

/**
 * A foreign power: a state or bloc that acts through instruments and may receive smuggled or offtake
 * minerals. It holds no territory in the theatre; its troops are a separate foreign-force faction.
 *
 * @param id              identifier ({@code RWA}, {@code USA}, {@code EU}, ...)
 * @param name            display name
 * @param country         country code on the map whose border smuggled minerals cross (null for none)
 * @param treasury        money available for foreign policy at the start, US$
 * @param incomePerDay    money added per day (budget), US$/day
 * @param interests       weight of each mineral's value in the power's judgement (scenario mineral order), ≥ 0
 * @param securityWeight  value to the power of its sponsored factions' territory, US$ per month per unit of
 *                        theatre share held
 * @param reputationWeight cost to the power of sanctions on it or on the factions it sponsors, US$ per month
 *                        per unit of severity
 * @param adaptive        whether it adjusts its military support monthly (adaptive sponsor)
 * @param supportStep     largest monthly change of its support level (in support-level units), 0–1
 * @param maxSupport      ceiling of its support level (1 = as scripted), 0–5
 */
public record PowerSpec(String id, String name, String country, double treasury, double incomePerDay,
                        List<Double> interests, double securityWeight, double reputationWeight, boolean adaptive,
                        double supportStep, double maxSupport) {
    public PowerSpec {
        Check.notNull("power id", id);
        Check.range(id + ".treasury", treasury, 0, 1e13);
        Check.range(id + ".incomePerDay", incomePerDay, 0, 1e11);
        interests = List.copyOf(interests);
        for (double w : interests) {
            Check.range(id + ".interests", w, 0, 1e3);
        }
        Check.range(id + ".securityWeight", securityWeight, 0, 1e12);
        Check.range(id + ".reputationWeight", reputationWeight, 0, 1e12);
        Check.range(id + ".supportStep", supportStep, 0, 1);
        Check.range(id + ".maxSupport", maxSupport, 0, 5);
    }

    /** A scripted power with no interests or adaptive behaviour. */
    public static PowerSpec scripted(String id, String name, String country, double treasury, double incomePerDay) {
        return new PowerSpec(id, name, country, treasury, incomePerDay, List.of(), 0, 0, false, 0, 1);
    }

    /** Interest weight of mineral m (1 when the scenario gives none). */
    public double interest(int m) {
        return m < interests.size() ? interests.get(m) : 1.0;
    }
}
