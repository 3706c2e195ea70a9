package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.schema.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conflictsim schema}: prints, or writes to {@code --out}, the JSON Schema of scenario files, generated
 * by loading the shipped scenarios and the schema fixtures while recording the loader's declarations.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of scenario files, generated from the loader's"
            + " declarations by loading every scenario of --scenarios and --fixtures. With --out, writes DIR/"
            + ScenarioSchema.FILE_NAME + " instead; regenerate the checked-in schema from the project folder with"
            + " 'conflictsim schema --out docs/schema'.",
        footer = ExitCodes.HELP)
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write " + ScenarioSchema.FILE_NAME + " into")
    private Path out;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "shipped scenarios (default: ${DEFAULT-VALUE})")
    private Path scenarios;

    @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "src/test/resources/schema-fixtures",
            description = "documents exercising the branches the scenarios do not (default: ${DEFAULT-VALUE})")
    private Path fixtures;

    @Override
    public Integer call() throws ScenarioException, OutputException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> docs = new ArrayList<>();
        try {
            for (Path dir : List.of(scenarios, fixtures)) {
                List<Path> found = ScenarioSchema.yamlFiles(dir);
                if (found.isEmpty()) {
                    err.println(dir + ": no such folder, or no .yaml files in it (run from the project folder)");
                    return ExitCodes.NOT_FOUND;
                }
                docs.addAll(found);
            }
        } catch (IOException e) {
            err.println("cannot list the scenarios: " + e.getMessage());
            return ExitCodes.NOT_FOUND;
        }
        String text = ScenarioSchema.toText(ScenarioSchema.generate(docs));
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path file = out.resolve(ScenarioSchema.FILE_NAME);
        try {
            Files.createDirectories(out);
            Path tmp = Files.createTempFile(out, ".tmp-schema-", ".json");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + file + " (from " + docs.size() + " documents)");
        return ExitCodes.OK;
    }
}
