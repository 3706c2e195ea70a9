package org.conflictsim.output.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    @TempDir
    Path parent;

    private List<String> entries() throws Exception {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesGoToAHiddenTemporaryFolderUntilCommit() throws Exception {
        try (ResultsFolder f = ResultsFolder.open(parent, "run-a")) {
            Files.writeString(f.file("x.csv"), "1\n");
            List<String> during = entries();
            assertEquals(1, during.size());
            assertTrue(during.get(0).startsWith(".tmp-run-a-"), during.toString());
            assertFalse(Files.exists(parent.resolve("run-a")));
            Path done = f.commit();
            assertEquals(parent.resolve("run-a"), done);
            assertEquals("1\n", Files.readString(done.resolve("x.csv")));
        }
        assertEquals(List.of("run-a"), entries(), "nothing hidden is left after a commit");
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws Exception {
        for (int i = 1; i <= 3; i++) {
            try (ResultsFolder f = ResultsFolder.open(parent, "same")) {
                Files.writeString(f.file("n.txt"), Integer.toString(i));
                f.commit();
            }
        }
        assertEquals(List.of("same", "same-2", "same-3"), entries());
        assertEquals("1", Files.readString(parent.resolve("same").resolve("n.txt")));
        assertEquals("2", Files.readString(parent.resolve("same-2").resolve("n.txt")));
        assertEquals("3", Files.readString(parent.resolve("same-3").resolve("n.txt")));
    }

    @Test
    void closingWithoutCommitRemovesEverything() throws Exception {
        try (ResultsFolder f = ResultsFolder.open(parent, "failed")) {
            Files.writeString(f.file("partial.csv"), "half a file");
            Files.createDirectories(f.file("sub"));
            Files.writeString(f.file("sub").resolve("deep.txt"), "x");
        }
        assertEquals(List.of(), entries());
    }

    @Test
    void theParentIsCreatedWhenMissing() throws Exception {
        Path nested = parent.resolve("a").resolve("b");
        try (ResultsFolder f = ResultsFolder.open(nested, "r")) {
            assertEquals(nested.resolve("r"), f.commit());
        }
        assertTrue(Files.isDirectory(nested.resolve("r")));
    }
}
