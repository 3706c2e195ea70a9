package org.conflictsim.output.results;

import java.util.EnumSet;
import java.util.Set;
import org.conflictsim.experiment.Outcome;

/**
 * Sentences that go beside figures the model cannot vouch for, worded as docs/ODD.md (section 11, "What the
 * model cannot say") words them.
 */
public final class Caveats {
    /** Beside civilian deaths and displaced people. */
    public static final String HUMANITARIAN = "Humanitarian figures are indicative: civilian deaths and "
            + "displacement come from simple per-battle rules with uncalibrated rates; they show where and when "
            + "harm concentrates, not how many people are affected (docs/ODD.md, section 11).";
    /** Beside any answer to a scenario's question. */
    public static final String NOT_A_FORECAST = "Model results under the scenario's assumptions, not a forecast "
            + "(docs/ODD.md, section 11).";

    /** The outcomes {@link #HUMANITARIAN} applies to. */
    private static final Set<Outcome> HUMANITARIAN_OUTCOMES = EnumSet.of(Outcome.CIVILIAN_DEATHS,
            Outcome.DISPLACED_FINAL, Outcome.DISPLACED_PEAK);

    private Caveats() {
    }

    /** Whether an outcome column is a humanitarian figure ({@link #HUMANITARIAN} applies). */
    public static boolean humanitarian(String column) {
        return Outcome.kindOf(column).filter(HUMANITARIAN_OUTCOMES::contains).isPresent();
    }
}
