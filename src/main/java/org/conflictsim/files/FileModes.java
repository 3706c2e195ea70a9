package org.conflictsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * File modes for files that other programs create for us (SQLite makes its database files with mode 0644
 * whatever the umask allows) or that must be executable (scripts): the mode an ordinary new file gets in the
 * same folder under the user's umask, found by creating one. On file systems without POSIX modes nothing
 * changes.
 */
public final class FileModes {
    private FileModes() {
    }

    /** Gives {@code file} the mode of an ordinary new file in its folder. */
    public static void makeOrdinary(Path file) throws IOException {
        Set<PosixFilePermission> mode = ordinaryMode(file);
        if (mode != null) {
            Files.setPosixFilePermissions(file, mode);
        }
    }

    /**
     * Gives {@code file} the mode of an ordinary new file plus execute permission wherever it can be read, as
     * {@code chmod +x} does under the umask.
     */
    public static void makeExecutable(Path file) throws IOException {
        Set<PosixFilePermission> mode = ordinaryMode(file);
        if (mode == null) {
            return;
        }
        Set<PosixFilePermission> x = EnumSet.copyOf(mode);
        if (mode.contains(PosixFilePermission.OWNER_READ)) {
            x.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if (mode.contains(PosixFilePermission.GROUP_READ)) {
            x.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (mode.contains(PosixFilePermission.OTHERS_READ)) {
            x.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(file, x);
    }

    /** The mode of an ordinary new file beside {@code file}, or null where the file system has no POSIX modes. */
    private static Set<PosixFilePermission> ordinaryMode(Path file) throws IOException {
        Path probe = AtomicWrite.newSibling(file);
        try {
            return Files.getPosixFilePermissions(probe);
        } catch (UnsupportedOperationException e) {
            return null;
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
