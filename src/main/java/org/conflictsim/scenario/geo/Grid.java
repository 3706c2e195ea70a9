package org.conflictsim.scenario.geo;

/**
 * A regular longitude-latitude raster.
 *
 * <p>Angles are decimal degrees (longitude positive east, latitude positive north); lengths are km.
 * Cells are {@code cellDeg} degrees on a side. Column 0 starts at {@code west} and columns run east;
 * row 0 starts at {@code north} (the northern edge) and rows run south. Cell {@code (col, row)}
 * covers longitudes {@code [west + col*cellDeg, west + (col+1)*cellDeg)} and latitudes
 * {@code (north - (row+1)*cellDeg, north - row*cellDeg]}. Cells are numbered row by row:
 * {@code index = row * width + col}.
 *
 * @param west    western edge, degrees
 * @param north   northern edge, degrees
 * @param cellDeg cell side, degrees (&gt; 0)
 * @param width   number of columns (&gt; 0)
 * @param height  number of rows (&gt; 0)
 */
public record Grid(double west, double north, double cellDeg, int width, int height) {

    /**
     * @throws IllegalArgumentException if a size is not positive or a coordinate is not finite
     */
    public Grid {
        if (!(cellDeg > 0) || !Double.isFinite(cellDeg)) {
            throw new IllegalArgumentException("cellDeg must be positive and finite: " + cellDeg);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("grid size must be positive: " + width + " x " + height);
        }
        if ((long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid has too many cells: " + width + " x " + height);
        }
        if (!Double.isFinite(west) || !Double.isFinite(north)) {
            throw new IllegalArgumentException("grid origin must be finite: " + west + ", " + north);
        }
    }

    /**
     * A grid covering a bounding box; {@code width = round((east-west)/cellDeg)} and
     * {@code height = round((north-south)/cellDeg)}, so the grid's own east and south edges may differ
     * from the arguments by up to half a cell when the box is not a whole number of cells.
     *
     * @param west    western edge, degrees
     * @param east    eastern edge, degrees
     * @param south   southern edge, degrees
     * @param north   northern edge, degrees
     * @param cellDeg cell side, degrees
     * @throws IllegalArgumentException if the box is empty or the grid would have no cells
     */
    public static Grid of(double west, double east, double south, double north, double cellDeg) {
        if (!(east > west) || !(north > south)) {
            throw new IllegalArgumentException(
                    "empty box: west " + west + ", east " + east + ", south " + south + ", north " + north);
        }
        if (!(cellDeg > 0) || !Double.isFinite(cellDeg)) {
            throw new IllegalArgumentException("cellDeg must be positive and finite: " + cellDeg);
        }
        long w = Math.round((east - west) / cellDeg);
        long h = Math.round((north - south) / cellDeg);
        if (w < 1 || h < 1 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("box and cell size give a grid of " + w + " x " + h + " cells");
        }
        return new Grid(west, north, cellDeg, (int) w, (int) h);
    }

    /** Number of cells, {@code width * height}. */
    public int size() {
        return width * height;
    }

    /** Eastern edge, degrees. */
    public double east() {
        return west + width * cellDeg;
    }

    /** Southern edge, degrees. */
    public double south() {
        return north - height * cellDeg;
    }

    /** Longitude of the centre of column {@code col}, degrees. */
    public double lon(int col) {
        return west + (col + 0.5) * cellDeg;
    }

    /** Latitude of the centre of row {@code row}, degrees (row 0 is the northernmost). */
    public double lat(int row) {
        return north - (row + 0.5) * cellDeg;
    }

    /**
     * Cell index of {@code (col, row)}.
     *
     * @throws IndexOutOfBoundsException if the cell is outside the grid
     */
    public int index(int col, int row) {
        if (col < 0 || col >= width || row < 0 || row >= height) {
            throw new IndexOutOfBoundsException("cell (" + col + ", " + row + ") outside " + width + " x " + height);
        }
        return row * width + col;
    }

    /** Column of cell {@code index}. */
    public int col(int index) {
        return index % width;
    }

    /** Row of cell {@code index}. */
    public int row(int index) {
        return index / width;
    }

    /**
     * The index of the cell containing a point, or -1 if the point is outside the grid (or NaN).
     *
     * @param lon longitude, degrees
     * @param lat latitude, degrees
     */
    public int cellOf(double lon, double lat) {
        double c = Math.floor((lon - west) / cellDeg);
        double r = Math.floor((north - lat) / cellDeg);
        if (!(c >= 0 && c < width && r >= 0 && r < height)) {
            return -1;
        }
        return (int) r * width + (int) c;
    }

    /** The grid's mean latitude (of its northern and southern edges), degrees. */
    public double meanLat() {
        return north - 0.5 * height * cellDeg;
    }

    /**
     * The side of one cell in km: the mean of its north-south size ({@code cellDeg *} {@value Earth#KM_PER_DEGREE})
     * and its east-west size at the grid's mean latitude ({@code cellDeg * 111.32 * cos(meanLat)}).
     * For the 0.05° eastern-DRC grid (mean latitude 1.5°S) this is about 5.565 km.
     */
    public double cellKm() {
        double ns = cellDeg * Earth.KM_PER_DEGREE;
        double ew = ns * StrictMath.cos(Math.toRadians(meanLat()));
        return 0.5 * (ns + ew);
    }

    /**
     * Distance in km between the centres of two cells, by the equirectangular approximation of
     * {@link Earth#distanceKm} (cosine of the two centres' mean latitude). This is slightly different
     * from the isotropic {@link #cellKm()} steps used by {@link Chamfer}.
     *
     * @throws IndexOutOfBoundsException if a cell index is outside the grid
     */
    public double distanceKm(int cellA, int cellB) {
        int n = size();
        if (cellA < 0 || cellA >= n || cellB < 0 || cellB >= n) {
            throw new IndexOutOfBoundsException("cell " + (cellA < 0 || cellA >= n ? cellA : cellB) + " outside 0.." + (n - 1));
        }
        return Earth.distanceKm(lon(col(cellA)), lat(row(cellA)), lon(col(cellB)), lat(row(cellB)));
    }
}
