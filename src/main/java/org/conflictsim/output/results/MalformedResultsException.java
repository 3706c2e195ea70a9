package org.conflictsim.output.results;

import java.io.IOException;

/**
 * A results folder whose files cannot be read as {@code run} writes them: a missing column, a number that
 * does not parse, a run or day out of range. The message names the file, and the line where there is one.
 */
public final class MalformedResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message {@code file:line: what is wrong} */
    public MalformedResultsException(String message) {
        super(message);
    }

    /** @param message {@code file: what is wrong}; {@code cause} the parser's exception */
    public MalformedResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
