package org.conflictsim.files;

import java.io.IOException;

/** A CSV text that breaks RFC 4180; the message is {@code source:line: what is wrong}. */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message {@code source:line: what is wrong} */
    public CsvFormatException(String message) {
        super(message);
    }
}
