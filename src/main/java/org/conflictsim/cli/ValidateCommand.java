package org.conflictsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim validate FILE...}: loads each scenario strictly and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files (after extends and --set) and prints every problem as file:line:col: key: message.",
            "Settings that validate but cannot act are warnings (file:line:col: warning: key: message); --strict makes them errors."},
        footer = ExitCodes.HELP)
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override applied to every file")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--days", paramLabel = "N", description = "check events against a run of N days (default: each file's days)")
    private Integer days;

    @picocli.CommandLine.Mixin
    private StrictOption strict = new StrictOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!OptionChecks.days(err, days)) {
            return ExitCodes.USAGE;
        }
        int worst = ExitCodes.OK;
        int warnings = 0;
        for (Path f : files) {
            try {
                ScenarioLoader.Loaded l = ScenarioLoader.load(f, sets);
                int w = StrictOption.print(err, l, days != null ? days : l.scenario().days(), days != null);
                warnings += w;
                out.printf("ok: %s (%s: %d factions, %d mines, %d events, %d theatre cells)%n", f, l.scenario().id(),
                        l.scenario().factions().size(), l.scenario().world().mines().size(),
                        l.scenario().events().size(), l.scenario().world().theatreCellCount());
                if (w > 0) {
                    out.printf("  %d warning%s on stderr: settings that cannot act%n", w, w == 1 ? "" : "s");
                }
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                int code = e.kind() == ScenarioException.Kind.NOT_FOUND ? ExitCodes.NOT_FOUND : ExitCodes.INVALID;
                worst = Math.max(worst, code);
            }
        }
        out.flush();
        if (!strict.allows(err, warnings)) {
            worst = Math.max(worst, ExitCodes.INVALID);
        }
        err.flush();
        return worst;
    }
}
