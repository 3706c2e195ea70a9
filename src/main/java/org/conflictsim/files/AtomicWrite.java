package org.conflictsim.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished file into place: a temporary file written beside the target is renamed over it, so a
 * reader sees the old file or the new one, never half of one.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /**
     * Renames {@code tmp} to {@code file}, replacing it; atomically where the file system can, else with an
     * ordinary replacing move (some network and FUSE file systems cannot move atomically).
     */
    public static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
