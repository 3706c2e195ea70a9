/**
 * The command line: one picocli command class per subcommand ({@code run}, {@code compare}, {@code sweep},
 * {@code chart}, {@code gui}, {@code bench}, ...), their shared options and checks, exit codes
 * ({@link org.conflictsim.cli.ExitCodes}) and the provenance written into manifests. The outermost layer: it
 * wires scenario, experiment, output and GUI together, and nothing depends on it.
 */
package org.conflictsim.cli;
