package org.conflictsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a long command works. {@link #watch()}: the JVM's shutdown hook sets
 * {@link #requested()} and waits (at most {@link #GRACE_SECONDS}) until the command has cleaned up and said
 * what happened ({@link #close()}). {@link #announce}: the hook only says what is lost. The process then
 * ends with the usual status (130 for SIGINT, 143 for SIGTERM).
 */
final class Interrupt implements AutoCloseable {
    /** Longest time the hook waits for the command to finish cleaning up, seconds. */
    static final int GRACE_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch handled = new CountDownLatch(1);
    private final Thread hook;

    private Interrupt(PrintWriter err, String message) {
        hook = new Thread(() -> {
            requested.set(true);
            if (message != null) {
                err.println();
                err.println(message);
                err.flush();
                return;
            }
            try {
                handled.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "conflictsim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts watching for an interrupt that the command handles; close it when the command is done. */
    static Interrupt watch() {
        return new Interrupt(null, null);
    }

    /**
     * For a command that keeps nothing of unfinished work (its results folder appears only when complete):
     * on an interrupt, {@code message} goes to {@code err} and the process ends at once.
     */
    static Interrupt announce(PrintWriter err, String message) {
        return new Interrupt(err, message);
    }

    /** Whether the process has been asked to stop. */
    boolean requested() {
        return requested.get();
    }

    /** The command is done (cleaned up after an interrupt, or finished): the hook may let the process end. */
    @Override
    public void close() {
        handled.countDown();
        if (!requested.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook runs and returns at once
            }
        }
    }
}
