package org.conflictsim.experiment.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of a sweep store for charts and reports, beside the ones the sweep itself needs
 * ({@link SweepStore}): the point table as values, one outcome of every successful run, the working
 * sessions, and the failed runs grouped by error. Memory grows with points and runs, not with the series.
 */
public final class StoreTables {
    private StoreTables() {
    }

    /**
     * One working session of a sweep: who ran a part of it, when, with which version.
     *
     * @param startedAt when it started (ISO-8601 instant)
     * @param version   tool version
     * @param gitCommit git commit of the tool (may be empty)
     * @param host      host name
     * @param threads   worker threads
     * @param shard     shard as {@code i/n}
     * @param command   command line after {@code conflictsim}
     */
    public record Session(String startedAt, String version, String gitCommit, String host, int threads, String shard,
                          String command) {
    }

    /**
     * An outcome over the successful runs: how many have a value, their mean, smallest and largest.
     *
     * @param n    runs with a value
     * @param mean mean of the values (NaN when n = 0)
     * @param min  smallest value (NaN when n = 0)
     * @param max  largest value (NaN when n = 0)
     */
    public record Stats(long n, double mean, double min, double max) {
        /** Whether every run with a value has the same value (or none has one). */
        public boolean constant() {
            return n == 0 || min == max;
        }
    }

    /** The value of one outcome in one successful run; NaN where the run has none (a place not taken). */
    public record RunValue(long run, int point, int replicate, double value) {
    }

    /**
     * The point table: {@code [point][parameter]}, each with its text, its number (NaN when not numeric)
     * and its unit coordinate (NaN when none).
     */
    public static SweepStore.PointValue[][] points(SweepStore store, int points, int parameters)
            throws StoreException {
        SweepStore.PointValue[][] out = new SweepStore.PointValue[points][parameters];
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT point, parameter, value, number, unit FROM points")) {
            while (rs.next()) {
                int p = rs.getInt(1);
                int j = rs.getInt(2);
                if (p < 0 || p >= points || j < 0 || j >= parameters) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": the points table names"
                            + " point " + p + " and parameter " + j + ", but the sweep has " + points + " points and "
                            + parameters + " parameters");
                }
                String text = rs.getString(3);
                double number = rs.getDouble(4);
                number = rs.wasNull() ? Double.NaN : number;
                double unit = rs.getDouble(5);
                unit = rs.wasNull() ? Double.NaN : unit;
                out[p][j] = new SweepStore.PointValue(text, number, unit);
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        for (int p = 0; p < points; p++) {
            for (int j = 0; j < parameters; j++) {
                if (out[p][j] == null) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": point " + p
                            + " has no value of parameter " + j);
                }
            }
        }
        return out;
    }

    /** An outcome in every successful run, in run order (NaN where the run has no value). */
    public static List<RunValue> runValues(SweepStore store, String outcome) throws StoreException {
        List<RunValue> out = new ArrayList<>();
        String sql = "SELECT r.run, r.point, r.replicate, v.value FROM runs r LEFT JOIN (SELECT o.run, o.value FROM"
                + " outcome_values o JOIN names k ON k.id = o.name WHERE k.kind = 'outcome' AND k.name = ?) v"
                + " ON v.run = r.run WHERE r.status = 'ok' ORDER BY r.run";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, outcome);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(4);
                    if (rs.wasNull()) { // asked right after reading the value: wasNull speaks of the last column read
                        v = Double.NaN;
                    }
                    out.add(new RunValue(rs.getLong(1), rs.getInt(2), rs.getInt(3), v));
                }
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return out;
    }

    /** The value of one text outcome (a label, e.g. who captured a place) in one successful run; "" when none. */
    public record RunLabel(long run, int point, String value) {
    }

    /** A text outcome in every successful run, in run order ("" where the run has no value). */
    public static List<RunLabel> runLabels(SweepStore store, String label) throws StoreException {
        List<RunLabel> out = new ArrayList<>();
        String sql = "SELECT r.run, r.point, v.value FROM runs r LEFT JOIN (SELECT l.run, l.value FROM"
                + " label_values l JOIN names k ON k.id = l.name WHERE k.kind = 'label' AND k.name = ?) v"
                + " ON v.run = r.run WHERE r.status = 'ok' ORDER BY r.run";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, label);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String v = rs.getString(3);
                    out.add(new RunLabel(rs.getLong(1), rs.getInt(2), v == null ? "" : v));
                }
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return out;
    }

    /**
     * Every numeric outcome the store registered, in registration order, with its statistics over the
     * successful runs (one pass over the outcome values).
     */
    public static Map<String, Stats> outcomeStats(SweepStore store) throws StoreException {
        Map<String, Stats> out = new LinkedHashMap<>();
        for (String name : store.names("outcome")) {
            out.put(name, new Stats(0, Double.NaN, Double.NaN, Double.NaN));
        }
        String sql = "SELECT k.name, count(v.value), avg(v.value), min(v.value), max(v.value) FROM outcome_values v"
                + " JOIN names k ON k.id = v.name JOIN runs r ON r.run = v.run WHERE k.kind = 'outcome'"
                + " AND r.status = 'ok' GROUP BY k.name";
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long n = rs.getLong(2);
                out.put(rs.getString(1), n == 0 ? new Stats(0, Double.NaN, Double.NaN, Double.NaN)
                        : new Stats(n, rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return out;
    }

    /** The working sessions in the order they started. */
    public static List<Session> sessions(SweepStore store) throws StoreException {
        List<Session> out = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT started_at, version, git_commit, host, threads, shard, command"
                     + " FROM sessions ORDER BY started_at, session")) {
            while (rs.next()) {
                out.add(new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return out;
    }

    /**
     * Failed runs grouped by the first line of their error, most frequent first (at most {@code limit}
     * groups).
     */
    public static Map<String, Long> failures(SweepStore store, int limit) throws StoreException {
        Map<String, Long> out = new LinkedHashMap<>();
        String sql = "SELECT CASE WHEN instr(coalesce(error, ''), char(10)) > 0 THEN substr(error, 1,"
                + " instr(error, char(10)) - 1) ELSE coalesce(error, '') END AS e, count(*) AS n FROM runs"
                + " WHERE status = 'failed' GROUP BY e ORDER BY n DESC, e LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return out;
    }
}
