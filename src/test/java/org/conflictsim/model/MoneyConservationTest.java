package org.conflictsim.model;

import org.conflictsim.model.observe.Series;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Flow;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.model.params.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money, followed day by day from outside the model: the model is stepped by hand, and after every day the
 * test checks the books itself and reconciles treasuries, the revenue series and the books' tallies.
 */
class MoneyConservationTest {

    /** The revenue categories that have a revenue_usd.* series. */
    private static final List<Flow> REVENUE = List.of(Flow.MINE_TAX, Flow.ROYALTIES, Flow.POPULATION_TAX, Flow.BUDGET,
            Flow.AID, Flow.SPONSOR_CASH, Flow.DEAL_CASH);

    static Stream<Arguments> runs() {
        return Stream.of(Arguments.of("island", 7L, 365), Arguments.of("island", 1234567L, 365),
                Arguments.of("kivu-2025", 20241201L, 120));
    }

    private static double tol(double scale) {
        return 1e-9 * Math.max(1.0, Math.abs(scale));
    }

    @ParameterizedTest(name = "{0}, seed {1}, {2} days")
    @MethodSource("runs")
    void treasuriesReconcileWithTheBooksEveryDay(String name, long seed, int days) {
        Scenario sc = TestScenarios.load(TestScenarios.DIR.resolve(name + ".yaml")).scenario();
        int nF = sc.factions().size();
        int nP = sc.powers().size();
        int accounts = nF + nP;
        ConflictModel m = new ConflictModel(sc, seed, days);
        m.start();
        Series s = m.series();
        Books books = m.books();

        double[] opening = new double[accounts];
        for (int f = 0; f < nF; f++) {
            opening[f] = sc.factions().get(f).treasury();
        }
        for (int p = 0; p < nP; p++) {
            opening[nF + p] = sc.powers().get(p).treasury();
        }
        double[] previous = opening.clone();
        double[] totalIn = new double[accounts];
        double[] totalOut = new double[accounts];
        double[][] revenueSeriesSum = new double[nF][REVENUE.size()];
        double anyMoneyMoved = 0;

        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            assertDoesNotThrow(books::checkDay, "day " + d);
            for (int a = 0; a < accounts; a++) {
                double in = 0;
                double out = 0;
                for (Flow fl : Flow.values()) {
                    in += books.inflowToday(a, fl);
                    out += books.outflowToday(a, fl);
                    assertTrue(books.inflowToday(a, fl) >= 0 && books.outflowToday(a, fl) >= 0);
                }
                double balance = books.balance(a);
                // today's change of the balance is today's inflow minus today's outflow
                assertEquals(previous[a] + in - out, balance, tol(previous[a] + in + out), "account " + a + ", day " + d);
                assertTrue(balance >= 0, "account " + a + " negative on day " + d);
                totalIn[a] += in;
                totalOut[a] += out;
                anyMoneyMoved += in + out;
                previous[a] = balance;
            }
            for (int f = 0; f < nF; f++) {
                String id = sc.factions().get(f).id();
                // the recorded treasury is the books' balance
                assertEquals(m.treasury(f), s.get(s.id("treasury_usd", id), d), 0.0, id + " treasury, day " + d);
                assertEquals(books.balance(f), m.treasury(f), 0.0);
                // each revenue series is the day's inflow of its category, and together they are all inflows
                double seriesIn = 0;
                for (int r = 0; r < REVENUE.size(); r++) {
                    double v = s.get(s.id("revenue_usd." + REVENUE.get(r).label(), id), d);
                    assertEquals(books.inflowToday(f, REVENUE.get(r)), v, 0.0, id + " " + REVENUE.get(r) + ", day " + d);
                    revenueSeriesSum[f][r] += v;
                    seriesIn += v;
                }
                double allIn = 0;
                for (Flow fl : Flow.values()) {
                    allIn += books.inflowToday(f, fl);
                }
                assertEquals(allIn, seriesIn, tol(allIn), id + ": an inflow is missing from the revenue series, day " + d);
            }
            for (int p = 0; p < nP; p++) {
                String id = sc.powers().get(p).id();
                assertEquals(books.balance(nF + p), s.get(s.id("power_treasury_usd", id), d), 0.0, id + ", day " + d);
                assertEquals(books.inflowToday(nF + p, Flow.SMUGGLING), s.get(s.id("smuggling_income_usd", id), d), 0.0);
            }
        }
        m.finish();
        assertTrue(anyMoneyMoved > 0, "a run in which no money moves checks nothing");
        for (int a = 0; a < accounts; a++) {
            // over the run: last balance - opening balance (from the scenario) = all inflows - all outflows
            assertEquals(opening[a] + totalIn[a] - totalOut[a], books.balance(a),
                    1e-9 * Math.max(1, opening[a] + totalIn[a] + totalOut[a]), "account " + a);
        }
        for (int f = 0; f < nF; f++) {
            for (int r = 0; r < REVENUE.size(); r++) {
                double cum = books.cumulativeInflow(f, REVENUE.get(r));
                assertEquals(cum, revenueSeriesSum[f][r], tol(cum), "cumulative " + REVENUE.get(r) + " of faction " + f);
            }
        }
    }
}
