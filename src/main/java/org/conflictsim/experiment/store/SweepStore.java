package org.conflictsim.experiment.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.FileModes;

/**
 * The SQLite file of one sweep (or one shard of it). Tables:
 * <ul>
 * <li>{@code sweep(key, value)}: metadata: sweep file and its SHA-256, base scenario and its SHA-256, tool
 * version, git commit, master seed, design, run count, shard;</li>
 * <li>{@code parameters(idx, name, path, description)};</li>
 * <li>{@code points(point, parameter, value, number, unit)}: the value of each parameter at each point
 * (number when numeric, unit coordinate in the design's cube when there is one);</li>
 * <li>{@code runs(run, point, replicate, seed, status, wall_ms, error, finished_at)}: the ledger, one row per
 * finished run, status {@code ok} or {@code failed};</li>
 * <li>{@code outcomes(run, name, value)}, {@code labels(run, name, value)} and
 * {@code series(run, day, metric, entity, value)}: views over the compact tables {@code outcome_values},
 * {@code label_values}, {@code series_values} and the dictionary {@code names};</li>
 * <li>{@code sessions}: who ran which part, when, with which version.</li>
 * </ul>
 * A run is committed in one transaction with its outcomes, so the ledger never lists a run whose outcomes
 * are missing. While a sweep writes, the file is in WAL mode with an exclusive lock (one writer process;
 * a second sweep on the same file is refused, and no shared memory is needed, so it works on cluster file
 * systems); when the writer closes, the file goes back to a single self-contained file.
 *
 * <p>This class opens, creates (atomically), reads and closes a store; the schema and every write are
 * {@link StoreWriter}'s; the command that resumes a store's sweep is made by {@link ResumeCommand}.
 */
public final class SweepStore implements AutoCloseable {
    /** Value of the {@code format} metadata key. */
    public static final String FORMAT = "conflictsim-sweep-1";


    private final Path file;
    private final Connection db;
    private final boolean writer;
    /** The writes, for a store opened or created for writing; null for a reader. */
    private StoreWriter writes;
    private boolean closed;

    private SweepStore(Path file, Connection db, boolean writer) {
        this.file = file;
        this.db = db;
        this.writer = writer;
    }

    /** A parameter as the store lists it. */
    public record ParameterRow(String name, String path, String description) {
    }

    /** One parameter value at one point: text for tables, number when numeric (else NaN), unit coordinate (else NaN). */
    public record PointValue(String text, double number, double unit) {
    }

    // ---------------------------------------------------------------------------------------- open / create

    /**
     * Creates a new store; the file must not exist.
     *
     * @param metadata   key/value facts for the {@code sweep} table ({@code format} is added)
     * @param parameters the parameters in column order
     * @param outcomes   outcome names in column order (registered first so exports list them in this order)
     * @param labels     label names in column order
     */
    public static SweepStore create(Path file, Map<String, String> metadata, List<ParameterRow> parameters,
                                    List<String> outcomes, List<String> labels) throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException(StoreException.Kind.WRITE, file + " already exists");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.WRITE, "cannot create the folder of " + file + ": "
                    + e.getMessage(), e);
        }
        SweepStore s = connect(file, true);
        try {
            FileModes.makeOrdinary(file); // SQLite creates its files with mode 0644 whatever the umask allows
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // the store stays as SQLite made it: readable by all, writable by its owner
        }
        try {
            s.db.setAutoCommit(false);
            StoreWriter.createSchema(s.db, metadata, parameters);
            s.writes = new StoreWriter(file, s.db);
            s.writes.register(outcomes, labels);
            s.db.commit();
            return s;
        } catch (SQLException e) {
            s.closeQuietly();
            throw new StoreException(StoreException.Kind.WRITE, "cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new store atomically: the schema, metadata and points are written to a hidden file beside
     * {@code file} ({@code .NAME.creating}), which is closed into a single file and renamed to {@code file}
     * only when complete, then opened for writing. A process killed while creating leaves no half-made store
     * under the store's name, and the hidden file is removed by the next call.
     *
     * @param points writes the points into the new store (see {@link #writePoints})
     */
    public static SweepStore createAtomically(Path file, Map<String, String> metadata, List<ParameterRow> parameters,
                                              List<String> outcomes, List<String> labels, PointWriter points)
            throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException(StoreException.Kind.WRITE, file + " already exists");
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".creating");
        deleteStale(temp);
        SweepStore s = create(temp, metadata, parameters, outcomes, labels);
        try {
            points.write(s);
            s.close();
            AtomicWrite.moveToNew(temp, file);
        } catch (StoreException | java.io.IOException e) {
            s.closeQuietly();
            deleteStale(temp);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(StoreException.Kind.WRITE, "cannot create " + file + ": " + e.getMessage(), e);
        }
        return openForWriting(file);
    }

    /** Writes the points of a store being created. */
    @FunctionalInterface
    public interface PointWriter {
        /** Writes the points. */
        void write(SweepStore store) throws StoreException;
    }

    /** Removes a store left half-made by a killed creation, with its journal files. */
    private static void deleteStale(Path temp) throws StoreException {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.WRITE, "cannot remove " + temp + ", left by an interrupted"
                    + " creation: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code file} is an SQLite file without any table: a store whose creation was killed before its
     * schema was written (by a version that did not create stores atomically). Such a file holds no run and
     * may be replaced.
     */
    public static boolean isEmptyDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getLong(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }


    /** Opens an existing store to add runs (exclusive: one writer at a time). */
    public static SweepStore openForWriting(Path file) throws StoreException {
        requireFile(file);
        SweepStore s = connect(file, true);
        try {
            s.check();
            s.db.setAutoCommit(false);
            s.writes = new StoreWriter(file, s.db);
            s.writes.loadNames();
            s.db.commit();
            return s;
        } catch (SQLException e) {
            s.closeQuietly();
            throw translate(file, e, "cannot open", true);
        } catch (StoreException e) {
            s.closeQuietly();
            throw e;
        }
    }

    /** Opens an existing store to read it. */
    public static SweepStore openForReading(Path file) throws StoreException {
        requireFile(file);
        SweepStore s = connect(file, false);
        try {
            s.check();
            return s;
        } catch (StoreException e) {
            s.closeQuietly();
            throw e;
        }
    }

    private static void requireFile(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, file + ": no such store file");
        }
        if (!Files.isReadable(file)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, file + ": cannot read the file");
        }
    }

    private static SweepStore connect(Path file, boolean writer) throws StoreException {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 2000");
                if (writer) {
                    st.execute("PRAGMA locking_mode = EXCLUSIVE");
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = NORMAL");
                }
            }
            return new SweepStore(file, c, writer);
        } catch (SQLException e) {
            throw translate(file, e, "cannot open", writer);
        }
    }

    private void check() throws StoreException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM sweep WHERE key = 'format'")) {
            String format = rs.next() ? rs.getString(1) : null;
            if (!FORMAT.equals(format)) {
                throw new StoreException(StoreException.Kind.INVALID, file + ": not a ConflictSim sweep store"
                        + (format == null ? "" : " (format " + format + ", expected " + FORMAT + ")"));
            }
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw fail(e, "cannot read");
            }
            throw new StoreException(StoreException.Kind.INVALID, file + ": not a ConflictSim sweep store ("
                    + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * A store failure as the user should see it: a store locked by another process cannot be used (exit 5
     * for a writer, 3 for a reader); other failures of a writer are write failures (5), of a reader a
     * store that is not what it should be (4).
     */
    static StoreException translate(Path file, SQLException e, String what, boolean writing) {
        if (isBusy(e)) {
            return new StoreException(writing ? StoreException.Kind.WRITE : StoreException.Kind.NOT_FOUND,
                    file + " is in use by another process (is a sweep still writing it?)", e);
        }
        return new StoreException(writing ? StoreException.Kind.WRITE : StoreException.Kind.INVALID,
                what + " " + file + ": " + firstLine(e.getMessage()), e);
    }

    private StoreException fail(SQLException e, String what) {
        return translate(file, e, what, writer);
    }

    private static boolean isBusy(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // --------------------------------------------------------------------------------------------- writing

    /** Records the start of a working session (provenance of each part of the sweep). */
    public void startSession(String version, String gitCommit, String host, int threads, String shard, String command)
            throws StoreException {
        writes().startSession(version, gitCommit, host, threads, shard, command);
    }

    /**
     * Writes the points in one transaction.
     *
     * @param count  number of points
     * @param values the values of point i, in parameter order
     */
    public void writePoints(int count, java.util.function.IntFunction<List<PointValue>> values) throws StoreException {
        writes().writePoints(count, values);
    }

    /**
     * Writes finished runs in one transaction: each run with its outcomes, labels and series, or none of
     * them.
     */
    public void write(List<RunRecord> batch) throws StoreException {
        writes().write(batch);
    }

    private StoreWriter writes() {
        if (writes == null) {
            throw new IllegalStateException(file + " is open for reading");
        }
        return writes;
    }

    // --------------------------------------------------------------------------------------------- reading

    /** The store's file. */
    public Path file() {
        return file;
    }

    /** The {@code sweep} table as a map, in key order. */
    public Map<String, String> metadata() throws StoreException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM sweep ORDER BY key")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
            return m;
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /** One metadata value; INVALID when it is missing. */
    public String meta(String key) throws StoreException {
        String v = metadata().get(key);
        if (v == null) {
            throw new StoreException(StoreException.Kind.INVALID, file + ": the sweep table has no '" + key + "'");
        }
        return v;
    }

    /** The parameters in column order. */
    public List<ParameterRow> parameters() throws StoreException {
        List<ParameterRow> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, path, description FROM parameters ORDER BY idx")) {
            while (rs.next()) {
                out.add(new ParameterRow(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /** The ids of every recorded run (ok or failed): the ledger. */
    public BitSet recordedRuns() throws StoreException {
        BitSet done = new BitSet();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT run FROM runs")) {
            while (rs.next()) {
                long r = rs.getLong(1);
                if (r < 0 || r > Integer.MAX_VALUE) {
                    throw new StoreException(StoreException.Kind.INVALID, file + ": run id " + r + " out of range");
                }
                done.set((int) r);
            }
            return done;
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /**
     * A run as the store recorded it: seed, status, error and kept outcomes and labels.
     *
     * @param outcomes numeric outcomes by name (NaN where the run had none, e.g. a place not captured)
     */
    public record Recorded(long run, int point, int replicate, long seed, boolean ok, String error,
                           Map<String, Double> outcomes, Map<String, String> labels) {
    }

    /** The record of run {@code run}, or null when the ledger does not list it. */
    public Recorded recorded(long run) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT point, replicate, seed, status, error FROM runs WHERE run = ?");
             PreparedStatement po = db.prepareStatement("SELECT name, value FROM outcomes WHERE run = ? ORDER BY name");
             PreparedStatement pl = db.prepareStatement("SELECT name, value FROM labels WHERE run = ? ORDER BY name")) {
            ps.setLong(1, run);
            int point;
            int rep;
            long seed;
            boolean ok;
            String error;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                point = rs.getInt(1);
                rep = rs.getInt(2);
                seed = rs.getLong(3);
                ok = "ok".equals(rs.getString(4));
                error = rs.getString(5);
            }
            Map<String, Double> outcomes = new LinkedHashMap<>();
            po.setLong(1, run);
            try (ResultSet rs = po.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    double v = rs.getDouble(2);
                    outcomes.put(name, rs.wasNull() ? Double.NaN : v);
                }
            }
            Map<String, String> labels = new LinkedHashMap<>();
            pl.setLong(1, run);
            try (ResultSet rs = pl.executeQuery()) {
                while (rs.next()) {
                    labels.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Recorded(run, point, rep, seed, ok, error, outcomes, labels);
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /** Number of recorded runs with the given status ({@code ok} or {@code failed}). */
    public long count(String status) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM runs WHERE status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /**
     * Names of one kind ({@code outcome}, {@code label} or {@code series}) in registration order: the
     * columns the sweep kept, in the base scenario's order, then any a point added.
     */
    public List<String> names(String kind) throws StoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT name FROM names WHERE kind = ? ORDER BY id")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /**
     * Per point, the mean of an outcome over the point's successful runs, NaN where no run has a value.
     * With {@code presence}, the share of those runs where the outcome has a value instead (for capture
     * days: the share of runs with a capture).
     *
     * @param points number of points
     */
    public double[] pointMeans(String outcome, boolean presence, int points) throws StoreException {
        double[][] values = pointValues(outcome, presence, points);
        double[] mean = new double[points];
        for (int p = 0; p < points; p++) {
            double sum = 0;
            for (double v : values[p]) {
                sum += v;
            }
            mean[p] = values[p].length == 0 ? Double.NaN : sum / values[p].length;
        }
        return mean;
    }

    /**
     * Per point, the values of an outcome in the point's successful runs that have one, in run order (the
     * replicates, whose spread is the replicate noise); with {@code presence}, 1 or 0 per successful run for
     * whether the outcome has a value.
     *
     * @param points number of points
     */
    public double[][] pointValues(String outcome, boolean presence, int points) throws StoreException {
        List<List<Double>> by = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            by.add(new ArrayList<>());
        }
        String sql = "SELECT r.point, v.value FROM outcome_values v JOIN runs r ON r.run = v.run"
                + " JOIN names k ON k.id = v.name WHERE k.kind = 'outcome' AND k.name = ? AND r.status = 'ok'"
                + " ORDER BY r.run";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, outcome);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(1);
                    double v = rs.getDouble(2);
                    boolean present = !rs.wasNull();
                    if (p < 0 || p >= points) {
                        throw new StoreException(StoreException.Kind.INVALID, file + ": a run names point " + p
                                + ", but the sweep has " + points + " points");
                    }
                    if (presence) {
                        by.get(p).add(present ? 1.0 : 0.0);
                    } else if (present) {
                        by.get(p).add(v);
                    }
                }
            }
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
        double[][] out = new double[points][];
        for (int p = 0; p < points; p++) {
            out[p] = by.get(p).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return out;
    }

    /** Unit coordinates of the points, row-major points × parameters (NaN where there are none). */
    public double[] units(int points, int parameters) throws StoreException {
        double[] u = new double[points * parameters];
        java.util.Arrays.fill(u, Double.NaN);
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT point, parameter, unit FROM points")) {
            while (rs.next()) {
                int p = rs.getInt(1);
                int j = rs.getInt(2);
                double v = rs.getDouble(3);
                if (p >= 0 && p < points && j >= 0 && j < parameters && !rs.wasNull()) {
                    u[p * parameters + j] = v;
                }
            }
            return u;
        } catch (SQLException e) {
            throw fail(e, "cannot read");
        }
    }

    /** The JDBC connection, for the readers of this package. */
    Connection connection() {
        return db;
    }

    // --------------------------------------------------------------------------------------------- closing

    /**
     * Closes the store. A writer folds the write-ahead log back into the file first, so a closed store is
     * one self-contained file.
     */
    @Override
    public void close() throws StoreException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (writer) {
                if (!db.getAutoCommit()) {
                    db.commit();
                    db.setAutoCommit(true);
                }
                try (Statement st = db.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA journal_mode = DELETE");
                }
            }
            db.close();
        } catch (SQLException e) {
            closeQuietly();
            throw fail(e, "cannot close");
        }
    }

    private void closeQuietly() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // already failing; the caller reports the first problem
        }
    }
}
