package org.conflictsim.experiment.calibrate;

import java.nio.file.Path;
import java.util.List;
import org.conflictsim.experiment.sweep.Parameter;
import org.conflictsim.scenario.ScenarioLoader;

/**
 * A loaded and checked calibration file.
 *
 * @param file         the calibration file
 * @param text         its text (kept in every generation's store, so the calibration can be traced)
 * @param base         the base scenario, loaded
 * @param parameters   the calibrated parameters with their priors, in file order
 * @param targets      the targets, in file order (calibration and validation)
 * @param method       the method and its settings
 * @param predictive   runs per posterior particle for the posterior-predictive check and the scores
 * @param masterSeed   master seed (the algorithm's stream and every run seed derive from it)
 * @param days         days per run
 * @param outcomes     the outcome columns the targets read, in first-use order
 */
public record CalibrationSpec(Path file, String text, ScenarioLoader.Loaded base, List<Parameter> parameters,
                              List<Target> targets, Method method, int predictive, long masterSeed, int days,
                              List<String> outcomes) {
    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        outcomes = List.copyOf(outcomes);
    }

    /** The calibration's method. */
    public enum Type {
        /** Approximate Bayesian computation by sequential Monte Carlo ({@link AbcSmc}). */
        ABC_SMC;

        /** The name as written in calibration files. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The method and its settings.
     *
     * @param type     the method
     * @param settings ABC-SMC's settings
     */
    public record Method(Type type, AbcSmc.Settings settings) {
    }

    /** The calibration's name: the file name without extension. */
    public String name() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The targets that enter the distance. */
    public List<Target> calibrationTargets() {
        return targets.stream().filter(Target::calibrates).toList();
    }

    /** The held-out targets. */
    public List<Target> validationTargets() {
        return targets.stream().filter(t -> !t.calibrates()).toList();
    }

    /**
     * The distance of one run from the calibration targets: the root mean square of their standardised errors
     * {@code sqrt(mean z²)}, so ε = 1 means "one uncertainty off on average".
     *
     * @param raw the run's value of each outcome column, in {@link #outcomes} order (NaN where none)
     */
    public double distance(double[] raw) {
        double s = 0;
        int k = 0;
        for (Target t : targets) {
            if (!t.calibrates()) {
                continue;
            }
            double z = t.z(raw[outcomes.indexOf(t.outcome())], days);
            s += z * z;
            k++;
        }
        return Math.sqrt(s / k);
    }
}
