package org.conflictsim.model.rules;

/** Pure price rules. */
public final class MarketRules {
    private MarketRules() {
    }

    /**
     * One daily step of the log price: an Ornstein–Uhlenbeck process around {@code ln(mean)} with
     * speed {@code reversion} per year (Schwartz 1997, one-factor model); with {@code reversion = 0} it is
     * driftless geometric Brownian motion, as for gold. Exact discretisation for dt = 1/365.
     *
     * @param price      today's price
     * @param mean       long-run price
     * @param reversion  per year, ≥ 0
     * @param volatility annualised, ≥ 0
     * @param z          a standard normal draw
     * @return tomorrow's price
     */
    public static double nextPrice(double price, double mean, double reversion, double volatility, double z) {
        double dt = 1.0 / 365.0;
        double x = StrictMath.log(price);
        double mu = StrictMath.log(mean);
        if (reversion <= 0) {
            return StrictMath.exp(x - 0.5 * volatility * volatility * dt + volatility * Math.sqrt(dt) * z);
        }
        double decay = StrictMath.exp(-reversion * dt);
        double sd = volatility * Math.sqrt((1 - decay * decay) / (2 * reversion));
        return StrictMath.exp(mu + (x - mu) * decay + sd * z);
    }
}
