package org.conflictsim.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.conflictsim.experiment.sweep.Designs;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators against analytic indices. The sample is Saltelli's (Designs.saltelli) with
 * N = 2^14 base samples of the Sobol sequence, 16384 (d + 2) model evaluations.
 *
 * <p>Tolerance: 0.015, absolute, on indices in [0, 1]. At this N the estimates miss the analytic values
 * by less than 0.002 (Ishigami S1: 0.3153 against 0.3139; G function S1: 0.7163 against 0.7162). 0.015
 * leaves a wide margin for that sampling error (a different N or direction numbers could move it), yet
 * fails the mistakes that matter: 1/N instead of 1/(2N) in Jansen's formula doubles S_Ti (0.56 becomes
 * 1.12), and f(A) instead of f(B) as the first factor of Saltelli's V_i estimates V_i − V, so S_i − 1.
 * The analytic value must also lie inside the 95% bootstrap interval (widened by 0.002 for the resampling
 * noise of the percentile method); the bootstrap treats the points as independent, so its intervals
 * (half-widths 0.001 to 0.022 here) are wider than the quasi-random error.
 */
class SobolIndicesTest {
    static final int N = 1 << 14;
    static final double TOL = 0.015;

    /** Runs f on Saltelli's sample with inputs mapped from the unit cube and estimates the indices. */
    static SobolIndices.Result estimate(int d, ToDoubleFunction<double[]> f, java.util.function.DoubleUnaryOperator map) {
        double[] u = Designs.saltelli(N, d);
        double[] yA = new double[N];
        double[] yB = new double[N];
        double[][] yAB = new double[d][N];
        double[] x = new double[d];
        for (int j = 0; j < N; j++) {
            for (int k = 0; k < d + 2; k++) {
                int row = j * (d + 2) + k;
                for (int i = 0; i < d; i++) {
                    x[i] = map.applyAsDouble(u[row * d + i]);
                }
                double y = f.applyAsDouble(x);
                if (k == 0) {
                    yA[j] = y;
                } else if (k == 1) {
                    yB[j] = y;
                } else {
                    yAB[k - 2][j] = y;
                }
            }
        }
        return SobolIndices.estimate(yA, yB, yAB, SobolIndices.BOOTSTRAP, 12345);
    }

    static void check(String what, double analytic, Interval est) {
        String msg = what + ": analytic " + analytic + ", estimate " + est.value() + " [" + est.ciLow() + ", "
                + est.ciHigh() + "]";
        assertEquals(analytic, est.value(), TOL, msg);
        assertTrue(analytic >= est.ciLow() - 0.002 && analytic <= est.ciHigh() + 0.002, msg);
        assertEquals(N, est.n());
    }

    /** Ishigami &amp; Homma (1990) with a = 7, b = 0.1 on [−π, π]^3; indices from Sobol' &amp; Levitan (1999). */
    @Test
    void ishigami() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = 8 * b * b * pi8 / 225;
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        assertEquals(v, v1 + v2 + v13, 1e-9, "the decomposition adds up");
        SobolIndices.Result r = estimate(3, x -> Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2)
                + b * Math.pow(x[2], 4) * Math.sin(x[0]), t -> -Math.PI + 2 * Math.PI * t);
        check("S1", v1 / v, r.first()[0]);
        check("S2", v2 / v, r.first()[1]);
        check("S3", 0, r.first()[2]);
        check("ST1", (v1 + v13) / v, r.total()[0]);
        check("ST2", v2 / v, r.total()[1]);
        check("ST3", v13 / v, r.total()[2]);
        assertEquals(0.3139, v1 / v, 1e-4, "the textbook value");
        assertEquals(0.5576, (v1 + v13) / v, 1e-4, "the textbook value");
    }

    /** Sobol's G function (Saltelli &amp; Sobol' 1995) with a = (0, 1, 4.5, 9, 99, 99, 99, 99) on [0, 1]^8. */
    @Test
    void sobolG() {
        double[] av = {0, 1, 4.5, 9, 99, 99, 99, 99};
        int d = av.length;
        double[] vi = new double[d];
        double prod = 1;
        for (int i = 0; i < d; i++) {
            vi[i] = 1 / (3 * (1 + av[i]) * (1 + av[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        SobolIndices.Result r = estimate(d, x -> {
            double g = 1;
            for (int i = 0; i < d; i++) {
                g *= (Math.abs(4 * x[i] - 2) + av[i]) / (1 + av[i]);
            }
            return g;
        }, t -> t);
        for (int i = 0; i < d; i++) {
            check("S" + (i + 1), vi[i] / v, r.first()[i]);
            check("ST" + (i + 1), vi[i] * prod / (1 + vi[i]) / v, r.total()[i]);
        }
    }

    @Test
    void aConstantOutputHasNoIndices() {
        double[] c = {2, 2, 2};
        SobolIndices.Result r = SobolIndices.estimate(c, c, new double[][] {c}, 10, 1);
        assertTrue(Double.isNaN(r.first()[0].value()));
        assertTrue(Double.isNaN(r.total()[0].value()));
        SobolIndices.Result one = SobolIndices.estimate(new double[] {1}, new double[] {2}, new double[][] {{3}}, 10, 1);
        assertEquals(Interval.NONE, one.first()[0]);
    }
}
