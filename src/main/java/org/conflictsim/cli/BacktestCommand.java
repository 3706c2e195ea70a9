package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictsim.experiment.HistoryChecks;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.console.RunSummary;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.ResultsFolder;
import org.conflictsim.output.results.RunWriter;
import org.conflictsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflictsim backtest}: runs the historical backtest scenario many times and compares the
 * simulated capture dates and Rubaya revenue with what happened.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Checks the model against what happened in 2025 (a backtest).",
            "",
            "Runs scenarios/backtest-2024-12.yaml (200 replications by default) and",
            "compares simulated capture dates of Sake, Goma, Kavumu and Bukavu and M23's",
            "Rubaya revenue with what happened. Writes backtest.csv, runs.csv, a chart of",
            "the capture dates (PNG, SVG) and a manifest to a new results folder.",
            "Prints and writes (scores.csv) proper scores with skill against null models,",
            "and checks the year to 30 Nov 2025 against what happened (checks.csv):",
            "Goma's and Bukavu's falls, the places that held, recaptures, M23's area."},
        footer = ExitCodes.HELP)
public final class BacktestCommand implements Callable<Integer> {
    /** Actual capture dates (the day the town was taken; ranges in sources resolved to the later day). */
    static final List<Actual> ACTUALS = List.of(
            new Actual("sake", LocalDate.of(2025, 1, 23), "press reports: Sake fell 21-26 Jan 2025"),
            new Actual("goma", LocalDate.of(2025, 1, 27), "press reports: Goma fell 26-27 Jan 2025"),
            new Actual("kavumu", LocalDate.of(2025, 2, 14), "press reports: Kavumu airport taken 14 Feb 2025"),
            new Actual("bukavu", LocalDate.of(2025, 2, 16), "press reports: Bukavu fell 14-16 Feb 2025"));
    /** UN Group of Experts (Dec 2024): M23 earns at least US$0.8 million a month from Rubaya. */
    static final double UN_RUBAYA_USD_PER_MONTH = 800_000;

    /** One actual event. */
    record Actual(String place, LocalDate date, String source) {
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/backtest-2024-12.yaml",
            description = "backtest scenario (default: ${DEFAULT-VALUE})")
    private Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "200", description = "replications (default: ${DEFAULT-VALUE})")
    private int reps;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class, description = "master seed (default: the scenario's)")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a scenario value (calibration)")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        int nThreads = OptionChecks.threads(threads);
        if (!OptionChecks.inRange(spec.commandLine().getErr(), "--reps", reps, 1, OptionChecks.MAX_REPS, "")
                || !OptionChecks.threads(spec.commandLine().getErr(), nThreads)) {
            return ExitCodes.USAGE;
        }
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, sets);
        Scenario sc = loaded.scenario();
        long master = seed != null ? seed : sc.seed();
        List<RunResult> runs;
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("backtest").setInitialMax(reps)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                        WriterStream.of(spec.commandLine().getErr()))).setUpdateIntervalMillis(250).build()) {
            runs = Replications.run(sc, master, reps, sc.days(), nThreads, pb::stepTo);
        }
        Backtest bt = Backtest.of(sc.start(), runs);
        bt.print(o);
        List<BacktestScores.Row> scores = BacktestScores.of(sc.start(), sc.days(), runs);
        BacktestScores.print(o, scores);
        List<HistoryChecks.Check> checks = HistoryChecks.evaluate(sc, runs);
        printChecks(o, checks, runs.size());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir;
        try (ResultsFolder folder = ResultsFolder.open(out, "backtest-" + stamp + "-seed" + master)) {
            bt.writeCsv(folder.file("backtest.csv"));
            BacktestScores.writeCsv(folder.file("scores.csv"), scores);
            AtomicWrite.writeText(folder.file("checks.csv"), w -> {
                w.write("check,measured,target,met\n");
                for (HistoryChecks.Check c : checks) {
                    w.write(org.conflictsim.files.CsvField.field(c.name()) + ","
                            + org.conflictsim.files.CsvField.field(c.measured()) + ","
                            + org.conflictsim.files.CsvField.field(c.target()) + "," + c.met() + "\n");
                }
            });
            java.util.List<org.conflictsim.output.charts.BacktestChart.PlaceDates> dates = new ArrayList<>();
            for (Backtest.PlaceFit p : bt.places()) {
                dates.add(new org.conflictsim.output.charts.BacktestChart.PlaceDates(placeName(sc, p.actual().place()),
                        p.days(), reps, p.actual().date()));
            }
            org.conflictsim.output.charts.ChartFiles.write(org.conflictsim.output.charts.BacktestChart.of(sc.start(),
                    sc.start().plusDays(sc.days() - 1), dates), folder.file("."));
            RunWriter.runs(folder.file("runs.csv"), runs);
            RunWriter.events(folder.file("events.csv"), runs);
            AtomicWrite.writeString(folder.file("scenario.yaml"), loaded.resolved());
            com.fasterxml.jackson.databind.node.ObjectNode m = RunWriter.object();
            m.put("tool", "conflictsim");
            m.put("version", Main.version());
            m.put("gitCommit", Provenance.gitCommit());
            m.put("command", "backtest");
            m.put("scenario", sc.id());
            m.put("scenarioSha256", Provenance.sha256(loaded.text()));
            m.put("resolvedScenarioSha256", Provenance.sha256(loaded.resolved()));
            m.put("masterSeed", Long.toUnsignedString(master));
            m.put("seedDerivation", org.conflictsim.experiment.Seeds.FORMULA);
            m.put("replications", reps);
            com.fasterxml.jackson.databind.node.ArrayNode ov = m.putArray("overrides");
            sets.forEach(ov::add);
            RunWriter.json(folder.file("manifest.json"), m);
            dir = folder.commit();
        } catch (IOException e) {
            throw new OutputException("cannot write results under " + out + ": " + e.getMessage(), e);
        }
        o.println();
        o.println("Results: " + dir);
        return ExitCodes.OK;
    }

    /** Prints the checks of the year against what happened (issue "Limits of war"). */
    static void printChecks(PrintWriter o, List<HistoryChecks.Check> checks, int runs) {
        if (checks.isEmpty()) {
            return;
        }
        o.printf(Locale.ROOT, "%nThe year against what happened (%d runs; to %s)%n", runs, HistoryChecks.END);
        int w = checks.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        for (HistoryChecks.Check c : checks) {
            o.printf(Locale.ROOT, "  %-" + w + "s  %-8s %s   [target: %s]%n", c.name(), c.met() ? "met" : "NOT MET",
                    c.measured(), c.target());
        }
        long met = checks.stream().filter(HistoryChecks.Check::met).count();
        o.printf(Locale.ROOT, "  %d of %d checks met%n", met, checks.size());
        o.flush();
    }

    private static String placeName(Scenario sc, String id) {
        return sc.world().places().stream().filter(p -> p.id().equals(id)).map(p -> p.name()).findFirst().orElse(id);
    }

    /** The backtest's figures, computed from runs. */
    record Backtest(LocalDate start, int runs, List<PlaceFit> places, double bukavuAfterGomaShare, int bothFell,
                    double[] rubayaM23PerMonth) {

        /** Simulated capture days of one place against the actual date. */
        record PlaceFit(Actual actual, double[] days, int captured) {
            double median() {
                return Band.quantile(days, 0.5);
            }

            /** Median minus actual, days (positive: the model is late). */
            double error(LocalDate start) {
                return median() - java.time.temporal.ChronoUnit.DAYS.between(start, actual.date());
            }
        }

        static Backtest of(LocalDate start, List<RunResult> runs) {
            List<PlaceFit> fits = new ArrayList<>();
            for (Actual a : ACTUALS) {
                double[] d = runs.stream().mapToDouble(r -> r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of(a.place()), Double.NaN))
                        .filter(x -> !Double.isNaN(x)).sorted().toArray();
                fits.add(new PlaceFit(a, d, d.length));
            }
            int both = 0;
            int after = 0;
            for (RunResult r : runs) {
                double g = r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of("goma"), Double.NaN);
                double b = r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of("bukavu"), Double.NaN);
                if (!Double.isNaN(g) && !Double.isNaN(b)) {
                    both++;
                    if (b > g) {
                        after++;
                    }
                }
            }
            double[] rubaya = runs.stream().mapToDouble(Backtest::rubayaM23).sorted().toArray();
            return new Backtest(start, runs.size(), fits, both == 0 ? Double.NaN : (double) after / both, both, rubaya);
        }

        /** Mean monthly tax M23 collected at Rubaya over the days it held the mine, US$/month (0 if never). */
        static double rubayaM23(RunResult r) {
            org.conflictsim.model.observe.Series s = r.series();
            int tax = s.id(Metric.MINE_TAX_USD.id(), "rubaya");
            int ctl = s.id(Metric.MINE_CONTROLLER.id(), "rubaya");
            int m23 = factionIndex(s, "M23");
            double sum = 0;
            int days = 0;
            for (int d = 0; d < s.days(); d++) {
                if ((int) s.get(ctl, d) == m23) {
                    sum += s.get(tax, d);
                    days++;
                }
            }
            return days == 0 ? 0 : sum / days * org.conflictsim.experiment.Outcomes.DAYS_PER_MONTH;
        }

        /** Index of a faction in scenario order, read from the order of the territory_share series. */
        private static int factionIndex(org.conflictsim.model.observe.Series s, String id) {
            int i = 0;
            for (org.conflictsim.model.observe.Series.Key k : s.keys()) {
                if (Metric.TERRITORY_SHARE.names(k.metric())) {
                    if (k.entity().equals(id)) {
                        return i;
                    }
                    i++;
                }
            }
            return -1;
        }

        void print(PrintWriter o) {
            o.printf(Locale.ROOT, "%nBacktest over %d runs (start %s)%n", runs, start);
            o.printf(Locale.ROOT, "%-8s %10s %8s %12s %12s %12s %12s%n", "place", "actual", "fell in", "median", "5%",
                    "95%", "median-actual");
            for (PlaceFit p : places) {
                if (p.captured() == 0) {
                    o.printf(Locale.ROOT, "%-8s %10s %8s %12s%n", p.actual().place(), p.actual().date(), "0/" + runs, "-");
                    continue;
                }
                o.printf(Locale.ROOT, "%-8s %10s %8s %12s %12s %12s %+12.0f d%n", p.actual().place(), p.actual().date(),
                        p.captured() + "/" + runs, date(p.median()), date(Band.quantile(p.days(), 0.05)),
                        date(Band.quantile(p.days(), 0.95)), p.error(start));
            }
            o.printf(Locale.ROOT, "Bukavu after Goma in %.0f%% of the %d runs where both fell%n", 100 * bukavuAfterGomaShare,
                    bothFell);
            o.printf(Locale.ROOT, "M23 tax at Rubaya while holding it: median US$%s/month (5%%-95%%: %s-%s); UN estimate >= US$%s/month%n",
                    RunSummary.human(Band.quantile(rubayaM23PerMonth, 0.5)),
                    RunSummary.human(Band.quantile(rubayaM23PerMonth, 0.05)),
                    RunSummary.human(Band.quantile(rubayaM23PerMonth, 0.95)), RunSummary.human(UN_RUBAYA_USD_PER_MONTH));
            o.flush();
        }

        private String date(double day) {
            return Double.isNaN(day) ? "-" : start.plusDays(Math.round(day)).toString();
        }

        void writeCsv(Path file) throws IOException {
            AtomicWrite.writeText(file, w -> {
                w.write("measure,entity,actual,simulated_median,simulated_p05,simulated_p95,share_of_runs,source\n");
                for (PlaceFit p : places) {
                    w.write(String.format(Locale.ROOT, "capture_date,%s,%s,%s,%s,%s,%s,\"%s\"%n", p.actual().place(),
                            p.actual().date(), date(p.median()), date(Band.quantile(p.days(), 0.05)),
                            date(Band.quantile(p.days(), 0.95)), (double) p.captured() / runs, p.actual().source()));
                }
                w.write(String.format(Locale.ROOT, "bukavu_after_goma,,,,,,%s,\"share of runs where both fell\"%n",
                        Double.isNaN(bukavuAfterGomaShare) ? "" : Double.toString(bukavuAfterGomaShare)));
                w.write(String.format(Locale.ROOT, "rubaya_m23_usd_per_month,M23,%.0f,%.0f,%.0f,%.0f,,\"UN Group of Experts Dec 2024 (at least)\"%n",
                        UN_RUBAYA_USD_PER_MONTH, Band.quantile(rubayaM23PerMonth, 0.5),
                        Band.quantile(rubayaM23PerMonth, 0.05), Band.quantile(rubayaM23PerMonth, 0.95)));
            });
        }
    }
}
