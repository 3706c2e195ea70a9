package org.conflictsim.scenario;

/**
 * One problem found in an input file, reported as {@code file:line:col: key.path: message}.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param path    key path inside the document, e.g. {@code factions[1].fighters}; empty for the document
 * @param message what is wrong, in words a student understands
 */
public record Problem(String file, int line, int column, String path, String message) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
