package org.conflictsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derived outcome columns used by the analyses. A place that was not captured has no capture day (NaN);
 * averaging capture days therefore describes only the runs with a capture, so every
 * {@code capture_day.PLACE} column is accompanied by {@code capture_share.PLACE}: 1 when the place was
 * captured in the run, 0 when not (averaged over runs it is the share of runs with a capture).
 */
public final class OutcomeColumns {
    private OutcomeColumns() {
    }

    /** Whether a column is a 0/1 indicator whose mean is a share. */
    public static boolean isShare(String name) {
        return Outcome.CAPTURE_SHARE.names(name);
    }

    /**
     * The outcomes with a {@code capture_share.PLACE} column inserted after each {@code capture_day.PLACE}.
     *
     * @param outcomes outcome columns of one run, in column order
     * @return a new map in column order
     */
    public static Map<String, Double> withShares(Map<String, Double> outcomes) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : outcomes.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (Outcome.CAPTURE_DAY.names(e.getKey())) {
                Double v = e.getValue();
                out.put(Outcome.CAPTURE_SHARE.of(Outcome.CAPTURE_DAY.suffix(e.getKey())),
                        v == null || Double.isNaN(v) ? 0.0 : 1.0);
            }
        }
        return out;
    }

    /**
     * The outcomes with {@code capture_share.PLACE} and {@code capture_rmst.PLACE} inserted after each
     * {@code capture_day.PLACE}. A place not taken by the horizon is censored there: its time to capture is
     * at least {@code days}, so {@code capture_rmst} is min(capture day, days) and its mean over runs is the
     * restricted mean time to capture up to the horizon (Royston &amp; Parmar 2013). With every run censored
     * at the same horizon, that mean equals the area under the Kaplan–Meier curve up to the horizon, so no
     * run is dropped and a lever that prevents a capture shows as a longer time, not as fewer runs.
     *
     * @param outcomes outcome columns of one run, in column order
     * @param days     days simulated (the horizon), ≥ 1
     * @return a new map in column order
     */
    public static Map<String, Double> withCaptureTimes(Map<String, Double> outcomes, int days) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : outcomes.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (Outcome.CAPTURE_DAY.names(e.getKey())) {
                String place = Outcome.CAPTURE_DAY.suffix(e.getKey());
                Double v = e.getValue();
                boolean taken = v != null && !Double.isNaN(v);
                out.put(Outcome.CAPTURE_SHARE.of(place), taken ? 1.0 : 0.0);
                out.put(Outcome.CAPTURE_RMST.of(place), taken ? Math.min(v, days) : (double) days);
            }
        }
        return out;
    }

    /** The {@code capture_day} column a derived capture column is made from, or the column itself. */
    public static String source(String column) {
        if (Outcome.CAPTURE_SHARE.names(column)) {
            return Outcome.CAPTURE_DAY.of(Outcome.CAPTURE_SHARE.suffix(column));
        }
        if (Outcome.CAPTURE_RMST.names(column)) {
            return Outcome.CAPTURE_DAY.of(Outcome.CAPTURE_RMST.suffix(column));
        }
        return column;
    }
}
