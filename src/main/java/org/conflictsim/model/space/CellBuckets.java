package org.conflictsim.model.space;

import java.util.Arrays;

/**
 * A bucket queue of cells (Dial 1969) for shortest paths whose steps cost between {@code minStep} and
 * {@code maxStep}: bucket b holds the cells whose distance lies in [b·minStep, (b+1)·minStep). No cell of a
 * bucket can shorten another of the same bucket (a step costs at least the bucket's width), so the cells of a
 * bucket may be settled in any order, and all keys waiting lie within {@code maxStep} of the bucket being
 * settled: {@code maxStep / minStep + 2} buckets, reused in a ring, hold them. A cell whose distance falls is
 * added again; its older entry is skipped (lazy deletion). No allocation per search once the buckets have grown.
 */
final class CellBuckets {
    private final boolean[] done;
    private int[][] ring = new int[0][];
    private int[] size = new int[0];
    private double width;
    private long current;
    private int waiting;

    /** @param cells cells of the map */
    CellBuckets(int cells) {
        done = new boolean[cells];
    }

    /** Starts a search whose steps cost between {@code minStep} and {@code maxStep} (both positive). */
    void reset(double minStep, double maxStep) {
        if (!(minStep > 0) || !(maxStep >= minStep)) {
            throw new IllegalArgumentException("steps must be positive: " + minStep + ", " + maxStep);
        }
        width = minStep;
        int slots = (int) Math.ceil(maxStep / minStep) + 2;
        if (ring.length != slots) {
            ring = new int[slots][16];
            size = new int[slots];
        }
        Arrays.fill(size, 0);
        Arrays.fill(done, false);
        current = 0;
        waiting = 0;
    }

    /** Adds a cell at a distance (again, when its distance fell). */
    void add(int cell, double distance) {
        int s = (int) (bucket(distance) % ring.length);
        if (size[s] == ring[s].length) {
            ring[s] = Arrays.copyOf(ring[s], 2 * ring[s].length);
        }
        ring[s][size[s]++] = cell;
        waiting++;
    }

    /**
     * The next cell to settle, in nondecreasing order of bucket, or −1 when none is left; a cell is returned once.
     *
     * @param distance the search's distances (an entry whose cell's distance has since fallen is skipped)
     */
    int next(double[] distance) {
        while (waiting > 0) {
            int s = (int) (current % ring.length);
            while (size[s] > 0) {
                int c = ring[s][--size[s]];
                waiting--;
                if (!done[c] && bucket(distance[c]) == current) {
                    done[c] = true;
                    return c;
                }
            }
            current++;
        }
        return -1;
    }

    /** Bucket of a distance (distances are never negative, so the cast is the floor, without a library call). */
    private long bucket(double distance) {
        return (long) (distance / width);
    }
}
