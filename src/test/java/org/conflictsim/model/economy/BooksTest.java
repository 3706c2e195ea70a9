package org.conflictsim.model.economy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooksTest {

    private static Books books(double... opening) {
        Books b = new Books(opening);
        b.openDay();
        return b;
    }

    @Test
    void transferBetweenAccountsMovesTheAmountAndTalliesBothSides() {
        Books b = books(1000, 50);
        assertEquals(300, b.transfer(0, 1, 300, Flow.AID), 0.0);
        assertEquals(700, b.balance(0), 0.0);
        assertEquals(350, b.balance(1), 0.0);
        assertEquals(300, b.outflowToday(0, Flow.AID), 0.0);
        assertEquals(0, b.inflowToday(0, Flow.AID), 0.0);
        assertEquals(300, b.inflowToday(1, Flow.AID), 0.0);
        assertEquals(0, b.outflowToday(1, Flow.AID), 0.0);
        // other categories untouched
        assertEquals(0, b.inflowToday(1, Flow.BUDGET), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @Test
    void outsideIsAnUnlimitedSourceAndASink() {
        Books b = books(0);
        assertEquals(1e9, b.transfer(Books.OUTSIDE, 0, 1e9, Flow.BUDGET), 0.0);
        assertEquals(1e9, b.balance(0), 0.0);
        assertEquals(1e9, b.inflowToday(0, Flow.BUDGET), 0.0);
        assertEquals(4e8, b.transfer(0, Books.OUTSIDE, 4e8, Flow.WAGES), 0.0);
        assertEquals(6e8, b.balance(0), 0.0);
        assertEquals(4e8, b.outflowToday(0, Flow.WAGES), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @Test
    void anAccountPaysAtMostItsBalance() {
        Books b = books(120, 0);
        assertEquals(120, b.transfer(0, 1, 500, Flow.WAGES), 0.0);
        assertEquals(0, b.balance(0), 0.0);
        assertEquals(120, b.balance(1), 0.0);
        assertEquals(120, b.outflowToday(0, Flow.WAGES), 0.0);
        // an empty account pays nothing, and nothing is tallied
        assertEquals(0, b.transfer(0, 1, 10, Flow.WAGES), 0.0);
        assertEquals(120, b.outflowToday(0, Flow.WAGES), 0.0);
        assertEquals(0, b.transfer(0, Books.OUTSIDE, 10, Flow.RECRUITMENT), 0.0);
        assertEquals(0, b.outflowToday(0, Flow.RECRUITMENT), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @ParameterizedTest(name = "amount {0} is ignored")
    @ValueSource(doubles = {0.0, -0.0, -5.0, Double.NaN, Double.NEGATIVE_INFINITY, -Double.MIN_VALUE})
    void nonPositiveOrNaNAmountsAreIgnored(double amount) {
        Books b = books(100, 100);
        assertEquals(0, b.transfer(0, 1, amount, Flow.AID), 0.0);
        assertEquals(0, b.transfer(Books.OUTSIDE, 0, amount, Flow.BUDGET), 0.0);
        assertEquals(0, b.transfer(1, Books.OUTSIDE, amount, Flow.WAGES), 0.0);
        assertEquals(100, b.balance(0), 0.0);
        assertEquals(100, b.balance(1), 0.0);
        assertEquals(0, b.inflowToday(1, Flow.AID), 0.0);
        assertEquals(0, b.inflowToday(0, Flow.BUDGET), 0.0);
        assertEquals(0, b.outflowToday(1, Flow.WAGES), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @Test
    void transferToItselfMovesNothing() {
        Books b = books(100);
        assertEquals(0, b.transfer(0, 0, 50, Flow.AID), 0.0);
        assertEquals(0, b.transfer(Books.OUTSIDE, Books.OUTSIDE, 50, Flow.AID), 0.0);
        assertEquals(100, b.balance(0), 0.0);
        assertEquals(0, b.outflowToday(0, Flow.AID), 0.0);
        assertEquals(0, b.inflowToday(0, Flow.AID), 0.0);
    }

    @Test
    void openDayClearsTodaysTalliesButNotTheCumulativeInflow() {
        Books b = books(0, 0);
        b.transfer(Books.OUTSIDE, 0, 100, Flow.MINE_TAX);
        b.transfer(0, 1, 30, Flow.AID);
        b.checkDay();
        b.openDay();
        assertEquals(0, b.inflowToday(0, Flow.MINE_TAX), 0.0);
        assertEquals(0, b.outflowToday(0, Flow.AID), 0.0);
        assertEquals(0, b.inflowToday(1, Flow.AID), 0.0);
        b.transfer(Books.OUTSIDE, 0, 40, Flow.MINE_TAX);
        b.transfer(0, Books.OUTSIDE, 500, Flow.WAGES); // pays only its 110
        assertEquals(140, b.cumulativeInflow(0, Flow.MINE_TAX), 0.0);
        assertEquals(30, b.cumulativeInflow(1, Flow.AID), 0.0);
        assertEquals(0, b.cumulativeInflow(0, Flow.WAGES), 0.0, "outflows are not inflows");
        assertEquals(0, b.cumulativeInflow(0, Flow.AID), 0.0, "paying aid is not receiving it");
        assertEquals(40, b.inflowToday(0, Flow.MINE_TAX), 0.0);
        assertEquals(110, b.outflowToday(0, Flow.WAGES), 0.0);
        assertEquals(0, b.balance(0), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @Test
    void checkDayPassesAfterManyRandomLegalTransfers() {
        SplittableRandom r = new SplittableRandom(99);
        Flow[] flows = Flow.values();
        Books b = books(1e6, 0, 5e4, 1);
        double[] mirror = {1e6, 0, 5e4, 1};
        for (int day = 0; day < 50; day++) {
            b.openDay();
            for (int i = 0; i < 200; i++) {
                int from = r.nextInt(-1, 4);
                int to = r.nextInt(-1, 4);
                double amount = r.nextDouble() < 0.05 ? -r.nextDouble(100) : Math.exp(r.nextDouble(-5, 14));
                double moved = b.transfer(from, to, amount, flows[r.nextInt(flows.length)]);
                assertTrue(moved >= 0 && moved <= Math.max(0, amount), "moved " + moved + " of " + amount);
                if (from >= 0) {
                    mirror[from] -= moved;
                }
                if (to >= 0) {
                    mirror[to] += moved;
                }
            }
            assertDoesNotThrow(b::checkDay);
            for (int a = 0; a < mirror.length; a++) {
                assertTrue(b.balance(a) >= 0, "balance " + a + " = " + b.balance(a));
                assertEquals(mirror[a], b.balance(a), 1e-6 * Math.max(1, Math.abs(mirror[a])));
            }
        }
    }

    // The only way through the public API to break a balance is an infinite amount from OUTSIDE: transfer
    // ignores NaN and non-positive amounts but accepts +Infinity; checkDay must then refuse the books.
    @Test
    void checkDayCatchesAnInfiniteBalance() {
        Books b = books(10);
        assertEquals(Double.POSITIVE_INFINITY, b.transfer(Books.OUTSIDE, 0, Double.POSITIVE_INFINITY, Flow.BUDGET), 0.0);
        IllegalStateException e = assertThrows(IllegalStateException.class, b::checkDay);
        assertTrue(e.getMessage().startsWith("money not conserved in account 0"), e.getMessage());
    }

    @Test
    void anInfiniteAmountBetweenAccountsPaysTheWholeBalance() {
        Books b = books(250, 0);
        assertEquals(250, b.transfer(0, 1, Double.POSITIVE_INFINITY, Flow.DEAL_CASH), 0.0);
        assertEquals(0, b.balance(0), 0.0);
        assertEquals(250, b.balance(1), 0.0);
        assertDoesNotThrow(b::checkDay);
    }

    @Test
    void checkDayCatchesANegativeOrNaNOpeningBalance() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> books(100, -5).checkDay());
        assertEquals("money not conserved in account 1: opening -5.0 + in 0.0 - out 0.0 != balance -5.0", e.getMessage());
        assertThrows(IllegalStateException.class, () -> books(Double.NaN).checkDay());
    }

    @Test
    void theBooksKeepTheirOwnCopyOfTheOpeningBalances() {
        double[] opening = {100, 200};
        Books b = new Books(opening);
        opening[0] = -1;
        assertEquals(100, b.balance(0), 0.0);
        assertDoesNotThrow(b::checkDay);
    }
}
