package org.conflictsim.output.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.files.Num;

/**
 * A parameter of a sweep with its value at every point, as charts need it: whether it is numeric, its
 * distinct values in order (numbers ascending; texts in the order of the sweep file, which the design's unit
 * coordinates keep; else first appearance) and which of them each point has.
 *
 * @param name        column name
 * @param path        scenario key path
 * @param description one line from the sweep (range, distribution, levels)
 * @param text        the value at each point as text
 * @param number      the value at each point as a number (NaN for texts)
 * @param levels      the distinct values in order, as text
 * @param levelOf     the index into {@code levels} of each point's value
 */
public record SweepParameter(String name, String path, String description, String[] text, double[] number,
                      List<String> levels, int[] levelOf) {

    /**
     * Builds a parameter from column {@code j} of the store's point table. Numbers that agree to 10
     * significant digits are one value (designs computed in floating point give 0.6 and
     * 0.6000000000000001 for the same level), shown as {@link Num#format}.
     */
    static SweepParameter of(SweepStore.ParameterRow row, SweepStore.PointValue[][] points, int j) {
        int n = points.length;
        String[] text = new String[n];
        double[] number = new double[n];
        boolean numeric = true;
        for (int p = 0; p < n; p++) {
            text[p] = points[p][j].text();
            number[p] = points[p][j].number();
            numeric &= !Double.isNaN(number[p]);
        }
        String[] key = new String[n];
        Map<String, double[]> first = new LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            key[p] = numeric ? Num.format(number[p]) : text[p];
            first.putIfAbsent(key[p], new double[] {number[p], points[p][j].unit(), first.size()});
        }
        List<String> levels = new ArrayList<>(first.keySet());
        boolean units = first.values().stream().noneMatch(k -> Double.isNaN(k[1]));
        Comparator<String> order = numeric ? Comparator.comparingDouble(t -> first.get(t)[0])
                : units ? Comparator.comparingDouble(t -> first.get(t)[1])
                : Comparator.comparingDouble(t -> first.get(t)[2]);
        levels.sort(order);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        int[] levelOf = new int[n];
        for (int p = 0; p < n; p++) {
            levelOf[p] = index.get(key[p]);
        }
        return new SweepParameter(row.name(), row.path(), row.description(), text, number, List.copyOf(levels),
                levelOf);
    }

    /** Whether every point has a numeric value. */
    boolean numeric() {
        return java.util.Arrays.stream(number).noneMatch(Double::isNaN);
    }

    /** Whether values are drawn log-uniformly (then charts use a logarithmic axis). */
    boolean logScale() {
        return numeric() && description.contains(": log-uniform on ")
                && java.util.Arrays.stream(number).allMatch(v -> v > 0);
    }

    /** The number of value {@code k} (NaN for a text). */
    double levelNumber(int k) {
        for (int p = 0; p < levelOf.length; p++) {
            if (levelOf[p] == k) {
                return number[p];
            }
        }
        throw new IndexOutOfBoundsException("parameter " + name + " has no value " + k);
    }

    /** Number of distinct values. */
    public int levelCount() {
        return levels.size();
    }
}
