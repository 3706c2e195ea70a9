package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.conflictsim.output.FolderCopy;
import org.conflictsim.output.SmallCompare;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.SmallSweeps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file and folder a command writes has the mode of an ordinary new file or folder under the umask (what
 * {@code touch} or {@code mkdir} would make in the same place), so colleagues on a shared folder can open the
 * report and charts exactly as they can the CSV files; scripts are executable where readable; no temporary file
 * is left behind.
 */
class FileModesTest {
    @TempDir
    Path tmp;

    private static void run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(ExitCodes.OK, code, String.join(" ", args) + ": " + e);
    }

    /** The mode {@code touch} (file) or {@code mkdir} (folder) gives a new entry in {@code dir}. */
    private static Set<PosixFilePermission> ordinary(Path dir, boolean folder) throws IOException {
        Path probe = dir.resolve(".mode-probe-" + System.nanoTime());
        if (folder) {
            Files.createDirectory(probe);
        } else {
            Files.createFile(probe);
        }
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    /** {@code chmod +x} under the umask: an execute bit wherever there is a read bit ({@code r--} to {@code r-x}). */
    private static Set<PosixFilePermission> executable(Set<PosixFilePermission> mode) {
        String rwx = java.nio.file.attribute.PosixFilePermissions.toString(mode);
        StringBuilder x = new StringBuilder(rwx);
        for (int i = 0; i < 9; i += 3) {
            if (rwx.charAt(i) == 'r') {
                x.setCharAt(i + 2, 'x');
            }
        }
        return java.nio.file.attribute.PosixFilePermissions.fromString(x.toString());
    }

    /** Problems with the modes of everything under {@code root} (the root folder included); files counted. */
    private static int check(Path root, List<String> problems) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.sorted().toList();
        }
        int files = 0;
        for (Path p : all) {
            if (p.getFileName().toString().startsWith(".tmp-")) {
                problems.add(p + ": a temporary file was left behind");
                continue;
            }
            boolean folder = Files.isDirectory(p);
            Set<PosixFilePermission> expected = ordinary(p.getParent(), folder);
            if (!folder && p.getParent().getFileName().toString().equals("slurm")) {
                expected = executable(expected);
            }
            Set<PosixFilePermission> actual = Files.getPosixFilePermissions(p);
            if (!actual.equals(expected)) {
                problems.add(p + ": " + java.nio.file.attribute.PosixFilePermissions.toString(actual) + ", expected "
                        + java.nio.file.attribute.PosixFilePermissions.toString(expected));
            }
            files += folder ? 0 : 1;
        }
        return files;
    }

    @Test
    void runCompareSweepChartExportSlurmAndSchemaWriteOrdinaryModes() throws IOException {
        List<String> problems = new ArrayList<>();
        Path run = SmallRun.dir();
        int runFiles = check(run, problems);
        assertTrue(Files.exists(run.resolve("report.html")) && Files.exists(run.resolve("charts").resolve("control.gif")));
        assertTrue(runFiles > 20, "run wrote " + runFiles + " files");
        check(SmallCompare.dir(), problems);
        Path sweep = SmallSweeps.dir(SmallSweeps.Kind.SALTELLI);
        check(sweep, problems);
        assertTrue(Files.exists(sweep.resolve("sensitivity.csv")) && Files.exists(sweep.resolve("sweep.sqlite")));

        Path redrawn = FolderCopy.of(run, tmp.resolve("redrawn"));
        run("chart", redrawn.toString());
        check(redrawn, problems);

        Path export = tmp.resolve("export");
        run("export", SmallSweeps.store(SmallSweeps.Kind.SALTELLI).toString(), "--out", export.toString());
        check(export, problems);

        Path sweepFile = tmp.resolve("s.yaml");
        Files.writeString(sweepFile, SmallSweeps.text(SmallSweeps.Kind.LHS));
        run("slurm", sweepFile.toString(), "--shards", "2", "--out", tmp.resolve("cluster").toString());
        int scripts = check(tmp.resolve("cluster"), problems);
        assertTrue(scripts >= 2, "slurm wrote " + scripts + " files");

        run("schema", "--out", tmp.resolve("schema").toString());
        check(tmp.resolve("schema"), problems);
        assertEquals(List.of(), problems);
    }
}
