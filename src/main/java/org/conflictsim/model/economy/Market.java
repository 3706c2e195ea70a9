package org.conflictsim.model.economy;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.rules.MarketRules;

/** World prices of the scenario's minerals, US$/kg, one stochastic process per mineral (see {@link MarketRules}). */
public final class Market {
    private final List<MineralSpec> minerals;
    private final double[] price;

    /** Prices start at each mineral's {@code priceUsdPerKg}. */
    public Market(List<MineralSpec> minerals) {
        this.minerals = List.copyOf(minerals);
        this.price = new double[minerals.size()];
        for (int m = 0; m < price.length; m++) {
            price[m] = minerals.get(m).priceUsdPerKg();
        }
    }

    /** Moves every price one day, drawing one standard normal per mineral in scenario order. */
    public void step(MersenneTwisterFast random) {
        for (int m = 0; m < price.length; m++) {
            MineralSpec ms = minerals.get(m);
            double z = random.nextGaussian();
            price[m] = MarketRules.nextPrice(price[m], ms.priceUsdPerKg(), ms.reversion(), ms.volatility(), z);
        }
    }

    /** World price of mineral m today, US$/kg. */
    public double price(int m) {
        return price[m];
    }

    /** Number of minerals. */
    public int size() {
        return price.length;
    }
}
