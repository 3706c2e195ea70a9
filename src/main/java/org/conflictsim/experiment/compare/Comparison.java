package org.conflictsim.experiment.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.OutcomeUnits;

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
     * Rows for every outcome (derived capture shares and restricted mean times to capture included) and
     * every scenario, outcomes in column order of first appearance, scenarios in the given order.
     *
     * <p>Per kind of outcome: a share of runs ({@code capture_share}) gets the Wilson interval and the paired
     * difference of shares ({@link PairedStats#pairedShares}); a capture day, the mean over the runs with a
     * capture and, when in some replicate the place was taken in one scenario but not in the other, no paired
     * difference (it would leave out exactly the pairs a lever changed; {@code capture_rmst} has it, with
     * every pair); every other outcome, the t interval and {@link PairedStats#paired}. Every compared row
     * gets a {@link Verdict} at the outcome's resolution ({@link OutcomeUnits}).
     *
     * @param samples at least one scenario; all with the same number of replicates
     * @param days    days simulated per run (the horizon at which a place not taken is censored), ≥ 1
     * @throws IllegalArgumentException when the samples differ in replicate count
     */
    public static List<ComparisonRow> rows(List<Sample> samples, int days) {
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
                Map<String, Double> w = OutcomeColumns.withCaptureTimes(o, days);
                names.addAll(w.keySet());
                d.add(w);
            }
            derived.add(d);
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (String name : names) {
            double[] ref = column(derived.get(0), name);
            double resolution = OutcomeUnits.of(name).resolution();
            for (int k = 0; k < samples.size(); k++) {
                double[] v = k == 0 ? ref : column(derived.get(k), name);
                boolean share = OutcomeColumns.isShare(name);
                Estimate level = share ? share(v) : PairedStats.mean(v);
                if (k == 0) {
                    rows.add(new ComparisonRow(name, samples.get(k).label(), level, PairedDifference.NONE,
                            Verdict.NONE));
                    continue;
                }
                PairedDifference diff = share ? PairedStats.pairedShares(ref, v)
                        : Outcome.CAPTURE_DAY.names(name) ? captureDays(name, ref, v)
                        : PairedStats.paired(ref, v);
                rows.add(new ComparisonRow(name, samples.get(k).label(), level, diff,
                        Verdict.of(diff, identical(ref, v), resolution)));
            }
        }
        return rows;
    }

    /**
     * The paired difference of capture days, or, when some pair has a capture in only one of the two runs,
     * none, with a note that points at the censoring-aware comparison.
     */
    private static PairedDifference captureDays(String name, double[] ref, double[] v) {
        int discordant = 0;
        int both = 0;
        for (int r = 0; r < ref.length; r++) {
            if (Double.isNaN(ref[r]) != Double.isNaN(v[r])) {
                discordant++;
            } else if (!Double.isNaN(ref[r])) {
                both++;
            }
        }
        if (discordant == 0) {
            return PairedStats.paired(ref, v);
        }
        return PairedDifference.withheld(both, "taken in one scenario but not the other in " + discordant + " of "
                + ref.length + " replicates; pairing only the runs with a capture in both would leave those out: see "
                + Outcome.CAPTURE_RMST.of(Outcome.CAPTURE_DAY.suffix(name)));
    }

    /** Whether two columns are equal in every replicate (NaN equals NaN). */
    private static boolean identical(double[] a, double[] b) {
        for (int r = 0; r < a.length; r++) {
            if (Double.compare(a[r], b[r]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an outcome differs between any compared scenario and the reference in at least one
     * replicate (NaN equals NaN: two runs without a capture do not differ). A derived capture column differs
     * where its capture day does.
     */
    public static boolean differsSomewhere(List<Sample> samples, String outcome) {
        String source = OutcomeColumns.source(outcome);
        List<double[]> cols = new ArrayList<>();
        for (Sample s : samples) {
            cols.add(column(s.outcomes(), source));
        }
        for (int k = 1; k < cols.size(); k++) {
            if (!identical(cols.get(0), cols.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The difference as a percentage of the reference mean, or NaN where a relative change means nothing
     * (capture days and shares of runs, {@link OutcomeUnits#hasRelativeChange}) or the reference mean is
     * zero or missing.
     */
    public static double percentChange(String outcome, double referenceMean, double diff) {
        if (!OutcomeUnits.hasRelativeChange(outcome) || Double.isNaN(referenceMean) || referenceMean == 0
                || Double.isNaN(diff)) {
            return Double.NaN;
        }
        return 100 * diff / Math.abs(referenceMean);
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
