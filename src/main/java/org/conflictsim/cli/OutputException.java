package org.conflictsim.cli;

/** Results could not be written; earlier results are untouched. */
public final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
