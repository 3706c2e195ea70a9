package org.conflictsim.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

class PairedStatsTest {

    /** Student's sleep data (Cushny &amp; Peebles 1905), hours of extra sleep under two drugs, same 10 patients. */
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void meanWithStudentInterval() {
        Estimate e = PairedStats.mean(new double[] {1, 2, 3, 4, 5, Double.NaN});
        assertEquals(5, e.n());
        assertEquals(3, e.mean(), 1e-12);
        // t(0.975, 4) = 2.776445, sd = sqrt(2.5)
        double half = 2.7764451052 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, e.ciLow(), 1e-8);
        assertEquals(3 + half, e.ciHigh(), 1e-8);
        assertEquals(Estimate.EMPTY, PairedStats.mean(new double[] {Double.NaN}));
        Estimate one = PairedStats.mean(new double[] {4});
        assertEquals(4, one.mean());
        assertTrue(Double.isNaN(one.ciLow()));
    }

    @Test
    void wilsonIntervalOfShares() {
        Estimate e = PairedStats.share(7, 10);
        assertEquals(0.7, e.mean(), 1e-12);
        assertEquals(0.3967781, e.ciLow(), 1e-7); // binom::binom.wilson(7, 10) in R
        assertEquals(0.8922087, e.ciHigh(), 1e-7);
        Estimate none = PairedStats.share(0, 10);
        assertEquals(0, none.ciLow());
        assertEquals(0.2775328, none.ciHigh(), 1e-7);
        Estimate all = PairedStats.share(10, 10);
        assertEquals(1, all.ciHigh());
        assertEquals(1 - 0.2775328, all.ciLow(), 1e-7);
    }

    /** R: t.test(extra ~ group, data = sleep, paired = TRUE) gives t = -4.0621, p = 0.002833, CI (-2.4599, -0.7001). */
    @Test
    void pairedTTestAndEffectSizeOnStudentsSleepData() {
        PairedDifference d = PairedStats.paired(SLEEP_1, SLEEP_2);
        assertEquals(10, d.nPairs());
        assertEquals(1.58, d.diff(), 1e-12);
        assertEquals(0.7001142, d.ciLow(), 1e-6);
        assertEquals(2.4598858, d.ciHigh(), 1e-6);
        assertEquals(0.002833, d.pT(), 1e-6);
        assertEquals(1.58 / 1.229995, d.cohenD(), 1e-5);
        // one zero difference dropped, the nine others all positive: exact p = 2 / 2^9
        assertEquals(2.0 / 512, d.pWilcoxon(), 1e-15);
    }

    @Test
    void pairsWithAMissingValueAreLeftOut() {
        double[] a = {1, Double.NaN, 3, 5, 8};
        double[] b = {2, 7, Double.NaN, 6, 10};
        PairedDifference d = PairedStats.paired(a, b);
        assertEquals(3, d.nPairs());
        assertEquals((1 + 1 + 2) / 3.0, d.diff(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PairedStats.paired(a, new double[2]));
    }

    @Test
    void identicalAndConstantlyShiftedSamples() {
        double[] a = {1, 2, 3};
        PairedDifference same = PairedStats.paired(a, a.clone());
        assertEquals(0, same.diff());
        assertEquals(0, same.ciLow());
        assertTrue(Double.isNaN(same.pT()), "no test is possible on identical samples");
        assertTrue(Double.isNaN(same.pWilcoxon()));
        assertTrue(Double.isNaN(same.cohenD()));
        PairedDifference shifted = PairedStats.paired(a, new double[] {3, 4, 5});
        assertEquals(0, shifted.pT());
        assertEquals(Double.POSITIVE_INFINITY, shifted.cohenD());
        assertEquals(0.25, shifted.pWilcoxon(), 1e-15, "three positive differences: 2 / 2^3");
    }

    @Test
    void wilcoxonExactSmallCases() {
        assertEquals(2.0 / 32, WilcoxonSignedRank.pValue(new double[] {1, 2, 3, 4, 5}), 1e-15);
        // W+ = 13 of 15; P(W+ >= 13) = P(W+ <= 2) = 3/32
        assertEquals(6.0 / 32, WilcoxonSignedRank.pValue(new double[] {1, -2, 3, 4, 5}), 1e-15);
        assertEquals(6.0 / 32, WilcoxonSignedRank.pValue(new double[] {-1, 2, -3, -4, -5}), 1e-15);
        assertEquals(1.0, WilcoxonSignedRank.pValue(new double[] {1, -1}), 1e-15);
        assertTrue(Double.isNaN(WilcoxonSignedRank.pValue(new double[] {0, 0})));
        assertThrows(IllegalArgumentException.class, () -> WilcoxonSignedRank.pValue(new double[] {Double.NaN}));
    }

    @Test
    void wilcoxonAgreesWithCommonsMathExactWithoutTiesOrZeros() {
        Random rnd = new Random(42);
        WilcoxonSignedRankTest commons = new WilcoxonSignedRankTest();
        for (int trial = 0; trial < 40; trial++) {
            int n = 5 + rnd.nextInt(20);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextGaussian();
                y[i] = rnd.nextGaussian() + 0.3;
                d[i] = y[i] - x[i];
            }
            assertEquals(commons.wilcoxonSignedRankTest(y, x, true), WilcoxonSignedRank.pValue(d), 1e-12,
                    "trial " + trial);
        }
    }

    @Test
    void wilcoxonAverageRanksOfTies() {
        double[] r = WilcoxonSignedRank.averageRanks(new double[] {3, -1, 1, 2, -3});
        assertEquals(4.5, r[0]);
        assertEquals(1.5, r[1]);
        assertEquals(1.5, r[2]);
        assertEquals(3, r[3]);
        assertEquals(4.5, r[4]);
    }

    /** Above 200 pairs the normal approximation takes over; near that size the two agree closely. */
    @Test
    void wilcoxonNormalApproximationMatchesTheExactDistributionNearTheSwitch() {
        Random rnd = new Random(7);
        double[] d200 = new double[200];
        for (int i = 0; i < d200.length; i++) {
            d200[i] = Math.round((rnd.nextGaussian() + 0.15) * 4) / 4.0;
        }
        double exact = WilcoxonSignedRank.pValue(d200);
        double[] d201 = java.util.Arrays.copyOf(d200, 201);
        d201[200] = 1e-9;
        double approx = WilcoxonSignedRank.pValue(d201);
        assertTrue(exact > 0.001 && exact < 0.9, "a p-value away from the extremes: " + exact);
        assertEquals(exact, approx, 0.01, "exact " + exact + " vs normal " + approx);
    }
}
