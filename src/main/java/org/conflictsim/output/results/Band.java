package org.conflictsim.output.results;

import java.util.Arrays;

/**
 * A daily series summarised across runs: the mean and the 5% and 95% quantiles (linear interpolation
 * between order statistics, as in the printed summary) of each day's values. Days where no run has a value
 * are NaN. Values are in the series' unit times the scale given to {@link #of}.
 *
 * @param mean mean across runs, per day
 * @param low  5% quantile across runs, per day
 * @param high 95% quantile across runs, per day
 */
public record Band(double[] mean, double[] low, double[] high) {
    /** Lower quantile of the band (5%). */
    public static final double LOW = 0.05;
    /** Upper quantile of the band (95%). */
    public static final double HIGH = 0.95;

    public Band {
        if (mean.length != low.length || mean.length != high.length) {
            throw new IllegalArgumentException("mean, low and high need one value per day each, got "
                    + mean.length + ", " + low.length + ", " + high.length);
        }
        mean = mean.clone();
        low = low.clone();
        high = high.clone();
    }

    /**
     * Summarises {@code [run][day]} values across runs, each multiplied by {@code scale} (e.g.
     * {@code 30.4375} to turn a daily flow into a monthly rate). NaN values are left out.
     */
    public static Band of(double[][] byRunAndDay, double scale) {
        int days = byRunAndDay.length == 0 ? 0 : byRunAndDay[0].length;
        double[] mean = new double[days];
        double[] low = new double[days];
        double[] high = new double[days];
        double[] day = new double[byRunAndDay.length];
        for (int d = 0; d < days; d++) {
            int n = 0;
            double sum = 0;
            for (double[] run : byRunAndDay) {
                double v = run[d];
                if (!Double.isNaN(v)) {
                    day[n++] = v * scale;
                    sum += v * scale;
                }
            }
            if (n == 0) {
                mean[d] = low[d] = high[d] = Double.NaN;
                continue;
            }
            double[] sorted = Arrays.copyOf(day, n);
            Arrays.sort(sorted);
            mean[d] = sum / n;
            low[d] = quantile(sorted, LOW);
            high[d] = quantile(sorted, HIGH);
        }
        return new Band(mean, low, high);
    }

    /** The band with every value multiplied by a positive {@code factor} (e.g. a daily rate as a monthly one). */
    public Band scaled(double factor) {
        double[] m = mean.clone();
        double[] l = low.clone();
        double[] h = high.clone();
        for (int d = 0; d < m.length; d++) {
            m[d] *= factor;
            l[d] *= factor;
            h[d] *= factor;
        }
        return new Band(m, l, h);
    }

    /** Mean across runs per day (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** 5% quantile across runs per day (a copy). */
    @Override
    public double[] low() {
        return low.clone();
    }

    /** 95% quantile across runs per day (a copy). */
    @Override
    public double[] high() {
        return high.clone();
    }

    /** Number of days. */
    public int days() {
        return mean.length;
    }

    /** Linear-interpolation quantile of sorted values. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
