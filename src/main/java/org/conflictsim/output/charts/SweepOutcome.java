package org.conflictsim.output.charts;

import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.store.StoreTables;

/**
 * One charted outcome of a sweep: its value in every successful run and, per point, the mean over the
 * point's runs with a value. A derived {@code capture_share.PLACE} is 1 in a run where the place was taken
 * and 0 where not.
 *
 * @param name  outcome column
 * @param label how to name it, with unit
 * @param runs  the successful runs, in run order (value NaN where the run has none)
 * @param means per point, the mean over its runs with a value (NaN where none has one)
 * @param withValue per point, the runs with a value
 * @param ok    per point, the successful runs
 */
public record SweepOutcome(String name, OutcomeLabel label, List<StoreTables.RunValue> runs, double[] means,
                    int[] withValue, int[] ok) {

    /** Builds the outcome from its run values (of {@code capture_day.PLACE} for a capture share). */
    static SweepOutcome of(String name, OutcomeLabel label, List<StoreTables.RunValue> stored, int points) {
        List<StoreTables.RunValue> runs = stored;
        if (OutcomeColumns.isShare(name)) {
            runs = new ArrayList<>(stored.size());
            for (StoreTables.RunValue r : stored) {
                runs.add(new StoreTables.RunValue(r.run(), r.point(), r.replicate(), Double.isNaN(r.value()) ? 0 : 1));
            }
        }
        double[] sum = new double[points];
        int[] with = new int[points];
        int[] ok = new int[points];
        for (StoreTables.RunValue r : runs) {
            ok[r.point()]++;
            if (!Double.isNaN(r.value())) {
                sum[r.point()] += r.value();
                with[r.point()]++;
            }
        }
        double[] means = new double[points];
        for (int p = 0; p < points; p++) {
            means[p] = with[p] == 0 ? Double.NaN : sum[p] / with[p];
        }
        return new SweepOutcome(name, label, List.copyOf(runs), means, with, ok);
    }

    /** Whether runs can lack a value (capture days of places not taken). */
    boolean canBeMissing() {
        return Outcome.CAPTURE_DAY.names(name);
    }

    /** The stored column this outcome is read from. */
    static String storedColumn(String name) {
        return OutcomeColumns.isShare(name) ? OutcomeColumns.source(name) : name;
    }
}
