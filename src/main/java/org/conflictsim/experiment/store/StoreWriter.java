package org.conflictsim.experiment.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.SweepStore.PointValue;

/**
 * The writes to a {@link SweepStore} opened for writing: the schema and the sweep's metadata and parameters
 * when the store is created, the working sessions, the points, and finished runs, each with its outcomes,
 * labels and series in one transaction, their names kept in the {@code names} dictionary.
 */
final class StoreWriter {
    private static final String[] SCHEMA = {
        "CREATE TABLE sweep (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE parameters (idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
            + " description TEXT NOT NULL)",
        "CREATE TABLE points (point INTEGER NOT NULL, parameter INTEGER NOT NULL, value TEXT NOT NULL, number REAL,"
            + " unit REAL, PRIMARY KEY (point, parameter)) WITHOUT ROWID",
        "CREATE TABLE runs (run INTEGER PRIMARY KEY, point INTEGER NOT NULL, replicate INTEGER NOT NULL,"
            + " seed INTEGER NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),"
            + " wall_ms INTEGER NOT NULL, error TEXT, finished_at TEXT NOT NULL)",
        "CREATE TABLE names (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('outcome', 'label', 'series')),"
            + " name TEXT NOT NULL, entity TEXT NOT NULL DEFAULT '', UNIQUE (kind, name, entity))",
        "CREATE TABLE outcome_values (run INTEGER NOT NULL, name INTEGER NOT NULL, value REAL,"
            + " PRIMARY KEY (run, name)) WITHOUT ROWID",
        "CREATE TABLE label_values (run INTEGER NOT NULL, name INTEGER NOT NULL, value TEXT NOT NULL,"
            + " PRIMARY KEY (run, name)) WITHOUT ROWID",
        "CREATE TABLE series_values (run INTEGER NOT NULL, name INTEGER NOT NULL, day INTEGER NOT NULL, value REAL,"
            + " PRIMARY KEY (run, name, day)) WITHOUT ROWID",
        "CREATE TABLE sessions (session INTEGER PRIMARY KEY, started_at TEXT NOT NULL, version TEXT NOT NULL,"
            + " git_commit TEXT NOT NULL, host TEXT NOT NULL, threads INTEGER NOT NULL, shard TEXT NOT NULL,"
            + " command TEXT NOT NULL)",
        "CREATE VIEW outcomes AS SELECT v.run AS run, n.name AS name, v.value AS value FROM outcome_values v"
            + " JOIN names n ON n.id = v.name",
        "CREATE VIEW labels AS SELECT v.run AS run, n.name AS name, v.value AS value FROM label_values v"
            + " JOIN names n ON n.id = v.name",
        "CREATE VIEW series AS SELECT v.run AS run, v.day AS day, n.name AS metric, n.entity AS entity,"
            + " v.value AS value FROM series_values v JOIN names n ON n.id = v.name",
    };

    private final Path file;
    private final Connection db;
    private final Map<String, Integer> nameIds = new HashMap<>();
    private final PreparedStatement insRun;
    private final PreparedStatement insOutcome;
    private final PreparedStatement insLabel;
    private final PreparedStatement insSeries;
    private final PreparedStatement insName;

    /** Prepares the writes to an open connection (no transaction is started or ended). */
    StoreWriter(Path file, Connection db) throws SQLException {
        this.file = file;
        this.db = db;
        insRun = db.prepareStatement("INSERT INTO runs (run, point, replicate, seed, status, wall_ms, error, finished_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insOutcome = db.prepareStatement("INSERT INTO outcome_values (run, name, value) VALUES (?, ?, ?)");
        insLabel = db.prepareStatement("INSERT INTO label_values (run, name, value) VALUES (?, ?, ?)");
        insSeries = db.prepareStatement("INSERT INTO series_values (run, name, day, value) VALUES (?, ?, ?, ?)");
        insName = db.prepareStatement("INSERT INTO names (kind, name, entity) VALUES (?, ?, ?)");
    }

    /**
     * Creates the tables and views of a new store and writes its metadata ({@code format} first) and
     * parameters, inside the caller's transaction.
     */
    static void createSchema(Connection db, Map<String, String> metadata, List<SweepStore.ParameterRow> parameters)
            throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String sql : SCHEMA) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO sweep (key, value) VALUES (?, ?)")) {
            ps.setString(1, "format");
            ps.setString(2, SweepStore.FORMAT);
            ps.executeUpdate();
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO parameters (idx, name, path, description) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, parameters.get(i).name());
                ps.setString(3, parameters.get(i).path());
                ps.setString(4, parameters.get(i).description());
                ps.executeUpdate();
            }
        }
    }

    /** Registers outcome and label names in column order, so exports list them in this order. */
    void register(List<String> outcomes, List<String> labels) throws SQLException {
        for (String o : outcomes) {
            nameId("outcome", o, "");
        }
        for (String l : labels) {
            nameId("label", l, "");
        }
    }

    /** Loads the dictionary of names an existing store holds. */
    void loadNames() throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, kind, name, entity FROM names")) {
            while (rs.next()) {
                nameIds.put(key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(1));
            }
        }
    }

    /** Records the start of a working session (provenance of each part of the sweep). */
    void startSession(String version, String gitCommit, String host, int threads, String shard, String command)
            throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO sessions (started_at, version, git_commit, host,"
                + " threads, shard, command) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, java.time.Instant.now().toString());
            ps.setString(2, version);
            ps.setString(3, gitCommit);
            ps.setString(4, host);
            ps.setInt(5, threads);
            ps.setString(6, shard);
            ps.setString(7, command);
            ps.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw fail(e, "cannot write to");
        }
    }

    /**
     * Writes the points in one transaction.
     *
     * @param count  number of points
     * @param values the values of point i, in parameter order
     */
    void writePoints(int count, java.util.function.IntFunction<List<PointValue>> values) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO points (point, parameter, value, number, unit) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                List<PointValue> row = values.apply(i);
                for (int j = 0; j < row.size(); j++) {
                    PointValue v = row.get(j);
                    ps.setInt(1, i);
                    ps.setInt(2, j);
                    ps.setString(3, v.text());
                    setNumber(ps, 4, v.number());
                    setNumber(ps, 5, v.unit());
                    ps.addBatch();
                }
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw fail(e, "cannot write to");
        }
    }

    /**
     * Writes finished runs in one transaction: each run with its outcomes, labels and series, or none of
     * them.
     */
    void write(List<RunRecord> batch) throws StoreException {
        try {
            for (RunRecord r : batch) {
                insRun.setLong(1, r.run());
                insRun.setInt(2, r.point());
                insRun.setInt(3, r.replicate());
                insRun.setLong(4, r.seed());
                insRun.setString(5, r.ok() ? "ok" : "failed");
                insRun.setLong(6, r.wallMs());
                if (r.error() == null) {
                    insRun.setNull(7, Types.VARCHAR);
                } else {
                    insRun.setString(7, r.error());
                }
                insRun.setString(8, r.finishedAt().toString());
                insRun.executeUpdate();
                for (Map.Entry<String, Double> e : r.outcomes().entrySet()) {
                    insOutcome.setLong(1, r.run());
                    insOutcome.setInt(2, nameId("outcome", e.getKey(), ""));
                    setNumber(insOutcome, 3, e.getValue());
                    insOutcome.addBatch();
                }
                insOutcome.executeBatch();
                for (Map.Entry<String, String> e : r.labels().entrySet()) {
                    insLabel.setLong(1, r.run());
                    insLabel.setInt(2, nameId("label", e.getKey(), ""));
                    insLabel.setString(3, e.getValue());
                    insLabel.addBatch();
                }
                insLabel.executeBatch();
                for (RunRecord.SeriesData s : r.series()) {
                    int id = nameId("series", s.metric(), s.entity());
                    for (int d = 0; d < s.values().length; d++) {
                        insSeries.setLong(1, r.run());
                        insSeries.setInt(2, id);
                        insSeries.setInt(3, d);
                        setNumber(insSeries, 4, s.values()[d]);
                        insSeries.addBatch();
                    }
                }
                insSeries.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            nameIds.clear();
            reloadNamesQuietly();
            throw fail(e, "cannot write to");
        }
    }

    private int nameId(String kind, String name, String entity) throws SQLException {
        String k = key(kind, name, entity);
        Integer id = nameIds.get(k);
        if (id != null) {
            return id;
        }
        insName.setString(1, kind);
        insName.setString(2, name);
        insName.setString(3, entity);
        insName.executeUpdate();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            id = rs.getInt(1);
        }
        nameIds.put(k, id);
        return id;
    }

    private void reloadNamesQuietly() {
        try {
            loadNames();
        } catch (SQLException ignored) {
            // the next write fails again and reports the cause
        }
    }

    private static String key(String kind, String name, String entity) {
        return kind + '\u0000' + name + '\u0000' + entity;
    }

    private static void setNumber(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the caller reports the original failure
        }
    }

    private StoreException fail(SQLException e, String what) {
        return SweepStore.translate(file, e, what, true);
    }
}
