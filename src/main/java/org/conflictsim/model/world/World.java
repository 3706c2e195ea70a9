package org.conflictsim.model.world;

import java.util.List;

/**
 * The immutable map of a scenario: a raster of square cells (row 0 at the northern edge) with static
 * attributes, the named places and the mines. Built by the scenario layer from geographic data or a
 * synthetic layout; the model only reads it, so one instance is shared by all runs of a scenario.
 *
 * <p>Arrays are indexed by cell {@code row * width + col}; they are exposed read-only through accessors
 * that return values, never the arrays themselves.
 */
public final class World {
    private final double west;
    private final double north;
    private final double cellDeg;
    private final int width;
    private final int height;
    private final double cellKm;
    private final List<String> countries;
    private final List<String> provinces;
    private final byte[] country;
    private final byte[] province;
    private final boolean[] water;
    private final boolean[] theatre;
    private final boolean[] road;
    private final double[] population;
    private final double[] remotenessKm;
    private final double[] terrain;
    private final int[] theatreCells;
    private final List<Place> places;
    private final List<MineSite> mines;
    private final int[] placeAt;

    /** Use {@link Builder}. */
    private World(Builder b) {
        this.west = b.west;
        this.north = b.north;
        this.cellDeg = b.cellDeg;
        this.width = b.width;
        this.height = b.height;
        this.cellKm = b.cellKm;
        this.countries = List.copyOf(b.countries);
        this.provinces = List.copyOf(b.provinces);
        int n = width * height;
        this.country = b.country.clone();
        this.province = b.province.clone();
        this.water = b.water.clone();
        this.theatre = b.theatre.clone();
        this.road = b.road.clone();
        this.population = b.population.clone();
        this.remotenessKm = b.remotenessKm.clone();
        this.terrain = b.terrain.clone();
        this.places = List.copyOf(b.places);
        this.mines = List.copyOf(b.mines);
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (theatre[c]) {
                count++;
            }
        }
        this.theatreCells = new int[count];
        int k = 0;
        for (int c = 0; c < n; c++) {
            if (theatre[c]) {
                theatreCells[k++] = c;
            }
        }
        this.placeAt = new int[n];
        java.util.Arrays.fill(placeAt, -1);
        for (int i = 0; i < places.size(); i++) {
            int c = places.get(i).cell();
            if (c >= 0 && placeAt[c] < 0) {
                placeAt[c] = i;
            }
        }
    }

    public double west() { return west; }
    public double north() { return north; }
    public double cellDeg() { return cellDeg; }
    public int width() { return width; }
    public int height() { return height; }
    public int cells() { return width * height; }
    /** Side of a cell, km. */
    public double cellKm() { return cellKm; }
    /** Area of a cell, km². */
    public double cellAreaKm2() { return cellKm * cellKm; }
    /** ISO3 codes (or synthetic names) of the countries on the map. */
    public List<String> countries() { return countries; }
    public List<String> provinces() { return provinces; }
    /** Country index of a cell, -1 for none. */
    public int country(int cell) { return country[cell]; }
    /** Province index of a cell, -1 for none. */
    public int province(int cell) { return province[cell]; }
    public boolean water(int cell) { return water[cell]; }
    /** Whether factions can hold and fight over the cell (land of a theatre country). */
    public boolean theatre(int cell) { return theatre[cell]; }
    public boolean road(int cell) { return road[cell]; }
    /** Initial residents of the cell (rural density times area plus towns), persons. */
    public double population(int cell) { return population[cell]; }
    /** Distance to the nearest town or road, km (Pires &amp; Crooks 2016). */
    public double remotenessKm(int cell) { return remotenessKm[cell]; }
    /** Terrain defence factor in [0, 1]. */
    public double terrain(int cell) { return terrain[cell]; }
    /** Indices of theatre cells in increasing order (a copy). */
    public int[] theatreCells() { return theatreCells.clone(); }
    /** Number of theatre cells. */
    public int theatreCellCount() { return theatreCells.length; }
    /** Theatre cell at position {@code i} of {@link #theatreCells()}, without copying. */
    public int theatreCell(int i) { return theatreCells[i]; }
    public List<Place> places() { return places; }
    public List<MineSite> mines() { return mines; }
    /** Index of the first place in the cell, or -1. */
    public int placeAt(int cell) { return placeAt[cell]; }

    /** Distances to each country, computed on first use (see {@link #kmToCountry}). */
    private final java.util.concurrent.ConcurrentHashMap<Integer, double[]> kmToCountry =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Straight-line distance, km, from each cell's centre to the nearest cell of a country (0 in the country),
     * computed once per world and shared by its runs (read-only).
     *
     * @param country index into {@link #countries()}
     */
    public double[] kmToCountry(int country) {
        return kmToCountry.computeIfAbsent(country, this::computeKmToCountry);
    }

    private double[] computeKmToCountry(int k) {
        int n = width * height;
        int[] nb = new int[4];
        int[] edge = new int[n];
        int edges = 0;
        for (int c = 0; c < n; c++) {
            if (country[c] != k) {
                continue;
            }
            int m = neighbours(c, nb);
            for (int j = 0; j < m; j++) {
                if (country[nb[j]] != k) {
                    edge[edges++] = c;
                    break;
                }
            }
        }
        double[] out = new double[n];
        for (int c = 0; c < n; c++) {
            if (country[c] == k) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            int col = col(c);
            int row = row(c);
            for (int i = 0; i < edges; i++) {
                double dc = col(edge[i]) - col;
                double dr = row(edge[i]) - row;
                double d2 = dc * dc + dr * dr;
                if (d2 < best) {
                    best = d2;
                }
            }
            out[c] = Math.sqrt(best) * cellKm;
        }
        return out;
    }
    public int col(int cell) { return cell % width; }
    public int row(int cell) { return cell / width; }
    /** Longitude of the cell centre. */
    public double lon(int cell) { return west + (col(cell) + 0.5) * cellDeg; }
    /** Latitude of the cell centre. */
    public double lat(int cell) { return north - (row(cell) + 0.5) * cellDeg; }

    /**
     * Whether a cell is an exit of smuggling routes: foreign land (outside the theatre, not water, with a country)
     * with a theatre or water cell among its 4 neighbours (a border or a shore).
     *
     * @param scratch an array of at least 4 cells the method may write (no allocation on the routes' hot path)
     */
    public boolean routeExit(int cell, int[] scratch) {
        if (theatre(cell) || water(cell) || country(cell) < 0) {
            return false;
        }
        int n = neighbours(cell, scratch);
        for (int k = 0; k < n; k++) {
            if (theatre(scratch[k]) || water(scratch[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the von Neumann (4-) neighbours of a cell into {@code out} and returns how many there are.
     * Order: north, west, east, south.
     */
    public int neighbours(int cell, int[] out) {
        int col = cell % width;
        int n = 0;
        if (cell >= width) {
            out[n++] = cell - width;
        }
        if (col > 0) {
            out[n++] = cell - 1;
        }
        if (col < width - 1) {
            out[n++] = cell + 1;
        }
        if (cell + width < width * height) {
            out[n++] = cell + width;
        }
        return n;
    }

    /** Straight-line distance between two cell centres, km. */
    public double distanceKm(int a, int b) {
        double dc = col(a) - col(b);
        double dr = row(a) - row(b);
        return Math.sqrt(dc * dc + dr * dr) * cellKm;
    }

    /** Mutable builder; arrays are copied on {@link #build()}. */
    public static final class Builder {
        private double west;
        private double north;
        private double cellDeg;
        private int width;
        private int height;
        private double cellKm;
        private List<String> countries = List.of();
        private List<String> provinces = List.of();
        private byte[] country;
        private byte[] province;
        private boolean[] water;
        private boolean[] theatre;
        private boolean[] road;
        private double[] population;
        private double[] remotenessKm;
        private double[] terrain;
        private List<Place> places = List.of();
        private List<MineSite> mines = List.of();

        public Builder(double west, double north, double cellDeg, int width, int height, double cellKm) {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("grid must have cells, got " + width + "x" + height);
            }
            this.west = west;
            this.north = north;
            this.cellDeg = cellDeg;
            this.width = width;
            this.height = height;
            this.cellKm = cellKm;
            int n = width * height;
            country = new byte[n];
            province = new byte[n];
            java.util.Arrays.fill(country, (byte) -1);
            java.util.Arrays.fill(province, (byte) -1);
            water = new boolean[n];
            theatre = new boolean[n];
            road = new boolean[n];
            population = new double[n];
            remotenessKm = new double[n];
            terrain = new double[n];
        }

        public int cells() { return width * height; }
        public Builder countries(List<String> v) { countries = v; return this; }
        public Builder provinces(List<String> v) { provinces = v; return this; }
        public Builder country(int cell, int idx) { country[cell] = (byte) idx; return this; }
        public Builder province(int cell, int idx) { province[cell] = (byte) idx; return this; }
        public Builder water(int cell, boolean v) { water[cell] = v; return this; }
        public Builder theatre(int cell, boolean v) { theatre[cell] = v; return this; }
        public Builder road(int cell, boolean v) { road[cell] = v; return this; }
        public Builder population(int cell, double v) { population[cell] = v; return this; }
        public Builder addPopulation(int cell, double v) { population[cell] += v; return this; }
        public Builder remotenessKm(int cell, double v) { remotenessKm[cell] = v; return this; }
        public Builder terrain(int cell, double v) { terrain[cell] = v; return this; }
        public Builder places(List<Place> v) { places = v; return this; }
        public Builder mines(List<MineSite> v) { mines = v; return this; }
        public int country(int cell) { return country[cell]; }
        public boolean water(int cell) { return water[cell]; }
        public boolean theatre(int cell) { return theatre[cell]; }
        public boolean road(int cell) { return road[cell]; }
        public double population(int cell) { return population[cell]; }

        public World build() {
            if (countries.size() > 127 || provinces.size() > 127) {
                throw new IllegalArgumentException("at most 127 countries and 127 provinces");
            }
            return new World(this);
        }
    }
}
