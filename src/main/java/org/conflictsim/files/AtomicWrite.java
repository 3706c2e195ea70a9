package org.conflictsim.files;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees the old file or the new one, never half of one: the content goes to a
 * hidden temporary file beside the target ({@code .tmp-NAME-RANDOM}), which is renamed over the target when
 * complete, atomically where the file system can and with an ordinary replacing move where it cannot (some
 * network and FUSE file systems). If writing fails the temporary file is removed and the target is untouched.
 *
 * <p>The temporary file is created like any new file (not with {@link Files#createTempFile}, which makes it
 * private), so the finished file has the mode of an ordinary new file under the user's umask, as files
 * written by {@code >} in a shell do.
 */
public final class AtomicWrite {
    private static final int BUFFER = 1 << 16;

    private AtomicWrite() {
    }

    /** What writes a file's content to the stream or writer it is given. */
    @FunctionalInterface
    public interface Body<T> {
        /** Writes the content; {@code out} is closed by the caller. */
        void write(T out) throws IOException;
    }

    /** Writes bytes through a buffered stream. */
    public static void write(Path file, Body<OutputStream> body) throws IOException {
        try (Pending p = open(file)) {
            body.write(p.stream());
            p.commit();
        }
    }

    /** Writes UTF-8 text through a buffered writer. */
    public static void writeText(Path file, Body<Writer> body) throws IOException {
        try (Pending p = open(file)) {
            body.write(p.writer());
            p.commit();
        }
    }

    /** Writes a string as UTF-8. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Starts writing a file whose content is produced over time (e.g. the frames of an animation): write to
     * {@link Pending#stream()}, then {@link Pending#commit()}; closing without committing removes the
     * temporary file and leaves the target as it was.
     */
    public static Pending open(Path file) throws IOException {
        Path tmp = newSibling(file);
        try {
            return new Pending(file, tmp, new BufferedOutputStream(Files.newOutputStream(tmp), BUFFER));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** A file being written; see {@link #open}. */
    public static final class Pending implements Closeable {
        private final Path file;
        private final Path tmp;
        private final OutputStream out;
        private Writer writer;
        private boolean done;

        private Pending(Path file, Path tmp, OutputStream out) {
            this.file = file;
            this.tmp = tmp;
            this.out = out;
        }

        /** The stream to write the content to (buffered; do not close it). */
        public OutputStream stream() {
            return out;
        }

        /** A buffered UTF-8 writer over {@link #stream()} (the same one each time; do not close it). */
        public Writer writer() {
            if (writer == null) {
                writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            }
            return writer;
        }

        /** Closes the stream and renames the temporary file over the target. */
        public void commit() throws IOException {
            if (done) {
                return;
            }
            done = true;
            try {
                if (writer != null) {
                    writer.flush();
                }
                out.close();
                moveIntoPlace(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        /** Removes the temporary file unless committed. */
        @Override
        public void close() throws IOException {
            if (done) {
                return;
            }
            done = true;
            try {
                out.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Creates a new empty hidden file beside {@code file}, named {@code .tmp-NAME-RANDOM}, with the mode of an
     * ordinary new file.
     */
    public static Path newSibling(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".tmp-" + file.getFileName() + "-" + randomSuffix());
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Creates a new hidden folder in {@code parent}, named {@code .tmp-NAME-RANDOM}, with the mode of an
     * ordinary new folder.
     */
    public static Path newFolder(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = parent.resolve(".tmp-" + name + "-" + randomSuffix());
            try {
                return Files.createDirectory(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static String randomSuffix() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL, 36);
    }

    /**
     * Renames {@code tmp} to {@code file}, replacing it; atomically where the file system can, else with an
     * ordinary replacing move.
     */
    public static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Renames {@code from} to {@code to}, which must not exist (a file or a whole folder); atomically where the
     * file system can, else with an ordinary move.
     *
     * @throws FileAlreadyExistsException when {@code to} exists
     */
    public static void moveToNew(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
