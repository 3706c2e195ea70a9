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
}
