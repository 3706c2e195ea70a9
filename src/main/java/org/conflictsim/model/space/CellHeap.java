package org.conflictsim.model.space;

import java.util.Arrays;

/**
 * A binary min-heap of cells keyed by a distance array the caller owns, with decrease-key: the priority queue
 * of the shortest-path searches over the grid (supply lines, smuggling routes). No allocation per search.
 */
final class CellHeap {
    private static final int NEVER = -1;
    private static final int DONE = -2;

    private final int[] heap;
    private final int[] where;
    private double[] key;
    private int size;

    /** @param cells cells of the map */
    CellHeap(int cells) {
        heap = new int[cells];
        where = new int[cells];
    }

    /** Starts a search keyed by {@code distances} (filled by the caller). */
    void reset(double[] distances) {
        key = distances;
        size = 0;
        Arrays.fill(where, NEVER);
    }

    /** Whether a cell has been polled since the last reset (its key is final). */
    boolean settled(int c) {
        return where[c] == DONE;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a cell, or moves it up after its key fell. */
    void offer(int c) {
        if (where[c] == NEVER) {
            heap[size] = c;
            where[c] = size;
            size++;
            up(size - 1);
        } else if (where[c] >= 0) {
            up(where[c]);
        }
    }

    /** Removes and returns the cell with the smallest key. */
    int poll() {
        int top = heap[0];
        where[top] = DONE;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            where[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    private void up(int i) {
        int c = heap[i];
        while (i > 0) {
            int p = (i - 1) / 2;
            if (key[heap[p]] <= key[c]) {
                break;
            }
            heap[i] = heap[p];
            where[heap[i]] = i;
            i = p;
        }
        heap[i] = c;
        where[c] = i;
    }

    private void down(int i) {
        int c = heap[i];
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int m = r < size && key[heap[r]] < key[heap[l]] ? r : l;
            if (key[heap[m]] >= key[c]) {
                break;
            }
            heap[i] = heap[m];
            where[heap[i]] = i;
            i = m;
        }
        heap[i] = c;
        where[c] = i;
    }
}
