package org.conflictsim.scenario.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns polygon features into grid rasters, one value per cell, by the position of the cell
 * centre.
 *
 * <p>A cell belongs to a polygon when its centre ({@link Grid#lon(int)}, {@link Grid#lat(int)}, in
 * degrees) is inside it by the even-odd rule over all of the polygon's rings, so holes are honoured.
 * The result is identical to calling {@link Polygon#contains(double, double)} on every cell centre,
 * but it is computed by scanlines: for each grid row within a polygon's bounding box, the longitudes
 * where the polygon's edges cross that row's latitude are sorted and the cells between successive
 * pairs are filled. The cost is (rows × edges + cells filled) per polygon, not cells × edges.
 */
public final class Rasteriser {

    private Rasteriser() {
    }

    /**
     * For each cell, the index in {@code classes} of the feature containing the cell centre, or -1.
     *
     * <p>A feature's class is the value of its property {@code property}; features without the
     * property or whose value is not in {@code classes} are ignored (so a subset of classes can be
     * rasterised). Where features overlap, the first feature in list order wins.
     *
     * @param grid     the raster
     * @param features the features, in priority order
     * @param property the property naming a feature's class
     * @param classes  the class values; no duplicates
     * @return cell index → class index, or -1 where no feature applies
     * @throws IllegalArgumentException if {@code classes} contains a duplicate
     */
    public static int[] rasterise(Grid grid, List<GeoFeature> features, String property, List<String> classes) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(property, "property");
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            String c = Objects.requireNonNull(classes.get(i), "class");
            if (classIndex.putIfAbsent(c, i) != null) {
                throw new IllegalArgumentException("duplicate class: " + c);
            }
        }
        int[] out = new int[grid.size()];
        Arrays.fill(out, -1);
        Scanner scanner = new Scanner(grid, features);
        for (GeoFeature f : features) {
            String value = f.properties().get(property);
            Integer k = value == null ? null : classIndex.get(value);
            if (k != null) {
                for (Polygon p : f.polygons()) {
                    scanner.fill(p, out, k);
                }
            }
        }
        return out;
    }

    /**
     * Whether each cell centre is inside any of the features (e.g. lakes).
     *
     * @param grid     the raster
     * @param features the features
     * @return cell index → inside
     */
    public static boolean[] mask(Grid grid, List<GeoFeature> features) {
        Objects.requireNonNull(grid, "grid");
        int[] labels = new int[grid.size()];
        Arrays.fill(labels, -1);
        Scanner scanner = new Scanner(grid, features);
        for (GeoFeature f : features) {
            for (Polygon p : f.polygons()) {
                scanner.fill(p, labels, 0);
            }
        }
        boolean[] out = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] >= 0;
        }
        return out;
    }

    /**
     * The distinct values of a property over the features, in order of first appearance; features
     * without the property are skipped.
     */
    public static List<String> distinct(List<GeoFeature> features, String property) {
        Set<String> seen = new LinkedHashSet<>();
        for (GeoFeature f : features) {
            String v = f.properties().get(property);
            if (v != null) {
                seen.add(v);
            }
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    /** Scanline filler with a reusable crossing buffer sized for the largest polygon. */
    private static final class Scanner {
        private final Grid grid;
        private final double[] xs;

        Scanner(Grid grid, List<GeoFeature> features) {
            this.grid = grid;
            int max = 0;
            for (GeoFeature f : features) {
                for (Polygon p : f.polygons()) {
                    max = Math.max(max, p.vertexCount());
                }
            }
            this.xs = new double[max];
        }

        /** Sets {@code out[cell] = label} for unlabelled cells whose centre is inside {@code p}. */
        void fill(Polygon p, int[] out, int label) {
            double d = grid.cellDeg();
            int width = grid.width();
            // Rows whose centre may lie within the polygon's latitude range (widened by one row;
            // rows without crossings fill nothing).
            int rowFirst = (int) Math.max(0, Math.floor((grid.north() - p.north()) / d - 0.5) - 1);
            int rowLast = (int) Math.min(grid.height() - 1, Math.ceil((grid.north() - p.south()) / d - 0.5) + 1);
            List<Ring> rings = p.rings();
            for (int row = rowFirst; row <= rowLast; row++) {
                double y = grid.lat(row);
                int n = 0;
                for (Ring r : rings) {
                    n = r.crossings(y, xs, n);
                }
                if (n < 2) {
                    continue;
                }
                Arrays.sort(xs, 0, n);
                int base = row * width;
                for (int k = 0; k + 1 < n; k += 2) {
                    int from = firstColAtOrEastOf(xs[k]);
                    int to = firstColAtOrEastOf(xs[k + 1]);
                    for (int c = from; c < to; c++) {
                        if (out[base + c] < 0) {
                            out[base + c] = label;
                        }
                    }
                }
            }
        }

        /**
         * The first column whose centre longitude is {@code >= x} (width if none), computed so that
         * it agrees exactly with comparisons against {@link Grid#lon(int)}.
         */
        private int firstColAtOrEastOf(double x) {
            int width = grid.width();
            double guess = Math.ceil((x - grid.west()) / grid.cellDeg() - 0.5);
            int c = (int) Math.max(0, Math.min(width, guess));
            while (c > 0 && grid.lon(c - 1) >= x) {
                c--;
            }
            while (c < width && grid.lon(c) < x) {
                c++;
            }
            return c;
        }
    }
}
