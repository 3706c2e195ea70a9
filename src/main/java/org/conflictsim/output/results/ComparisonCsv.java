package org.conflictsim.output.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.Estimate;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;

/**
 * {@code comparison.csv}, written by {@code compare} and read back: one {@link ComparisonRow} per outcome and scenario, in file order
 * (outcomes in column order, the reference scenario first). Empty fields are NaN; the reference scenario's
 * difference is {@link PairedDifference#NONE}.
 */
public final class ComparisonCsv {
    /** Header of {@code comparison.csv}. */
    public static final String HEADER = "outcome,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,"
            + "p_t,p_wilcoxon,cohen_d,n_pairs";

    private final List<ComparisonRow> rows;

    private ComparisonCsv(List<ComparisonRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Writes {@code comparison.csv}: one row per outcome and scenario; the difference columns are empty for
     * the reference scenario and wherever they cannot be computed.
     */
    public static void write(Path file, List<ComparisonRow> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (ComparisonRow r : rows) {
                Estimate e = r.level();
                PairedDifference d = r.paired();
                boolean ref = d == PairedDifference.NONE;
                w.write(CsvField.field(r.outcome()) + "," + CsvField.field(r.scenario()) + "," + e.n() + ","
                        + Num.format(e.mean()) + "," + Num.format(e.ciLow()) + "," + Num.format(e.ciHigh()) + ","
                        + Num.format(d.diff()) + "," + Num.format(d.ciLow()) + "," + Num.format(d.ciHigh()) + ","
                        + Num.format(d.pT()) + "," + Num.format(d.pWilcoxon()) + "," + Num.format(d.cohenD()) + ","
                        + (ref ? "" : Integer.toString(d.nPairs())) + "\n");
            }
        }
    }

    /**
     * Reads {@code comparison.csv}.
     *
     * @throws MalformedResultsException naming file and line when the header is not that of
     *                                   {@link #HEADER} or a number does not parse
     */
    public static ComparisonCsv read(Path file) throws IOException {
        List<ComparisonRow> out = new ArrayList<>();
        try (CsvReader in = CsvReader.open(file)) {
            List<String> h = in.next();
            if (h == null || !String.join(",", h).equals(HEADER)) {
                throw new MalformedResultsException(file + ":1: expected the header " + HEADER);
            }
            for (List<String> r = in.next(); r != null; r = in.next()) {
                if (r.size() != h.size()) {
                    throw new MalformedResultsException(in.where() + ": " + r.size() + " fields, the header has "
                            + h.size());
                }
                try {
                    Estimate level = new Estimate(Integer.parseInt(r.get(2)), num(r.get(3)), num(r.get(4)),
                            num(r.get(5)));
                    PairedDifference d = r.get(12).isEmpty() ? PairedDifference.NONE
                            : new PairedDifference(Integer.parseInt(r.get(12)), num(r.get(6)), num(r.get(7)),
                                    num(r.get(8)), num(r.get(9)), num(r.get(10)), num(r.get(11)));
                    out.add(new ComparisonRow(r.get(0), r.get(1), level, d));
                } catch (NumberFormatException e) {
                    throw new MalformedResultsException(in.where() + ": not a number: " + e.getMessage(), e);
                }
            }
        }
        return new ComparisonCsv(out);
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
