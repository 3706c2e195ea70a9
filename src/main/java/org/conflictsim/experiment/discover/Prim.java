package org.conflictsim.experiment.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The patient rule induction method (PRIM) of Friedman &amp; Fisher (1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9), as used for scenario discovery by Bryant &amp; Lempert (2010, "Thinking
 * inside the box", Technological Forecasting and Social Change 77): starting from a box holding every case,
 * peel repeatedly the slice that leaves the highest share of cases of interest inside, and record each box of
 * this peeling trajectory with its coverage and density.
 * <ul>
 * <li>A numeric dimension is peeled by a share {@code alpha} of the cases still inside, from below or from
 * above (all cases tied at the cut go together); a dimension of levels (text values) by removing one level.</li>
 * <li>Peeling stops when the next box would hold fewer than {@code minMass} of all cases, when the density
 * reaches 1, or when no peel is possible. There is no pasting step (Friedman &amp; Fisher's optional second
 * phase): boxes only shrink.</li>
 * <li>Coverage is the share of all cases of interest that lie in the box; density the share of the box's cases
 * that are of interest; mass the share of all cases in the box.</li>
 * </ul>
 */
public final class Prim {
    private final double[][] x;
    private final boolean[] y;
    private final boolean[] categorical;
    private final int n;
    private final int d;
    private final int positives;

    /**
     * @param x           cases × dimensions; a categorical dimension holds level codes 0, 1, 2, ... (no NaN)
     * @param y           whether each case is of interest
     * @param categorical which dimensions are levels rather than numbers
     */
    public Prim(double[][] x, boolean[] y, boolean[] categorical) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("PRIM needs at least one case and one outcome per case, got "
                    + x.length + " cases and " + y.length + " outcomes");
        }
        this.x = x;
        this.y = y;
        this.categorical = categorical.clone();
        this.n = x.length;
        this.d = categorical.length;
        int pos = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("case " + i + " has " + x[i].length + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("case " + i + " has no value of dimension " + j);
                }
            }
            pos += y[i] ? 1 : 0;
        }
        this.positives = pos;
    }

    /** Number of cases of interest. */
    public int positives() {
        return positives;
    }

    /**
     * A box: for each numeric dimension a closed interval, for each categorical dimension the levels kept.
     *
     * @param lower      smallest value kept per dimension (numeric; the data's minimum when not restricted)
     * @param upper      largest value kept per dimension
     * @param levels     levels kept per categorical dimension (null for numeric ones)
     * @param restricted whether each dimension is narrower than in the data
     * @param cases      cases inside
     * @param hits       cases of interest inside
     * @param coverage   hits / all cases of interest
     * @param density    hits / cases
     * @param mass       cases / all cases
     */
    public record Box(double[] lower, double[] upper, BitSet[] levels, boolean[] restricted, int cases, int hits,
                      double coverage, double density, double mass) {
        /** Number of restricted dimensions. */
        public int restrictions() {
            int k = 0;
            for (boolean r : restricted) {
                k += r ? 1 : 0;
            }
            return k;
        }
    }

    /**
     * The statistics of a box with one restriction lifted, and how unlikely the box's density is if that
     * restriction were irrelevant: the quasi-p-value of Bryant &amp; Lempert (2010), the chance of at least the
     * box's hits when drawing its cases from the box without the restriction (hypergeometric, one-sided).
     *
     * @param dimension the restriction lifted
     * @param coverage  coverage without it
     * @param density   density without it
     * @param pValue    the quasi-p-value
     */
    public record Lifted(int dimension, double coverage, double density, double pValue) {
    }

    /**
     * The peeling trajectory, from the box of all cases to the last box.
     *
     * @param alpha   share peeled per step, in (0, 0.5)
     * @param minMass smallest mass of a box, in [0, 1)
     */
    public List<Box> peel(double alpha, double minMass) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("the peeling share must be between 0 and 0.5, got " + alpha);
        }
        if (!(minMass >= 0 && minMass < 1)) {
            throw new IllegalArgumentException("the smallest box mass must be in [0, 1), got " + minMass);
        }
        List<Box> out = new ArrayList<>();
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        Box box = box(in, initialLower(), initialUpper(), initialLevels());
        out.add(box);
        int minCases = (int) Math.ceil(minMass * n);
        while (box.density() < 1) {
            Peel best = null;
            for (int j = 0; j < d; j++) {
                for (Peel p : candidates(in, j, alpha)) {
                    if (p.remaining < Math.max(1, minCases)) {
                        continue;
                    }
                    if (best == null || p.better(best)) {
                        best = p;
                    }
                }
            }
            if (best == null) {
                break;
            }
            double[] lo = box.lower().clone();
            double[] hi = box.upper().clone();
            BitSet[] lv = copy(box.levels());
            for (int i = 0; i < n; i++) {
                if (in[i] && best.removes(x[i])) {
                    in[i] = false;
                }
            }
            best.apply(lo, hi, lv);
            box = box(in, lo, hi, lv);
            out.add(box);
        }
        return out;
    }

    /** Coverage, density and quasi-p-value of a box with each of its restrictions lifted in turn. */
    public List<Lifted> lift(Box box) {
        List<Lifted> out = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            if (!box.restricted()[j]) {
                continue;
            }
            int cases = 0;
            int hits = 0;
            for (int i = 0; i < n; i++) {
                if (inside(box, i, j)) {
                    cases++;
                    hits += y[i] ? 1 : 0;
                }
            }
            HypergeometricDistribution h = new HypergeometricDistribution(null, cases, hits, box.cases());
            double p = box.hits() == 0 ? 1 : h.upperCumulativeProbability(box.hits());
            out.add(new Lifted(j, positives == 0 ? Double.NaN : (double) hits / positives,
                    cases == 0 ? Double.NaN : (double) hits / cases, p));
        }
        return out;
    }

    /** Whether case i lies in the box, ignoring dimension {@code skip} (−1 for none). */
    public boolean inside(Box box, int i, int skip) {
        for (int j = 0; j < d; j++) {
            if (j == skip) {
                continue;
            }
            if (categorical[j]) {
                if (!box.levels()[j].get((int) x[i][j])) {
                    return false;
                }
            } else if (x[i][j] < box.lower()[j] || x[i][j] > box.upper()[j]) {
                return false;
            }
        }
        return true;
    }

    private double[] initialLower() {
        double[] lo = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], row[j]);
            }
        }
        return lo;
    }

    private double[] initialUpper() {
        double[] hi = new double[d];
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        return hi;
    }

    private BitSet[] initialLevels() {
        BitSet[] lv = new BitSet[d];
        for (int j = 0; j < d; j++) {
            if (categorical[j]) {
                lv[j] = new BitSet();
                for (double[] row : x) {
                    lv[j].set((int) row[j]);
                }
            }
        }
        return lv;
    }

    private static BitSet[] copy(BitSet[] levels) {
        BitSet[] out = new BitSet[levels.length];
        for (int j = 0; j < levels.length; j++) {
            out[j] = levels[j] == null ? null : (BitSet) levels[j].clone();
        }
        return out;
    }

    private Box box(boolean[] in, double[] lo, double[] hi, BitSet[] levels) {
        int cases = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                cases++;
                hits += y[i] ? 1 : 0;
            }
        }
        double[] dataLo = initialLower();
        double[] dataHi = initialUpper();
        BitSet[] all = initialLevels();
        boolean[] restricted = new boolean[d];
        for (int j = 0; j < d; j++) {
            restricted[j] = categorical[j] ? !levels[j].equals(all[j]) : lo[j] > dataLo[j] || hi[j] < dataHi[j];
        }
        return new Box(lo, hi, levels, restricted, cases, hits, positives == 0 ? Double.NaN : (double) hits / positives,
                cases == 0 ? Double.NaN : (double) hits / cases, (double) cases / n);
    }

    /** One possible peel: which cases it removes and the box it leaves. */
    private final class Peel {
        final int dim;
        final int side; // -1 from below, +1 from above, 0 a level
        final double cut; // numeric: new bound; categorical: the level removed
        int remaining;
        int hits;

        Peel(int dim, int side, double cut) {
            this.dim = dim;
            this.side = side;
            this.cut = cut;
        }

        boolean removes(double[] row) {
            double v = row[dim];
            return side < 0 ? v < cut : side > 0 ? v > cut : v == cut;
        }

        double density() {
            return remaining == 0 ? 0 : (double) hits / remaining;
        }

        /** Higher density left; on a tie the larger box (the gentler peel). */
        boolean better(Peel o) {
            double a = density();
            double b = o.density();
            return a > b + 1e-12 || Math.abs(a - b) <= 1e-12 && remaining > o.remaining;
        }

        void apply(double[] lo, double[] hi, BitSet[] levels) {
            if (side < 0) {
                lo[dim] = cut;
            } else if (side > 0) {
                hi[dim] = cut;
            } else {
                levels[dim].clear((int) cut);
            }
        }
    }

    private List<Peel> candidates(boolean[] in, int j, double alpha) {
        List<Peel> out = new ArrayList<>();
        if (categorical[j]) {
            BitSet present = new BitSet();
            for (int i = 0; i < n; i++) {
                if (in[i]) {
                    present.set((int) x[i][j]);
                }
            }
            if (present.cardinality() < 2) {
                return out;
            }
            for (int level = present.nextSetBit(0); level >= 0; level = present.nextSetBit(level + 1)) {
                out.add(count(in, new Peel(j, 0, level)));
            }
            return out;
        }
        double[] v = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (in[i]) {
                v[m++] = x[i][j];
            }
        }
        v = Arrays.copyOf(v, m);
        Arrays.sort(v);
        if (m < 2 || v[0] == v[m - 1]) {
            return out;
        }
        int k = Math.max(1, (int) Math.floor(alpha * m));
        // from below: remove the k smallest; ties at the cut go too, so the new lower bound is the next value
        double low = firstAbove(v, v[k - 1]);
        out.add(count(in, new Peel(j, -1, low)));
        double high = lastBelow(v, v[m - k]);
        out.add(count(in, new Peel(j, +1, high)));
        return out;
    }

    private static double firstAbove(double[] sorted, double value) {
        for (double s : sorted) {
            if (s > value) {
                return s;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double lastBelow(double[] sorted, double value) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < value) {
                return sorted[i];
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private Peel count(boolean[] in, Peel p) {
        for (int i = 0; i < n; i++) {
            if (in[i] && !p.removes(x[i])) {
                p.remaining++;
                p.hits += y[i] ? 1 : 0;
            }
        }
        return p;
    }
}
