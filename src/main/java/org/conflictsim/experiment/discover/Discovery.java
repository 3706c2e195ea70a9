package org.conflictsim.experiment.discover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.experiment.sweep.SweepLoader;

/**
 * Scenario discovery over a sweep store: every successful run is a case, described by its point's parameter
 * values and marked by whether it meets an {@link OutcomeExpression}; {@link Prim} then finds boxes of
 * parameter values where such runs are concentrated.
 *
 * @param store       the store file
 * @param meta        the store's metadata ({@code sweep} table)
 * @param expression  the condition
 * @param dimensions  the parameters (the box's dimensions), in the store's order
 * @param x           cases × dimensions: numbers, or level codes of text parameters
 * @param y           whether each case meets the condition
 * @param trajectory  the peeling trajectory
 * @param chosen      index of the chosen box in the trajectory
 * @param lifted      the chosen box's restrictions lifted one at a time
 * @param alpha       share peeled per step
 * @param minMass     smallest mass of a box
 */
public record Discovery(Path store, Map<String, String> meta, OutcomeExpression expression, List<Dimension> dimensions,
                        double[][] x, boolean[] y, List<Prim.Box> trajectory, int chosen, List<Prim.Lifted> lifted,
                        double alpha, double minMass) {

    /**
     * A parameter of the sweep as a dimension of the boxes.
     *
     * @param name   the parameter's name
     * @param path   its scenario key path
     * @param levels its text values in code order, for a parameter of levels (empty for a number)
     */
    public record Dimension(String name, String path, List<String> levels) {
        /** Whether values are levels (text) rather than numbers. */
        public boolean categorical() {
            return !levels.isEmpty();
        }
    }

    /** The chosen box. */
    public Prim.Box box() {
        return trajectory.get(chosen);
    }

    /** Share of all cases that meet the condition. */
    public double baseRate() {
        return trajectory.get(0).density();
    }

    /**
     * Reads the cases from a complete store and runs PRIM.
     *
     * @param box index of the box to report, or −1 for the default choice ({@link #defaultChoice})
     * @throws StoreException           NOT_FOUND/INVALID for a missing or foreign store
     * @throws IllegalArgumentException when the expression names a column the store does not hold, when no run
     *                                  or every run meets it, or when {@code box} is past the trajectory's end
     */
    public static Discovery of(Path file, OutcomeExpression expression, double alpha, double minMass, int box)
            throws StoreException {
        try (SweepStore s = SweepStore.openForReading(file)) {
            Map<String, String> meta = s.metadata();
            int points = Integer.parseInt(s.meta("points"));
            List<SweepStore.ParameterRow> params = s.parameters();
            SweepStore.PointValue[][] table = StoreTables.points(s, points, params.size());
            List<Dimension> dims = new ArrayList<>();
            double[][] pointX = new double[points][params.size()];
            boolean[] categorical = new boolean[params.size()];
            for (int j = 0; j < params.size(); j++) {
                boolean numeric = true;
                for (int p = 0; p < points; p++) {
                    numeric &= !Double.isNaN(table[p][j].number());
                }
                List<String> levels = new ArrayList<>();
                Map<String, Integer> codes = new HashMap<>();
                for (int p = 0; p < points; p++) {
                    if (numeric) {
                        pointX[p][j] = table[p][j].number();
                    } else {
                        String t = table[p][j].text();
                        pointX[p][j] = codes.computeIfAbsent(t, k -> {
                            levels.add(k);
                            return levels.size() - 1;
                        });
                    }
                }
                categorical[j] = !numeric;
                dims.add(new Dimension(params.get(j).name(), params.get(j).path(), levels));
            }
            List<String> outcomes = s.names("outcome");
            List<String> labels = s.names("label");
            Map<String, Map<Long, Double>> numbers = new LinkedHashMap<>();
            for (String c : expression.numberColumns()) {
                if (!outcomes.contains(c)) {
                    throw new IllegalArgumentException("the store has no numeric outcome " + c + SweepLoader.hint(c, outcomes)
                            + (labels.contains(c) ? " (" + c + " holds text: compare it with == or != and a word)" : ""));
                }
                Map<Long, Double> m = new HashMap<>();
                for (StoreTables.RunValue v : StoreTables.runValues(s, c)) {
                    m.put(v.run(), v.value());
                }
                numbers.put(c, m);
            }
            Map<String, Map<Long, String>> texts = new LinkedHashMap<>();
            for (String c : expression.textColumns()) {
                if (!labels.contains(c)) {
                    throw new IllegalArgumentException("the store has no text outcome " + c + SweepLoader.hint(c, labels)
                            + (outcomes.contains(c) ? " (" + c + " is a number: compare it with a number)" : ""));
                }
                Map<Long, String> m = new HashMap<>();
                for (StoreTables.RunLabel v : StoreTables.runLabels(s, c)) {
                    m.put(v.run(), v.value());
                }
                texts.put(c, m);
            }
            List<StoreTables.RunValue> runs = StoreTables.runValues(s, outcomes.isEmpty() ? "" : outcomes.get(0));
            if (runs.isEmpty()) {
                throw new IllegalArgumentException(file + " holds no successful run");
            }
            double[][] x = new double[runs.size()][];
            boolean[] y = new boolean[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                long run = runs.get(i).run();
                x[i] = pointX[runs.get(i).point()];
                y[i] = expression.test(new OutcomeExpression.Run() {
                    @Override
                    public double number(String column) {
                        Double v = numbers.get(column).get(run);
                        return v == null ? Double.NaN : v;
                    }

                    @Override
                    public String text(String column) {
                        String v = texts.get(column).get(run);
                        return v == null ? "" : v;
                    }
                });
            }
            Prim prim = new Prim(x, y, categorical);
            if (prim.positives() == 0) {
                throw new IllegalArgumentException("no run of " + runs.size() + " meets '" + expression.text()
                        + "'; there is nothing to discover");
            }
            if (prim.positives() == runs.size()) {
                throw new IllegalArgumentException("every run of " + runs.size() + " meets '" + expression.text()
                        + "'; there is nothing to discover");
            }
            List<Prim.Box> trajectory = prim.peel(alpha, minMass);
            int chosen = box < 0 ? defaultChoice(trajectory) : box;
            if (chosen >= trajectory.size()) {
                throw new IllegalArgumentException("--box " + box + " is past the end of the peeling trajectory (boxes 0 to "
                        + (trajectory.size() - 1) + ")");
            }
            return new Discovery(file, meta, expression, dims, x, y, trajectory, chosen, prim.lift(trajectory.get(chosen)),
                    alpha, minMass);
        }
    }

    /** Share of the best weighted relative accuracy a box needs to be a candidate for the default choice. */
    public static final double NEAR_BEST = 0.95;

    /**
     * The default box. Its weighted relative accuracy {@code mass × (density − base rate)} (Lavrač, Kavšek,
     * Flach &amp; Todorovski 2004, "Subgroup discovery with CN2-SD", JMLR 5) is the share of all runs that are of
     * interest and in the box beyond what the base rate would put there: a box gains by taking in runs denser
     * than the base rate and loses by taking in sparser ones, so it peaks where the outcome is concentrated. Near
     * the peak it is flat (a peel that removes a few sparse runs barely changes it), so the choice is the densest
     * box whose weighted relative accuracy is within {@link #NEAR_BEST} of the best, the later box on a tie.
     */
    public static int defaultChoice(List<Prim.Box> trajectory) {
        double base = trajectory.get(0).density();
        double best = Double.NEGATIVE_INFINITY;
        for (Prim.Box b : trajectory) {
            best = Math.max(best, b.mass() * (b.density() - base));
        }
        int chosen = 0;
        for (int i = 0; i < trajectory.size(); i++) {
            Prim.Box b = trajectory.get(i);
            double w = b.mass() * (b.density() - base);
            if (best > 0 && w >= NEAR_BEST * best && b.density() >= trajectory.get(chosen).density()) {
                chosen = i;
            }
        }
        return chosen;
    }

    /** A dimension's range in a box as text: {@code [0.2, 0.5]} or {@code {offensive}}. */
    public String range(Prim.Box b, int j) {
        Dimension dim = dimensions.get(j);
        if (dim.categorical()) {
            List<String> kept = new ArrayList<>();
            for (int k = b.levels()[j].nextSetBit(0); k >= 0; k = b.levels()[j].nextSetBit(k + 1)) {
                kept.add(dim.levels().get(k));
            }
            return "{" + String.join(", ", kept) + "}";
        }
        return "[" + number(b.lower()[j]) + ", " + number(b.upper()[j]) + "]";
    }

    /** A number with four significant digits, plain. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
