package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;
import org.conflictsim.model.observe.Series;

/**
 * The daily bands of a comparison, {@code bands.csv}: for each scenario, daily series and day, the mean and
 * the 5% and 95% quantiles across replicates ({@link Band}), in long/tidy form
 * {@code scenario,day,date,metric,entity,mean,p05,p95}. Values are in the series' own units (see
 * {@code experiment.compare.HeadlineSeries}); a day on which no run has a value has empty fields. Series keep
 * the order in which the runs define them; scenarios the order of the comparison.
 */
public final class BandsTable {
    /** Header of {@code bands.csv}. */
    public static final String HEADER = "scenario,day,date,metric,entity,mean,p05,p95";

    /** Identifies the band of one series of one scenario. */
    private record Key(String scenario, String metric, String entity) {
    }

    private final List<String> scenarios = new ArrayList<>();
    private final Map<String, LocalDate> starts = new LinkedHashMap<>();
    private final Map<Key, Band> bands = new LinkedHashMap<>();

    private BandsTable() {
    }

    /**
     * Summarises the daily series of the runs of each scenario across its replicates.
     *
     * @param labels scenario labels, in comparison order
     * @param starts calendar date of day 0 of each scenario
     * @param runs   the runs of each scenario, each with the same series (as {@code compare} keeps them)
     */
    public static BandsTable of(List<String> labels, List<LocalDate> starts, List<List<RunResult>> runs) {
        if (labels.size() != starts.size() || labels.size() != runs.size()) {
            throw new IllegalArgumentException("need one start date and one list of runs per scenario, got "
                    + labels.size() + " labels, " + starts.size() + " dates, " + runs.size() + " lists");
        }
        BandsTable t = new BandsTable();
        for (int k = 0; k < labels.size(); k++) {
            String label = labels.get(k);
            t.scenarios.add(label);
            t.starts.put(label, starts.get(k));
            List<RunResult> rs = runs.get(k);
            if (rs.isEmpty()) {
                continue;
            }
            List<Series.Key> keys = rs.get(0).series().keys();
            for (Series.Key key : keys) {
                double[][] v = new double[rs.size()][];
                for (int r = 0; r < rs.size(); r++) {
                    Series s = rs.get(r).series();
                    int id = s.id(key.metric(), key.entity());
                    v[r] = new double[s.days()];
                    for (int d = 0; d < v[r].length; d++) {
                        v[r][d] = id < 0 ? Double.NaN : s.get(id, d);
                    }
                }
                t.bands.put(new Key(label, key.metric(), key.entity()), Band.of(v, 1));
            }
        }
        return t;
    }

    /** Writes {@code bands.csv}. */
    public void write(Path file) throws IOException {
        AtomicWrite.writeText(file, w -> {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Map.Entry<Key, Band> e : bands.entrySet()) {
                Key k = e.getKey();
                Band b = e.getValue();
                double[] mean = b.mean();
                double[] low = b.low();
                double[] high = b.high();
                LocalDate start = starts.get(k.scenario());
                String series = CsvField.field(k.metric()) + "," + CsvField.field(k.entity()) + ",";
                for (int d = 0; d < mean.length; d++) {
                    sb.append(CsvField.field(k.scenario())).append(',').append(d).append(',').append(start.plusDays(d))
                            .append(',').append(series).append(Num.format(mean[d])).append(',')
                            .append(Num.format(low[d])).append(',').append(Num.format(high[d])).append('\n');
                }
                if (sb.length() > 1 << 15) {
                    w.write(sb.toString());
                    sb.setLength(0);
                }
            }
            w.write(sb.toString());
        });
    }

    /**
     * Reads {@code bands.csv}.
     *
     * @param days days per run (from the manifest), ≥ 1
     * @throws MalformedResultsException naming file and line when a column is missing, a field does not
     *                                   parse, a day is outside {@code [0, days)} or dates of a scenario disagree
     */
    public static BandsTable read(Path file, int days) throws IOException {
        BandsTable t = new BandsTable();
        Map<Key, double[][]> values = new LinkedHashMap<>();
        try (ResultsCsv in = ResultsCsv.open(file)) {
            List<String> h = in.next();
            if (h == null) {
                throw new MalformedResultsException(file + ": empty file");
            }
            int[] c = new int[8];
            String[] names = HEADER.split(",");
            for (int i = 0; i < names.length; i++) {
                c[i] = ResultsCsv.column(file, h, names[i]);
            }
            for (List<String> row = in.next(); row != null; row = in.next()) {
                if (row.size() != h.size()) {
                    throw new MalformedResultsException(in.where() + ": " + row.size() + " fields, the header has "
                            + h.size());
                }
                String scenario = row.get(c[0]);
                int day;
                LocalDate date;
                double[] v = new double[3];
                try {
                    day = Integer.parseInt(row.get(c[1]));
                    date = LocalDate.parse(row.get(c[2]));
                    for (int i = 0; i < 3; i++) {
                        String s = row.get(c[5 + i]);
                        v[i] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                    }
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new MalformedResultsException(in.where() + ": " + e.getMessage(), e);
                }
                if (day < 0 || day >= days) {
                    throw new MalformedResultsException(in.where() + ": day " + day + " outside the manifest's "
                            + days + " days");
                }
                LocalDate start = date.minusDays(day);
                LocalDate known = t.starts.putIfAbsent(scenario, start);
                if (known == null) {
                    t.scenarios.add(scenario);
                } else if (!known.equals(start)) {
                    throw new MalformedResultsException(in.where() + ": day " + day + " of " + scenario + " is "
                            + date + ", but its day 0 is " + known + " in earlier rows");
                }
                double[][] a = values.computeIfAbsent(new Key(scenario, row.get(c[3]), row.get(c[4])), k -> {
                    double[][] n = new double[3][days];
                    for (double[] x : n) {
                        Arrays.fill(x, Double.NaN);
                    }
                    return n;
                });
                for (int i = 0; i < 3; i++) {
                    a[i][day] = v[i];
                }
            }
        }
        values.forEach((k, a) -> t.bands.put(k, new Band(a[0], a[1], a[2])));
        return t;
    }

    /** Scenario labels in comparison order. */
    public List<String> scenarios() {
        return Collections.unmodifiableList(scenarios);
    }

    /** Calendar date of day 0 of a scenario. */
    public LocalDate start(String scenario) {
        LocalDate d = starts.get(scenario);
        if (d == null) {
            throw new IllegalArgumentException("bands.csv has no scenario \"" + scenario + "\"");
        }
        return d;
    }

    /** The band of a series of a scenario, or null when the scenario does not have that series. */
    public Band band(String scenario, String metric, String entity) {
        return bands.get(new Key(scenario, metric, entity));
    }

    /** Entities of a metric over all scenarios, in order of first appearance. */
    public List<String> entities(String metric) {
        List<String> out = new ArrayList<>();
        for (Key k : bands.keySet()) {
            if (k.metric().equals(metric) && !out.contains(k.entity())) {
                out.add(k.entity());
            }
        }
        return out;
    }

    /**
     * Whether every scenario has a series with the same mean and range on every day as the first scenario (so
     * a chart of it would show one line).
     */
    public boolean sameInEveryScenario(String metric, String entity) {
        Band ref = band(scenarios.get(0), metric, entity);
        for (String s : scenarios) {
            Band b = band(s, metric, entity);
            if (ref == null || b == null || !Arrays.equals(ref.mean(), b.mean()) || !Arrays.equals(ref.low(), b.low())
                    || !Arrays.equals(ref.high(), b.high())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a series is absent, or zero or NaN on every day in every scenario (mean and range). */
    public boolean allZero(String metric, String entity) {
        for (String s : scenarios) {
            Band b = band(s, metric, entity);
            if (b == null) {
                continue;
            }
            for (double[] a : new double[][] {b.mean(), b.low(), b.high()}) {
                for (double v : a) {
                    if (v != 0 && !Double.isNaN(v)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
