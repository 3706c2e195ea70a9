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
        assertEquals(1.58 / 1.229995, d.dz(), 1e-5);
        // d_av: the mean difference over the mean of the two groups' SDs, sd(group 1) = 1.789010,
        // sd(group 2) = 2.002249 (R: sd(sleep$extra[1:10]), sd(sleep$extra[11:20]))
        assertEquals(1.58 / ((1.789010 + 2.002249) / 2), d.dav(), 1e-5);
        assertTrue(d.dav() < d.dz(), "pairing shrinks the SD of the differences, so d_z exceeds d_av here");
        assertTrue(Double.isNaN(d.pMcNemar()), "McNemar is for shares of runs only");
        assertEquals("", d.note());
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
        assertTrue(Double.isNaN(same.dz()));
        assertEquals(0, same.dav(), "no difference: no effect on the scale of the scenarios' spread");
        assertEquals("", same.note());
        // every pair differs by exactly +2: no spread, so neither a t-test nor d_z exists (no p = 0, no infinity)
        PairedDifference shifted = PairedStats.paired(a, new double[] {3, 4, 5});
        assertTrue(Double.isNaN(shifted.pT()), "the t statistic is undefined with a zero SD");
        assertTrue(Double.isNaN(shifted.dz()), "d_z is undefined with a zero SD");
        assertEquals(PairedStats.NO_SPREAD, shifted.note());
        assertEquals(2, shifted.ciLow());
        assertEquals(2, shifted.ciHigh());
        assertEquals(0.25, shifted.pWilcoxon(), 1e-15, "three positive differences: 2 / 2^3, exact and finite");
        assertEquals(2, shifted.dav(), 1e-12, "the shift over the groups' common SD of 1");
        PairedDifference flat = PairedStats.paired(new double[] {4, 4}, new double[] {5, 5});
        assertTrue(Double.isNaN(flat.dav()), "both groups without spread: no d_av either");
    }

    /**
     * Newcombe (1998), Table II: paired 2 × 2 tables (e both, f first only, g second only, h neither) and the
     * 95% limits of method 10 for the difference of the two marginal shares, to four decimals.
     */
    @Test
    void newcombeIntervalForPairedSharesMatchesThePublishedExamples() {
        assertNewcombe(36, 12, 2, 0, 0.0569, 0.3404);
        assertNewcombe(18, 12, 2, 18, 0.0562, 0.3290);
        assertNewcombe(53, 0, 0, 1, -0.0729, 0.0729);
    }

    /** The first classification is the compared scenario, the second the reference. */
    private static void assertNewcombe(int e, int f, int g, int h, double lo, double hi) {
        int n = e + f + g + h;
        double[] first = new double[n];
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            first[i] = i < e + f ? 1 : 0;
            second[i] = i < e || i >= e + f && i < e + f + g ? 1 : 0;
        }
        PairedDifference d = PairedStats.pairedShares(second, first);
        String table = e + "," + f + "," + g + "," + h;
        assertEquals((double) (f - g) / n, d.diff(), 1e-12, table);
        assertEquals(lo, d.ciLow(), 5e-5, table);
        assertEquals(hi, d.ciHigh(), 5e-5, table);
        assertEquals(n, d.nPairs());
        assertTrue(Double.isNaN(d.pT()) && Double.isNaN(d.pWilcoxon()) && Double.isNaN(d.dz()) && Double.isNaN(d.dav()),
                "shares get neither a t-test, a Wilcoxon test nor an effect size");
    }

    @Test
    void exactMcNemarTest() {
        // Altman et al. (2000), Table 6.2: 5 and 0 discordant pairs; R exact2x2::mcnemar.exact gives p = 0.0625
        assertEquals(0.0625, PairedStats.mcNemarExact(5, 0), 1e-15);
        assertEquals(0.0625, PairedStats.mcNemarExact(0, 5), 1e-15);
        // binom.test(2, 14): 2 * (1 + 14 + 91) / 2^14
        assertEquals(212.0 / 16384, PairedStats.mcNemarExact(2, 12), 1e-15);
        assertEquals(1.0, PairedStats.mcNemarExact(3, 3), 1e-15, "capped at 1");
        assertTrue(Double.isNaN(PairedStats.mcNemarExact(0, 0)), "no discordant pair: no test");
    }

    /** A lever that prevents a capture in every run: the share falls by 100 pp, with an interval that says so. */
    @Test
    void aCapturePreventedInEveryRunIsADifferenceOfSharesWithAnHonestInterval() {
        double[] ref = new double[20];
        java.util.Arrays.fill(ref, 1);
        PairedDifference d = PairedStats.pairedShares(ref, new double[20]);
        assertEquals(-1, d.diff());
        assertEquals(-1, d.ciLow(), 1e-12);
        // phi = 0 (no concordant pair): upper gap = sqrt(2) x the Wilson upper limit of 0/20 (0.1611252)
        assertEquals(-1 + Math.sqrt(2) * 0.1611252, d.ciHigh(), 1e-6);
        assertEquals(2 * Math.pow(0.5, 20), d.pMcNemar(), 1e-18, "20 discordant pairs, all one way");
        assertTrue(d.excludesZero());
        assertThrows(IllegalArgumentException.class, () -> PairedStats.pairedShares(ref, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> PairedStats.pairedShares(new double[] {0.5},
                new double[] {1}));
    }

    /** Seeded random tables: the interval holds the difference, stays within [−1, 1] and is symmetric in the pair. */
    @Test
    void pairedShareIntervalsAreOrderedBoundedAndSymmetric() {
        Random rnd = new Random(20241201);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(60);
            double[] a = new double[n];
            double[] b = new double[n];
            double pa = rnd.nextDouble();
            double pb = rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                double u = rnd.nextDouble();
                a[i] = u < pa ? 1 : 0;
                b[i] = rnd.nextDouble() < 0.5 ? a[i] : u < pb ? 1 : 0;
            }
            PairedDifference ab = PairedStats.pairedShares(a, b);
            PairedDifference ba = PairedStats.pairedShares(b, a);
            String where = "trial " + trial;
            assertTrue(ab.ciLow() <= ab.diff() + 1e-12 && ab.diff() <= ab.ciHigh() + 1e-12, where);
            assertTrue(ab.ciLow() >= -1 - 1e-12 && ab.ciHigh() <= 1 + 1e-12, where);
            assertEquals(-ab.diff(), ba.diff(), 1e-12, where);
            assertEquals(-ab.ciHigh(), ba.ciLow(), 1e-12, where);
            assertEquals(-ab.ciLow(), ba.ciHigh(), 1e-12, where);
            assertEquals(ab.pMcNemar(), ba.pMcNemar(), 1e-15, where);
        }
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
