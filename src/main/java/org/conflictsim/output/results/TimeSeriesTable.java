package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily series of all runs, read from {@code timeseries.csv} ({@code run,day,date,metric,entity,value}):
 * for each (metric, entity) pair a value per run and day, NaN where the file has none. Metrics and entities
 * keep the order of the file (the model's order). Units are those of the metric (see
 * {@code ConflictModel.defineSeries}): shares 0–1, persons, fighters, US$ per day, kg per day.
 */
public final class TimeSeriesTable {
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
        try (CsvReader in = CsvReader.open(file)) {
            List<String> header = in.next();
            if (header == null) {
                throw new MalformedResultsException(file + ": empty file");
            }
            int cRun = CsvReader.column(file, header, "run");
            int cDay = CsvReader.column(file, header, "day");
            int cMetric = CsvReader.column(file, header, "metric");
            int cEntity = CsvReader.column(file, header, "entity");
            int cValue = CsvReader.column(file, header, "value");
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
