package org.conflictsim.model.economy;

/** Categories of money flows, for revenue-by-source metrics and the conservation check. */
public enum Flow {
    /** Tax on minerals at the mines a faction holds (sources: miners and traders, outside the books). */
    MINE_TAX,
    /** Government royalties on official exports. */
    ROYALTIES,
    /** Tax on residents of held cells. */
    POPULATION_TAX,
    /** Margin earned by a transit country on smuggled minerals. */
    SMUGGLING,
    /** External budget income (the state's allocation to its army, a power's budget). */
    BUDGET,
    /** Aid from a power. */
    AID,
    /** Cash from a sponsor under military support. */
    SPONSOR_CASH,
    /** Cash paid under a minerals-for-security deal. */
    DEAL_CASH,
    /** Wages paid to fighters (a sink). */
    WAGES,
    /** Sign-on costs of recruits (a sink). */
    RECRUITMENT,
    /** A training deal's cost to its provider (a sink). */
    TRAINING,
    /** Extra cost of sponsoring under sanctions (a sink). */
    SANCTION_COST,
    /** What a power pays miners for its offtake (a sink). */
    OFFTAKE_PURCHASE;

    /** Lower-case name for output files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
