package org.conflictsim.cli;

/** Process exit codes, documented in {@code conflictsim --help} and the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug; the message says how to report it. */
    public static final int INTERNAL = 1;
    /** The command line is wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** An input file does not exist or cannot be read. */
    public static final int NOT_FOUND = 3;
    /** An input file is not valid (YAML syntax, types, ranges, references). */
    public static final int INVALID = 4;
    /** Results could not be written (permissions, disk full); earlier results are untouched. */
    public static final int OUTPUT = 5;

    /** The text for help footers. */
    public static final String HELP = "%nExit codes:%n"
            + "  0  success%n"
            + "  1  internal error (a bug: please report it with the command line)%n"
            + "  2  wrong command line%n"
            + "  3  input file not found or unreadable%n"
            + "  4  input file invalid (YAML syntax, wrong type, unknown key, out-of-range value, dangling reference)%n"
            + "  5  results could not be written (earlier results are untouched)%n";

    private ExitCodes() {
    }
}
