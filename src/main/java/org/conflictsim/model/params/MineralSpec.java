package org.conflictsim.model.params;

import org.conflictsim.model.check.Check;

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
    public MineralSpec {
        Check.notNull("mineral id", id);
        Check.range(id + ".priceUsdPerKg", priceUsdPerKg, 1e-6, 1e9);
        Check.range(id + ".localShare", localShare, 0, 1);
        Check.range(id + ".volatility", volatility, 0, 2);
        Check.range(id + ".reversion", reversion, 0, 50);
        Check.range(id + ".smuggledShare", smuggledShare, 0, 1);
    }
}
