package org.conflictsim.experiment.store;

/** A sweep store cannot be read, is not a sweep store, does not match the sweep, or cannot be written. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, each with its own exit code in the CLI. */
    public enum Kind {
        /** The store file does not exist or cannot be opened (exit 3). */
        NOT_FOUND,
        /** The file is not a sweep store, or belongs to another sweep (exit 4). */
        INVALID,
        /** The store cannot be written: disk full, permissions, locked by another process (exit 5). */
        WRITE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
