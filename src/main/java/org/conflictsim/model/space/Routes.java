package org.conflictsim.model.space;

import java.util.Arrays;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.RouteRules;
import org.conflictsim.model.world.World;

/**
 * Smuggling routes that follow control. For each side, every theatre cell gets the border it exports through:
 * the exit of the least-cost path from the cell to a border with a neighbouring country, where a cell its side
 * holds costs its width (a road cell less, {@code rules.logistics.roadFactor}), a cell held by another side or
 * by no one costs {@code rules.routes.enemyPassage} times more (crossings closed, or taxed by the enemy), and a
 * border costs extra when the power of the country beyond it is sanctioned ({@link RouteRules}). Where a mine's
 * output goes therefore depends on who holds the mines, the ground between them and the borders, and on
 * sanctions. Traders review their routes every {@code rules.routes.reviewDays} days, when ground or sanctions
 * have changed.
 */
public final class Routes {
    /** How unwelcome a mineral is across a border: sanctions on the country's power and import bans, 0–1. */
    public interface Friction {
        /**
         * Combined severity, 0–1, of the sanctions on the power whose country this is and of the import bans on
         * this mineral from or through it (0 for a country without a power or ban).
         */
        double severity(int country, int mineral);
    }

    private final World world;
    private final Territory territory;
    private final Rules.Routes rules;
    private final double roadFactor;
    private final int sides;
    private final boolean[][] stale;
    /** The search of each side's route table, paused once the cells asked for so far are settled. */
    private final Search[][] search;
    private final int[] nb = new int[4];
    private final double[][] severityAt;
    /** For each mineral, the first mineral with the same frictions (they share one route table). */
    private final int[] shared;
    private int territoryVersion = -1;
    private int lastReview = Integer.MIN_VALUE;

    /**
     * @param world     the map
     * @param territory who holds what
     * @param sides     number of factions (sides are numbered by a faction index)
     * @param rules     route rules
     * @param roadFactor cost of a road cell relative to an off-road cell
     * @param minerals  number of minerals
     */
    public Routes(World world, Territory territory, int sides, Rules.Routes rules, double roadFactor, int minerals) {
        this.world = world;
        this.territory = territory;
        this.rules = rules;
        this.roadFactor = roadFactor;
        this.sides = sides;
        stale = new boolean[sides][minerals];
        for (boolean[] s : stale) {
            Arrays.fill(s, true);
        }
        search = new Search[sides][minerals];
        severityAt = new double[minerals][world.countries().size()];
        shared = new int[minerals];
    }

    /**
     * Traders' review: on the first day and every {@code reviewDays} days after, routes are recomputed (lazily,
     * for the sides that need them) if ground or sanctions have changed since they were last traced.
     */
    public void review(int day, Friction friction) {
        if (lastReview != Integer.MIN_VALUE && day - lastReview < rules.reviewDays()) {
            return;
        }
        lastReview = day;
        boolean changed = territory.version() != territoryVersion;
        for (int m = 0; m < severityAt.length; m++) {
            for (int k = 0; k < severityAt[m].length; k++) {
                double s = friction.severity(k, m);
                if (s != severityAt[m][k]) {
                    severityAt[m][k] = s;
                    changed = true;
                }
            }
        }
        if (changed) {
            territoryVersion = territory.version();
            for (int m = 0; m < shared.length; m++) {
                shared[m] = m;
                for (int n = 0; n < m; n++) {
                    if (Arrays.equals(severityAt[n], severityAt[m])) {
                        shared[m] = n;
                        break;
                    }
                }
            }
            for (boolean[] st : stale) {
                Arrays.fill(st, true);
            }
        }
    }

    /**
     * The country (index into the map's countries) through which a side's smuggled output of a mineral from a
     * cell leaves, or −1 when no border can be reached (a map with no neighbouring land). Minerals whose borders
     * carry the same frictions share one route table.
     */
    public int exit(int side, int mineral, int cell) {
        int m = shared[mineral];
        if (stale[side][m]) {
            start(side, m);
            stale[side][m] = false;
        }
        search[side][m].settle(cell);
        return search[side][m].x[cell];
    }

    /**
     * Starts the multi-source Dijkstra search of a route table from every foreign land cell on a border or a
     * shore, each carrying its country, through theatre cells and lakes (smuggled minerals cross Lake Kivu by
     * boat). The search runs only as far as the cells asked for ({@link Search#settle}): a mine's exit is final
     * once its cell is settled, and the cells settled, their order and every exit are those of a search run to
     * the end at once, because the search reads the ground as it was when it started.
     */
    private void start(int side, int mineral) {
        int cells = world.cells();
        if (search[side][mineral] == null) {
            search[side][mineral] = new Search(cells);
        }
        Search s = search[side][mineral];
        double[] d = s.d;
        int[] x = s.x;
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        Arrays.fill(x, -1);
        s.heap.reset(d);
        for (int c = 0; c < cells; c++) {
            int o = territory.controller(c);
            s.own[c] = o >= 0 && territory.side(o) == side;
        }
        for (int c = 0; c < cells; c++) {
            if (!world.routeExit(c, nb)) {
                continue;
            }
            int country = world.country(c);
            d[c] = RouteRules.borderCost(rules.sanctionKm(), severityAt[mineral][country]);
            x[c] = country;
            s.heap.offer(c);
        }
    }

    /**
     * One route table: each cell's cost to an exit ({@code d}) and the exit's country ({@code x}), the search's
     * queue, and the ground its side held when the search started.
     */
    private final class Search {
        final CellHeap heap;
        final boolean[] own;
        final double[] d;
        final int[] x;

        Search(int cells) {
            heap = new CellHeap(cells);
            own = new boolean[cells];
            d = new double[cells];
            x = new int[cells];
        }

        /** Runs the search until {@code cell} is settled (or nothing is left to settle). */
        void settle(int cell) {
            while (!heap.settled(cell) && !heap.isEmpty()) {
                int c = heap.poll();
                int n = world.neighbours(c, nb);
                for (int k = 0; k < n; k++) {
                    int e = nb[k];
                    if (!world.theatre(e) && !world.water(e)) {
                        continue;
                    }
                    double nd = d[c] + step(own, e);
                    if (nd < d[e]) {
                        d[e] = nd;
                        x[e] = x[c];
                        heap.offer(e);
                    }
                }
            }
        }
    }

    /** Cost of crossing a cell on a route of a side ({@link RouteRules#cellCost}); a lake is crossed by boat. */
    private double step(boolean[] own, int c) {
        if (world.water(c)) {
            return RouteRules.cellCost(world.cellKm(), false, roadFactor, true, rules.enemyPassage());
        }
        return RouteRules.cellCost(world.cellKm(), world.road(c), roadFactor, own[c], rules.enemyPassage());
    }

    /** Number of sides (faction indices) routes are kept for. */
    public int sides() {
        return sides;
    }
}
