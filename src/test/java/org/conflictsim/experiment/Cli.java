package org.conflictsim.experiment;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.conflictsim.cli.Main;

/** Runs the command line in this JVM with captured output streams (for the commands' tests). */
public final class Cli {
    private Cli() {
    }

    /** Result of one command line. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }
}
