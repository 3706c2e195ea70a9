package org.conflictsim.output.results;

import java.util.List;
import java.util.Locale;
import org.conflictsim.model.observe.Metric;

/**
 * Which daily series {@code run} writes to {@code timeseries.csv.gz} ({@code --series}): every series the
 * model keeps, the headline series that the charts and the GUI's ensemble band draw, or none. Series that are
 * zero in every run and on every day are left out in every case and listed in the manifest
 * ({@code timeseries.omittedAllZero}), so nothing is lost.
 */
public enum SeriesChoice {
    /** Every series the model keeps. */
    ALL,
    /** The series the charts and the GUI band draw (see {@link #HEADLINE_METRICS}). */
    HEADLINE,
    /** No daily series file (charts are still drawn by {@code run}, from memory). */
    NONE;

    /**
     * Metrics of the headline choice; a family stands for all its members ({@link Metric#FLOW_USD} is every
     * mineral's flow value).
     */
    public static final List<Metric> HEADLINE_METRICS = List.of(Metric.TERRITORY_SHARE, Metric.MINES_HELD,
            Metric.FIGHTERS, Metric.DISPLACED, Metric.CIVILIAN_DEATHS_CUM, Metric.SPONSOR_CASH_USD,
            Metric.SUPPORT_LEVEL, Metric.FLOW_USD, Metric.FLOW_KG, Metric.REVENUE_USD);

    /** Whether a metric is written under this choice. */
    public boolean keeps(String metric) {
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case HEADLINE -> HEADLINE_METRICS.stream().anyMatch(m -> m.names(metric));
        };
    }

    /** The option's word: {@code all}, {@code headline} or {@code none}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The choice named by a word.
     *
     * @throws IllegalArgumentException naming the allowed words
     */
    public static SeriesChoice of(String word) {
        for (SeriesChoice c : values()) {
            if (c.word().equals(word)) {
                return c;
            }
        }
        throw new IllegalArgumentException("--series must be all, headline or none, got '" + word + "'");
    }
}
