package org.conflictsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a results folder with everything under it, so a test can change the copy. */
public final class FolderCopy {
    private FolderCopy() {
    }

    /** Copies {@code src} and all under it to {@code target} (which must not exist); returns {@code target}. */
    public static Path of(Path src, Path target) throws IOException {
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
