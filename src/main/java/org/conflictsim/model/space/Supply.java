package org.conflictsim.model.space;

import java.util.Arrays;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.LogisticsRules;
import org.conflictsim.model.world.World;

/**
 * Supply lines: for each side with a faction that has a supply base (countries whose border it is supplied
 * across), the distance of every cell the side holds from that border, through ground the side holds (roads
 * cheaper, {@code rules.logistics.roadFactor}); cells cut off from the base are infinitely far. Recomputed when
 * ground has changed hands. A based faction fights with {@link LogisticsRules#supplyFactor} of its strength
 * there. Factions without a base are not affected, except (with {@code rules.logistics.encirclement} above 0 and
 * unless they are militias) in a pocket cut off from their side's main area ({@link LogisticsRules#pocketFactor}).
 */
public final class Supply {
    private final World world;
    private final Territory territory;
    private final Rules.Logistics rules;
    private final double[][] km;
    private final boolean[][] baseCountry;
    private final int[] version;
    private final CellBuckets buckets;
    /** Per side with a base, the theatre cells on the border of a base country (fixed by the map). */
    private final int[][] borderCells;
    private final int[] nb = new int[4];
    /**
     * Per side with a faction that encirclement can reach (no base, not a militia), the connected area of each cell
     * it holds (-1 if not held), the side's main (largest) area, and the territory version they were labelled at.
     */
    private final int[][] area;
    private final int[] mainArea;
    private final int[] areaVersion;
    private final int[] queue;

    /**
     * @param world     the map
     * @param territory who holds what
     * @param factions  the factions (their sides and bases)
     * @param rules     logistics rules
     */
    public Supply(World world, Territory territory, List<Faction> factions, Rules.Logistics rules) {
        this.world = world;
        this.territory = territory;
        this.rules = rules;
        int nF = factions.size();
        km = new double[nF][];
        baseCountry = new boolean[nF][];
        version = new int[nF];
        for (Faction f : factions) {
            if (!f.spec().reach().hasBase()) {
                continue;
            }
            int s = f.side();
            if (baseCountry[s] == null) {
                baseCountry[s] = new boolean[world.countries().size()];
                km[s] = new double[world.cells()];
                version[s] = -1;
            }
            for (String c : f.spec().reach().base()) {
                int k = world.countries().indexOf(c);
                if (k >= 0) {
                    baseCountry[s][k] = true;
                }
            }
        }
        area = new int[nF][];
        mainArea = new int[nF];
        areaVersion = new int[nF];
        if (rules.encirclement() > 0) {
            for (Faction f : factions) {
                if (encircleable(f) && area[f.side()] == null) {
                    area[f.side()] = new int[world.cells()];
                    areaVersion[f.side()] = -1;
                }
            }
        }
        boolean labelled = false;
        for (int[] a : area) {
            labelled |= a != null;
        }
        queue = labelled ? new int[world.cells()] : new int[0];
        buckets = new CellBuckets(world.cells());
        borderCells = new int[nF][];
        for (int side = 0; side < nF; side++) {
            if (baseCountry[side] != null) {
                borderCells[side] = borderCells(side);
            }
        }
    }

    /** The theatre cells next to a base country of the side (in theatre order): where its supply lines start. */
    private int[] borderCells(int side) {
        int nT = world.theatreCellCount();
        int[] out = new int[nT];
        int n = 0;
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            int k = world.neighbours(c, nb);
            for (int j = 0; j < k; j++) {
                int country = world.country(nb[j]);
                if (!world.theatre(nb[j]) && country >= 0 && baseCountry[side][country]) {
                    out[n++] = c;
                    break;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Recomputes the supply distances and pockets of the sides whose ground has changed since the last time. */
    public void update() {
        for (int s = 0; s < km.length; s++) {
            if (km[s] != null && version[s] != territory.version()) {
                trace(s);
                version[s] = territory.version();
            }
            if (area[s] != null && areaVersion[s] != territory.version()) {
                label(s);
                areaVersion[s] = territory.version();
            }
        }
    }

    /**
     * Combat strength factor of faction f fighting from or in a cell its side holds: the supply gradient from its
     * base ({@link LogisticsRules#supplyFactor}); without a base, 1, or less in a pocket cut off from its side's
     * main area when encirclement is on ({@link LogisticsRules#pocketFactor}; not for militias).
     */
    public double factor(Faction f, int cell) {
        if (!f.spec().reach().hasBase()) {
            int[] a = area[f.side()];
            if (a == null || !encircleable(f)) {
                return 1.0;
            }
            return LogisticsRules.pocketFactor(a[cell] >= 0 && a[cell] != mainArea[f.side()], rules.encirclement(),
                    rules.supplyFloor());
        }
        if (km[f.side()] == null) {
            return 1.0;
        }
        return LogisticsRules.supplyFactor(km[f.side()][cell], rules.supplyRangeKm(), rules.supplyFloor());
    }

    /** Whether a cell the side holds lies in a pocket cut off from its main area (false when not labelled). */
    public boolean cutOff(int side, int cell) {
        int[] a = area[side];
        return a != null && a[cell] >= 0 && a[cell] != mainArea[side];
    }

    /** Factions that encirclement can weaken: without a supply base and not militias (which live off the land). */
    private static boolean encircleable(Faction f) {
        return !f.spec().reach().hasBase() && f.kind() != FactionKind.MILITIA;
    }

    /**
     * Labels the side's held theatre cells by connected area (4-neighbours, in theatre order, breadth first) and
     * takes the largest as its main area (the first labelled among equals).
     */
    private void label(int side) {
        int[] a = area[side];
        Arrays.fill(a, -1);
        int nT = world.theatreCellCount();
        int label = 0;
        int bestSize = -1;
        for (int i = 0; i < nT; i++) {
            int start = world.theatreCell(i);
            if (a[start] >= 0 || !held(side, start)) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            a[start] = label;
            while (head < tail) {
                int c = queue[head++];
                int n = world.neighbours(c, nb);
                for (int k = 0; k < n; k++) {
                    int e = nb[k];
                    if (a[e] < 0 && world.theatre(e) && held(side, e)) {
                        a[e] = label;
                        queue[tail++] = e;
                    }
                }
            }
            if (tail > bestSize) {
                bestSize = tail;
                mainArea[side] = label;
            }
            label++;
        }
    }

    /**
     * Supply distance of a cell for a side (infinite when cut off or not held; 0 for a side without a base). Exact
     * up to {@link LogisticsRules#floorKm}; beyond it, some distance at least that (the search stops there).
     */
    public double km(int side, int cell) {
        return km[side] == null ? 0 : km[side][cell];
    }

    /**
     * Shortest distances from the side's held cells on the border of a base country, through the side's held
     * cells. A step costs {@code cellKm × (roadFactor on a road cell, else 1)}: the cost of entering a cell
     * depends on that cell alone and takes one of two values, so a bucket queue of width the smaller step (Dial's
     * algorithm) settles cells in order as a binary heap would, in constant time per cell. The distances are the
     * unique solution of d(e) = min over e's neighbours c of d(c) + step(e), whatever the order of equal keys.
     */
    private void trace(int side) {
        double[] d = km[side];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        buckets.reset(world.cellKm() * Math.min(1.0, rules.roadFactor()),
                world.cellKm() * Math.max(1.0, rules.roadFactor()));
        for (int c : borderCells[side]) {
            if (held(side, c)) {
                d[c] = 0;
                buckets.add(c, 0);
            }
        }
        // cells at least floorKm away fight with the floor whatever their exact distance, so the search stops
        // there: those left unsettled keep a distance (infinite, or tentative and never shorter than the true one)
        // that is also at least floorKm, and every cell closer than that is settled (Dial: when a cell of a
        // bucket reaches the cut-off, all later buckets lie beyond it) - the factors are exactly those of the
        // full search
        double cutoff = LogisticsRules.floorKm(rules.supplyRangeKm(), rules.supplyFloor());
        int c;
        while ((c = buckets.next(d)) >= 0 && d[c] < cutoff) {
            int n = world.neighbours(c, nb);
            for (int k = 0; k < n; k++) {
                int e = nb[k];
                if (!world.theatre(e) || !held(side, e)) {
                    continue;
                }
                double nd = d[c] + world.cellKm() * (world.road(e) ? rules.roadFactor() : 1.0);
                if (nd < d[e]) {
                    d[e] = nd;
                    buckets.add(e, nd);
                }
            }
        }
    }

    private boolean held(int side, int c) {
        int o = territory.controller(c);
        return o >= 0 && territory.side(o) == side;
    }
}
