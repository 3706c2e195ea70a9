package org.conflictsim.scenario.geo;

import java.util.Arrays;
import java.util.Objects;

/**
 * Multi-source shortest distances over a {@link Grid}, moving between the 8 neighbours of a cell.
 *
 * <p>An orthogonal step costs {@link Grid#cellKm()} km and a diagonal step {@code cellKm * sqrt(2)}
 * km, so distances are in km. Diagonal steps are plain 8-neighbour moves: they are allowed between
 * two passable cells even when both orthogonal cells beside the step are impassable.
 *
 * <p>The search is Dijkstra's algorithm with a binary heap. Path lengths are kept exactly, as the
 * number of orthogonal and of diagonal steps, and compared exactly (a + b·√2 with integers a, b), so
 * equal distances are recognised as equal and tie-breaking is exact and deterministic; km are
 * computed once at the end as {@code a * cellKm + b * (cellKm * sqrt(2))}.
 *
 * <p>Passability: {@code passable == null} means every cell is passable. A source cell is always at
 * distance 0 and paths may leave it even if it is marked impassable; other impassable cells are never
 * entered. Cells no path reaches get {@link Double#POSITIVE_INFINITY} (distances) or -1 (labels).
 */
public final class Chamfer {

    private static final double SQRT2 = StrictMath.sqrt(2.0);
    private static final int[] DC = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DR = {0, 0, 1, -1, 1, -1, 1, -1};

    private Chamfer() {
    }

    /**
     * Distance in km from each cell to the nearest source cell.
     *
     * @param grid     the raster
     * @param sources  cell index → is a source; length {@code grid.size()}
     * @param passable cell index → may be entered; length {@code grid.size()}, or null for all
     * @return cell index → km, {@code +Infinity} where unreachable (everywhere if there is no source)
     */
    public static double[] distanceKm(Grid grid, boolean[] sources, boolean[] passable) {
        Search s = search(grid, sources, null, passable);
        double ortho = grid.cellKm();
        double diag = ortho * SQRT2;
        double[] out = new double[grid.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.source[i] < 0 ? Double.POSITIVE_INFINITY : s.ortho[i] * ortho + s.diag[i] * diag;
        }
        return out;
    }

    /**
     * For each cell, the label of its nearest source cell, every cell passable; ties (sources at
     * exactly the same distance) go to the source with the lowest cell index.
     *
     * @param grid        the raster
     * @param sources     cell index → is a source; length {@code grid.size()}
     * @param sourceLabel cell index → label, read at source cells only, which must be {@code >= 0};
     *                    length {@code grid.size()}
     * @return cell index → label of the nearest source, or -1 if there is no source
     */
    public static int[] nearestSource(Grid grid, boolean[] sources, int[] sourceLabel) {
        return nearestSource(grid, sources, sourceLabel, null);
    }

    /**
     * As {@link #nearestSource(Grid, boolean[], int[])} with paths restricted to passable cells
     * (see the class comment); unreachable cells get -1.
     *
     * @param passable cell index → may be entered; or null for all
     */
    public static int[] nearestSource(Grid grid, boolean[] sources, int[] sourceLabel, boolean[] passable) {
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        Search s = search(grid, sources, sourceLabel, passable);
        int[] out = new int[grid.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.source[i] < 0 ? -1 : sourceLabel[s.source[i]];
        }
        return out;
    }

    /** Per cell: best path as (orthogonal steps, diagonal steps, source cell), source -1 if none. */
    private record Search(int[] ortho, int[] diag, int[] source) {
    }

    private static Search search(Grid grid, boolean[] sources, int[] labels, boolean[] passable) {
        Objects.requireNonNull(grid, "grid");
        int n = grid.size();
        checkLength("sources", Objects.requireNonNull(sources, "sources").length, n);
        if (passable != null) {
            checkLength("passable", passable.length, n);
        }
        if (labels != null) {
            checkLength("sourceLabel", labels.length, n);
        }
        int width = grid.width();
        int height = grid.height();
        int[] ortho = new int[n];
        int[] diag = new int[n];
        int[] source = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(source, -1);
        Heap heap = new Heap(Math.max(16, n));
        for (int i = 0; i < n; i++) {
            if (sources[i]) {
                if (labels != null && labels[i] < 0) {
                    throw new IllegalArgumentException("source cell " + i + " has negative label " + labels[i]);
                }
                source[i] = i;
                heap.push(0, 0, i, i);
            }
        }
        while (heap.size > 0) {
            int cell = heap.topCell();
            int a = heap.a[0];
            int b = heap.b[0];
            int src = heap.src[0];
            heap.pop();
            if (done[cell] || a != ortho[cell] || b != diag[cell] || src != source[cell]) {
                continue;
            }
            done[cell] = true;
            int col = cell % width;
            int row = cell / width;
            for (int k = 0; k < 8; k++) {
                int c2 = col + DC[k];
                int r2 = row + DR[k];
                if (c2 < 0 || c2 >= width || r2 < 0 || r2 >= height) {
                    continue;
                }
                int next = r2 * width + c2;
                if (done[next] || (passable != null && !passable[next] && !sources[next])) {
                    continue;
                }
                int na = k < 4 ? a + 1 : a;
                int nb = k < 4 ? b : b + 1;
                if (source[next] < 0 || less(na, nb, src, ortho[next], diag[next], source[next])) {
                    ortho[next] = na;
                    diag[next] = nb;
                    source[next] = src;
                    heap.push(na, nb, src, next);
                }
            }
        }
        return new Search(ortho, diag, source);
    }

    private static void checkLength(String what, int length, int n) {
        if (length != n) {
            throw new IllegalArgumentException(what + " has length " + length + ", grid has " + n + " cells");
        }
    }

    /** Exact sign of (a1 + b1·√2) - (a2 + b2·√2); step counts are below 2^31 so squares fit a long. */
    static int compareLength(int a1, int b1, int a2, int b2) {
        long p = (long) a1 - a2;
        long q = (long) b1 - b2;
        if (q == 0) {
            return Long.signum(p);
        }
        if (p == 0) {
            return Long.signum(q);
        }
        if (p > 0 && q > 0) {
            return 1;
        }
        if (p < 0 && q < 0) {
            return -1;
        }
        long p2 = p * p;
        long q2 = 2 * q * q; // never equal to p2: sqrt(2) is irrational
        return p > 0 ? Long.signum(p2 - q2) : Long.signum(q2 - p2);
    }

    /** Lexicographic (length, source cell) order. */
    private static boolean less(int a1, int b1, int s1, int a2, int b2, int s2) {
        int c = compareLength(a1, b1, a2, b2);
        return c < 0 || (c == 0 && s1 < s2);
    }

    /** Binary min-heap of (length, source, cell) entries in parallel int arrays. */
    private static final class Heap {
        int[] a;
        int[] b;
        int[] src;
        int[] cell;
        int size;

        Heap(int capacity) {
            a = new int[capacity];
            b = new int[capacity];
            src = new int[capacity];
            cell = new int[capacity];
        }

        int topCell() {
            return cell[0];
        }

        void push(int ea, int eb, int es, int ec) {
            if (size == a.length) {
                int cap = a.length * 2;
                a = Arrays.copyOf(a, cap);
                b = Arrays.copyOf(b, cap);
                src = Arrays.copyOf(src, cap);
                cell = Arrays.copyOf(cell, cap);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(ea, eb, es, ec, parent)) {
                    break;
                }
                move(parent, i);
                i = parent;
            }
            set(i, ea, eb, es, ec);
        }

        void pop() {
            int last = --size;
            if (last == 0) {
                return;
            }
            int ea = a[last];
            int eb = b[last];
            int es = src[last];
            int ec = cell[last];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(a[child + 1], b[child + 1], src[child + 1], cell[child + 1], child)) {
                    child++;
                }
                if (!before(a[child], b[child], src[child], cell[child], ea, eb, es, ec)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, ea, eb, es, ec);
        }

        private boolean before(int ea, int eb, int es, int ec, int slot) {
            return before(ea, eb, es, ec, a[slot], b[slot], src[slot], cell[slot]);
        }

        private static boolean before(int a1, int b1, int s1, int c1, int a2, int b2, int s2, int c2) {
            int c = compareLength(a1, b1, a2, b2);
            if (c != 0) {
                return c < 0;
            }
            if (s1 != s2) {
                return s1 < s2;
            }
            return c1 < c2;
        }

        private void move(int from, int to) {
            a[to] = a[from];
            b[to] = b[from];
            src[to] = src[from];
            cell[to] = cell[from];
        }

        private void set(int i, int ea, int eb, int es, int ec) {
            a[i] = ea;
            b[i] = eb;
            src[i] = es;
            cell[i] = ec;
        }
    }
}
