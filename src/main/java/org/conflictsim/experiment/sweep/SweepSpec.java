package org.conflictsim.experiment.sweep;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.scenario.ScenarioLoader;

/**
 * A loaded and checked sweep file.
 *
 * @param file           the sweep file
 * @param text           its text (for the store, so the sweep can be traced and re-run)
 * @param base           the base scenario, loaded
 * @param parameters     the varied parameters, in file order
 * @param design         the design
 * @param points         the design's points
 * @param replications   runs per point, ≥ 1
 * @param seeds          how run seeds are derived
 * @param masterSeed     master seed
 * @param days           days per run
 * @param outcomeSelectors the sweep file's outcome names and patterns (* for any text); empty for all
 * @param outcomes       outcome columns of the base scenario to keep, in the order of {@code runs.csv}
 * @param labels         text outcome columns of the base scenario to keep (who captured what)
 * @param seriesMetrics  daily series metrics to store (every entity of each), empty for none
 */
public record SweepSpec(Path file, String text, ScenarioLoader.Loaded base, List<Parameter> parameters,
                        DesignSpec design, PointTable points, int replications, SeedMode seeds, long masterSeed,
                        int days, List<String> outcomeSelectors, List<String> outcomes, List<String> labels, List<String> seriesMetrics) {
    public SweepSpec {
        parameters = List.copyOf(parameters);
        outcomeSelectors = List.copyOf(outcomeSelectors);
        outcomes = List.copyOf(outcomes);
        labels = List.copyOf(labels);
        seriesMetrics = List.copyOf(seriesMetrics);
    }

    /** Whether an outcome or label column is kept (points may have columns the base scenario lacks). */
    public boolean keeps(String column) {
        if (outcomeSelectors.isEmpty()) {
            return true;
        }
        for (String sel : outcomeSelectors) {
            if (java.util.regex.Pattern.matches(("\\Q" + sel + "\\E").replace("*", "\\E.*\\Q"), column)) {
                return true;
            }
        }
        return false;
    }

    /** Total runs: points × replications. */
    public long runCount() {
        return (long) points.size() * replications;
    }

    /** The point of run {@code run}: runs go round-robin over the points, replicate by replicate. */
    public int pointOf(long run) {
        return (int) (run % points.size());
    }

    /** The replicate of run {@code run}. */
    public int replicateOf(long run) {
        return (int) (run / points.size());
    }

    /** The seed of run {@code run}. */
    public long seedOf(long run) {
        long point = seeds == SeedMode.COMMON ? 0 : pointOf(run);
        return Seeds.runSeed(masterSeed, point, replicateOf(run));
    }

    /** The sweep's name: the file name without extension. */
    public String name() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
