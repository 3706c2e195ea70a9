package org.conflictsim.model.params;

import java.util.List;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;

/**
 * A traded mineral and its world-price process.
 *
 * @param id              identifier used in scenario files ({@code coltan}, {@code gold}, ...)
 * @param priceUsdPerKg   world price at the start, US$/kg of the traded product
 * @param localShare      local (mine-gate) price as a share of the world price, 0–1
 * @param volatility      annualised volatility of the log price, 0–2
 * @param reversion       mean-reversion speed of the log price, per year (0 = geometric Brownian motion)
 * @param bulky           bulky ores are taxed at the mine per kg; gold is taxed where miners spend
 *                        (Sánchez de la Sierra 2020), at the faction's lower gold rate
 * @param smuggledShare   share of output of government-held mines that leaves by smuggling, 0–1
 */
public record MineralSpec(String id, double priceUsdPerKg, double localShare, double volatility,
                          double reversion, boolean bulky, double smuggledShare) {
    /** The declarations of its numeric keys ({@code minerals.<id>}). */
    public static final List<Param> PARAMS = List.of(
            Param.required("priceUsdPerKg", 1e-6, 1e9, "US$ per kg of the traded product", "world price at the start"),
            Param.required("localShare", 0, 1, "1", "local (mine-gate) price as a share of the world price"),
            Param.number("volatility", 0.2, 0, 2, "per √year",
                    "annualised volatility of the log price (σ of its daily changes × √365)"),
            Param.number("reversion", 0, 0, 50, "per year",
                    "mean-reversion speed of the log price; 0 is a random walk"),
            Param.number("smuggledShare", 0, 0, 1, "1",
                    "share of the output of government-held mines that leaves by smuggling"));

    /** The declaration of one of its numeric keys. */
    public static Param param(String key) {
        return java.util.Objects.requireNonNull(Param.find(PARAMS, key), key);
    }

    public MineralSpec {
        Check.notNull("mineral id", id);
        param("priceUsdPerKg").check(id, priceUsdPerKg);
        param("localShare").check(id, localShare);
        param("volatility").check(id, volatility);
        param("reversion").check(id, reversion);
        param("smuggledShare").check(id, smuggledShare);
    }
}
