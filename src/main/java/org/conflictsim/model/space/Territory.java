package org.conflictsim.model.space;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.World;

/**
 * Who holds the ground: the controller of every cell, the front lines (held cells next to an enemy-held
 * cell), where fighting happened, and the first capture of each named place. Kept in arrays indexed by cell
 * for speed; the factions' fighters by cell are the factions' own arrays, seen here as one table.
 *
 * <p>A cell that stops being on a front line sends the fighters in it back to their factions' reserves.
 */
public final class Territory {
    /** Day of the last fight or change of hands of a cell that has had none: long before any run starts. */
    public static final int NEVER = -100_000;

    private final World world;
    private final Faction[] factions;
    private final double[][] forces;
    private final int[] side;
    private final boolean[][] enemies;
    private final byte[] controller;
    private final BitSet frontier;
    private final int[] lastFight;
    private final int[] lastChange;
    private final int[] heldOnFront;
    private final boolean[] foughtToday;
    private final boolean[] sortieToday;
    private final double[] mineValue;
    private final int[] placeCaptureDay;
    private final int[] placeCapturedBy;
    private final int[] placeInitialSide;
    private final int[] nb = new int[4];
    private int[] front = new int[64];
    private final int[] initialSide;
    private int placeVersion;
    private int version;
    private int uncontrolledCells;

    /**
     * @param world    the map
     * @param factions the factions, in scenario order, with their sides set
     */
    public Territory(World world, List<Faction> factions) {
        this.world = world;
        int cells = world.cells();
        int nF = factions.size();
        this.factions = factions.toArray(new Faction[0]);
        this.forces = new double[nF][];
        this.side = new int[nF];
        this.enemies = new boolean[nF][nF];
        for (int f = 0; f < nF; f++) {
            forces[f] = this.factions[f].forces().byCell();
            side[f] = this.factions[f].side();
        }
        for (int a = 0; a < nF; a++) {
            for (int b = 0; b < nF; b++) {
                enemies[a][b] = side[a] != side[b];
            }
        }
        controller = new byte[cells];
        frontier = new BitSet(cells);
        lastFight = new int[cells];
        lastChange = new int[cells];
        heldOnFront = new int[cells];
        foughtToday = new boolean[cells];
        sortieToday = new boolean[cells];
        mineValue = new double[cells];
        int places = world.places().size();
        placeCaptureDay = new int[places];
        placeCapturedBy = new int[places];
        placeInitialSide = new int[places];
        initialSide = new int[cells];
    }

    /**
     * Sets the scenario's initial control, the front lines, each named place's initial side, and the days the
     * initial front cells have already been held ({@code rules.combat.entrenchedAtStart}; 0 for other cells).
     */
    public void init(Scenario scenario) {
        Arrays.fill(controller, (byte) -1);
        Arrays.fill(lastFight, NEVER);
        Arrays.fill(lastChange, NEVER);
        Arrays.fill(heldOnFront, 0);
        int nT = world.theatreCellCount();
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            int f = scenario.controller(c);
            controller[c] = (byte) f;
            if (f >= 0) {
                factions[f].holdings().countInitialCell();
            }
        }
        Arrays.fill(initialSide, -1);
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            refreshFrontier(c);
            initialSide[c] = controller[c] >= 0 ? side[controller[c]] : -1;
        }
        int atStart = (int) Math.round(scenario.rules().combat().entrenchedAtStart());
        for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
            heldOnFront[c] = atStart;
        }
        for (int p = 0; p < placeCaptureDay.length; p++) {
            placeCaptureDay[p] = -1;
            placeCapturedBy[p] = -1;
            int c = world.places().get(p).cell();
            int f = c >= 0 ? controller[c] : -1;
            placeInitialSide[p] = f >= 0 ? side[f] : -1;
        }
    }

    // ------------------------------------------------------------------ control

    /** Controller (faction index) of a cell, −1 for none. */
    public int controller(int cell) {
        return controller[cell];
    }

    /** Side of a faction (the smallest faction index of its alliance). */
    public int side(int faction) {
        return side[faction];
    }

    /** Whether two factions are enemies (of different sides). */
    public boolean enemies(int a, int b) {
        return enemies[a][b];
    }

    /** The fighters of faction f in cell c. */
    public double forces(int f, int cell) {
        return forces[f][cell];
    }

    /**
     * A cell changes hands: its controller, the day of the change, the front lines around it. Forces stay
     * where they are (the combat phase moves them).
     *
     * @return the former controller (faction index, −1 for none)
     */
    public int changeHands(int cell, int taker, int day) {
        int old = controller[cell];
        controller[cell] = (byte) taker;
        lastChange[cell] = day;
        heldOnFront[cell] = 0;
        version++;
        if (world.placeAt(cell) >= 0) {
            placeVersion++;
        }
        foughtToday[cell] = true;
        refreshFrontier(cell);
        int n = world.neighbours(cell, nb);
        int[] around = Arrays.copyOf(nb, n);
        for (int k = 0; k < n; k++) {
            refreshFrontier(around[k]);
        }
        return old;
    }

    /** Counter that moves on whenever any cell changes hands (for supply lines and routes). */
    public int version() {
        return version;
    }

    /** Side that held a cell at the start (−1 for none). */
    public int sideAtStart(int cell) {
        return initialSide[cell];
    }

    /** Whether a held cell is occupied: held by a side other than the one that held it at the start. */
    public boolean occupied(int cell) {
        int o = controller[cell];
        return o >= 0 && initialSide[cell] >= 0 && side[o] != initialSide[cell];
    }

    /** Counter that moves on whenever a named place changes hands (for caches of objectives' pull). */
    public int placeVersion() {
        return placeVersion;
    }

    // ------------------------------------------------------------------ fronts

    /** The front cells as a set (read-only use). */
    public BitSet frontier() {
        return frontier;
    }

    /** Whether a cell is on a front line. */
    public boolean onFront(int cell) {
        return frontier.get(cell);
    }

    /**
     * Collects the front cells, in increasing order, into {@link #front()}.
     *
     * @return how many there are
     */
    public int collectFront() {
        int n = frontier.cardinality();
        if (front.length < n) {
            front = new int[Math.max(n, front.length * 2)];
        }
        int i = 0;
        for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
            front[i++] = c;
        }
        return n;
    }

    /** The front cells of the last {@link #collectFront()} (the array may be longer than their count). */
    public int[] front() {
        return front;
    }

    /**
     * Recomputes whether a cell is on a front line: it is held and a neighbouring theatre cell is held by an
     * enemy. Fighters in a cell that leaves the front go back to their reserves.
     */
    public void refreshFrontier(int c) {
        if (!world.theatre(c) || controller[c] < 0) {
            frontier.clear(c);
            return;
        }
        int o = controller[c];
        boolean isFront = false;
        int n = world.neighbours(c, nb);
        for (int k = 0; k < n && !isFront; k++) {
            int e = nb[k];
            int oe = controller[e];
            isFront = world.theatre(e) && oe >= 0 && enemies[o][oe];
        }
        if (isFront) {
            frontier.set(c);
        } else if (frontier.get(c)) {
            frontier.clear(c);
            for (Faction f : factions) {
                if (f.forcesIn(c) > 0) {
                    f.forces().withdraw(c);
                }
            }
        }
    }

    // ------------------------------------------------------------------ fighting

    /** Starts a day: no cell has fought or sent out attackers yet. */
    public void clearDay() {
        Arrays.fill(foughtToday, false);
        Arrays.fill(sortieToday, false);
    }

    /** Whether a cell was attacked or changed hands today. */
    public boolean foughtToday(int cell) {
        return foughtToday[cell];
    }

    /** Marks a cell as attacked today (it is not attacked again). */
    public void markFought(int cell) {
        foughtToday[cell] = true;
    }

    /** Day of the last fighting in a cell ({@link #NEVER} for none). */
    public int lastFight(int cell) {
        return lastFight[cell];
    }

    /** Records fighting in a cell today. */
    public void recordFight(int cell, int day) {
        lastFight[cell] = day;
    }

    /**
     * Days the cell's holder has held it on a front line (prepared defences, ODD §7.7): back to 0 when the cell
     * changes hands; kept, not grown, while the cell lies behind the front.
     */
    public int heldOnFront(int cell) {
        return heldOnFront[cell];
    }

    /**
     * A day passes on the front lines: every front cell has been held one more day (at most {@code cap}, so that
     * the count cannot overflow over any horizon).
     */
    public void holdFront(int cap) {
        for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
            if (heldOnFront[c] < cap) {
                heldOnFront[c]++;
            }
        }
    }

    /** Day a cell last changed hands ({@link #NEVER} for never). */
    public int lastChange(int cell) {
        return lastChange[cell];
    }

    /** Whether fighters in a cell have already attacked today (they attack once a day). */
    public boolean sortieToday(int cell) {
        return sortieToday[cell];
    }

    /** Marks a cell's fighters as having attacked today. */
    public void markSortie(int cell) {
        sortieToday[cell] = true;
    }

    // ------------------------------------------------------------------ mines and places

    /** Mine-gate value of today's output of the mines in a cell, US$/day. */
    public double mineValue(int cell) {
        return mineValue[cell];
    }

    /** Clears a cell's mine value before the day's production. */
    public void clearMineValue(int cell) {
        mineValue[cell] = 0;
    }

    /** Adds a mine's output value to its cell. */
    public void addMineValue(int cell, double usd) {
        mineValue[cell] += usd;
    }

    /** Side that held a named place at the start (−1 for none). */
    public int initialSide(int place) {
        return placeInitialSide[place];
    }

    /** Day a place first passed to a side other than its initial one, or −1. */
    public int captureDay(int place) {
        return placeCaptureDay[place];
    }

    /** Faction that first took a place from its initial side, or −1. */
    public int capturedBy(int place) {
        return placeCapturedBy[place];
    }

    /** Records a place's first capture from its initial side, if this is the first. */
    public void recordCapture(int place, int day, int taker) {
        if (placeCaptureDay[place] < 0 && side[taker] != placeInitialSide[place]) {
            placeCaptureDay[place] = day;
            placeCapturedBy[place] = taker;
        }
    }

    /** Theatre cells no faction holds, as of the last census. */
    public int uncontrolledCells() {
        return uncontrolledCells;
    }

    /** Sets the count of uncontrolled cells (the census). */
    void setUncontrolledCells(int n) {
        uncontrolledCells = n;
    }
}
