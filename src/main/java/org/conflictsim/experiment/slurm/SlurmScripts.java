package org.conflictsim.experiment.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The batch scripts that run a sweep on a SLURM cluster: an array job with one task per shard (each task
 * runs {@code sweep --shard i/n --resume} into its own SQLite file, so a requeued task continues where it
 * stopped), a merge job that depends on the whole array ({@code afterok}) and merges and exports the
 * shards, and a submit script that submits both.
 *
 * @param name       sweep name (job names and log files)
 * @param shards     number of array tasks, ≥ 1
 * @param command    the command line that starts ConflictSim, already quoted for bash (java, JVM options, jar
 *                   or class path)
 * @param sweepFile  absolute path of the sweep file
 * @param outDir     absolute output folder given to {@code sweep --out}
 * @param storeDir   absolute folder of the stores ({@code outDir/name})
 * @param workDir    folder the jobs run in
 * @param partition  partition, or null for the cluster's default
 * @param time       time limit per task HH:MM:SS (or D-HH:MM:SS), or null
 * @param mem        memory per task as SLURM writes it (e.g. 4G, 4000M), or null
 * @param cpus       CPUs per task (the sweep's --threads), ≥ 1
 * @param gitCommit  commit recorded in the stores (the jobs may run where git is not available)
 */
public record SlurmScripts(String name, int shards, String command, Path sweepFile, Path outDir, Path storeDir,
                           Path workDir, String partition, String time, String mem, int cpus, String gitCommit) {

    private static final Pattern TIME = Pattern.compile("(\\d+-)?\\d{1,3}:\\d{2}:\\d{2}");
    private static final Pattern MEM = Pattern.compile("(\\d+)([KMGT]?)");

    /**
     * Checks a time limit as sbatch accepts it here: {@code HH:MM:SS} or {@code D-HH:MM:SS}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static String checkTime(String time) {
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("--time must be HH:MM:SS or D-HH:MM:SS, got '" + time + "'");
        }
        return time;
    }

    /**
     * Megabytes of a memory size as sbatch writes it: a number with an optional unit K, M (default), G or T.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static long megabytes(String mem) {
        var m = MEM.matcher(mem.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--mem must be a size such as 4000M or 4G, got '" + mem + "'");
        }
        long n = Long.parseLong(m.group(1));
        long mb = switch (m.group(2)) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            case "T" -> n * 1024 * 1024;
            default -> n;
        };
        if (mb < 256) {
            throw new IllegalArgumentException("--mem must be at least 256M for the JVM, got '" + mem + "'");
        }
        return mb;
    }

    /** The JVM heap for a task with {@code mem}: 75% of it, leaving room for the JVM itself and SQLite. */
    public static String heapOption(String mem) {
        return mem == null ? "" : "-Xmx" + megabytes(mem) * 3 / 4 + "m";
    }

    /** Single-quotes a word for bash. */
    public static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private List<String> header(String jobName, String log) {
        List<String> h = new ArrayList<>();
        h.add("#!/bin/bash");
        h.add("#SBATCH --job-name=" + jobName);
        h.add("#SBATCH --output=" + log);
        if (partition != null) {
            h.add("#SBATCH --partition=" + partition);
        }
        if (time != null) {
            h.add("#SBATCH --time=" + time);
        }
        if (mem != null) {
            h.add("#SBATCH --mem=" + mem);
        }
        return h;
    }

    private Path logs() {
        return storeDir.resolve("slurm").resolve("logs");
    }

    /** The array job: task i runs shard i of n. */
    public String array() {
        List<String> l = header("cs-" + name, logs().resolve("shard-%a.out").toString());
        l.add("#SBATCH --array=0-" + (shards - 1));
        l.add("#SBATCH --ntasks=1");
        l.add("#SBATCH --cpus-per-task=" + cpus);
        l.add("# ConflictSim sweep " + name + ": task i of this array runs shard i/" + shards + " into");
        l.add("# " + storeDir.resolve("shard-i-of-" + shards + ".sqlite") + "; with --resume a requeued task");
        l.add("# continues where it stopped (no run lost or done twice).");
        l.add("set -euo pipefail");
        l.add("cd " + quote(workDir.toString()));
        l.add("export CONFLICTSIM_GIT_COMMIT=" + quote(gitCommit));
        l.add(command + " sweep " + quote(sweepFile.toString()) + " --out " + quote(outDir.toString())
                + " --shard \"${SLURM_ARRAY_TASK_ID}/" + shards + "\" --threads \"${SLURM_CPUS_PER_TASK:-" + cpus
                + "}\" --resume");
        return String.join("\n", l) + "\n";
    }

    /** The merge job: merges the shards into {@code sweep.sqlite} and exports it to CSV. */
    public String merge() {
        List<String> l = header("cs-" + name + "-merge", logs().resolve("merge.out").toString());
        l.add("#SBATCH --ntasks=1");
        l.add("#SBATCH --cpus-per-task=1");
        l.add("# Runs after every task of the array succeeded (submitted with --dependency=afterok).");
        l.add("set -euo pipefail");
        l.add("cd " + quote(workDir.toString()));
        l.add("export CONFLICTSIM_GIT_COMMIT=" + quote(gitCommit));
        StringBuilder m = new StringBuilder(command).append(" merge ")
                .append(quote(storeDir.resolve("sweep.sqlite").toString()));
        for (int i = 0; i < shards; i++) {
            m.append(" \\\n    ").append(quote(storeDir.resolve("shard-" + i + "-of-" + shards + ".sqlite").toString()));
        }
        l.add(m.toString());
        l.add(command + " export " + quote(storeDir.resolve("sweep.sqlite").toString()));
        return String.join("\n", l) + "\n";
    }

    /** Submits the array job, then the merge job depending on it. */
    public String submit(Path arrayScript, Path mergeScript) {
        List<String> l = new ArrayList<>();
        l.add("#!/bin/bash");
        l.add("# Submits the sweep " + name + " as a SLURM array of " + shards + " shards and the merge job that runs");
        l.add("# when all of them have succeeded.");
        l.add("set -euo pipefail");
        l.add("mkdir -p " + quote(logs().toString()));
        l.add("array=$(sbatch --parsable " + quote(arrayScript.toString()) + ")");
        l.add("array=${array%%;*}");
        l.add("merge=$(sbatch --parsable --dependency=afterok:\"$array\" " + quote(mergeScript.toString()) + ")");
        l.add("merge=${merge%%;*}");
        l.add("echo \"submitted array job $array (" + shards + " shards) and merge job $merge (after all shards succeed)\"");
        l.add("echo \"array=$array merge=$merge\" > " + quote(storeDir.resolve("slurm").resolve("jobs").toString()));
        return String.join("\n", l) + "\n";
    }
}
