package org.conflictsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.conflictsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code conflictsim} command. */
@Command(name = "conflictsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of resource conflicts (MASON). First case: eastern DR Congo.",
        subcommands = {RunCommand.class, ScenariosCommand.class, ValidateCommand.class, DescribeCommand.class,
            CompareCommand.class, SweepCommand.class, ReplayCommand.class, ExportCommand.class, MergeCommand.class,
            SlurmCommand.class, ChartCommand.class, GuiCommand.class, BacktestCommand.class, CalibrateCommand.class,
            DiscoverCommand.class, BenchCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Main {

    public static void main(String[] args) {
        String cpuFile = System.getProperty(JobBench.CPU_FILE_PROPERTY);
        if (cpuFile != null) {
            JobBench.reportCpuAtExit(Path.of(cpuFile));
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, cmd.getErr()));
        cl.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof ScenarioException se) {
            err.println(se.getMessage());
            return switch (se.kind()) {
                case NOT_FOUND -> ExitCodes.NOT_FOUND;
                case SYNTAX, INVALID -> ExitCodes.INVALID;
            };
        }
        if (ex instanceof OutputException oe) {
            err.println("error: " + oe.getMessage());
            return ExitCodes.OUTPUT;
        }
        err.println("internal error: " + ex);
        StackTraceElement[] st = ex.getStackTrace();
        if (st.length > 0) {
            err.println("  at " + st[0]);
        }
        err.println("This is a bug in ConflictSim; please report it with the command line you used.");
        return ExitCodes.INTERNAL;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conflictsim " + version()};
        }
    }

    /** Tool version (from the jar manifest; "dev" when run from classes). */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
