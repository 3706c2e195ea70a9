package org.conflictsim.experiment;

import java.util.List;
import java.util.Map;
import org.conflictsim.model.state.LoggedEvent;
import org.conflictsim.model.observe.Series;

/**
 * The results of one run.
 *
 * @param run      replicate index, from 0
 * @param seed     the run's seed
 * @param series   daily series
 * @param events   events log
 * @param outcomes numeric outcomes in a fixed column order (NaN where it did not happen)
 * @param labels   text outcomes (e.g. who captured a place), in a fixed column order
 */
public record RunResult(int run, long seed, Series series, List<LoggedEvent> events, Map<String, Double> outcomes,
                        Map<String, String> labels) {
}
