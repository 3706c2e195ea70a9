package org.conflictsim.experiment.sweep;

import java.util.List;

/**
 * A scenario value varied by a sweep, named by its key path as in {@code --set} (for example
 * {@code factions[M23].fighters} or {@code rules.combat.tempo}). Designs place points in the unit cube;
 * {@link #at} maps a unit coordinate to the parameter's value, {@link #grid} gives the values of a full
 * factorial.
 */
public sealed interface Parameter permits Parameter.Range, Parameter.Levels, Parameter.Given {

    /** Column name in tables (the path unless the sweep file names it). */
    String name();

    /** Scenario key path. */
    String path();

    /** The value at unit coordinate u in [0, 1]. */
    Value at(double u);

    /** Number of values in a full factorial (0 when the parameter has no grid). */
    int gridSize();

    /** The unit coordinate of the i-th value of the full-factorial grid, i in [0, gridSize()). */
    double gridUnit(int i);

    /** The i-th value of the full-factorial grid. */
    default Value grid(int i) {
        return at(gridUnit(i));
    }

    /** A one-line description for manifests and {@code --dry-run}. */
    String describe();

    /**
     * A numeric range.
     *
     * @param name         column name
     * @param path         scenario key path
     * @param min          smallest value
     * @param max          largest value, ≥ min
     * @param distribution how values spread over [min, max]
     * @param mean         mean of the untruncated normal (NORMAL only; NaN otherwise)
     * @param sd           standard deviation of the untruncated normal (NORMAL only; NaN otherwise)
     * @param integer      whether values are whole numbers: the range is widened to [min − ½, max + ½] and
     *                     values rounded, so every whole number gets an equal share of the unit interval
     * @param steps        values in a full factorial (evenly spaced in probability, ends included); 0 when
     *                     not given
     */
    record Range(String name, String path, double min, double max, Distribution distribution, double mean,
                 double sd, boolean integer, int steps) implements Parameter {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException(path + ": min " + min + " is above max " + max);
            }
        }

        @Override
        public Value at(double u) {
            if (!integer) {
                return Value.of(distribution.inverse(u, min, max, mean, sd));
            }
            double lo = Math.ceil(min);
            double hi = Math.floor(max);
            double x = distribution.inverse(u, lo - 0.5, hi + 0.5, mean, sd);
            return Value.of(Math.max(lo, Math.min(hi, Math.floor(x + 0.5))));
        }

        @Override
        public int gridSize() {
            return steps;
        }

        /** Evenly spaced in probability from 0 to 1 (both ends included); the median for one step. */
        @Override
        public double gridUnit(int i) {
            return steps == 1 ? 0.5 : (double) i / (steps - 1);
        }

        @Override
        public String describe() {
            String d = distribution == Distribution.NORMAL
                    ? "normal(mean " + Value.format(mean) + ", sd " + Value.format(sd) + ") truncated to "
                    : distribution.yamlName() + " on ";
            return name + ": " + d + "[" + Value.format(min) + ", " + Value.format(max) + "]"
                    + (integer ? ", whole numbers" : "") + (steps > 0 ? ", " + steps + " steps" : "");
        }
    }

    /**
     * A list of values (numbers, texts such as enum names, or lists), equally likely.
     *
     * @param name   column name
     * @param path   scenario key path
     * @param levels the values, at least one
     */
    record Levels(String name, String path, List<Value> levels) implements Parameter {
        public Levels {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException(path + ": no levels");
            }
        }

        @Override
        public Value at(double u) {
            int k = levels.size();
            return levels.get(Math.max(0, Math.min(k - 1, (int) Math.floor(u * k))));
        }

        @Override
        public int gridSize() {
            return levels.size();
        }

        /** The middle of the i-th of k equal parts of the unit interval. */
        @Override
        public double gridUnit(int i) {
            return (i + 0.5) / levels.size();
        }

        @Override
        public String describe() {
            return name + ": one of " + levels.stream().map(Value::text).toList();
        }
    }

    /**
     * A parameter whose values are given point by point (design {@code points}).
     *
     * @param name column name
     * @param path scenario key path
     */
    record Given(String name, String path) implements Parameter {
        @Override
        public Value at(double u) {
            throw new UnsupportedOperationException(path + ": values are given by the points");
        }

        @Override
        public int gridSize() {
            return 0;
        }

        @Override
        public double gridUnit(int i) {
            throw new UnsupportedOperationException(path + ": values are given by the points");
        }

        @Override
        public String describe() {
            return name + ": given by the points";
        }
    }
}
