package org.conflictsim.output.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.experiment.compare.ComparisonReport;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.experiment.compare.PairedStats;
import org.conflictsim.experiment.compare.Verdict;

/**
 * {@code comparison.csv} read back: one {@link ComparisonRow} per outcome and scenario, in file order
 * (outcomes in column order, the reference scenario first). Empty fields are NaN; the reference scenario's
 * difference is {@link PairedDifference#NONE}.
 */
public final class ComparisonTable {
    private final List<ComparisonRow> rows;

    private ComparisonTable(List<ComparisonRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code comparison.csv}, as written now ({@link ComparisonReport#HEADER}) or before units and
     * verdicts existed ({@link ComparisonReport#HEADER_V1}: its {@code cohen_d} was d_z; its rows get the
     * verdict their difference and resolution give, never {@code same}, and no capture_rmst rows exist).
     *
     * @throws MalformedResultsException naming file and line when the header is neither, a number does not
     *                                   parse or a verdict is unknown
     */
    public static ComparisonTable read(Path file) throws IOException {
        List<ComparisonRow> out = new ArrayList<>();
        try (CsvRecords in = CsvRecords.open(file)) {
            List<String> h = in.next();
            String header = h == null ? "" : String.join(",", h);
            boolean v1 = header.equals(ComparisonReport.HEADER_V1);
            if (!v1 && !header.equals(ComparisonReport.HEADER)) {
                throw new MalformedResultsException(file + ":1: expected the header " + ComparisonReport.HEADER);
            }
            for (List<String> r = in.next(); r != null; r = in.next()) {
                if (r.size() != h.size()) {
                    throw new MalformedResultsException(in.where() + ": " + r.size() + " fields, the header has "
                            + h.size());
                }
                try {
                    out.add(v1 ? rowV1(r) : row(h, r));
                } catch (IllegalArgumentException e) { // NumberFormatException included
                    throw new MalformedResultsException(in.where() + ": " + e.getMessage(), e);
                }
            }
        }
        return new ComparisonTable(out);
    }

    private static ComparisonRow row(List<String> h, List<String> r) {
        java.util.function.Function<String, String> f = name -> r.get(h.indexOf(name));
        Estimate level = new Estimate(Integer.parseInt(f.apply("n")), num(f.apply("mean")), num(f.apply("ci_low")),
                num(f.apply("ci_high")));
        PairedDifference d = f.apply("n_pairs").isEmpty() ? PairedDifference.NONE
                : new PairedDifference(Integer.parseInt(f.apply("n_pairs")), num(f.apply("diff")),
                        num(f.apply("diff_ci_low")), num(f.apply("diff_ci_high")), num(f.apply("p_t")),
                        num(f.apply("p_wilcoxon")), num(f.apply("p_mcnemar")), num(f.apply("d_z")),
                        num(f.apply("d_av")), f.apply("note"));
        return new ComparisonRow(f.apply("outcome"), f.apply("scenario"), level, d, Verdict.parse(f.apply("verdict")));
    }

    private static ComparisonRow rowV1(List<String> r) {
        Estimate level = new Estimate(Integer.parseInt(r.get(2)), num(r.get(3)), num(r.get(4)), num(r.get(5)));
        if (r.get(12).isEmpty()) {
            return new ComparisonRow(r.get(0), r.get(1), level, PairedDifference.NONE, Verdict.NONE);
        }
        double dz = num(r.get(11));
        boolean noSpread = Double.isInfinite(dz);
        PairedDifference d = new PairedDifference(Integer.parseInt(r.get(12)), num(r.get(6)), num(r.get(7)),
                num(r.get(8)), noSpread ? Double.NaN : num(r.get(9)), num(r.get(10)), Double.NaN,
                noSpread ? Double.NaN : dz, Double.NaN, noSpread ? PairedStats.NO_SPREAD : "");
        return new ComparisonRow(r.get(0), r.get(1), level, d,
                Verdict.of(d, false, OutcomeUnits.of(r.get(0)).resolution()));
    }

    private static double num(String s) {
        return switch (s) {
            case "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** All rows in file order. */
    public List<ComparisonRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Outcomes in file order, each once. */
    public List<String> outcomes() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        rows.forEach(r -> out.add(r.outcome()));
        return List.copyOf(out);
    }

    /** The rows of one outcome, in scenario order. */
    public List<ComparisonRow> of(String outcome) {
        return rows.stream().filter(r -> r.outcome().equals(outcome)).toList();
    }

    /** The row of one outcome and scenario, or null. */
    public ComparisonRow row(String outcome, String scenario) {
        for (ComparisonRow r : rows) {
            if (r.outcome().equals(outcome) && r.scenario().equals(scenario)) {
                return r;
            }
        }
        return null;
    }
}
