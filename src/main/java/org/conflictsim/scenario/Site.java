package org.conflictsim.scenario;

/**
 * Where a value was written: file, line and column (0 when unknown, e.g. a {@code --set} override) and key
 * path; a message about it is made later with {@link #problem(String)}.
 */
public record Site(String file, int line, int column, String path) {
    /** A message at this place, printed as {@code file:line:col: key.path: message}. */
    public Problem problem(String message) {
        return new Problem(file, line, column, path, message);
    }
}
