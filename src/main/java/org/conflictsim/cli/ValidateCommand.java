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
        description = "Checks scenario files (after extends and --set) and prints every problem as file:line:col: key: message.",
        footer = ExitCodes.HELP)
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override applied to every file")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = ExitCodes.OK;
        for (Path f : files) {
            try {
                ScenarioLoader.Loaded l = ScenarioLoader.load(f, sets);
                out.printf("ok: %s (%s: %d factions, %d mines, %d events, %d theatre cells)%n", f, l.scenario().id(),
                        l.scenario().factions().size(), l.scenario().world().mines().size(),
                        l.scenario().events().size(), l.scenario().world().theatreCellCount());
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                int code = e.kind() == ScenarioException.Kind.NOT_FOUND ? ExitCodes.NOT_FOUND : ExitCodes.INVALID;
                worst = Math.max(worst, code);
            }
        }
        out.flush();
        err.flush();
        return worst;
    }
}
