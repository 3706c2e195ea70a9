package org.conflictsim.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected band of territory shares from an earlier {@code run}: for each faction and day, the 5% and
 * 95% quantiles of {@code territory_share} over the runs of {@code timeseries.csv}
 * ({@code run,day,date,metric,entity,value}), or the same band of one scenario of a {@code compare}, read from
 * its {@code bands.csv}. The GUI draws it behind the live territory chart, so a class
 * sees the run on screen against the ensemble.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan 1996, type 7, as R's default).
 */
public final class EnsembleBand {
    /** Lower quantile of the band. */
    public static final double LOW = 0.05;
    /** Upper quantile of the band. */
    public static final double HIGH = 0.95;
    private static final String METRIC = "territory_share";

    /**
     * The band of one faction.
     *
     * @param faction faction id
     * @param low     5% quantile of its territory share (0–1) for days 0, 1, ...
     * @param high    95% quantile, same days
     */
    public record Band(String faction, double[] low, double[] high) {
        public Band {
            if (low.length != high.length) {
                throw new IllegalArgumentException("low and high bands differ in length for " + faction);
            }
            low = low.clone();
            high = high.clone();
        }

        /** Days covered. */
        public int days() {
            return low.length;
        }

        @Override
        public double[] low() {
            return low.clone();
        }

        @Override
        public double[] high() {
            return high.clone();
        }
    }

    /** Raised when the results folder has no readable or no valid {@code timeseries.csv}. */
    public static final class BandException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        BandException(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        /** Whether the file is missing or unreadable (otherwise its content is invalid). */
        public boolean missing() {
            return missing;
        }
    }

    private final Path folder;
    private final int runs;
    private final Map<String, Band> bands;

    private EnsembleBand(Path folder, int runs, Map<String, Band> bands) {
        this.folder = folder;
        this.runs = runs;
        this.bands = bands;
    }

    /**
     * Reads {@code timeseries.csv} of a results folder, streaming (the file of a large ensemble need not fit in
     * memory; only territory shares are kept).
     *
     * @param folder a folder written by {@code conflictsim run}
     * @throws BandException if the file is missing or unreadable, or a territory row is malformed (the
     *                       message names the file and line), or it has no territory shares
     */
    public static EnsembleBand read(Path folder) throws BandException {
        return read(folder, null);
    }

    /**
     * Reads the band from the results folder of a {@code run} ({@code timeseries.csv}) or of a {@code compare}
     * ({@code bands.csv}, which holds the band already: the rows of the scenario labelled {@code scenario}, or
     * of the first scenario, the baseline, when none is).
     *
     * @param scenario the scenario id the GUI shows, or null
     * @throws BandException if neither file is there or readable, or the file is malformed (file and line named)
     */
    public static EnsembleBand read(Path folder, String scenario) throws BandException {
        Path file = folder.resolve("timeseries.csv");
        if (!Files.isRegularFile(file) && Files.isRegularFile(folder.resolve("bands.csv"))) {
            return readBands(folder, scenario);
        }
        if (!Files.isRegularFile(file)) {
            throw new BandException(file + ": not found (expected the results folder of an earlier run, with"
                    + " timeseries.csv, or of a compare, with bands.csv)", true);
        }
        Map<String, TreeMap<Integer, List<Double>>> values = new LinkedHashMap<>();
        java.util.Set<String> runIds = new java.util.HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals("run,day,date,metric,entity,value")) {
                throw new BandException(file + ":1: expected the header run,day,date,metric,entity,value, got "
                        + header, false);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.contains("," + METRIC + ",")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() != 6) {
                    throw new BandException(file + ":" + n + ": expected 6 fields, got " + f.size(), false);
                }
                if (!f.get(3).equals(METRIC) || f.get(5).isEmpty()) {
                    continue;
                }
                try {
                    int day = Integer.parseInt(f.get(1));
                    double v = Double.parseDouble(f.get(5));
                    if (day < 0 || !(v >= 0 && v <= 1)) {
                        throw new NumberFormatException("day " + day + ", share " + v);
                    }
                    runIds.add(f.get(0));
                    values.computeIfAbsent(f.get(4), k -> new TreeMap<>()).computeIfAbsent(day, k -> new ArrayList<>())
                            .add(v);
                } catch (NumberFormatException e) {
                    throw new BandException(file + ":" + n + ": bad day or territory share: " + e.getMessage(), false);
                }
            }
        } catch (IOException e) {
            throw new BandException(file + ": cannot read: " + e.getMessage(), true);
        }
        if (values.isEmpty()) {
            throw new BandException(file + ": no territory_share rows", false);
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, List<Double>>> e : values.entrySet()) {
            TreeMap<Integer, double[]> range = new TreeMap<>();
            e.getValue().forEach((day, list) -> {
                double[] xs = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                range.put(day, new double[] {quantile(xs, LOW), quantile(xs, HIGH)});
            });
            bands.put(e.getKey(), band(e.getKey(), range));
        }
        return new EnsembleBand(folder, runIds.size(), bands);
    }

    /** The band of {@code bands.csv} of a compare folder ({@code scenario,day,date,metric,entity,mean,p05,p95}). */
    private static EnsembleBand readBands(Path folder, String scenario) throws BandException {
        Path file = folder.resolve("bands.csv");
        Map<String, Map<String, TreeMap<Integer, double[]>>> byScenario = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals("scenario,day,date,metric,entity,mean,p05,p95")) {
                throw new BandException(file + ":1: expected the header scenario,day,date,metric,entity,mean,p05,p95,"
                        + " got " + header, false);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.contains("," + METRIC + ",")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() != 8) {
                    throw new BandException(file + ":" + n + ": expected 8 fields, got " + f.size(), false);
                }
                if (!f.get(3).equals(METRIC) || f.get(6).isEmpty() || f.get(7).isEmpty()) {
                    continue;
                }
                try {
                    int day = Integer.parseInt(f.get(1));
                    double lo = Double.parseDouble(f.get(6));
                    double hi = Double.parseDouble(f.get(7));
                    if (day < 0 || !(lo >= 0 && lo <= 1) || !(hi >= 0 && hi <= 1)) {
                        throw new NumberFormatException("day " + day + ", shares " + lo + " and " + hi);
                    }
                    byScenario.computeIfAbsent(f.get(0), k -> new LinkedHashMap<>())
                            .computeIfAbsent(f.get(4), k -> new TreeMap<>()).put(day, new double[] {lo, hi});
                } catch (NumberFormatException e) {
                    throw new BandException(file + ":" + n + ": bad day or territory share: " + e.getMessage(), false);
                }
            }
        } catch (IOException e) {
            throw new BandException(file + ": cannot read: " + e.getMessage(), true);
        }
        if (byScenario.isEmpty()) {
            throw new BandException(file + ": no territory_share rows", false);
        }
        String chosen = scenario != null && byScenario.containsKey(scenario) ? scenario
                : byScenario.keySet().iterator().next();
        Map<String, Band> bands = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : byScenario.get(chosen).entrySet()) {
            bands.put(e.getKey(), band(e.getKey(), e.getValue()));
        }
        return new EnsembleBand(folder, replications(folder.resolve("manifest.json")), bands);
    }

    /** A faction's band from {low, high} by day; days without a value are NaN. */
    private static Band band(String faction, TreeMap<Integer, double[]> byDay) {
        int days = byDay.lastKey() + 1;
        double[] lo = new double[days];
        double[] hi = new double[days];
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        byDay.forEach((d, v) -> {
            lo[d] = v[0];
            hi[d] = v[1];
        });
        return new Band(faction, lo, hi);
    }

    /** {@code replications} of a compare folder's manifest, 0 when it cannot be read. */
    private static int replications(Path manifest) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"replications\"\\s*:\\s*(\\d+)")
                    .matcher(Files.readString(manifest, StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The p-quantile of sorted values, interpolating linearly between order statistics (type 7).
     *
     * @param sorted values in increasing order, at least one
     * @param p      0–1
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Splits one CSV line (RFC 4180 quoting; no line breaks inside fields). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>(6);
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    /** The results folder it was read from. */
    public Path folder() {
        return folder;
    }

    /** Number of runs in the ensemble. */
    public int runs() {
        return runs;
    }

    /** The band of a faction, or null when the ensemble has none for it. */
    public Band band(String faction) {
        return bands.get(faction);
    }

    /** Factions with a band, in file order. */
    public List<String> factions() {
        return List.copyOf(bands.keySet());
    }
}
