package org.conflictsim.experiment.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.model.observe.Series;

/**
 * The daily series {@code compare} keeps of each run for its band charts, chosen to answer "what changes
 * if ...": who holds the land and the mines, what the armed groups earn from mines, where the minerals go,
 * and what it costs civilians. Everything else of a run's series is dropped as soon as the run ends.
 *
 * <p>Kept, in the model's units (per day unless said otherwise): {@code territory_share} (share of theatre
 * cells, 0–1), {@code mines_held} (mines), {@code revenue_usd.mine_tax} (US$/day) per faction;
 * {@code flow_usd} per destination, the world-price value of all minerals together (US$/day; the sum of the
 * model's {@code flow_usd.MINERAL} series); {@code displaced} (persons) and {@code civilian_deaths_cum}
 * (persons, cumulative).
 */
public final class HeadlineSeries {
    /** Metrics kept as the model names them, in this order. */
    public static final List<String> KEPT = List.of(Metric.TERRITORY_SHARE.id(), Metric.MINES_HELD.id(),
            Metric.REVENUE_USD.of(Flow.MINE_TAX.label()));
    /** The derived metric: mineral flow value per destination, all minerals together (US$/day). */
    public static final String FLOW_USD = Metric.FLOW_USD.id();
    /** Metrics of the whole theatre kept after the flows. */
    public static final List<String> THEATRE = List.of(Metric.DISPLACED.id(), Metric.CIVILIAN_DEATHS_CUM.id());

    private HeadlineSeries() {
    }

    /**
     * The headline series of one run, as a new series of the same length.
     *
     * @param full every series of a finished run
     */
    public static Series of(Series full) {
        Series out = new Series(full.days());
        List<Series.Key> keys = full.keys();
        for (String metric : KEPT) {
            for (int k = 0; k < keys.size(); k++) {
                if (keys.get(k).metric().equals(metric)) {
                    copy(full, k, out, out.define(metric, keys.get(k).entity()));
                }
            }
        }
        Map<String, double[]> flows = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            if (Metric.FLOW_USD.names(keys.get(k).metric())) {
                double[] sum = flows.computeIfAbsent(keys.get(k).entity(), e -> new double[full.days()]);
                for (int d = 0; d < sum.length; d++) {
                    double v = full.get(k, d);
                    sum[d] += Double.isNaN(v) ? 0 : v;
                }
            }
        }
        for (Map.Entry<String, double[]> e : flows.entrySet()) {
            int id = out.define(FLOW_USD, e.getKey());
            for (int d = 0; d < full.days(); d++) {
                out.set(id, d, e.getValue()[d]);
            }
        }
        for (String metric : THEATRE) {
            int k = full.id(metric, Metric.ALL);
            if (k >= 0) {
                copy(full, k, out, out.define(metric, Metric.ALL));
            }
        }
        return out;
    }

    private static void copy(Series from, int fromId, Series to, int toId) {
        for (int d = 0; d < from.days(); d++) {
            to.set(toId, d, from.get(fromId, d));
        }
    }
}
