package org.conflictsim.model.agent;

/**
 * What a faction holds, as the daily census and the production phase count it: cells of the theatre (and how
 * many at the start), the people in them and their willing recruits, mines and their output, and the world
 * value of the output of the mines it has held since the start (what a deal seeker weighs).
 */
public final class Holdings {
    private final double[] outputValueCum;
    private double cells;
    private int initialCells;
    private double people;
    private double recruitPool;
    private double occupiedPeople;
    private double cellsBeyondAims;
    private int mines;
    private double mineOutputKg;

    /** @param minerals number of minerals */
    public Holdings(int minerals) {
        this.outputValueCum = new double[minerals];
    }

    /** Cells held. */
    public double cells() {
        return cells;
    }

    /** Cells held at the start. */
    public int initialCells() {
        return initialCells;
    }

    /** Residents and displaced people in the cells held. */
    public double people() {
        return people;
    }

    /** Willing recruits of the cells held, per day. */
    public double recruitPool() {
        return recruitPool;
    }

    /** People in the cells it occupies (held, but by another side at the start). */
    public double occupiedPeople() {
        return occupiedPeople;
    }

    /** Cells held beyond its side's war aims. */
    public double cellsBeyondAims() {
        return cellsBeyondAims;
    }

    /** Mines in the cells held. */
    public int mines() {
        return mines;
    }

    /** Today's output of the mines held, kg. */
    public double mineOutputKg() {
        return mineOutputKg;
    }

    /** World value of the output of one mineral from the mines held since the start, US$. */
    public double outputValueSinceStart(int mineral) {
        return outputValueCum[mineral];
    }

    /** Counts a cell held at the start. */
    public void countInitialCell() {
        initialCells++;
    }

    /** Clears the census before a pass over the theatre. */
    public void clearCensus() {
        cells = 0;
        people = 0;
        recruitPool = 0;
        occupiedPeople = 0;
        cellsBeyondAims = 0;
    }

    /** Counts a held cell with its people and its willing recruits. */
    public void countCell(double cellPeople, double recruits) {
        cells += 1;
        people += cellPeople;
        recruitPool += recruits;
    }

    /** Counts the people of a held cell that it occupies. */
    public void countOccupied(double cellPeople) {
        occupiedPeople += cellPeople;
    }

    /** Counts a held cell beyond its side's aims. */
    public void countBeyondAims() {
        cellsBeyondAims += 1;
    }

    /** Clears the day's count of mines and output. */
    public void clearMines() {
        mineOutputKg = 0;
        mines = 0;
    }

    /** Counts a mine held, with today's output and its world value. */
    public void countMine(int mineral, double kg, double worldValue) {
        mines++;
        mineOutputKg += kg;
        outputValueCum[mineral] += worldValue;
    }
}
