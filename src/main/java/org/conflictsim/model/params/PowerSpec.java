package org.conflictsim.model.params;

import java.util.List;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;

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
 * @param securityWeight  value to the power of the ground its sponsored factions hold within their aims, US$ per
 *                        month when they hold all of it (a share of the theatre for factions without aims)
 * @param reputationWeight cost to the power of sanctions on it or on the factions it sponsors, US$ per month
 *                        per unit of severity
 * @param adaptive        whether it adjusts its military support monthly (adaptive sponsor)
 * @param supportStep     largest monthly change of its support level (in support-level units), 0–1
 * @param maxSupport      ceiling of its support level (1 = as scripted), 0–5
 * @param troopCostPerDay what one of its soldiers deployed in the theatre costs it per day, US$
 * @param troopLossCost   political and material cost to it of one of its soldiers killed, US$
 * @param beyondAimsWeight diplomatic cost to it of its proxies holding ground beyond their aims, US$ per month
 *                        per unit of theatre share beyond the aims
 */
public record PowerSpec(String id, String name, String country, double treasury, double incomePerDay,
                        List<Double> interests, double securityWeight, double reputationWeight, boolean adaptive,
                        double supportStep, double maxSupport, double troopCostPerDay, double troopLossCost,
                        double beyondAimsWeight) {
    /** The declarations of its numeric keys ({@code powers[]}; the last two under {@code adaptive:}). */
    public static final List<Param> PARAMS = List.of(
            Param.number("treasury", 0, 0, 1e13, "US$", "money available for foreign policy at the start"),
            Param.number("incomePerDay", 0, 0, 1e11, "US$ per day", "money added to its treasury each day"),
            Param.number("interests", 1, 0, 1e3, "1", "weight of a mineral's value in the power's judgement"),
            Param.number("securityWeight", 0, 0, 1e12, "US$ per month at full achievement",
                    "value to the power of the ground its sponsored factions hold within their aims (a share of the"
                            + " aims; of the theatre for factions without aims)"),
            Param.number("reputationWeight", 0, 0, 1e12, "US$ per month per unit of sanction severity",
                    "cost to the power of sanctions on it or on the factions it sponsors"),
            Param.number("supportStep", 0.2, 0, 1, "1", "largest monthly change of its support level"),
            Param.number("maxSupport", 2, 0, 5, "1", "ceiling of its support level (1 = as scripted)"),
            Param.number("troopCostPerDay", 0, 0, 1e4, "US$ per soldier-day",
                    "what one of its soldiers deployed in the theatre costs it per day"),
            Param.number("troopLossCost", 0, 0, 1e8, "US$ per soldier killed",
                    "political and material cost to it of one of its soldiers killed"),
            Param.number("beyondAimsWeight", 0, 0, 1e12, "US$ per month per unit of theatre share",
                    "diplomatic cost of its proxies holding ground beyond their aims"));

    /** The declaration of one of its numeric keys. */
    public static Param param(String key) {
        return java.util.Objects.requireNonNull(Param.find(PARAMS, key), key);
    }

    public PowerSpec {
        Check.notNull("power id", id);
        param("treasury").check(id, treasury);
        param("incomePerDay").check(id, incomePerDay);
        interests = List.copyOf(interests);
        for (double w : interests) {
            param("interests").check(id, w);
        }
        param("securityWeight").check(id, securityWeight);
        param("reputationWeight").check(id, reputationWeight);
        param("supportStep").check(id, supportStep);
        param("maxSupport").check(id, maxSupport);
        param("troopCostPerDay").check(id, troopCostPerDay);
        param("troopLossCost").check(id, troopLossCost);
        param("beyondAimsWeight").check(id, beyondAimsWeight);
    }

    /** A scripted power with no interests or adaptive behaviour. */
    public static PowerSpec scripted(String id, String name, String country, double treasury, double incomePerDay) {
        return new PowerSpec(id, name, country, treasury, incomePerDay, List.of(), 0, 0, false, 0, 1, 0, 0, 0);
    }

    /** Interest weight of mineral m (1 when the scenario gives none). */
    public double interest(int m) {
        return m < interests.size() ? interests.get(m) : 1.0;
    }
}
