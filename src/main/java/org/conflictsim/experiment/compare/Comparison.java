package org.conflictsim.experiment.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.experiment.OutcomeColumns;

/**
 * The statistics of a comparison of scenarios run with common random numbers: replicate r of every
 * scenario used the same seed, so replicates are paired and each scenario is compared with the first by
 * paired tests. Pure: it takes outcome maps, runs nothing.
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * The outcomes of one scenario by replicate.
     *
     * @param label    scenario label, unique within the comparison
     * @param outcomes numeric outcomes of replicate r at index r (NaN where it did not happen)
     */
    public record Sample(String label, List<Map<String, Double>> outcomes) {
        public Sample {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * Rows for every outcome (derived capture shares included) and every scenario, outcomes in column
     * order of first appearance, scenarios in the given order.
     *
     * @param samples at least one scenario; all with the same number of replicates
     * @throws IllegalArgumentException when the samples differ in replicate count
     */
    public static List<ComparisonRow> rows(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        int reps = samples.get(0).outcomes().size();
        List<List<Map<String, Double>>> derived = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Sample s : samples) {
            if (s.outcomes().size() != reps) {
                throw new IllegalArgumentException("scenario " + s.label() + " has " + s.outcomes().size()
                        + " replicates, the first has " + reps);
            }
            List<Map<String, Double>> d = new ArrayList<>();
            for (Map<String, Double> o : s.outcomes()) {
                Map<String, Double> w = OutcomeColumns.withShares(o);
                names.addAll(w.keySet());
                d.add(w);
            }
            derived.add(d);
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (String name : names) {
            double[] ref = column(derived.get(0), name);
            for (int k = 0; k < samples.size(); k++) {
                double[] v = k == 0 ? ref : column(derived.get(k), name);
                Estimate level = OutcomeColumns.isShare(name) ? share(v) : PairedStats.mean(v);
                PairedDifference diff = k == 0 ? PairedDifference.NONE : PairedStats.paired(ref, v);
                rows.add(new ComparisonRow(name, samples.get(k).label(), level, diff));
            }
        }
        return rows;
    }

    /**
     * Whether an outcome differs between any compared scenario and the reference in at least one
     * replicate (NaN equals NaN: two runs without a capture do not differ).
     */
    public static boolean differsSomewhere(List<Sample> samples, String outcome) {
        List<double[]> cols = new ArrayList<>();
        for (Sample s : samples) {
            List<Map<String, Double>> d = s.outcomes().stream().map(OutcomeColumns::withShares).toList();
            cols.add(column(d, outcome));
        }
        for (int k = 1; k < cols.size(); k++) {
            for (int r = 0; r < cols.get(0).length; r++) {
                if (Double.compare(cols.get(0)[r], cols.get(k)[r]) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Estimate share(double[] v) {
        int hits = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                n++;
                if (x != 0) {
                    hits++;
                }
            }
        }
        return PairedStats.share(hits, n);
    }

    private static double[] column(List<Map<String, Double>> runs, String name) {
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            Double x = runs.get(r).get(name);
            v[r] = x == null ? Double.NaN : x;
        }
        return v;
    }
}
