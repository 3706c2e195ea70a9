package org.conflictsim.model.economy;

import java.util.Arrays;

/**
 * Double-entry books of all treasuries (factions, then powers). Every change of a balance goes through
 * {@link #transfer}, which also tallies the day's inflow and outflow per account and {@link Flow}; the
 * account {@link #OUTSIDE} stands for everything outside the model (miners, budgets, fighters' pockets).
 * {@link #checkDay()} verifies that, for every account, the change of its balance since the start of the
 * day equals its inflows minus its outflows, and that no balance is negative or NaN.
 */
public final class Books {
    /** The rest of the world: sources and sinks of money. */
    public static final int OUTSIDE = -1;

    private final double[] balance;
    private final double[] openingBalance;
    private final double[][] inflow;
    private final double[][] outflow;
    private final double[][] cumulativeIn;

    public Books(double[] initial) {
        balance = initial.clone();
        openingBalance = initial.clone();
        int flows = Flow.values().length;
        inflow = new double[initial.length][flows];
        outflow = new double[initial.length][flows];
        cumulativeIn = new double[initial.length][flows];
    }

    /** Starts a new day: clears the day's tallies. */
    public void openDay() {
        System.arraycopy(balance, 0, openingBalance, 0, balance.length);
        for (double[] row : inflow) {
            Arrays.fill(row, 0);
        }
        for (double[] row : outflow) {
            Arrays.fill(row, 0);
        }
    }

    /**
     * Moves up to {@code amount} US$ from one account to another; an account other than {@link #OUTSIDE}
     * pays at most its balance.
     *
     * @return the amount actually moved
     */
    public double transfer(int from, int to, double amount, Flow flow) {
        if (!(amount > 0) || from == to) {
            return 0;
        }
        double moved = from == OUTSIDE ? amount : Math.min(amount, balance[from]);
        if (moved <= 0) {
            return 0;
        }
        if (from != OUTSIDE) {
            balance[from] -= moved;
            outflow[from][flow.ordinal()] += moved;
        }
        if (to != OUTSIDE) {
            balance[to] += moved;
            inflow[to][flow.ordinal()] += moved;
            cumulativeIn[to][flow.ordinal()] += moved;
        }
        return moved;
    }

    public double balance(int account) {
        return balance[account];
    }

    /** Today's inflow of one category, US$. */
    public double inflowToday(int account, Flow flow) {
        return inflow[account][flow.ordinal()];
    }

    /** Today's outflow of one category, US$. */
    public double outflowToday(int account, Flow flow) {
        return outflow[account][flow.ordinal()];
    }

    /** Inflow of one category since the start of the run, US$. */
    public double cumulativeInflow(int account, Flow flow) {
        return cumulativeIn[account][flow.ordinal()];
    }

    /**
     * Checks today's books: for every account, opening balance + inflows − outflows = balance (to a relative
     * tolerance of 1e-9), and balances are finite and not negative.
     *
     * @throws IllegalStateException naming the account and the discrepancy
     */
    public void checkDay() {
        for (int a = 0; a < balance.length; a++) {
            double in = 0;
            double out = 0;
            for (int f = 0; f < inflow[a].length; f++) {
                in += inflow[a][f];
                out += outflow[a][f];
            }
            double expected = openingBalance[a] + in - out;
            double tol = 1e-9 * Math.max(1.0, Math.abs(openingBalance[a]) + in + out);
            if (!Double.isFinite(balance[a]) || balance[a] < -tol || Math.abs(balance[a] - expected) > tol) {
                throw new IllegalStateException("money not conserved in account " + a + ": opening "
                        + openingBalance[a] + " + in " + in + " - out " + out + " != balance " + balance[a]);
            }
        }
    }
}
