package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark of {@code bench --job}: the default job ({@code run SCENARIO}, every file written) beside the
 * same replications in a process that writes nothing ({@code bench --no-output}), each in a fresh JVM started
 * like this one (same java, JVM options and class path), alternating A B A B; then the cold and warm run-year of
 * {@code bench --cold-warm} in a fresh JVM. CPU seconds are the child process's own (all its threads: model,
 * output, JIT compiler and garbage collector), read by the child at exit; wall seconds are timed here.
 */
final class JobBench {
    /** System property naming the file a child writes its CPU and wall milliseconds to when it exits. */
    static final String CPU_FILE_PROPERTY = "conflictsim.cpuFile";

    private JobBench() {
    }

    /** Registers a shutdown hook that writes {@code cpuMs wallMs} of this JVM to {@code file}. */
    static void reportCpuAtExit(Path file) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long cpuNs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long wallMs = ManagementFactory.getRuntimeMXBean().getUptime();
            try {
                Files.writeString(file, (cpuNs / 1_000_000) + " " + wallMs + "\n", StandardCharsets.US_ASCII);
            } catch (IOException e) {
                // the parent reports the missing figure
            }
        }));
    }

    /** One child process measured: CPU and wall seconds, and what it printed. */
    record Measured(double cpuS, double wallS, String out) {
    }

    /** This JVM's options that a child inherits (not the agent, the CPU file or the class-archive dump). */
    static List<String> jvmOptions() {
        List<String> opts = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-D" + CPU_FILE_PROPERTY + "=") && !a.startsWith("-agentlib")
                    && !a.startsWith("-XX:ArchiveClassesAtExit")) {
                opts.add(a);
            }
        }
        return opts;
    }

    /** Runs {@code conflictsim ARGS} in a fresh JVM started like this one. */
    static Measured child(Path work, String... args) throws IOException, InterruptedException {
        Path cpu = Files.createTempFile(work, "cpu-", ".txt");
        Path log = Files.createTempFile(work, "out-", ".txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions());
        cmd.add("-D" + CPU_FILE_PROPERTY + "=" + cpu);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IOException("conflictsim " + String.join(" ", args) + " exited with " + code + ":\n" + out);
        }
        String[] f = Files.readString(cpu, StandardCharsets.US_ASCII).trim().split(" ");
        if (f.length != 2) {
            throw new IOException("conflictsim " + String.join(" ", args) + " reported no CPU time");
        }
        return new Measured(Long.parseLong(f[0]) / 1e3, wall, out);
    }

    /**
     * Prints the table of the benchmark.
     *
     * @param scenario the job's scenario
     * @param pairs    how many A B pairs
     * @param threads  threads for both (as {@code run --threads}), or null for all cores
     */
    static void run(PrintWriter o, Path scenario, int pairs, Integer threads) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("conflictsim-bench-job");
        try {
            List<String> t = threads == null ? List.of() : List.of("--threads", threads.toString());
            o.printf(Locale.ROOT, "default job: conflictsim run %s%s (every file written) against the same runs with"
                    + " no output (bench --no-output), each in a fresh JVM, %d pair%s%n", scenario,
                    threads == null ? "" : " --threads " + threads, pairs, pairs == 1 ? "" : "s");
            o.printf(Locale.ROOT, "JVM options of both: %s%n", String.join(" ", jvmOptions()));
            o.printf(Locale.ROOT, "%-6s %14s %14s %14s %14s%n", "pair", "job CPU s", "job wall s", "no-out CPU s",
                    "no-out wall s");
            o.flush();
            double[] jobCpu = new double[pairs];
            double[] jobWall = new double[pairs];
            double[] simCpu = new double[pairs];
            double[] simWall = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                List<String> job = new ArrayList<>(List.of("run", scenario.toString(), "--out",
                        work.resolve("job-" + i).toString()));
                job.addAll(t);
                Measured a = child(work, job.toArray(String[]::new));
                List<String> sim = new ArrayList<>(List.of("bench", "--no-output", scenario.toString()));
                sim.addAll(t);
                Measured b = child(work, sim.toArray(String[]::new));
                jobCpu[i] = a.cpuS();
                jobWall[i] = a.wallS();
                simCpu[i] = b.cpuS();
                simWall[i] = b.wallS();
                o.printf(Locale.ROOT, "%-6d %14.2f %14.2f %14.2f %14.2f%n", i + 1, a.cpuS(), a.wallS(), b.cpuS(),
                        b.wallS());
                o.flush();
            }
            double jc = median(jobCpu);
            double sc = median(simCpu);
            double jw = median(jobWall);
            double sw = median(simWall);
            o.printf(Locale.ROOT, "%-6s %14.2f %14.2f %14.2f %14.2f%n", "median", jc, jw, sc, sw);
            o.printf(Locale.ROOT, "job / no output: CPU %.2fx, wall %.2fx%n", jc / sc, jw / sw);
            double[] coldWall = new double[pairs];
            double[] coldCpu = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                Measured cw = child(work, "bench", "--cold-warm", scenario.toString());
                String wallLine = line(cw, "cold run-year");
                String cpuLine = line(cw, "run thread CPU");
                o.println(wallLine);
                o.println("  " + cpuLine);
                coldWall[i] = ratio(wallLine);
                coldCpu[i] = ratio(cpuLine);
                o.flush();
            }
            if (pairs > 1) {
                o.printf(Locale.ROOT, "cold/warm, median of %d fresh JVMs: wall %.2fx, run thread CPU %.2fx%n", pairs,
                        median(coldWall), median(coldCpu));
            }
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String line(Measured m, String prefix) throws IOException {
        return m.out().lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IOException("bench --cold-warm printed no '" + prefix + "' line:\n" + m.out()));
    }

    /** The ratio at the end of a cold/warm line ({@code ...: cold/warm 1.23x...}). */
    static double ratio(String line) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cold/warm ([0-9.]+)x").matcher(line);
        if (!m.find()) {
            throw new IOException("no cold/warm ratio in: " + line);
        }
        return Double.parseDouble(m.group(1));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
