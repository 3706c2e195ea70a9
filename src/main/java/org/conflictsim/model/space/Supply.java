package org.conflictsim.model.space;

import java.util.Arrays;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.LogisticsRules;
import org.conflictsim.model.world.World;

/**
 * Supply lines: for each side with a faction that has a supply base (countries whose border it is supplied
 * across), the distance of every cell the side holds from that border, through ground the side holds (roads
 * cheaper, {@code rules.logistics.roadFactor}); cells cut off from the base are infinitely far. Recomputed when
 * ground has changed hands. A based faction fights with {@link LogisticsRules#supplyFactor} of its strength
 * there; factions without a base are not affected.
 */
public final class Supply {
    private final World world;
    private final Territory territory;
    private final Rules.Logistics rules;
    private final double[][] km;
    private final boolean[][] baseCountry;
    private final int[] version;
    private final int[] heap;
    private final int[] where;
    private final int[] nb = new int[4];

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
        heap = new int[world.cells()];
        where = new int[world.cells()];
    }

    /** Recomputes the supply distances of the sides whose ground has changed since the last time. */
    public void update() {
        for (int s = 0; s < km.length; s++) {
            if (km[s] != null && version[s] != territory.version()) {
                trace(s);
                version[s] = territory.version();
            }
        }
    }

    /** Combat strength factor of faction f fighting from or in a cell its side holds (1 without a base). */
    public double factor(Faction f, int cell) {
        if (!f.spec().reach().hasBase() || km[f.side()] == null) {
            return 1.0;
        }
        return LogisticsRules.supplyFactor(km[f.side()][cell], rules.supplyRangeKm(), rules.supplyFloor());
    }

    /** Supply distance of a cell for a side (infinite when cut off or not held; 0 for a side without a base). */
    public double km(int side, int cell) {
        return km[side] == null ? 0 : km[side][cell];
    }

    /** Dijkstra from the side's held cells on the border of a base country, through the side's held cells. */
    private void trace(int side) {
        double[] d = km[side];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        Arrays.fill(where, -1);
        int size = 0;
        int nT = world.theatreCellCount();
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            if (!held(side, c)) {
                continue;
            }
            int n = world.neighbours(c, nb);
            for (int k = 0; k < n; k++) {
                int country = world.country(nb[k]);
                if (!world.theatre(nb[k]) && country >= 0 && baseCountry[side][country]) {
                    d[c] = 0;
                    size = push(c, size, d);
                    break;
                }
            }
        }
        while (size > 0) {
            int c = heap[0];
            size = pop(size, d);
            int n = world.neighbours(c, nb);
            for (int k = 0; k < n; k++) {
                int e = nb[k];
                if (!world.theatre(e) || !held(side, e)) {
                    continue;
                }
                double nd = d[c] + world.cellKm() * (world.road(e) ? rules.roadFactor() : 1.0);
                if (nd < d[e]) {
                    d[e] = nd;
                    if (where[e] < 0) {
                        size = push(e, size, d);
                    } else {
                        up(where[e], d);
                    }
                }
            }
        }
    }

    private boolean held(int side, int c) {
        int o = territory.controller(c);
        return o >= 0 && territory.side(o) == side;
    }

    // a binary heap of cells keyed by distance, with positions for decrease-key

    private int push(int c, int size, double[] d) {
        heap[size] = c;
        where[c] = size;
        up(size, d);
        return size + 1;
    }

    private int pop(int size, double[] d) {
        where[heap[0]] = -2;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            where[heap[0]] = 0;
            down(0, size, d);
        }
        return size;
    }

    private void up(int i, double[] d) {
        int c = heap[i];
        while (i > 0) {
            int p = (i - 1) / 2;
            if (d[heap[p]] <= d[c]) {
                break;
            }
            heap[i] = heap[p];
            where[heap[i]] = i;
            i = p;
        }
        heap[i] = c;
        where[c] = i;
    }

    private void down(int i, int size, double[] d) {
        int c = heap[i];
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int m = r < size && d[heap[r]] < d[heap[l]] ? r : l;
            if (d[heap[m]] >= d[c]) {
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
