package org.conflictsim.model.agent;

import java.util.BitSet;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.DeploymentRules;
import org.conflictsim.model.rules.ManpowerRules;

/**
 * A faction's fighters and where they are: a reserve, and per cell those deployed on its front lines; and its
 * dead in combat. Fighters move between the reserve and the front (deployment, cells leaving the front), are
 * lost (desertion, combat), retreat and advance. Counts are in fighters (fractional: the model is aggregate).
 */
public final class Forces {
    private final double[] byCell;
    private double reserve;
    private double deployed;
    private double casualties;

    /**
     * @param cells   cells of the map
     * @param reserve fighters at the start, all in reserve
     */
    public Forces(int cells, double reserve) {
        this.byCell = new double[cells];
        this.reserve = reserve;
    }

    /** Fighters in all, reserve and deployed. */
    public double total() {
        return reserve + deployed;
    }

    /** Fighters held back in reserve. */
    public double reserve() {
        return reserve;
    }

    /** Fighters on the front lines. */
    public double deployed() {
        return deployed;
    }

    /** Fighters killed in combat since the start. */
    public double casualties() {
        return casualties;
    }

    /** Fighters in one cell. */
    public double in(int cell) {
        return byCell[cell];
    }

    /** Fighters by cell: the array itself, for the territory's and the phases' hot loops (read-only use). */
    public double[] byCell() {
        return byCell;
    }

    /** New fighters join the reserve (recruits, or troops a sponsor sends). */
    public void enlist(double fighters) {
        reserve += fighters;
    }

    /** Removes fighters: from the reserve first, then the same share from every front cell. */
    public void remove(double n, BitSet frontier) {
        if (n <= 0) {
            return;
        }
        double fromReserve = Math.min(reserve, n);
        reserve -= fromReserve;
        double rest = n - fromReserve;
        if (rest > 0 && deployed > 0) {
            double keep = ManpowerRules.frontShareKept(rest, deployed);
            double sum = 0;
            for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
                byCell[c] *= keep;
                sum += byCell[c];
            }
            deployed = sum;
        }
    }

    /**
     * Moves fighters between the reserve and the front cells, closing {@code rate} of the gap to each cell's
     * share (by weight) of {@code want} fighters at the front; moves in are scaled down when the reserve cannot
     * fill them all ({@link DeploymentRules#move}, {@link DeploymentRules#reserveScale}).
     *
     * @param want      fighters wanted at the front
     * @param front     front cells, in increasing order
     * @param n         how many of them
     * @param weight    weight of each front cell ({@link DeploymentRules#weight})
     * @param sumWeight sum of the weights, &gt; 0
     * @param rate      share of the gap closed per day
     */
    public void deploy(double want, int[] front, int n, double[] weight, double sumWeight, double rate) {
        double up = 0;
        for (int i = 0; i < n; i++) {
            double d = DeploymentRules.move(rate, want, weight[i], sumWeight, byCell[front[i]]);
            if (d > 0) {
                up += d;
            }
        }
        double scaleUp = DeploymentRules.reserveScale(up, reserve);
        double dep = 0;
        for (int i = 0; i < n; i++) {
            int c = front[i];
            double d = DeploymentRules.move(rate, want, weight[i], sumWeight, byCell[c]);
            if (d > 0) {
                d *= scaleUp;
            }
            byCell[c] += d;
            reserve -= d;
            dep += byCell[c];
        }
        if (reserve < 0) {
            reserve = 0;
        }
        deployed = dep;
    }

    /** The fighters in a cell that left the front (or was lost without a fight) go back to the reserve. */
    public void withdraw(int cell) {
        reserve += byCell[cell];
        deployed -= byCell[cell];
        byCell[cell] = 0;
    }

    /** Fighters killed in a cell in combat. */
    public void lose(int cell, double killed) {
        byCell[cell] -= killed;
        deployed -= killed;
        casualties += killed;
    }

    /**
     * Driven out of a cell: the survivors ({@link CombatRules#retreatSurvivors}) fall back to {@code refuge},
     * or to the reserve when there is none (−1); the rest are casualties.
     */
    public void retreat(int cell, int refuge, double retreatLoss) {
        double survivors = CombatRules.retreatSurvivors(byCell[cell], retreatLoss);
        casualties += byCell[cell] - survivors;
        deployed -= byCell[cell];
        byCell[cell] = 0;
        if (refuge >= 0) {
            byCell[refuge] += survivors;
            deployed += survivors;
        } else {
            reserve += survivors;
        }
    }

    /** Fighters raised in a cell (a local uprising), deployed there at once. */
    public void raise(int cell, double fighters) {
        byCell[cell] += fighters;
        deployed += fighters;
    }

    /** Moves fighters from one cell into a neighbouring one just taken. */
    public void advance(int from, int to, double fighters) {
        byCell[from] -= fighters;
        byCell[to] += fighters;
    }
}
