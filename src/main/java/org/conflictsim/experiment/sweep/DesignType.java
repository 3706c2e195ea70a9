package org.conflictsim.experiment.sweep;

import java.util.Locale;

/** The kinds of experimental design a sweep file can ask for. */
public enum DesignType {
    /** Every combination of the parameters' levels (or steps). */
    FULL_FACTORIAL,
    /** Points listed in the sweep file or in a CSV file. */
    POINTS,
    /** Independent uniform points in the unit cube. */
    RANDOM,
    /** Latin hypercube (McKay, Beckman &amp; Conover 1979): each parameter's range cut into n equal strata, one point in each. */
    LATIN_HYPERCUBE,
    /** The Sobol low-discrepancy sequence (Sobol 1967; Joe &amp; Kuo direction numbers, commons-math3). */
    SOBOL,
    /** Morris elementary-effects trajectories (Morris 1991) for μ*, μ and σ (Campolongo et al. 2007). */
    MORRIS,
    /** Saltelli's scheme (Saltelli et al. 2010) for first-order and total Sobol indices: N(d + 2) points. */
    SALTELLI;

    /** The name as written in sweep files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the design leads to sensitivity indices. */
    public boolean hasSensitivity() {
        return this == MORRIS || this == SALTELLI;
    }
}
