package org.conflictsim.cli;

import java.io.PrintWriter;
import org.conflictsim.model.params.Scenario;

/**
 * The range checks of the options that several commands share ({@code --reps}, {@code --days},
 * {@code --threads}), with one wording: {@code error: --days must be between 1 and 36500, got 0}.
 */
final class OptionChecks {
    /** Largest --reps. */
    static final int MAX_REPS = 1_000_000;
    /** Largest --threads. */
    static final int MAX_THREADS = 1024;

    private OptionChecks() {
    }

    /**
     * Whether an option's value is within [min, max]; otherwise prints the error to {@code err}. A null value
     * (the option was not given) is fine.
     *
     * @param why words added after the range, e.g. "(paired tests need 2 or more)"; empty for none
     */
    static boolean inRange(PrintWriter err, String option, Integer value, int min, int max, String why) {
        if (value == null || value >= min && value <= max) {
            return true;
        }
        err.println("error: " + option + " must be between " + min + " and " + max + (why.isEmpty() ? "" : " " + why)
                + ", got " + value);
        return false;
    }

    /** Whether --days (null: the scenario's) is within the declared range of a scenario's {@link Scenario#DAYS}. */
    static boolean days(PrintWriter err, Integer days) {
        return inRange(err, "--days", days, (int) Scenario.DAYS.min(), (int) Scenario.DAYS.max(), "");
    }

    /** The worker threads: the value given, or all cores. */
    static int threads(Integer threads) {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Whether --threads (after {@link #threads}) is within 1–{@value #MAX_THREADS}. */
    static boolean threads(PrintWriter err, int threads) {
        return inRange(err, "--threads", threads, 1, MAX_THREADS, "");
    }
}
