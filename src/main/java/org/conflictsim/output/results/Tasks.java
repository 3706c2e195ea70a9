package org.conflictsim.output.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for output work done in parallel: the task's own exception comes back, not a wrapper. */
public final class Tasks {
    private Tasks() {
    }

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IoWork<T> {
        /** Does the work. */
        T call() throws IOException;
    }

    /**
     * The result of a task, waiting for it.
     *
     * @throws IOException the task's I/O failure (also when it was wrapped as {@link UncheckedIOException})
     */
    public static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (CancellationException e) {
            throw new IOException("cancelled", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }
}
