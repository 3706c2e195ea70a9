package org.conflictsim.experiment.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;

/**
 * {@code sensitivity.csv} of a saltelli or morris sweep, computed from its store: for every kept outcome
 * (and the derived {@code capture_share.PLACE} of every capture day), the output of a point is the mean
 * over its successful replicates. Columns: {@code outcome, parameter, method, index, value, ci_low,
 * ci_high, n}; method {@code sobol} with indices {@code S1} (first order, Saltelli 2010) and {@code ST}
 * (total, Jansen 1999), or {@code morris} with {@code mu_star}, {@code mu} and {@code sigma}; intervals are
 * 95% bootstrap percentile intervals; n counts the base samples or trajectories used (those with every
 * output present).
 */
public final class SensitivityReport {
    /** Header of {@code sensitivity.csv}. */
    public static final String HEADER = "outcome,parameter,method,index,value,ci_low,ci_high,n";
    private static final long BOOTSTRAP_SALT = 0x3C6EF372FE94F82BL;

    private SensitivityReport() {
    }

    /** Whether the store's design has sensitivity indices. */
    public static boolean applies(SweepStore store) throws StoreException {
        String t = store.meta("design_type");
        return t.equals("saltelli") || t.equals("morris");
    }

    /**
     * One row of {@code sensitivity.csv}.
     *
     * @param outcome   outcome column (or a derived {@code capture_share.PLACE})
     * @param parameter parameter name
     * @param method    {@code sobol} or {@code morris}
     * @param index     {@code S1}, {@code ST}, {@code mu_star}, {@code mu} or {@code sigma}
     * @param estimate  the estimate, its 95% bootstrap interval (NaN where there is none) and n
     */
    public record Index(String outcome, String parameter, String method, String index, Interval estimate) {
        /** The row as CSV (without line end). */
        public String csv() {
            return CsvField.field(outcome) + "," + CsvField.field(parameter) + "," + method + "," + index + ","
                    + Num.format(estimate.value()) + "," + Num.format(estimate.ciLow()) + ","
                    + Num.format(estimate.ciHigh()) + "," + estimate.n();
        }
    }

    /**
     * Writes the file (replacing an earlier one atomically).
     *
     * @throws StoreException when the store is not a complete saltelli or morris design
     */
    public static void write(SweepStore store, Path csv) throws StoreException, IOException {
        write(indices(store), csv);
    }

    /** Writes indices computed before as the file (replacing an earlier one atomically). */
    public static void write(List<Index> indices, Path csv) throws IOException {
        List<String> rows = indices.stream().map(Index::csv).toList();
        Path tmp = Files.createTempFile(csv.toAbsolutePath().getParent(), ".tmp-sensitivity-", ".csv");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                for (String r : rows) {
                    w.write(r);
                    w.write('\n');
                }
            }
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The indices of every kept outcome (and derived capture share) and parameter, in file order. */
    public static List<Index> indices(SweepStore store) throws StoreException {
        String type = store.meta("design_type");
        JsonNode design;
        try {
            design = new ObjectMapper().readTree(store.meta("design"));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.INVALID, store.file() + ": the design is not JSON: "
                    + e.getMessage());
        }
        List<SweepStore.ParameterRow> params = store.parameters();
        int d = params.size();
        int points = Integer.parseInt(store.meta("points"));
        long master = Long.parseLong(store.meta("master_seed"));
        List<String> outcomes = new ArrayList<>();
        for (String o : store.names("outcome")) {
            outcomes.add(o);
            if (o.startsWith(OutcomeColumns.CAPTURE_DAY)) {
                outcomes.add(OutcomeColumns.CAPTURE_SHARE + o.substring(OutcomeColumns.CAPTURE_DAY.length()));
            }
        }
        List<Index> rows = new ArrayList<>();
        double[] units = type.equals("morris") ? store.units(points, d) : null;
        for (int k = 0; k < outcomes.size(); k++) {
            String name = outcomes.get(k);
            boolean share = OutcomeColumns.isShare(name);
            String stored = share ? OutcomeColumns.CAPTURE_DAY + name.substring(OutcomeColumns.CAPTURE_SHARE.length()) : name;
            double[] y = store.pointMeans(stored, share, points);
            long seed = Seeds.mix(master ^ BOOTSTRAP_SALT ^ Seeds.mix(k));
            if (type.equals("saltelli")) {
                int n = design.get("samples").asInt();
                if (points != n * (d + 2)) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a saltelli design of "
                            + n + " samples and " + d + " parameters has " + n * (d + 2) + " points, the store " + points);
                }
                SobolIndices.Result r = sobol(y, n, d, seed);
                for (int i = 0; i < d; i++) {
                    rows.add(row(name, params.get(i).name(), "sobol", "S1", r.first()[i]));
                    rows.add(row(name, params.get(i).name(), "sobol", "ST", r.total()[i]));
                }
            } else if (type.equals("morris")) {
                int t = design.get("trajectories").asInt();
                if (points != t * (d + 1)) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a morris design of "
                            + t + " trajectories and " + d + " parameters has " + t * (d + 1) + " points, the store "
                            + points);
                }
                MorrisEffects.Result r = MorrisEffects.estimate(units, y, d, t, SobolIndices.BOOTSTRAP, seed);
                for (int i = 0; i < d; i++) {
                    String p = params.get(i).name();
                    rows.add(row(name, p, "morris", "mu_star", r.muStar()[i]));
                    rows.add(row(name, p, "morris", "mu", new Interval(r.mu()[i], Double.NaN, Double.NaN, r.n()[i])));
                    rows.add(row(name, p, "morris", "sigma", new Interval(r.sigma()[i], Double.NaN, Double.NaN,
                            r.n()[i])));
                }
            } else {
                throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a " + type
                        + " design has no sensitivity indices (use saltelli or morris)");
            }
        }
        return rows;
    }

    /** Sobol indices over the base samples whose d + 2 outputs are all present. */
    static SobolIndices.Result sobol(double[] y, int n, int d, long seed) {
        List<Integer> complete = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int k = 0; k < d + 2 && ok; k++) {
                ok = !Double.isNaN(y[j * (d + 2) + k]);
            }
            if (ok) {
                complete.add(j);
            }
        }
        int m = complete.size();
        double[] a = new double[m];
        double[] b = new double[m];
        double[][] ab = new double[d][m];
        for (int c = 0; c < m; c++) {
            int j = complete.get(c);
            a[c] = y[j * (d + 2)];
            b[c] = y[j * (d + 2) + 1];
            for (int i = 0; i < d; i++) {
                ab[i][c] = y[j * (d + 2) + 2 + i];
            }
        }
        return SobolIndices.estimate(a, b, ab, SobolIndices.BOOTSTRAP, seed);
    }

    private static Index row(String outcome, String parameter, String method, String index, Interval v) {
        return new Index(outcome, parameter, method, index, v);
    }
}
