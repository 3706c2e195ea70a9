package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictsim.experiment.discover.Discovery;
import org.conflictsim.experiment.discover.OutcomeExpression;
import org.conflictsim.experiment.discover.Prim;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.output.results.ResultsFolder;
import org.conflictsim.output.report.DiscoveryRendering;
import org.conflictsim.output.charts.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code conflictsim discover STORE --outcome EXPR}: scenario discovery by PRIM over a sweep store. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Finds parameter ranges where an outcome is concentrated (PRIM).", "",
            "Scenario discovery over a sweep store (Friedman & Fisher 1999; Bryant &",
            "Lempert 2010): every run is a case, marked by whether it meets --outcome",
            "(e.g. 'capture_day.bukavu < 90', 'final_share.M23 > 0.2 and civilian_deaths",
            "> 1000', 'captured_by.goma == M23'; a place never captured counts as later",
            "than any day). PRIM peels the parameter space to boxes where such runs are",
            "dense, and writes the peeling trajectory (coverage, density), the chosen",
            "box with its restricted parameters and quasi-p-values, charts and",
            "report.html to a new folder beside the store."},
        footer = ExitCodes.HELP)
public final class DiscoverCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "a complete sweep store, e.g. results/island-lhs/sweep.sqlite")
    private Path store;

    @Option(names = "--outcome", paramLabel = "EXPR", required = true, description = "the condition that marks a run of interest")
    private String outcome;

    @Option(names = "--alpha", paramLabel = "SHARE", defaultValue = "0.05",
            description = "share of the box's runs peeled per step, in (0, 0.5) (default: ${DEFAULT-VALUE})")
    private double alpha;

    @Option(names = "--min-mass", paramLabel = "SHARE", defaultValue = "0.05",
            description = "stop peeling below this share of all runs, in [0, 1) (default: ${DEFAULT-VALUE})")
    private double minMass;

    @Option(names = "--box", paramLabel = "N", description = {"box of the trajectory to report (default: the one with",
        "the densest box within 95%% of the best mass x (density - base rate))"})
    private Integer box;

    @Option(names = "--out", paramLabel = "DIR", description = "parent folder of the results (default: the store's folder)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(alpha > 0 && alpha < 0.5)) {
            err.println("error: --alpha must be above 0 and below 0.5, got " + alpha);
            return ExitCodes.USAGE;
        }
        if (!(minMass >= 0 && minMass < 1)) {
            err.println("error: --min-mass must be at least 0 and below 1, got " + minMass);
            return ExitCodes.USAGE;
        }
        if (box != null && box < 0) {
            err.println("error: --box must be 0 or more, got " + box);
            return ExitCodes.USAGE;
        }
        OutcomeExpression expr;
        try {
            expr = OutcomeExpression.parse(outcome);
        } catch (IllegalArgumentException e) {
            err.println("error: --outcome " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Discovery d;
        try {
            d = Discovery.of(store, expr, alpha, minMass, box == null ? -1 : box);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return SweepChart.exitCode(e);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        Prim.Box b = d.box();
        o.printf(Locale.ROOT, "%d runs, %d meet '%s' (base rate %.1f%%); %d boxes peeled%n", d.y().length,
                Math.round(d.baseRate() * d.y().length), expr.text(), 100 * d.baseRate(), d.trajectory().size());
        o.printf(Locale.ROOT, "box %d: coverage %.1f%%, density %.1f%% (%.1f x the base rate), %d runs, %d restricted"
                        + " parameter%s%n", d.chosen(), 100 * b.coverage(), 100 * b.density(), b.density() / d.baseRate(),
                b.cases(), b.restrictions(), b.restrictions() == 1 ? "" : "s");
        for (Prim.Lifted l : d.lifted()) {
            o.printf(Locale.ROOT, "  %-34s %-28s quasi-p %.2g%n", d.dimensions().get(l.dimension()).name(),
                    d.range(b, l.dimension()), l.pValue());
        }
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("tool_version", Main.version());
        prov.put("git_commit", Provenance.gitCommit());
        prov.put("command", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        prov.put("box_choice", box == null ? " (the densest box whose mass × (density − base rate), the runs of interest beyond the base rate, is within 95% of the best; --box N chooses another)"
                : " (chosen with --box)");
        Path parent = out != null ? out : store.toAbsolutePath().getParent();
        String name = "discover-" + expr.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        name = name.length() > 80 ? name.substring(0, 80) : name;
        Path dir;
        try (ResultsFolder folder = ResultsFolder.open(parent, name)) {
            List<Figure> figures = DiscoveryRendering.write(folder.file("."), d, prov);
            dir = folder.commit();
            o.println("charts: " + dir.resolve("charts") + " (" + figures.size() + " charts)");
        } catch (IOException e) {
            throw new OutputException("cannot write the discovery under " + parent + ": " + e.getMessage(), e);
        }
        o.println("report: " + dir.resolve("report.html"));
        o.flush();
        return ExitCodes.OK;
    }
}
