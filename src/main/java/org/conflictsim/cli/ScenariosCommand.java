package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim scenarios}: lists the shipped scenarios with the question each asks. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Lists the scenarios in a folder (default: scenarios/) with the question each asks.",
        footer = ExitCodes.HELP)
public final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios", description = "folder (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println(dir + ": no such folder");
            return ExitCodes.NOT_FOUND;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        int worst = ExitCodes.OK;
        for (Path f : files) {
            try {
                ScenarioLoader.Loaded l = ScenarioLoader.load(f);
                out.printf("%s%n  %s%n  Q: %s%n%n", f, l.scenario().title(), wrap(l.scenario().question()));
            } catch (ScenarioException e) {
                out.printf("%s%n  (invalid: %s)%n%n", f, e.getMessage().lines().findFirst().orElse(""));
                worst = ExitCodes.INVALID;
            }
        }
        out.flush();
        return worst;
    }

    private static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String w : text.split("\\s+")) {
            if (col > 0 && col + w.length() > 95) {
                sb.append("\n     ");
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(w);
            col += w.length();
        }
        return sb.toString();
    }
}
