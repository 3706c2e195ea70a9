package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.model.observe.Series;

/**
 * The daily series of all runs, read from {@code timeseries.csv.gz} or {@code timeseries.csv}
 * ({@code run,day,date,metric,entity,value}), or made from results in memory:
 * for each (metric, entity) pair a value per run and day, NaN where the file has none. Metrics and entities
 * keep the order of the file (the model's order). Units are those of the metric (see
 * {@code ConflictModel.defineSeries}): shares 0–1, persons, fighters, US$ per day, kg per day.
 */
public final class TimeSeriesTable {
    /** File name of the daily series, uncompressed. */
    public static final String FILE = "timeseries.csv";
    /** File name of the daily series, gzip-compressed (what {@code run} writes). */
    public static final String FILE_GZ = "timeseries.csv.gz";
    /** Header of the file. */
    public static final String HEADER = "run,day,date,metric,entity,value";

    private final int runs;
    private final int days;
    private final Map<String, Map<String, double[]>> values = new LinkedHashMap<>();

    private TimeSeriesTable(int runs, int days) {
        this.runs = runs;
        this.days = days;
    }

    /**
     * Reads {@code timeseries.csv}.
     *
     * @param runs number of runs (from the manifest), ≥ 1
     * @param days days per run (from the manifest), ≥ 1
     * @throws MalformedResultsException naming file and line when a column is missing, a number does not parse
     *                                   or a run or day is outside {@code [0, runs)} or {@code [0, days)}
     */
    public static TimeSeriesTable read(Path file, int runs, int days) throws IOException {
        TimeSeriesTable t = new TimeSeriesTable(runs, days);
        try (ResultsCsv in = ResultsCsv.open(file)) {
            List<String> header = in.next();
            if (header == null) {
                throw new MalformedResultsException(file + ": empty file");
            }
            int cRun = ResultsCsv.column(file, header, "run");
            int cDay = ResultsCsv.column(file, header, "day");
            int cMetric = ResultsCsv.column(file, header, "metric");
            int cEntity = ResultsCsv.column(file, header, "entity");
            int cValue = ResultsCsv.column(file, header, "value");
            String lastMetric = null;
            Map<String, double[]> byEntity = null;
            for (List<String> row = in.next(); row != null; row = in.next()) {
                if (row.size() != header.size()) {
                    throw new MalformedResultsException(in.where() + ": " + row.size() + " fields, the header has "
                            + header.size());
                }
                int run;
                int day;
                double v;
                try {
                    run = Integer.parseInt(row.get(cRun));
                    day = Integer.parseInt(row.get(cDay));
                    String s = row.get(cValue);
                    v = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new MalformedResultsException(in.where() + ": not a number: " + e.getMessage(), e);
                }
                if (run < 0 || run >= runs || day < 0 || day >= days) {
                    throw new MalformedResultsException(in.where() + ": run " + run + ", day " + day
                            + " outside the manifest's " + runs + " runs of " + days + " days");
                }
                String metric = row.get(cMetric);
                if (!metric.equals(lastMetric)) {
                    byEntity = t.values.computeIfAbsent(metric, k -> new LinkedHashMap<>());
                    lastMetric = metric;
                }
                double[] a = byEntity.get(row.get(cEntity));
                if (a == null) {
                    a = new double[runs * days];
                    java.util.Arrays.fill(a, Double.NaN);
                    byEntity.put(row.get(cEntity), a);
                }
                a[run * days + day] = v;
            }
        }
        return t;
    }

    /**
     * The table of the given series of runs held in memory: what reading back the file that
     * {@link RunWriter} writes of them gives, without the text in between (values are not rounded to the
     * file's 10 significant digits).
     *
     * @param runs the runs, numbered 0 to n-1
     * @param keys the series to hold, in order
     */
    public static TimeSeriesTable of(List<RunResult> runs, int days, List<Series.Key> keys) {
        TimeSeriesTable t = new TimeSeriesTable(runs.size(), days);
        for (Series.Key k : keys) {
            double[] a = new double[runs.size() * days];
            java.util.Arrays.fill(a, Double.NaN);
            for (RunResult r : runs) {
                Series s = r.series();
                int id = s.id(k.metric(), k.entity());
                if (id < 0) {
                    continue;
                }
                for (int d = 0; d < Math.min(days, s.days()); d++) {
                    a[r.run() * days + d] = s.get(id, d);
                }
            }
            t.values.computeIfAbsent(k.metric(), m -> new LinkedHashMap<>()).put(k.entity(), a);
        }
        return t;
    }

    /** A table without series (a folder written with {@code --series none}). */
    public static TimeSeriesTable empty(int runs, int days) {
        return new TimeSeriesTable(runs, days);
    }

    /** The daily series file of a results folder: {@value #FILE_GZ}, else {@value #FILE}, else null. */
    public static Path fileIn(Path dir) {
        for (String name : new String[] {FILE_GZ, FILE}) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** What {@link #scan} hands over for each row of the metric asked for. */
    @FunctionalInterface
    public interface RowVisitor {
        /**
         * One row.
         *
         * @param where {@code file:line} of the row, for messages
         * @param value the value, NaN when the field is empty
         */
        void row(String where, int run, int day, String entity, double value) throws IOException;
    }

    /**
     * Reads the rows of one metric from a daily series file (plain or {@code .gz}), streaming: memory does
     * not grow with the file.
     *
     * @throws MalformedResultsException naming file and line when the header is not {@value #HEADER}, a row
     *                                   has another number of fields, or run, day or value is not a number
     */
    public static void scan(Path file, String metric, RowVisitor visitor) throws IOException {
        try (ResultsCsv in = ResultsCsv.open(file)) {
            List<String> header = in.next();
            if (header == null || !String.join(",", header).equals(HEADER)) {
                throw new MalformedResultsException(file + ":1: expected the header " + HEADER + ", got "
                        + (header == null ? "an empty file" : String.join(",", header)));
            }
            for (List<String> row = in.next(); row != null; row = in.next()) {
                if (row.size() != 6) {
                    throw new MalformedResultsException(in.where() + ": " + row.size() + " fields, the header has 6");
                }
                if (!row.get(3).equals(metric)) {
                    continue;
                }
                try {
                    String v = row.get(5);
                    visitor.row(in.where(), Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1)), row.get(4),
                            v.isEmpty() ? Double.NaN : Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new MalformedResultsException(in.where() + ": not a number: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Number of runs. */
    public int runs() {
        return runs;
    }

    /** Days per run. */
    public int days() {
        return days;
    }

    /** Metrics in file order. */
    public List<String> metrics() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    /** Entities of a metric in file order (empty when the metric is absent). */
    public List<String> entities(String metric) {
        Map<String, double[]> m = values.get(metric);
        return m == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(m.keySet()));
    }

    /** Whether the file has this series. */
    public boolean has(String metric, String entity) {
        Map<String, double[]> m = values.get(metric);
        return m != null && m.containsKey(entity);
    }

    /** Value of a series in one run on one day, NaN when absent. */
    public double value(String metric, String entity, int run, int day) {
        Map<String, double[]> m = values.get(metric);
        double[] a = m == null ? null : m.get(entity);
        return a == null ? Double.NaN : a[run * days + day];
    }

    /** A series as {@code [run][day]} (a copy); all NaN when absent. */
    public double[][] series(String metric, String entity) {
        double[][] out = new double[runs][days];
        Map<String, double[]> m = values.get(metric);
        double[] a = m == null ? null : m.get(entity);
        for (int r = 0; r < runs; r++) {
            for (int d = 0; d < days; d++) {
                out[r][d] = a == null ? Double.NaN : a[r * days + d];
            }
        }
        return out;
    }

    /** Whether a series is absent, or zero or NaN in every run and day. */
    public boolean allZero(String metric, String entity) {
        Map<String, double[]> m = values.get(metric);
        double[] a = m == null ? null : m.get(entity);
        if (a == null) {
            return true;
        }
        for (double v : a) {
            if (v != 0 && !Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
