package org.conflictsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A PrintStream that writes into a PrintWriter (for libraries that need a stream, e.g. the progress bar). */
final class WriterStream extends ByteArrayOutputStream {
    private final PrintWriter target;

    private WriterStream(PrintWriter target) {
        this.target = target;
    }

    /** A UTF-8 PrintStream, flushed to {@code target} on every flush. */
    static PrintStream of(PrintWriter target) {
        return new PrintStream(new WriterStream(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void flush() {
        target.write(toString(StandardCharsets.UTF_8));
        target.flush();
        reset();
    }
}
