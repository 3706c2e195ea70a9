package org.conflictsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.output.results.BandsTable;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.CompareManifest;
import org.conflictsim.output.results.MalformedResultsException;
import org.conflictsim.output.results.TimeSeriesTable;

/**
 * The expected band of territory shares from an earlier {@code run}: for each faction and day, the 5% and
 * 95% quantiles of {@code territory_share} over the runs of its daily series ({@code timeseries.csv.gz}, or
 * {@code timeseries.csv} of older folders: {@code run,day,date,metric,entity,value}), or the same band of one
 * scenario of a {@code compare}, read from its {@code bands.csv}. The GUI draws it behind the live territory
 * chart, so a class sees the run on screen against the ensemble.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman &amp; Fan 1996, type 7, as R's default).
 */
public final class EnsembleBand {
    /** Lower quantile of the band. */
    public static final double LOW = 0.05;
    /** Upper quantile of the band. */
    public static final double HIGH = 0.95;
    private static final String METRIC = Metric.TERRITORY_SHARE.id();

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

    /** Raised when the results folder has no readable or no valid daily series or {@code bands.csv}. */
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
     * Reads the daily series of a results folder ({@code timeseries.csv.gz}, else {@code timeseries.csv}),
     * streaming (the file of a large ensemble need not fit in memory; only territory shares are kept), or the
     * baseline's band of a compare folder's {@code bands.csv}.
     *
     * @param folder a folder written by {@code conflictsim run} or {@code compare}
     * @throws BandException if the file is missing or unreadable, or a territory row is malformed (the
     *                       message names the file and line), or it has no territory shares
     */
    public static EnsembleBand read(Path folder) throws BandException {
        return read(folder, null);
    }

    /**
     * Reads the band from the results folder of a {@code run} (its daily series) or of a {@code compare}
     * ({@code bands.csv}, which holds the band already: the rows of the scenario labelled {@code scenario} or
     * with that id, or of the first scenario, the baseline, when none is).
     *
     * @param scenario the scenario id the GUI shows, or null
     * @throws BandException if neither file is there or readable, or the file is malformed (file and line named)
     */
    public static EnsembleBand read(Path folder, String scenario) throws BandException {
        Path file = TimeSeriesTable.fileIn(folder);
        if (file == null && Files.isRegularFile(folder.resolve(CompareFolder.BANDS))) {
            return readBands(folder, scenario);
        }
        if (file == null) {
            throw new BandException(folder.resolve(TimeSeriesTable.FILE_GZ) + ": not found (expected the results "
                    + "folder of an earlier run, with its daily series, or of a compare, with bands.csv)", true);
        }
        Map<String, TreeMap<Integer, List<Double>>> values = new LinkedHashMap<>();
        java.util.Set<Integer> runIds = new java.util.HashSet<>();
        try {
            TimeSeriesTable.scan(file, METRIC, (where, run, day, entity, v) -> {
                if (Double.isNaN(v)) {
                    return;
                }
                if (day < 0 || !(v >= 0 && v <= 1)) {
                    throw new MalformedResultsException(where + ": bad day or territory share: day " + day
                            + ", share " + v);
                }
                runIds.add(run);
                values.computeIfAbsent(entity, k -> new TreeMap<>()).computeIfAbsent(day, k -> new ArrayList<>())
                        .add(v);
            });
        } catch (MalformedResultsException e) {
            throw new BandException(e.getMessage(), false);
        } catch (IOException e) {
            throw new BandException(file + ": cannot read: " + e.getMessage(), true);
        }
        if (values.isEmpty()) {
            throw new BandException(file + ": no territory_share rows", false);
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, List<Double>>> e : values.entrySet()) {
            int days = e.getValue().lastKey() + 1;
            double[] lo = new double[days];
            double[] hi = new double[days];
            Arrays.fill(lo, Double.NaN);
            Arrays.fill(hi, Double.NaN);
            for (Map.Entry<Integer, List<Double>> d : e.getValue().entrySet()) {
                double[] xs = d.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                lo[d.getKey()] = org.conflictsim.output.results.Band.quantile(xs, LOW);
                hi[d.getKey()] = org.conflictsim.output.results.Band.quantile(xs, HIGH);
            }
            bands.put(e.getKey(), new Band(e.getKey(), lo, hi));
        }
        return new EnsembleBand(folder, runIds.size(), bands);
    }

    /**
     * The band of {@code bands.csv} of a compare folder ({@code scenario,day,date,metric,entity,mean,p05,p95},
     * read with the results' strict CSV reader; the days and replications come from its manifest).
     */
    private static EnsembleBand readBands(Path folder, String scenario) throws BandException {
        Path file = folder.resolve(CompareFolder.BANDS);
        Path manifestFile = folder.resolve("manifest.json");
        CompareManifest manifest;
        BandsTable table;
        try {
            manifest = CompareManifest.read(manifestFile);
            table = BandsTable.read(file, manifest.days());
        } catch (NoSuchFileException e) {
            throw new BandException(manifestFile + ": not found (the bands.csv of a compare folder is read with its"
                    + " manifest, which gives the days and replications)", true);
        } catch (MalformedResultsException e) {
            throw new BandException(e.getMessage(), false);
        } catch (IOException e) {
            throw new BandException(file + ": cannot read: " + e.getMessage(), true);
        }
        String chosen = null;
        for (CompareManifest.Scenario sc : manifest.scenarios()) {
            if (chosen == null && table.scenarios().contains(sc.label())) {
                chosen = sc.label();
            }
            if (scenario != null && (scenario.equals(sc.label()) || scenario.equals(sc.id()))
                    && table.scenarios().contains(sc.label())) {
                chosen = sc.label();
                break;
            }
        }
        Map<String, Band> bands = new LinkedHashMap<>();
        for (String faction : chosen == null ? List.<String>of() : table.entities(METRIC)) {
            org.conflictsim.output.results.Band b = table.band(chosen, METRIC, faction);
            if (b == null) {
                continue;
            }
            double[] lo = b.low();
            double[] hi = b.high();
            for (int d = 0; d < lo.length; d++) {
                if (!Double.isNaN(lo[d]) && !(lo[d] >= 0 && lo[d] <= hi[d] && hi[d] <= 1)) {
                    throw new BandException(file + ": " + METRIC + " of " + faction + " in " + chosen + " on day " + d
                            + ": the band " + lo[d] + " to " + hi[d] + " is not within 0 to 1", false);
                }
            }
            bands.put(faction, new Band(faction, lo, hi));
        }
        if (bands.isEmpty()) {
            throw new BandException(file + ": no territory_share rows", false);
        }
        return new EnsembleBand(folder, manifest.replications(), bands);
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
