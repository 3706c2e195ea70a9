package org.conflictsim.experiment.compare;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.output.Csv;
import org.conflictsim.output.Num;

/** Writes comparison rows as the tidy {@code comparison.csv}. */
public final class ComparisonReport {
    /** Header of {@code comparison.csv}. */
    public static final String HEADER = "outcome,unit,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,"
            + "pct_change,p_t,p_wilcoxon,p_mcnemar,d_z,d_av,n_pairs,resolution,verdict,note";
    /** Header of {@code comparison.csv} as written before units, verdicts and censored capture times. */
    public static final String HEADER_V1 = "outcome,scenario,n,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,"
            + "p_t,p_wilcoxon,cohen_d,n_pairs";

    private ComparisonReport() {
    }

    /**
     * Writes {@code comparison.csv}: one row per outcome and scenario, the reference scenario's first; the
     * difference columns are empty for the reference scenario and wherever they cannot be computed (the note
     * says why). {@code pct_change} is the difference in percent of the reference's mean.
     */
    public static void writeCsv(Path file, List<ComparisonRow> rows) throws IOException {
        Map<String, Double> referenceMean = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
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
                w.write(String.join(",", Csv.field(r.outcome()), Csv.field(unit.unit()), Csv.field(r.scenario()),
                        Integer.toString(e.n()), Num.format(e.mean()), Num.format(e.ciLow()), Num.format(e.ciHigh()),
                        Num.format(d.diff()), Num.format(d.ciLow()), Num.format(d.ciHigh()), Num.format(pct),
                        Num.format(d.pT()), Num.format(d.pWilcoxon()), Num.format(d.pMcNemar()), Num.format(d.dz()),
                        Num.format(d.dav()), d == PairedDifference.NONE ? "" : Integer.toString(d.nPairs()),
                        ref ? "" : Num.format(unit.resolution()), r.verdict().text(), Csv.field(d.note())));
                w.write('\n');
            }
        }
    }

    /** A p-value as printed: three decimals, {@code <0.001} below that, {@code -} when there is none. */
    public static String pValue(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** An effect size (d_z, d_av) as printed: signed, two decimals, {@code -} when there is none. */
    public static String effect(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
