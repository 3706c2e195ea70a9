package org.conflictsim.output.results;

import java.util.List;
import java.util.Locale;

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
     * Metrics of the headline choice: exact names, or prefixes ending in a dot ({@code flow_usd.} is every
     * mineral's flow value).
     */
    public static final List<String> HEADLINE_METRICS = List.of("territory_share", "mines_held", "fighters",
            "displaced", "civilian_deaths_cum", "sponsor_cash_usd", "support_level", "flow_usd.", "flow_kg.",
            "revenue_usd.");

    /** Whether a metric is written under this choice. */
    public boolean keeps(String metric) {
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case HEADLINE -> HEADLINE_METRICS.stream()
                    .anyMatch(m -> m.endsWith(".") ? metric.startsWith(m) : metric.equals(m));
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
