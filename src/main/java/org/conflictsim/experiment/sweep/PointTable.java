package org.conflictsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter points of a sweep, compact in memory: designs in the unit cube keep one unit coordinate
 * per point and parameter (8 bytes) and compute values on demand; explicit points keep an index into each
 * parameter's list of distinct values.
 */
public final class PointTable {
    private final List<Parameter> params;
    private final int points;
    private final double[] units;
    private final int[] codes;
    private final List<List<Value>> given;

    private PointTable(List<Parameter> params, int points, double[] units, int[] codes, List<List<Value>> given) {
        this.params = List.copyOf(params);
        this.points = points;
        this.units = units;
        this.codes = codes;
        this.given = given;
    }

    /**
     * Points from unit coordinates.
     *
     * @param units row-major points × parameters, each in [0, 1]
     */
    public static PointTable ofUnits(List<Parameter> params, double[] units) {
        int d = params.size();
        if (d == 0 || units.length % d != 0) {
            throw new IllegalArgumentException(units.length + " coordinates do not fill rows of " + d);
        }
        return new PointTable(params, units.length / d, units, null, null);
    }

    /**
     * Points given value by value.
     *
     * @param rows one list of values (in parameter order) per point
     */
    public static PointTable ofValues(List<Parameter> params, List<List<Value>> rows) {
        int d = params.size();
        List<java.util.Map<String, Integer>> index = new ArrayList<>();
        List<List<Value>> dict = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            index.add(new java.util.HashMap<>());
            dict.add(new ArrayList<>());
        }
        int[] codes = new int[rows.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            List<Value> row = rows.get(i);
            if (row.size() != d) {
                throw new IllegalArgumentException("point " + i + " has " + row.size() + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                Value v = row.get(j);
                List<Value> dj = dict.get(j);
                codes[i * d + j] = index.get(j).computeIfAbsent(v.yaml(), k -> {
                    dj.add(v);
                    return dj.size() - 1;
                });
            }
        }
        List<List<Value>> frozen = dict.stream().map(List::copyOf).toList();
        return new PointTable(params, rows.size(), null, codes, frozen);
    }

    /** Number of points. */
    public int size() {
        return points;
    }

    /** The parameters, in column order. */
    public List<Parameter> parameters() {
        return params;
    }

    /** The value of parameter j at point i. */
    public Value value(int i, int j) {
        int d = params.size();
        if (units != null) {
            return params.get(j).at(units[i * d + j]);
        }
        return given.get(j).get(codes[i * d + j]);
    }

    /** The unit coordinate of parameter j at point i, or NaN for explicit points. */
    public double unit(int i, int j) {
        return units == null ? Double.NaN : units[i * params.size() + j];
    }

    /** The {@code path=value} overrides that make point i from the base scenario. */
    public List<String> overrides(int i) {
        List<String> out = new ArrayList<>(params.size());
        for (int j = 0; j < params.size(); j++) {
            out.add(value(i, j).override(params.get(j).path()));
        }
        return out;
    }

    /** Distinct values of parameter j over all points (explicit points), or null for unit designs. */
    public List<Value> distinctGiven(int j) {
        return given == null ? null : given.get(j);
    }
}
