package org.conflictsim.experiment.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;

/**
 * Writes a sweep store as tidy CSV files for R and pandas, streaming (memory does not grow with the
 * number of runs):
 * <ul>
 * <li>{@code points.csv}: {@code point}, then one column per parameter;</li>
 * <li>{@code runs.csv}: one row per recorded run in run order: {@code run, point, replicate, seed, status,
 * wall_ms, finished_at, error} (the seed as text, see {@link #seedText}), the point's parameter values, the numeric outcomes (empty where it did not
 * happen, e.g. a place not captured) and the text outcomes;</li>
 * <li>{@code series.csv} (when the sweep kept series): {@code run, point, replicate, day, date, metric,
 * entity, value}.</li>
 * </ul>
 * Column order does not depend on the order in which runs finished, so two stores with the same runs give
 * the same files apart from {@code wall_ms} and {@code finished_at}.
 */
public final class StoreExport {
    private static final int POINT_CACHE = 4096;

    private StoreExport() {
    }

    /**
     * A seed as exported: {@code s} and its unsigned decimal digits, e.g. {@code s14187956657702021203}. As
     * text, it survives R's {@code read.csv}, pandas and spreadsheets, which read a bare number above 2^53
     * into a double and change its last digits; {@code --seed} accepts it as written.
     */
    public static String seedText(long seed) {
        return "s" + Long.toUnsignedString(seed);
    }

    /**
     * The export folder's name before {@code -csv}: the sweep's name ({@code island-lhs-csv}), with the shard
     * for a shard store; the store's file name for a store without a usable name.
     */
    public static String folderStem(Path store, java.util.Map<String, String> meta) {
        String name = meta.get("sweep_name");
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            return store.getFileName().toString().replaceFirst("\\.sqlite$", "");
        }
        String count = meta.getOrDefault("shard_count", "1");
        return "1".equals(count) ? name : name + "-shard-" + meta.getOrDefault("shard_index", "0") + "-of-" + count;
    }

    /** Counts of what was written. */
    public record Written(long points, long runs, long seriesRows) {
    }

    /**
     * Writes the CSV files into {@code dir} (which must exist).
     */
    public static Written write(SweepStore store, Path dir) throws StoreException, IOException {
        List<SweepStore.ParameterRow> params = store.parameters();
        long points = writePoints(store, params, dir.resolve("points.csv"));
        long runs = writeRuns(store, params, dir.resolve("runs.csv"));
        long series = writeSeries(store, dir.resolve("series.csv"));
        return new Written(points, runs, series);
    }

    private static long writePoints(SweepStore store, List<SweepStore.ParameterRow> params, Path file)
            throws StoreException, IOException {
        long n = 0;
        try (AtomicWrite.Pending out = AtomicWrite.open(file);
             Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT point, parameter, value FROM points ORDER BY point, parameter")) {
            Writer w = out.writer();
            StringBuilder h = new StringBuilder("point");
            params.forEach(p -> h.append(',').append(CsvField.field(p.name())));
            w.write(h.append('\n').toString());
            int current = -1;
            String[] row = new String[params.size()];
            while (rs.next()) {
                int p = rs.getInt(1);
                if (p != current) {
                    if (current >= 0) {
                        writeRow(w, current, row);
                        n++;
                    }
                    current = p;
                    java.util.Arrays.fill(row, "");
                }
                row[rs.getInt(2)] = rs.getString(3);
            }
            if (current >= 0) {
                writeRow(w, current, row);
                n++;
            }
            out.commit();
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return n;
    }

    private static void writeRow(Writer w, int point, String[] row) throws IOException {
        StringBuilder sb = new StringBuilder().append(point);
        for (String v : row) {
            sb.append(',').append(CsvField.field(v));
        }
        w.write(sb.append('\n').toString());
    }

    /** Column order: names registered when the store was made (base scenario order), then the rest by name. */
    static List<Map.Entry<Integer, String>> columns(SweepStore store, String kind) throws StoreException {
        int registered = Integer.parseInt(store.metadata().getOrDefault("names_registered", "0"));
        List<Map.Entry<Integer, String>> cols = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT id, name FROM names WHERE kind = ? ORDER BY id")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(Map.entry(rs.getInt(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        cols.sort(Comparator.<Map.Entry<Integer, String>>comparingInt(e -> e.getKey() <= registered ? 0 : 1)
                .thenComparing(e -> e.getKey() <= registered ? String.format("%010d", e.getKey()) : e.getValue()));
        return cols;
    }

    private static long writeRuns(SweepStore store, List<SweepStore.ParameterRow> params, Path file)
            throws StoreException, IOException {
        List<Map.Entry<Integer, String>> outcomes = columns(store, "outcome");
        List<Map.Entry<Integer, String>> labels = columns(store, "label");
        Map<Integer, Integer> outcomeCol = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            outcomeCol.put(outcomes.get(i).getKey(), i);
        }
        Map<Integer, Integer> labelCol = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelCol.put(labels.get(i).getKey(), i);
        }
        Map<Integer, String[]> pointCache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String[]> e) {
                return size() > POINT_CACHE;
            }
        };
        long n = 0;
        var db = store.connection();
        try (AtomicWrite.Pending out = AtomicWrite.open(file);
             Statement sr = db.createStatement();
             Statement so = db.createStatement();
             Statement sl = db.createStatement();
             PreparedStatement pv = db.prepareStatement("SELECT parameter, value FROM points WHERE point = ?");
             ResultSet runs = sr.executeQuery("SELECT run, point, replicate, seed, status, wall_ms, finished_at, error"
                     + " FROM runs ORDER BY run");
             ResultSet outs = so.executeQuery("SELECT run, name, value FROM outcome_values ORDER BY run");
             ResultSet labs = sl.executeQuery("SELECT run, name, value FROM label_values ORDER BY run")) {
            Writer w = out.writer();
            StringBuilder h = new StringBuilder("run,point,replicate,seed,status,wall_ms,finished_at,error");
            params.forEach(p -> h.append(',').append(CsvField.field(p.name())));
            outcomes.forEach(c -> h.append(',').append(CsvField.field(c.getValue())));
            labels.forEach(c -> h.append(',').append(CsvField.field(c.getValue())));
            w.write(h.append('\n').toString());
            boolean moreOut = outs.next();
            boolean moreLab = labs.next();
            double[] ov = new double[outcomes.size()];
            String[] lv = new String[labels.size()];
            while (runs.next()) {
                long run = runs.getLong(1);
                int point = runs.getInt(2);
                java.util.Arrays.fill(ov, Double.NaN);
                java.util.Arrays.fill(lv, "");
                while (moreOut && outs.getLong(1) < run) {
                    moreOut = outs.next();
                }
                while (moreOut && outs.getLong(1) == run) {
                    double v = outs.getDouble(3);
                    boolean missing = outs.wasNull();
                    ov[outcomeCol.get(outs.getInt(2))] = missing ? Double.NaN : v;
                    moreOut = outs.next();
                }
                while (moreLab && labs.getLong(1) < run) {
                    moreLab = labs.next();
                }
                while (moreLab && labs.getLong(1) == run) {
                    lv[labelCol.get(labs.getInt(2))] = labs.getString(3);
                    moreLab = labs.next();
                }
                String[] pvals = pointCache.get(point);
                if (pvals == null) {
                    pvals = new String[params.size()];
                    java.util.Arrays.fill(pvals, "");
                    pv.setInt(1, point);
                    try (ResultSet rs = pv.executeQuery()) {
                        while (rs.next()) {
                            pvals[rs.getInt(1)] = rs.getString(2);
                        }
                    }
                    pointCache.put(point, pvals);
                }
                StringBuilder sb = new StringBuilder(256);
                sb.append(run).append(',').append(point).append(',').append(runs.getInt(3)).append(',')
                        .append(seedText(runs.getLong(4))).append(',').append(runs.getString(5))
                        .append(',').append(runs.getLong(6)).append(',').append(runs.getString(7)).append(',')
                        .append(CsvField.field(runs.getString(8)));
                for (String v : pvals) {
                    sb.append(',').append(CsvField.field(v));
                }
                for (double v : ov) {
                    sb.append(',').append(Num.format(v));
                }
                for (String v : lv) {
                    sb.append(',').append(CsvField.field(v));
                }
                w.write(sb.append('\n').toString());
                n++;
            }
            out.commit();
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return n;
    }

    private static long writeSeries(SweepStore store, Path file) throws StoreException, IOException {
        var db = store.connection();
        LocalDate start = LocalDate.parse(store.meta("start"));
        int points = Integer.parseInt(store.meta("points"));
        Map<Integer, String[]> keys = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, entity FROM names WHERE kind = 'series'")) {
            while (rs.next()) {
                keys.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        if (keys.isEmpty()) {
            return 0;
        }
        record Row(String metric, String entity, int day, double value) {
        }
        long n = 0;
        try (AtomicWrite.Pending out = AtomicWrite.open(file);
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT run, name, day, value FROM series_values ORDER BY run")) {
            Writer w = out.writer();
            w.write("run,point,replicate,day,date,metric,entity,value\n");
            List<Row> buf = new ArrayList<>();
            long current = -1;
            boolean more = rs.next();
            while (more || !buf.isEmpty()) {
                long run = more ? rs.getLong(1) : -2;
                if (run != current && !buf.isEmpty()) {
                    buf.sort(Comparator.comparing(Row::metric).thenComparing(Row::entity).thenComparingInt(Row::day));
                    String prefix = current + "," + current % points + "," + current / points + ",";
                    StringBuilder sb = new StringBuilder(1 << 16);
                    for (Row r : buf) {
                        sb.append(prefix).append(r.day()).append(',').append(start.plusDays(r.day())).append(',')
                                .append(CsvField.field(r.metric())).append(',').append(CsvField.field(r.entity())).append(',')
                                .append(Num.format(r.value())).append('\n');
                        if (sb.length() > 1 << 15) {
                            w.write(sb.toString());
                            sb.setLength(0);
                        }
                    }
                    w.write(sb.toString());
                    n += buf.size();
                    buf.clear();
                }
                if (!more) {
                    break;
                }
                current = run;
                String[] k = keys.get(rs.getInt(2));
                double v = rs.getDouble(4);
                boolean missing = rs.wasNull();
                buf.add(new Row(k[0], k[1], rs.getInt(3), missing ? Double.NaN : v));
                more = rs.next();
            }
            out.commit();
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
        return n;
    }
}
