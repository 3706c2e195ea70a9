package org.conflictsim.model.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bucket queue of the supply lines gives exactly the distances of the binary heap it replaced (to the last
 * bit), on seeded random grids with two step costs (off-road and road), walls and several sources.
 */
class CellBucketsTest {

    private static final int W = 37;
    private static final int H = 23;

    @Test
    void sameDistancesAsTheBinaryHeapOnRandomGrids() {
        SplittableRandom random = new SplittableRandom(20241201);
        for (int trial = 0; trial < 300; trial++) {
            double cellKm = 0.5 + 10 * random.nextDouble();
            double roadFactor = trial % 10 == 0 ? 1.0 : 0.05 + 0.95 * random.nextDouble();
            boolean[] open = new boolean[W * H];
            boolean[] road = new boolean[W * H];
            for (int c = 0; c < open.length; c++) {
                open[c] = random.nextDouble() < 0.8;
                road[c] = random.nextDouble() < 0.3;
            }
            int[] sources = random.ints(1 + random.nextInt(5), 0, W * H).toArray();
            double[] byHeap = heap(open, road, sources, cellKm, roadFactor);
            double[] byBuckets = buckets(open, road, sources, cellKm, roadFactor);
            assertArrayEquals(byHeap, byBuckets, 0.0, "trial " + trial + ": cellKm " + cellKm + ", roadFactor "
                    + roadFactor + ", sources " + Arrays.toString(sources));
        }
    }

    @Test
    void eachCellIsSettledOnceAndNothingIsLeftAtTheEnd() {
        CellBuckets b = new CellBuckets(4);
        b.reset(1, 2);
        double[] d = {0, 1.5, 0.5, Double.POSITIVE_INFINITY};
        b.add(0, 0);
        b.add(2, 0.5);
        b.add(1, 1.5);
        b.add(1, 1.5);
        int first = b.next(d);
        int second = b.next(d);
        assertEquals(java.util.Set.of(0, 2), java.util.Set.of(first, second), "bucket 0 holds 0 and 0.5");
        assertEquals(1, b.next(d));
        assertEquals(-1, b.next(d), "cell 1 was added twice but is settled once");
        assertThrows(IllegalArgumentException.class, () -> b.reset(0, 1));
    }

    private static double step(boolean[] road, int e, double cellKm, double roadFactor) {
        return cellKm * (road[e] ? roadFactor : 1.0);
    }

    private static double[] heap(boolean[] open, boolean[] road, int[] sources, double cellKm, double roadFactor) {
        double[] d = new double[W * H];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        CellHeap h = new CellHeap(W * H);
        h.reset(d);
        for (int s : sources) {
            d[s] = 0;
            h.offer(s);
        }
        int[] nb = new int[4];
        while (!h.isEmpty()) {
            int c = h.poll();
            int n = neighbours(c, nb);
            for (int k = 0; k < n; k++) {
                int e = nb[k];
                if (open[e]) {
                    double nd = d[c] + step(road, e, cellKm, roadFactor);
                    if (nd < d[e]) {
                        d[e] = nd;
                        h.offer(e);
                    }
                }
            }
        }
        return d;
    }

    private static double[] buckets(boolean[] open, boolean[] road, int[] sources, double cellKm, double roadFactor) {
        double[] d = new double[W * H];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        CellBuckets b = new CellBuckets(W * H);
        b.reset(cellKm * Math.min(1, roadFactor), cellKm * Math.max(1, roadFactor));
        for (int s : sources) {
            d[s] = 0;
            b.add(s, 0);
        }
        int[] nb = new int[4];
        int c;
        while ((c = b.next(d)) >= 0) {
            int n = neighbours(c, nb);
            for (int k = 0; k < n; k++) {
                int e = nb[k];
                if (open[e]) {
                    double nd = d[c] + step(road, e, cellKm, roadFactor);
                    if (nd < d[e]) {
                        d[e] = nd;
                        b.add(e, nd);
                    }
                }
            }
        }
        return d;
    }

    private static int neighbours(int c, int[] out) {
        int x = c % W;
        int y = c / W;
        int n = 0;
        if (x > 0) {
            out[n++] = c - 1;
        }
        if (x < W - 1) {
            out[n++] = c + 1;
        }
        if (y > 0) {
            out[n++] = c - W;
        }
        if (y < H - 1) {
            out[n++] = c + W;
        }
        return n;
    }
}
