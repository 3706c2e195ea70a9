package org.conflictsim.experiment.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import org.conflictsim.experiment.Seeds;

/**
 * A design as the sweep file states it.
 *
 * @param type         the kind of design
 * @param samples      points of random, latin-hypercube and sobol; base samples N of saltelli; 0 otherwise
 * @param trajectories trajectories of morris; 0 otherwise
 * @param levels       grid levels p of morris (even); 0 otherwise
 * @param given        the points of a {@code points} design; null otherwise
 */
public record DesignSpec(DesignType type, int samples, int trajectories, int levels, PointTable given) {
    /** Salt that separates the design's random stream from the run seeds. */
    static final long DESIGN_SALT = 0x6A09E667F3BCC908L;

    /**
     * The points of the design, the same for the same master seed on every machine.
     *
     * @param params     the parameters, at least one
     * @param masterSeed the sweep's master seed (random designs draw from a stream derived from it)
     */
    public PointTable points(List<Parameter> params, long masterSeed) {
        int d = params.size();
        SplittableRandom rng = new SplittableRandom(Seeds.mix(masterSeed ^ DESIGN_SALT));
        return switch (type) {
            case FULL_FACTORIAL -> PointTable.ofUnits(params, Designs.fullFactorial(params));
            case POINTS -> given;
            case RANDOM -> PointTable.ofUnits(params, Designs.random(samples, d, rng));
            case LATIN_HYPERCUBE -> PointTable.ofUnits(params, Designs.latinHypercube(samples, d, rng));
            case SOBOL -> PointTable.ofUnits(params, Designs.sobol(samples, d));
            case MORRIS -> PointTable.ofUnits(params, Designs.morris(trajectories, d, levels, rng));
            case SALTELLI -> PointTable.ofUnits(params, Designs.saltelli(samples, d));
        };
    }

    /** Number of points for d parameters (full factorial: product of the grid sizes). */
    public long pointCount(List<Parameter> params) {
        int d = params.size();
        return switch (type) {
            case FULL_FACTORIAL -> Designs.fullFactorialCount(params, Long.MAX_VALUE / 4);
            case POINTS -> given.size();
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> samples;
            case MORRIS -> (long) trajectories * (d + 1);
            case SALTELLI -> (long) samples * (d + 2);
        };
    }

    /** The design as JSON, for the store's metadata. */
    public String toJson() {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("type", type.yamlName());
        if (samples > 0) {
            n.put("samples", samples);
        }
        if (trajectories > 0) {
            n.put("trajectories", trajectories);
        }
        if (levels > 0) {
            n.put("levels", levels);
        }
        return n.toString();
    }
}
