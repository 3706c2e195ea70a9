package org.conflictsim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationRulesTest {

    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "fleeing({0}, {1}) = {2}")
    @CsvSource({"10000, 0.2, 2000", "10000, 0.5, 5000", "10000, 1.5, 10000", "0, 0.2, 0"})
    void aShareOfResidentsFleesNeverMoreThanAll(double residents, double share, double expected) {
        assertEquals(expected, PopulationRules.fleeing(residents, share), EPS);
    }

    @ParameterizedTest(name = "day {0}, last fight {1}, last change {2}: quiet {3}")
    @CsvSource({"100, 90, 50, 10", "100, 50, 95, 5", "100, -100000, -100000, 100100", "100, 100, 100, 0"})
    void quietDaysCountFromTheLaterOfFightAndChange(int day, int fight, int change, int expected) {
        assertEquals(expected, PopulationRules.quietDays(day, fight, change));
    }

    @ParameterizedTest(name = "group {0}, rate {1}: return {2}")
    @CsvSource({"1000, 0.01, 10", "0.5, 0.01, 0.5", "1, 0.01, 0.01", "0, 0.01, 0"})
    void aShareReturnsAndTheLastPersonGoesHome(double group, double rate, double expected) {
        assertEquals(expected, PopulationRules.returning(group, rate), EPS);
    }

    @ParameterizedTest(name = "hardship({0}, hosted {1}, people {2}) = {3}")
    @CsvSource({"0.3, 0, 1000, 0.3", "0.3, 500, 1000, 0.8", "0, 0, 0, 0", "1, 1000, 1000, 2"})
    void hardshipAddsTheShareOfDisplacedGuests(double fighting, double hosted, double people, double expected) {
        assertEquals(expected, PopulationRules.hardship(fighting, hosted, people), EPS);
    }

    @ParameterizedTest(name = "pool({0}, {1}, {2}) = {3}")
    @CsvSource({"10000, 0.5, 1e-4, 0.5", "10000, 0, 1e-4, 0", "0, 1, 1e-4, 0"})
    void recruitPool(double people, double grievance, double rate, double expected) {
        assertEquals(expected, PopulationRules.recruitPool(people, grievance, rate), EPS);
    }
}
