package org.conflictsim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: the old file or the new one, no temporary file left, the mode of an ordinary new file. */
class AtomicWriteTest {
    @TempDir
    Path tmp;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.sorted().toList();
        }
    }

    private Set<PosixFilePermission> ordinaryMode() throws IOException {
        Path probe = Files.createFile(tmp.resolve("probe"));
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return mode;
    }

    @Test
    void writesReplaceTheFileAndLeaveNothingElse() throws IOException {
        Path f = tmp.resolve("a.txt");
        AtomicWrite.writeString(f, "one");
        AtomicWrite.writeText(f, w -> w.write("two é"));
        assertEquals("two é", Files.readString(f));
        assertEquals(List.of(f), listing());
        assertEquals(ordinaryMode(), Files.getPosixFilePermissions(f));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("a.txt");
        AtomicWrite.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void aPendingFileAppearsOnlyWhenCommitted() throws IOException {
        Path f = tmp.resolve("a.gif");
        try (AtomicWrite.Pending p = AtomicWrite.open(f)) {
            p.stream().write(1);
            assertFalse(Files.exists(f));
        }
        assertEquals(List.of(), listing(), "closed without commit: nothing");
        try (AtomicWrite.Pending p = AtomicWrite.open(f)) {
            p.stream().write(new byte[] {1, 2, 3});
            p.commit();
        }
        assertEquals(3, Files.size(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void executableScriptsGetExecuteWhereTheyCanBeRead() throws IOException {
        Path f = tmp.resolve("job.sh");
        AtomicWrite.writeString(f, "#!/bin/sh\n");
        FileModes.makeExecutable(f);
        Set<PosixFilePermission> m = Files.getPosixFilePermissions(f);
        for (PosixFilePermission r : ordinaryMode()) {
            assertEquals(true, m.contains(r), r.toString());
        }
        assertEquals(true, m.contains(PosixFilePermission.OWNER_EXECUTE));
        assertEquals(ordinaryMode().contains(PosixFilePermission.OTHERS_READ),
                m.contains(PosixFilePermission.OTHERS_EXECUTE));
    }
}
