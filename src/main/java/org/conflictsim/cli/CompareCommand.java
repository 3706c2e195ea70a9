package org.conflictsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.compare.Comparison;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.PairedRuns;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.report.CompareHeadline;
import org.conflictsim.output.report.ResultsRendering;
import org.conflictsim.output.results.BandsTable;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.ComparisonCsv;
import org.conflictsim.output.results.ResultsFolder;
import org.conflictsim.output.results.RunWriter;
import org.conflictsim.scenario.Problem;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conflictsim compare A.yaml B.yaml ...}: runs every scenario with the same replicate seeds (common
 * random numbers) and compares each with the first by paired tests.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares scenarios run with common random numbers (paired tests).",
            "",
            "Runs two or more scenarios with the same replicate seeds and compares every",
            "numeric outcome of runs.csv with the first scenario: mean and 95%% CI per",
            "scenario, the paired difference with its 95%% CI, %% change, paired t-test,",
            "Wilcoxon signed-rank test and effect sizes d_z and d_av. A place not taken",
            "by the horizon is censored there: capture_share.PLACE compares how often it",
            "was taken (Newcombe CI, exact McNemar test), capture_rmst.PLACE when",
            "(restricted mean days to capture), with every replicate. Prints an answer",
            "to each scenario's question and the headline outcomes that differ clearly",
            "(CI excludes 0, difference at least the outcome's resolution), and writes a",
            "new folder with comparison.csv (with unit and verdict per outcome),",
            "bands.csv (daily mean and 5-95%% range of the headline series),",
            "SCENARIO/runs.csv and SCENARIO/events.csv for each scenario, manifest.json,",
            "charts/ and report.html."},
        footer = ExitCodes.HELP)
public final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "scenario files; the first is the reference")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20",
            description = "replications per scenario (default: ${DEFAULT-VALUE})")
    private int reps;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class, description = "master seed (default: the first scenario's seed)")
    private Long seed;

    @Option(names = "--days", paramLabel = "N", description = "days to simulate (default: the first scenario's days)")
    private Integer days;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @picocli.CommandLine.Mixin
    private StrictOption strict = new StrictOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = OptionChecks.threads(threads);
        if (!OptionChecks.inRange(err, "--reps", reps, 2, OptionChecks.MAX_REPS, "(paired tests need 2 or more)")
                || !OptionChecks.days(err, days) || !OptionChecks.threads(err, nThreads)) {
            return ExitCodes.USAGE;
        }
        List<ScenarioLoader.Loaded> loaded = loadAll();
        List<Scenario> scenarios = loaded.stream().map(ScenarioLoader.Loaded::scenario).toList();
        List<String> labels = labels(scenarios);
        Scenario ref = scenarios.get(0);
        long master = seed != null ? seed : ref.seed();
        int nDays = days != null ? days : ref.days();
        int warnings = 0;
        for (ScenarioLoader.Loaded l : loaded) {
            warnings += StrictOption.print(err, l, nDays, days != null);
        }
        if (!strict.allows(err, warnings)) {
            return ExitCodes.INVALID;
        }
        o.printf("ConflictSim %s: compare %s; %d replications each of %d days, master seed %s, %d thread%s%n",
                Main.version(), String.join(" vs ", labels), reps, nDays, Long.toUnsignedString(master), nThreads, nThreads == 1 ? "" : "s");
        for (int k = 1; k < scenarios.size(); k++) {
            if (!scenarios.get(k).start().equals(ref.start())) {
                o.printf("note: %s starts on %s, %s on %s; capture days count from each scenario's own start%n",
                        labels.get(k), scenarios.get(k).start(), labels.get(0), ref.start());
            }
        }
        o.flush();
        int total = reps * scenarios.size();
        List<List<RunResult>> results;
        try (Interrupt interrupt = Interrupt.announce(err, "interrupted: compare writes its folder only when every run"
                + " is done, so nothing was written; run the same command again");
             ProgressBar pb = new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(WriterStream.of(err)))
                .setUpdateIntervalMillis(250).build()) {
            results = PairedRuns.run(scenarios, master, reps, nDays, nThreads, pb::stepTo);
        }
        List<Comparison.Sample> samples = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            samples.add(new Comparison.Sample(labels.get(k), results.get(k).stream().map(RunResult::outcomes).toList()));
        }
        List<ComparisonRow> rows = Comparison.rows(samples, nDays);

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir;
        try (ResultsFolder folder = ResultsFolder.open(out, folderName(labels) + "-" + stamp + "-seed" + master)) {
            ComparisonCsv.write(folder.file(CompareFolder.COMPARISON), rows);
            BandsTable.of(labels, scenarios.stream().map(Scenario::start).toList(), results)
                    .write(folder.file(CompareFolder.BANDS));
            for (int k = 0; k < scenarios.size(); k++) {
                Path sub = folder.file(labels.get(k));
                Files.createDirectories(sub);
                RunWriter.runs(sub.resolve("runs.csv"), results.get(k));
                RunWriter.events(sub.resolve("events.csv"), results.get(k));
                AtomicWrite.writeString(sub.resolve("scenario.yaml"), loaded.get(k).resolved());
            }
            RunWriter.json(folder.file("manifest.json"), manifest(loaded, labels, master, nDays, nThreads,
                    results.get(0)));
            dir = folder.commit();
        } catch (IOException e) {
            throw new OutputException("cannot write results under " + out + ": " + e.getMessage(), e);
        }
        results = null; // the charts are drawn from the files; let the runs go
        try {
            ResultsRendering.renderCompare(dir);
        } catch (IOException e) {
            throw new OutputException("data written to " + dir + ", but not the charts (" + e.getMessage()
                    + "); retry with: conflictsim chart " + dir, e);
        }
        o.println();
        try {
            CompareFolder folder = CompareFolder.read(dir);
            ComparisonSummary.print(o, folder.labels().get(0), reps, nDays, CompareHeadline.of(folder));
        } catch (IOException e) {
            throw new OutputException("results written to " + dir + ", but they cannot be read back for the summary ("
                    + e.getMessage() + ")", e);
        }
        o.println();
        o.println("Results: " + dir + " (report: " + dir.resolve(ResultsRendering.REPORT) + ")");
        o.flush();
        return ExitCodes.OK;
    }

    /** Loads every file and reports the problems of all of them together. */
    private List<ScenarioLoader.Loaded> loadAll() throws ScenarioException {
        List<ScenarioLoader.Loaded> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ScenarioException.Kind worst = null;
        for (Path f : files) {
            try {
                loaded.add(ScenarioLoader.load(f, List.of()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                if (worst == null || e.kind() == ScenarioException.Kind.NOT_FOUND) {
                    worst = e.kind();
                }
            }
        }
        if (worst != null) {
            throw new ScenarioException(worst, problems);
        }
        return loaded;
    }

    /** Scenario ids, made unique by a suffix -2, -3, ... where two files share an id. */
    static List<String> labels(List<Scenario> scenarios) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Scenario sc : scenarios) {
            String base = sc.id().replaceAll("[^A-Za-z0-9._-]", "_");
            String label = base;
            for (int i = 2; !used.add(label); i++) {
                label = base + "-" + i;
            }
            out.add(label);
        }
        return out;
    }

    private static String folderName(List<String> labels) {
        String all = "compare-" + String.join("-vs-", labels);
        if (all.length() <= 100) {
            return all;
        }
        return "compare-" + labels.get(0) + "-and-" + (labels.size() - 1) + "-more";
    }

    private ObjectNode manifest(List<ScenarioLoader.Loaded> loaded, List<String> labels, long master, int nDays,
                                int nThreads, List<RunResult> runs) throws IOException {
        ObjectNode m = RunWriter.object();
        m.put("tool", "conflictsim");
        m.put("version", Main.version());
        m.put("gitCommit", Provenance.gitCommit());
        m.put("command", "compare");
        ArrayNode args = m.putArray("commandLine");
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            args.add(a);
        }
        ArrayNode scs = m.putArray("scenarios");
        for (int k = 0; k < loaded.size(); k++) {
            ScenarioLoader.Loaded l = loaded.get(k);
            ObjectNode s = scs.addObject();
            s.put("label", labels.get(k));
            s.put("id", l.scenario().id());
            s.put("file", l.file() == null ? "" : l.file().toString());
            s.put("sha256", Provenance.sha256(l.text()));
            s.put("resolvedSha256", Provenance.sha256(l.resolved()));
            s.put("start", l.scenario().start().toString());
            s.put("reference", k == 0);
        }
        m.put("masterSeed", Long.toUnsignedString(master));
        m.put("seedDerivation", Seeds.FORMULA);
        m.put("commonRandomNumbers", "replicate r of every scenario uses runSeed(master, 0, r)");
        ArrayNode seeds = m.putArray("runSeeds");
        runs.forEach(r -> seeds.add(Long.toUnsignedString(r.seed())));
        m.put("replications", runs.size());
        m.put("days", nDays);
        m.put("threads", nThreads);
        m.put("statistics", "mean with 95% t interval (Wilson interval for capture_share); paired difference to the"
                + " first scenario with 95% t interval (Newcombe's method 10 for capture_share, with the exact McNemar"
                + " test); paired t-test (commons-math3); Wilcoxon signed-rank test, zero differences dropped, exact up"
                + " to 200 pairs; effect sizes d_z = mean/SD of the differences and d_av = mean difference/mean of the"
                + " two SDs; capture_rmst = restricted mean days to capture, a place not taken censored at the horizon;"
                + " capture_day differences withheld when a place was taken in only one run of a pair; verdict:"
                + " 'differs' when the 95% interval leaves out 0 and |difference| >= the outcome's resolution");
        ObjectNode jvm = m.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("created", java.time.OffsetDateTime.now().withNano(0).toString());
        return m;
    }
}
