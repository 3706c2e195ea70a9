package org.conflictsim.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.slurm.SlurmScripts;
import org.conflictsim.experiment.sweep.SweepLoader;
import org.conflictsim.experiment.sweep.SweepSpec;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.FileModes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim slurm SWEEP.yaml --shards n}: batch scripts that run a sweep as a SLURM array job. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Writes SLURM batch scripts that run a sweep as an array job.",
            "",
            "Checks a sweep file and writes, under DIR/<sweep>/slurm/, an sbatch array",
            "script (one task per shard, each running 'sweep --shard i/n --resume' into",
            "its own store), a merge script (merges and exports the shards; submitted",
            "with --dependency=afterok on the array) and submit.sh, which submits both.",
            "Prints how to submit. The scripts start ConflictSim the way this command was",
            "started (same java, same jar or class path), so they expect the same paths",
            "on the compute nodes."},
        footer = ExitCodes.HELP)
public final class SlurmCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "sweep file")
    private Path sweepFile;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "array tasks (shards), 1 to 10000")
    private int shards;

    @Option(names = "--partition", paramLabel = "P", description = "partition (default: the cluster's default)")
    private String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "time limit per task (default: the partition's)")
    private String time;

    @Option(names = "--mem", paramLabel = "M", description = {"memory per task, e.g. 4G or 4000M (default: the",
        "partition's); the JVM heap is set to 75%% of it"})
    private String mem;

    @Option(names = "--cpus", paramLabel = "N", defaultValue = "1",
            description = "CPUs per task, used as the sweep's --threads (default: ${DEFAULT-VALUE})")
    private int cpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "output folder of the sweep, as for 'sweep --out' (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--java", paramLabel = "PATH", description = "java on the compute nodes (default: the java running this command)")
    private String javaPath;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String heap;
        try {
            if (shards < 1 || shards > 10_000) {
                throw new IllegalArgumentException("--shards must be between 1 and 10000, got " + shards);
            }
            if (cpus < 1 || cpus > 1024) {
                throw new IllegalArgumentException("--cpus must be between 1 and 1024, got " + cpus);
            }
            if (partition != null && !partition.matches("[A-Za-z0-9_.,-]+")) {
                throw new IllegalArgumentException("--partition must be a partition name, got '" + partition + "'");
            }
            SlurmScripts.checkTime(time);
            heap = SlurmScripts.heapOption(mem);
            if (mem != null) {
                mem = mem.trim().toUpperCase(java.util.Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        SweepSpec sw = SweepLoader.load(sweepFile);
        Path outDir = out.toAbsolutePath().normalize();
        Path storeDir = outDir.resolve(sw.name());
        Path slurmDir = storeDir.resolve("slurm");
        SlurmScripts s = new SlurmScripts(sw.name(), shards, launcher(heap), sweepFile.toAbsolutePath().normalize(),
                outDir, storeDir, Path.of("").toAbsolutePath(), partition, time, mem, cpus, Provenance.gitCommit());
        Path array = slurmDir.resolve("sweep-array.sbatch");
        Path merge = slurmDir.resolve("merge.sbatch");
        Path submit = slurmDir.resolve("submit.sh");
        try {
            Files.createDirectories(slurmDir.resolve("logs"));
            write(array, s.array());
            write(merge, s.merge());
            write(submit, s.submit(array, merge));
        } catch (IOException e) {
            throw new OutputException("cannot write the scripts under " + slurmDir + ": " + e.getMessage(), e);
        }
        o.printf("sweep %s: %d runs in %d shards of about %d runs (%d CPU%s each)%n", sw.name(), sw.runCount(), shards,
                (sw.runCount() + shards - 1) / shards, cpus, cpus == 1 ? "" : "s");
        o.println("wrote " + array);
        o.println("      " + merge);
        o.println("      " + submit);
        o.println("submit both with:");
        o.println("  bash " + SlurmScripts.quote(submit.toString()));
        o.println("or by hand:");
        o.println("  jid=$(sbatch --parsable " + SlurmScripts.quote(array.toString()) + ")");
        o.println("  sbatch --dependency=afterok:${jid%%;*} " + SlurmScripts.quote(merge.toString()));
        o.println("the merged store will be " + storeDir.resolve("sweep.sqlite") + ", its CSV export "
                + storeDir.resolve(sw.name() + "-csv"));
        o.flush();
        return ExitCodes.OK;
    }

    /** The command that starts ConflictSim as this JVM was started: java, heap, then -jar or -cp. */
    private String launcher(String heap) {
        String javaBin = javaPath != null ? javaPath : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                cp.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        StringBuilder sb = new StringBuilder(SlurmScripts.quote(javaBin));
        sb.append(" -Djava.awt.headless=true");
        if (!heap.isEmpty()) {
            sb.append(' ').append(heap);
        }
        if (cp.size() == 1 && cp.get(0).endsWith(".jar")) {
            sb.append(" -jar ").append(SlurmScripts.quote(cp.get(0)));
        } else {
            sb.append(" -cp ").append(SlurmScripts.quote(String.join(File.pathSeparator, cp)))
                    .append(" org.conflictsim.cli.Main");
        }
        return sb.toString();
    }

    private static void write(Path file, String text) throws IOException {
        AtomicWrite.writeString(file, text);
        // executable where readable, under the umask; on a file system without modes nothing changes (sbatch and
        // bash read the scripts without the executable bit)
        FileModes.makeExecutable(file);
    }
}
