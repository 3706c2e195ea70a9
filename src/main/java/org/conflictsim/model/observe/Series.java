package org.conflictsim.model.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily time series of one run, in long form: each series is a (metric, entity) pair with one value per
 * day. Series are defined in a fixed order when the model starts, so outputs are ordered the same way in
 * every run. Values are stored in primitive arrays (one value per simulated day; day 0 is the state after
 * the first day's phases).
 */
public final class Series {
    /** Identifies one series. */
    public record Key(String metric, String entity) {
    }

    private final int days;
    private final List<Key> keys = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<double[]> values = new ArrayList<>();

    public Series(int days) {
        this.days = days;
    }

    /** Defines a series (or returns the existing one) and returns its id. */
    public int define(String metric, String entity) {
        Key k = new Key(metric, entity);
        Integer i = index.get(k);
        if (i != null) {
            return i;
        }
        int id = keys.size();
        keys.add(k);
        index.put(k, id);
        double[] v = new double[days];
        java.util.Arrays.fill(v, Double.NaN);
        values.add(v);
        return id;
    }

    public void set(int id, int day, double value) {
        values.get(id)[day] = value;
    }

    public double get(int id, int day) {
        return values.get(id)[day];
    }

    /** Id of a series, or -1. */
    public int id(String metric, String entity) {
        Integer i = index.get(new Key(metric, entity));
        return i == null ? -1 : i;
    }

    public List<Key> keys() {
        return Collections.unmodifiableList(keys);
    }

    public int size() {
        return keys.size();
    }

    /** Number of days with storage. */
    public int days() {
        return days;
    }
}
