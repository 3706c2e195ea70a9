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
    /** Prefix of capture-day columns (day index from the scenario start; NaN when not captured). */
    public static final String CAPTURE_DAY = "capture_day.";
    /** Prefix of the derived capture-share columns (1 captured, 0 not). */
    public static final String CAPTURE_SHARE = "capture_share.";
    /**
     * Prefix of the derived columns of {@code compare} for the time to capture, censored at the horizon:
     * the capture day, or the number of days simulated when the place was not taken. Their mean is the
     * restricted mean time to capture (see {@link #withCaptureTimes}).
     */
    public static final String CAPTURE_RMST = "capture_rmst.";

    private OutcomeColumns() {
    }

    /** Whether a column is a 0/1 indicator whose mean is a share. */
    public static boolean isShare(String name) {
        return name.startsWith(CAPTURE_SHARE);
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
            if (e.getKey().startsWith(CAPTURE_DAY)) {
                Double v = e.getValue();
                out.put(CAPTURE_SHARE + e.getKey().substring(CAPTURE_DAY.length()),
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
            if (e.getKey().startsWith(CAPTURE_DAY)) {
                String place = e.getKey().substring(CAPTURE_DAY.length());
                Double v = e.getValue();
                boolean taken = v != null && !Double.isNaN(v);
                out.put(CAPTURE_SHARE + place, taken ? 1.0 : 0.0);
                out.put(CAPTURE_RMST + place, taken ? Math.min(v, days) : (double) days);
            }
        }
        return out;
    }

    /** The {@code capture_day} column a derived capture column is made from, or the column itself. */
    public static String source(String column) {
        if (column.startsWith(CAPTURE_SHARE)) {
            return CAPTURE_DAY + column.substring(CAPTURE_SHARE.length());
        }
        if (column.startsWith(CAPTURE_RMST)) {
            return CAPTURE_DAY + column.substring(CAPTURE_RMST.length());
        }
        return column;
    }
}
