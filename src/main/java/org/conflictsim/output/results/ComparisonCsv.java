package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.experiment.compare.Comparison;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.experiment.compare.PairedStats;
import org.conflictsim.experiment.compare.Verdict;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;

/**
 * {@code comparison.csv}, written by {@code compare} and read back: one {@link ComparisonRow} per outcome and
 * scenario, in file order (outcomes in column order, the reference scenario first), with the outcome's unit
 * and resolution ({@link OutcomeUnits}), the change in percent of the reference's mean, the verdict and a note.
 * Empty fields are NaN; the reference scenario's difference is {@link PairedDifference#NONE}.
 */
public final class ComparisonCsv {
    /** Header of {@code comparison.csv}. */
    public static final String HEADER = "outcome,unit,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,"
            + "pct_change,p_t,p_wilcoxon,p_mcnemar,d_z,d_av,n_pairs,resolution,verdict,note";
    /** Header of {@code comparison.csv} as written before units, verdicts and censored capture times. */
    public static final String HEADER_V1 = "outcome,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,"
            + "p_t,p_wilcoxon,cohen_d,n_pairs";

    private final List<ComparisonRow> rows;

    private ComparisonCsv(List<ComparisonRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Writes {@code comparison.csv}: one row per outcome and scenario, the reference scenario's first; the
     * difference columns are empty for the reference scenario and wherever they cannot be computed (the note
     * says why). {@code pct_change} is the difference in percent of the reference's mean.
     */
    public static void write(Path file, List<ComparisonRow> rows) throws IOException {
        Map<String, Double> referenceMean = new LinkedHashMap<>();
        AtomicWrite.writeText(file, w -> {
            w.write(HEADER);
            w.write('\n');
            for (ComparisonRow r : rows) {
                Estimate e = r.level();
                PairedDifference d = r.paired();
                boolean ref = !referenceMean.containsKey(r.outcome()); // the first row of an outcome
                if (ref) {
                    referenceMean.put(r.outcome(), e.mean());
                }
                OutcomeUnits.Unit unit = OutcomeUnits.of(r.outcome());
                double pct = ref ? Double.NaN : Comparison.percentChange(r.outcome(), referenceMean.get(r.outcome()),
                        d.diff());
                w.write(String.join(",", CsvField.field(r.outcome()), CsvField.field(unit.unit()),
                        CsvField.field(r.scenario()), Integer.toString(e.n()), Num.format(e.mean()),
                        Num.format(e.ciLow()), Num.format(e.ciHigh()), Num.format(d.diff()), Num.format(d.ciLow()),
                        Num.format(d.ciHigh()), Num.format(pct), Num.format(d.pT()), Num.format(d.pWilcoxon()),
                        Num.format(d.pMcNemar()), Num.format(d.dz()), Num.format(d.dav()),
                        d == PairedDifference.NONE ? "" : Integer.toString(d.nPairs()),
                        ref ? "" : Num.format(unit.resolution()), r.verdict().text(), CsvField.field(d.note())));
                w.write('\n');
            }
        });
    }

    /**
     * Reads {@code comparison.csv}, as written now ({@link #HEADER}) or before units and verdicts existed
     * ({@link #HEADER_V1}: its {@code cohen_d} was d_z; its rows get the verdict their difference and
     * resolution give, never {@code same}, and no capture_rmst rows exist).
     *
     * @throws MalformedResultsException naming file and line when the header is neither, a number does not
     *                                   parse or a verdict is unknown
     */
    public static ComparisonCsv read(Path file) throws IOException {
        List<ComparisonRow> out = new ArrayList<>();
        try (ResultsCsv in = ResultsCsv.open(file)) {
            List<String> h = in.next();
            String header = h == null ? "" : String.join(",", h);
            boolean v1 = header.equals(HEADER_V1);
            if (!v1 && !header.equals(HEADER)) {
                throw new MalformedResultsException(file + ":1: expected the header " + HEADER);
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
        return new ComparisonCsv(out);
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
