package org.conflictsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.sweep.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards, merge and the SLURM scripts, through the command line. */
class ShardMergeTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path in;

    @TempDir
    Path out;

    private Path sweep(String name, long seed) throws IOException {
        Path f = in.resolve(name + ".yaml");
        Files.writeString(f, SweepCommandTest.sweepText(seed), StandardCharsets.UTF_8);
        return f;
    }

    /** runs.csv without wall_ms and finished_at (columns 6 and 7). */
    private static List<String> runsWithoutTimes(Path csvDir) throws IOException {
        return Files.readAllLines(csvDir.resolve("runs.csv")).stream().map(l -> {
            String[] c = l.split(",", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                if (i != 5 && i != 6) {
                    sb.append(c[i]).append(',');
                }
            }
            return sb.toString();
        }).collect(Collectors.toList());
    }

    @Test
    void mergedShardsEqualTheWholeSweep() throws IOException {
        Path f = sweep("m", 3);
        Path cluster = out.resolve("cluster");
        for (String s : List.of("0/3", "1/3", "2/3")) {
            assertEquals(ExitCodes.OK, Cli.run("sweep", f.toString(), "--out", cluster.toString(), "--shard", s).code());
        }
        Path dir = cluster.resolve("m");
        Path merged = dir.resolve("sweep.sqlite");
        Cli.Result r = Cli.run("merge", merged.toString(), dir.resolve("shard-0-of-3.sqlite").toString(),
                dir.resolve("shard-1-of-3.sqlite").toString(), dir.resolve("shard-2-of-3.sqlite").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("merged 3 stores into " + merged + ": 10 of 10 runs (0 failed)" + NL
                + "no run is missing" + NL + "charts: " + dir.resolve("charts") + " ("), r.out());
        assertTrue(r.out().endsWith("report: " + dir.resolve("report.html") + NL), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")), "a complete merge gets charts and report");
        Path local = out.resolve("local");
        assertEquals(ExitCodes.OK, Cli.run("sweep", f.toString(), "--out", local.toString(), "--threads", "2").code());
        assertEquals(ExitCodes.OK, Cli.run("export", merged.toString()).code());
        assertEquals(ExitCodes.OK, Cli.run("export", local.resolve("m").resolve("sweep.sqlite").toString()).code());
        Path a = dir.resolve("m-csv");
        Path b = local.resolve("m").resolve("m-csv");
        assertEquals(runsWithoutTimes(b), runsWithoutTimes(a));
        assertEquals(Files.readString(b.resolve("series.csv")), Files.readString(a.resolve("series.csv")));
        assertEquals(Files.readString(b.resolve("points.csv")), Files.readString(a.resolve("points.csv")));

        Cli.Result again = Cli.run("merge", merged.toString(), dir.resolve("shard-0-of-3.sqlite").toString());
        assertEquals(ExitCodes.OUTPUT, again.code());
        assertEquals("error: " + merged + " already exists; merge into a new file" + NL, again.err());
    }

    @Test
    void missingRunsExit4ButTheMergedStoreCanBeResumed() throws IOException {
        Path f = sweep("m", 3);
        Path cluster = out.resolve("cluster");
        assertEquals(ExitCodes.OK, Cli.run("sweep", f.toString(), "--out", cluster.toString(), "--shard", "0/2").code());
        Path dir = cluster.resolve("m");
        Path shard0 = dir.resolve("shard-0-of-2.sqlite");
        Path merged = dir.resolve("sweep.sqlite");
        Cli.Result r = Cli.run("merge", merged.toString(), shard0.toString(), shard0.toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("merged 2 stores into " + merged + ": 5 of 10 runs (0 failed)" + NL
                + "duplicates: 5 runs found in more than one store, kept once: 0 (again in shard-0-of-2.sqlite), 2 (again"
                + " in shard-0-of-2.sqlite), 4 (again in shard-0-of-2.sqlite), 6 (again in shard-0-of-2.sqlite), 8 (again"
                + " in shard-0-of-2.sqlite)" + NL, r.out());
        assertEquals("error: 5 of 10 runs are missing (in no store): 1, 3, 5, 7, 9; run the missing shards, or resume"
                + " the merged store with 'conflictsim sweep " + f + " --resume --out " + cluster + "'" + NL, r.err());
        assertTrue(!Files.exists(dir.resolve("report.html")), "no charts while runs are missing");
        Cli.Result resumed = Cli.run("sweep", f.toString(), "--out", cluster.toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming: 5 of 10 runs are recorded, 5 left"), resumed.out());
        assertTrue(resumed.out().contains("the store holds 10 of 10 runs"), resumed.out());
    }

    @Test
    void storesOfDifferentSweepsAreNotMerged() throws IOException {
        Path a = sweep("a", 3);
        Path b = sweep("b", 4);
        assertEquals(ExitCodes.OK, Cli.run("sweep", a.toString(), "--out", out.toString(), "--shard", "0/2").code());
        assertEquals(ExitCodes.OK, Cli.run("sweep", b.toString(), "--out", out.toString(), "--shard", "1/2").code());
        Path sa = out.resolve("a").resolve("shard-0-of-2.sqlite");
        Path sb = out.resolve("b").resolve("shard-1-of-2.sqlite");
        Cli.Result r = Cli.run("merge", out.resolve("x.sqlite").toString(), sa.toString(), sb.toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("error: " + sb + " belongs to a different sweep than " + sa + " (points_digest differs)" + NL, r.err());
        assertTrue(!Files.exists(out.resolve("x.sqlite")));
        Cli.Result none = Cli.run("merge", out.resolve("y.sqlite").toString(), out.resolve("nope.sqlite").toString());
        assertEquals(ExitCodes.NOT_FOUND, none.code());
    }

    @Test
    void slurmWritesAnArrayAndADependentMergeScript() throws IOException {
        Path f = sweep("s", 3);
        Cli.Result r = Cli.run("slurm", f.toString(), "--shards", "4", "--partition", "short", "--time", "02:00:00",
                "--mem", "2g", "--cpus", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Path slurm = out.toAbsolutePath().resolve("s").resolve("slurm");
        assertTrue(r.out().startsWith("sweep s: 10 runs in 4 shards of about 3 runs (2 CPUs each)" + NL), r.out());
        assertTrue(r.out().contains("  bash " + slurm.resolve("submit.sh")), r.out());
        String array = Files.readString(slurm.resolve("sweep-array.sbatch"));
        for (String line : List.of("#SBATCH --array=0-3", "#SBATCH --cpus-per-task=2", "#SBATCH --partition=short",
                "#SBATCH --time=02:00:00", "#SBATCH --mem=2G", "#SBATCH --output=" + slurm.resolve("logs").resolve("shard-%a.out"))) {
            assertTrue(array.contains(line + "\n"), line + " in\n" + array);
        }
        assertTrue(array.contains(" -Xmx1536m "), "75% of 2G for the heap: " + array);
        assertTrue(array.contains(" sweep " + f.toAbsolutePath() + " --out " + out.toAbsolutePath()
                + " --shard \"${SLURM_ARRAY_TASK_ID}/4\" --threads \"${SLURM_CPUS_PER_TASK:-2}\" --resume\n"), array);
        String merge = Files.readString(slurm.resolve("merge.sbatch"));
        assertTrue(merge.contains(" merge " + out.toAbsolutePath().resolve("s").resolve("sweep.sqlite")), merge);
        assertTrue(merge.contains("shard-3-of-4.sqlite"), merge);
        assertTrue(merge.contains(" export " + out.toAbsolutePath().resolve("s").resolve("sweep.sqlite") + "\n"), merge);
        String submit = Files.readString(slurm.resolve("submit.sh"));
        assertTrue(submit.contains("sbatch --parsable --dependency=afterok:\"$array\" " + slurm.resolve("merge.sbatch")),
                submit);
        assertTrue(Files.isExecutable(slurm.resolve("submit.sh")));

        Cli.Result badTime = Cli.run("slurm", f.toString(), "--shards", "2", "--time", "2h", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, badTime.code());
        assertEquals("error: --time must be HH:MM:SS or D-HH:MM:SS, got '2h'" + NL, badTime.err());
        Cli.Result badMem = Cli.run("slurm", f.toString(), "--shards", "2", "--mem", "lots", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, badMem.code());
        Cli.Result noShards = Cli.run("slurm", f.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, noShards.code());
    }

    @Test
    void theShardOfASlurmArrayTaskComesFromTheEnvironment() {
        assertNull(Shard.fromSlurm(Map.of()));
        assertEquals(new Shard(2, 4), Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4")));
        assertEquals(new Shard(0, 4), Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_COUNT", "4",
                "SLURM_ARRAY_TASK_MIN", "1")), "arrays numbered from 1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "5", "SLURM_ARRAY_TASK_COUNT", "4")));
        assertTrue(e.getMessage().startsWith("SLURM_ARRAY_TASK_ID=5, SLURM_ARRAY_TASK_MIN=0, SLURM_ARRAY_TASK_COUNT=4 do"
                + " not name a shard"), e.getMessage());
        Shard s = Shard.parse(" 1 / 3 ");
        assertEquals(3, s.runsOf(10), "runs 1, 4, 7");
        assertEquals(4, new Shard(0, 3).runsOf(10), "runs 0, 3, 6, 9");
        assertEquals(3, new Shard(2, 3).runsOf(10));
        assertTrue(s.owns(7));
        assertEquals("shard-1-of-3.sqlite", s.storeName());
        assertEquals("sweep.sqlite", Shard.ALL.storeName());
    }
}
