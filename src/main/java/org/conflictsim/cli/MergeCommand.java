package org.conflictsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.StoreMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim merge OUT.sqlite SHARD...}: the shard stores of a sweep combined into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges the shard stores of a sweep into one store.",
            "",
            "Combines the stores of the shards of one sweep (sweep --shard i/n) into a",
            "new store OUT and reports duplicate runs (kept once) and missing runs. Exits",
            "4 when runs are missing; the merged store is written anyway, and 'sweep",
            "SWEEP --resume' on it (as DIR/<sweep>/sweep.sqlite) runs what is missing.",
            "When no run is missing, charts, sensitivity.csv (morris and saltelli",
            "designs) and report.html are drawn beside OUT, as sweep does."},
        footer = ExitCodes.HELP)
public final class MergeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "the merged store to create, e.g. results/x/sweep.sqlite")
    private Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD", description = "shard stores")
    private List<Path> shards = new ArrayList<>();

    @Override
    public Integer call() throws OutputException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreMerge.Report r;
        try {
            r = StoreMerge.merge(out, shards);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return SweepChart.exitCode(e);
        }
        o.printf("merged %d store%s into %s: %d of %d runs (%d failed)%n", shards.size(), shards.size() == 1 ? "" : "s",
                out, r.runs(), r.runsTotal(), r.failed());
        if (r.duplicates() > 0) {
            o.printf("duplicates: %d run%s found in more than one store, kept once: %s%s%n", r.duplicates(),
                    r.duplicates() == 1 ? "" : "s", String.join(", ", r.duplicateIds()),
                    r.duplicates() > r.duplicateIds().size() ? ", ..." : "");
        }
        o.flush();
        if (r.missing() > 0) {
            String resume;
            try (org.conflictsim.experiment.store.SweepStore merged =
                         org.conflictsim.experiment.store.SweepStore.openForReading(out)) {
                resume = org.conflictsim.experiment.store.ResumeCommand.of(out, merged.metadata());
            } catch (StoreException e) {
                resume = "conflictsim sweep SWEEP --resume";
            }
            err.printf("error: %d of %d runs are missing (in no store): %s%s; run the missing shards, or resume the"
                    + " merged store with '" + resume.replace("%", "%%") + "'%n", r.missing(), r.runsTotal(),
                    String.join(", ", r.missingIds().stream().map(String::valueOf).toList()),
                    r.missing() > r.missingIds().size() ? ", ..." : "");
            err.flush();
            return ExitCodes.INVALID;
        }
        o.println("no run is missing");
        o.flush();
        try {
            SweepChart.afterSweep(out, o);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return SweepChart.exitCode(e);
        }
        return ExitCodes.OK;
    }
}
