package org.conflictsim.experiment.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One finished run as the store records it; written atomically with its outcomes.
 *
 * @param run        run id: {@code replicate × points + point}
 * @param point      parameter point id
 * @param replicate  replicate index, from 0
 * @param seed       the run's seed
 * @param ok         false when the run threw (its error is recorded, it has no outcomes)
 * @param wallMs     wall-clock time of the run, milliseconds (loading the point's scenario included)
 * @param error      what went wrong, or null when ok
 * @param finishedAt when the run ended
 * @param outcomes   numeric outcomes kept (NaN where it did not happen), in column order
 * @param labels     text outcomes kept, in column order
 * @param series     daily series kept
 */
public record RunRecord(long run, int point, int replicate, long seed, boolean ok, long wallMs, String error,
                        Instant finishedAt, Map<String, Double> outcomes, Map<String, String> labels,
                        List<SeriesData> series) {
    public RunRecord {
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        series = List.copyOf(series);
    }

    /**
     * One daily series of one run.
     *
     * @param metric metric name, e.g. {@code territory_share}
     * @param entity entity, e.g. a faction id
     * @param values value per day from day 0 (NaN where undefined)
     */
    public record SeriesData(String metric, String entity, double[] values) {
    }

    /** A run that threw. */
    public static RunRecord failed(long run, int point, int replicate, long seed, long wallMs, String error,
                                   Instant finishedAt) {
        return new RunRecord(run, point, replicate, seed, false, wallMs, error, finishedAt, Map.of(), Map.of(),
                List.of());
    }
}
