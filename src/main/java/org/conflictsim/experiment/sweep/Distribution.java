package org.conflictsim.experiment.sweep;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How a numeric parameter's values are spread between its minimum and maximum. Designs draw points in the
 * unit cube; {@link #inverse} maps a unit coordinate to a value (inverse-transform sampling), so a design
 * that is uniform in the cube gives values with this distribution.
 */
public enum Distribution {
    /** Uniform on [min, max]. */
    UNIFORM,
    /** Uniform in the logarithm on [min, max]; needs 0 &lt; min. For rates and money spanning decades. */
    LOG_UNIFORM,
    /** Normal with the given mean and standard deviation, truncated to [min, max]. */
    NORMAL;

    /** The name as written in sweep files. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The value at unit coordinate {@code u} (the {@code u}-quantile of the distribution on [min, max]).
     *
     * @param u    in [0, 1]
     * @param min  lower bound
     * @param max  upper bound, ≥ min
     * @param mean mean of the untruncated normal (NORMAL only)
     * @param sd   standard deviation of the untruncated normal, &gt; 0 (NORMAL only)
     * @return a value in [min, max]; exactly min at u = 0 and max at u = 1
     */
    public double inverse(double u, double min, double max, double mean, double sd) {
        if (u <= 0) {
            return min;
        }
        if (u >= 1) {
            return max;
        }
        double x = switch (this) {
            case UNIFORM -> min + u * (max - min);
            case LOG_UNIFORM -> Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
            case NORMAL -> {
                NormalDistribution n = new NormalDistribution(null, mean, sd);
                double lo = n.cumulativeProbability(min);
                double hi = n.cumulativeProbability(max);
                double p = lo + u * (hi - lo);
                yield p <= 0 ? min : p >= 1 ? max : n.inverseCumulativeProbability(p);
            }
        };
        return Math.max(min, Math.min(max, x));
    }

    /** Probability mass of the untruncated normal inside [min, max] (1 for the other distributions). */
    public double massInside(double min, double max, double mean, double sd) {
        if (this != NORMAL) {
            return 1;
        }
        NormalDistribution n = new NormalDistribution(null, mean, sd);
        return n.cumulativeProbability(max) - n.cumulativeProbability(min);
    }
}
