package org.conflictsim.experiment.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.files.AtomicWrite;
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
 *
 * <p>Point means carry replicate noise ({@link ReplicateNoise}), which the indices count as an effect. Where
 * points have two or more replicates, per outcome: {@code noise_sd} (parameter empty), the standard deviation
 * between replicates of a point, n its degrees of freedom; for saltelli designs {@code noise_share}, the
 * share σ²/(r·V(Y)) of the outputs' variance that is noise. With per-point seeds the noise of two points is
 * independent and is subtracted: {@code S1_adj} = S1 / (1 − share) and {@code ST_adj} = (ST − share) /
 * (1 − share), their intervals mapped the same way (the share taken as known); for morris designs
 * {@code mu_star_noise}, the μ* a parameter without effect would show (√(2/π) × the noise SD of an
 * elementary effect), and {@code sigma_adj}, σ with the noise variance of the effects removed. With common
 * seeds the noise partly cancels between points and is not subtracted. With one replicate per point none of
 * this can be estimated.
 */
public final class SensitivityReport {
    /** Header of {@code sensitivity.csv}. */
    public static final String HEADER = "outcome,parameter,method,index,value,ci_low,ci_high,n";
    private static final long BOOTSTRAP_SALT = 0x3C6EF372FE94F82BL;
    /** Index of the SD between the replicates of a point (parameter empty): the replicate noise. */
    public static final String NOISE_SD = "noise_sd";
    /** Index of the share of V(Y) that is replicate noise, σ²/(r·V(Y)) (Saltelli designs; parameter empty). */
    public static final String NOISE_SHARE = "noise_share";

    private SensitivityReport() {
    }

    /**
     * What the indices of a sweep say about replicate noise, as a sentence for the report and the terminal.
     *
     * @param seedMode     {@code per-point} or {@code common} (the store's {@code seed_mode})
     * @param replications replications per point
     */
    public static String noiseNote(String seedMode, int replications) {
        if ("common".equals(seedMode)) {
            return "Sensitivity indices: replicate r of every point has the same seed (seeds: common), so replicate "
                    + "noise partly cancels between points and the indices describe the model with these "
                    + replications + " seed" + (replications == 1 ? "" : "s") + "; nothing is subtracted"
                    + (replications > 1 ? " (noise_sd in " + "sensitivity.csv is the spread between replicates)." : ".");
        }
        if (replications < 2) {
            return "Sensitivity indices include replicate noise: every point ran once with its own seed, so noise "
                    + "cannot be told apart from the parameters' effects (Sobol ST is inflated by about "
                    + "σ²/(r·Var Y), Morris μ* and σ too). Run 2 or more replications per point to have it estimated "
                    + "and subtracted in sensitivity.csv (S1_adj and ST_adj, or mu_star_noise and sigma_adj), or "
                    + "set seeds: common in the sweep file so that every point shares the replicate seeds.";
        }
        return "Sensitivity indices include replicate noise (each point is the mean of its " + replications
                + " replicates, with seeds of its own): sensitivity.csv gives the noise (noise_sd; noise_share of "
                + "the outputs' variance for Sobol) and the indices with it subtracted (S1_adj and ST_adj, or "
                + "mu_star_noise, the μ* of a parameter without effect, and sigma_adj).";
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
        AtomicWrite.writeText(csv, w -> {
            w.write(HEADER);
            w.write('\n');
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        });
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
            if (Outcome.CAPTURE_DAY.names(o)) {
                outcomes.add(Outcome.CAPTURE_SHARE.of(Outcome.CAPTURE_DAY.suffix(o)));
            }
        }
        List<Index> rows = new ArrayList<>();
        boolean perPoint = !"common".equals(store.metadata().getOrDefault("seed_mode", "per-point"));
        double[] units = type.equals("morris") ? store.units(points, d) : null;
        for (int k = 0; k < outcomes.size(); k++) {
            String name = outcomes.get(k);
            boolean share = OutcomeColumns.isShare(name);
            String stored = share ? OutcomeColumns.source(name) : name;
            double[][] values = store.pointValues(stored, share, points);
            double[] y = means(values);
            ReplicateNoise noise = ReplicateNoise.of(values);
            if (noise.estimated()) {
                rows.add(row(name, "", type.equals("saltelli") ? "sobol" : "morris", NOISE_SD,
                        new Interval(Math.sqrt(noise.variance()), Double.NaN, Double.NaN, noise.df())));
            }
            long seed = Seeds.mix(master ^ BOOTSTRAP_SALT ^ Seeds.mix(k));
            if (type.equals("saltelli")) {
                int n = design.get("samples").asInt();
                if (points != n * (d + 2)) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a saltelli design of "
                            + n + " samples and " + d + " parameters has " + n * (d + 2) + " points, the store " + points);
                }
                double[][] ab = new double[2][];
                SobolIndices.Result r = sobol(y, n, d, seed, ab);
                double eta = noise.share(ab[0].length < 2 ? Double.NaN : SobolIndices.outputVariance(ab[0], ab[1]));
                if (!Double.isNaN(eta)) {
                    rows.add(row(name, "", "sobol", NOISE_SHARE, new Interval(eta, Double.NaN, Double.NaN, noise.df())));
                }
                boolean adjust = perPoint && !Double.isNaN(eta) && eta < 1;
                for (int i = 0; i < d; i++) {
                    rows.add(row(name, params.get(i).name(), "sobol", "S1", r.first()[i]));
                    rows.add(row(name, params.get(i).name(), "sobol", "ST", r.total()[i]));
                    if (adjust) {
                        rows.add(row(name, params.get(i).name(), "sobol", "S1_adj",
                                map(r.first()[i], v -> ReplicateNoise.firstOrderWithoutNoise(v, eta))));
                        rows.add(row(name, params.get(i).name(), "sobol", "ST_adj",
                                map(r.total()[i], v -> ReplicateNoise.totalWithoutNoise(v, eta))));
                    }
                }
            } else if (type.equals("morris")) {
                int t = design.get("trajectories").asInt();
                if (points != t * (d + 1)) {
                    throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a morris design of "
                            + t + " trajectories and " + d + " parameters has " + t * (d + 1) + " points, the store "
                            + points);
                }
                MorrisEffects.Result r = MorrisEffects.estimate(units, y, d, t, SobolIndices.BOOTSTRAP, seed);
                double[] inverseSteps = MorrisEffects.inverseSquaredSteps(units, d, t);
                for (int i = 0; i < d; i++) {
                    String p = params.get(i).name();
                    rows.add(row(name, p, "morris", "mu_star", r.muStar()[i]));
                    rows.add(row(name, p, "morris", "mu", new Interval(r.mu()[i], Double.NaN, Double.NaN, r.n()[i])));
                    rows.add(row(name, p, "morris", "sigma", new Interval(r.sigma()[i], Double.NaN, Double.NaN,
                            r.n()[i])));
                    if (perPoint && noise.estimated()) {
                        rows.add(row(name, p, "morris", "mu_star_noise", new Interval(
                                noise.muStarOfNoise(inverseSteps[i]), Double.NaN, Double.NaN, noise.df())));
                        rows.add(row(name, p, "morris", "sigma_adj", new Interval(
                                noise.sigmaWithoutNoise(r.sigma()[i], inverseSteps[i]), Double.NaN, Double.NaN,
                                r.n()[i])));
                    }
                }
            } else {
                throw new StoreException(StoreException.Kind.INVALID, store.file() + ": a " + type
                        + " design has no sensitivity indices (use saltelli or morris)");
            }
        }
        return rows;
    }

    /** The mean of each point's values, NaN for a point without any. */
    private static double[] means(double[][] values) {
        double[] y = new double[values.length];
        for (int p = 0; p < y.length; p++) {
            y[p] = values[p].length == 0 ? Double.NaN : java.util.Arrays.stream(values[p]).sum() / values[p].length;
        }
        return y;
    }

    /** The interval with its value and both ends mapped (the noise share taken as known). */
    private static Interval map(Interval v, java.util.function.DoubleUnaryOperator f) {
        return new Interval(f.applyAsDouble(v.value()), f.applyAsDouble(v.ciLow()), f.applyAsDouble(v.ciHigh()), v.n());
    }

    /**
     * Sobol indices over the base samples whose d + 2 outputs are all present; {@code ab[0]} and
     * {@code ab[1]} receive the outputs of A and B over those samples.
     */
    static SobolIndices.Result sobol(double[] y, int n, int d, long seed, double[][] abOut) {
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
        abOut[0] = a;
        abOut[1] = b;
        return SobolIndices.estimate(a, b, ab, SobolIndices.BOOTSTRAP, seed);
    }

    private static Index row(String outcome, String parameter, String method, String index, Interval v) {
        return new Index(outcome, parameter, method, index, v);
    }
}
