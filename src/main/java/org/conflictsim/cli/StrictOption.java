package org.conflictsim.cli;

import java.io.PrintWriter;
import java.util.List;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioLoader;
import org.conflictsim.scenario.Warnings;
import picocli.CommandLine.Option;

/**
 * {@code --strict}, shared by the commands that load scenarios: the warnings of {@link Warnings} (settings
 * that validate but cannot act) go to stderr as {@code file:line:col: warning: key: message} and leave the
 * exit code alone; with {@code --strict} they are errors (exit 4) and nothing runs.
 */
public final class StrictOption {
    @Option(names = "--strict", description = {"treat warnings (a setting that cannot act: a sanction on a target",
        "without revenue, an event after the last day, ...) as errors: exit 4"})
    boolean strict;

    /**
     * Prints the warnings of one loaded scenario run for {@code days} days.
     *
     * @param daysOption whether {@code days} comes from {@code --days}
     * @return the number of warnings printed
     */
    static int print(PrintWriter err, ScenarioLoader.Loaded loaded, int days, boolean daysOption) {
        List<Problem> ws = Warnings.of(loaded, days, daysOption);
        ws.forEach(w -> err.println(Warnings.format(w)));
        err.flush();
        return ws.size();
    }

    /**
     * After the warnings of every scenario are printed: false (the command stops with exit 4) when there were
     * some and {@code --strict} is set, with a line that says so.
     */
    boolean allows(PrintWriter err, int warnings) {
        if (strict && warnings > 0) {
            err.println("error: " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", which --strict treats as"
                    + " errors");
            err.flush();
            return false;
        }
        return true;
    }
}
