package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.conflictsim.files.AtomicWrite;

/**
 * A results folder written safely: files go into a hidden temporary folder beside the target, which is
 * renamed into place only when complete. An existing folder is never overwritten: a suffix {@code -2},
 * {@code -3}, ... is added instead. If anything fails, the temporary folder is removed and earlier results
 * are untouched.
 */
public final class ResultsFolder implements AutoCloseable {
    private final Path parent;
    private final String name;
    private final Path temp;
    private Path committed;

    private ResultsFolder(Path parent, String name, Path temp) {
        this.parent = parent;
        this.name = name;
        this.temp = temp;
    }

    /** Opens a temporary folder under {@code parent} for results that will be named {@code name}. */
    public static ResultsFolder open(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        Path temp = AtomicWrite.newFolder(parent, name);
        return new ResultsFolder(parent, name, temp);
    }

    /** A file inside the (temporary) folder. */
    public Path file(String fileName) {
        return temp.resolve(fileName);
    }

    /** Renames the temporary folder to its final, unused name and returns it. */
    public Path commit() throws IOException {
        for (int i = 1; i < 10_000; i++) {
            Path target = parent.resolve(i == 1 ? name : name + "-" + i);
            if (Files.exists(target)) {
                continue;
            }
            try {
                AtomicWrite.moveToNew(temp, target);
                committed = target;
                return target;
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                if (Files.exists(target)) {
                    continue;
                }
                throw e;
            }
        }
        throw new IOException("no free folder name for " + name + " in " + parent);
    }

    /** Removes the temporary folder unless it was committed. */
    @Override
    public void close() {
        if (committed != null || !Files.exists(temp)) {
            return;
        }
        try (Stream<Path> s = Files.walk(temp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden temporary folder harms no result
                }
            });
        } catch (IOException ignored) {
            // best effort, as above
        }
    }
}
