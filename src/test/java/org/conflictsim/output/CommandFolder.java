package org.conflictsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.cli.Main;

/** The results folder a command writes into a new temporary folder, and what it printed (for test fixtures). */
public record CommandFolder(Path dir, String output) {
    /**
     * Runs {@code conflictsim ARGS --out TMP} and returns the one results folder it wrote; fails the test if
     * the command fails or writes other than one folder.
     */
    static CommandFolder run(String tempPrefix, String... args) {
        try {
            Path out = Files.createTempDirectory(tempPrefix);
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--out";
            all[args.length + 1] = out.toString();
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = Main.execute(all, new PrintWriter(o, true), new PrintWriter(e, true));
            assertEquals(0, code, args[0] + " failed: " + e);
            try (Stream<Path> s = Files.list(out)) {
                List<Path> folders = s.filter(Files::isDirectory)
                        .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
                assertEquals(1, folders.size(), "one results folder expected in " + out);
                return new CommandFolder(folders.get(0), o.toString());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
