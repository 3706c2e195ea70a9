package org.conflictsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim describe FILE}: prints the fully resolved scenario (after extends and --set). */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Prints the scenario as the model will see it: after extends and --set, validated.",
        footer = ExitCodes.HELP)
public final class DescribeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file")
    private Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a scenario value")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded l = ScenarioLoader.load(file, sets);
        spec.commandLine().getOut().print(l.resolved());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
