package org.conflictsim.experiment.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomeExpressionTest {

    private static OutcomeExpression.Run run(Map<String, Double> numbers, Map<String, String> texts) {
        return new OutcomeExpression.Run() {
            @Override
            public double number(String column) {
                return numbers.getOrDefault(column, Double.NaN);
            }

            @Override
            public String text(String column) {
                return texts.getOrDefault(column, "");
            }
        };
    }

    @Test
    void comparisonsAndLogic() {
        OutcomeExpression e = OutcomeExpression.parse("capture_day.bukavu < 90 and (final_share.M23 > 0.2 or not civilian_deaths <= 100)");
        assertEquals(Set.of("capture_day.bukavu", "final_share.M23", "civilian_deaths"), e.numberColumns());
        assertTrue(e.test(run(Map.of("capture_day.bukavu", 80.0, "final_share.M23", 0.3, "civilian_deaths", 5.0), Map.of())));
        assertTrue(e.test(run(Map.of("capture_day.bukavu", 80.0, "final_share.M23", 0.1, "civilian_deaths", 500.0), Map.of())));
        assertFalse(e.test(run(Map.of("capture_day.bukavu", 80.0, "final_share.M23", 0.1, "civilian_deaths", 5.0), Map.of())));
        assertFalse(e.test(run(Map.of("capture_day.bukavu", 95.0, "final_share.M23", 0.3), Map.of())));
    }

    @Test
    void aPlaceNeverCapturedIsLaterThanAnyDay() {
        OutcomeExpression early = OutcomeExpression.parse("capture_day.port-sud < 90");
        OutcomeExpression late = OutcomeExpression.parse("capture_day.port-sud >= 90");
        OutcomeExpression.Run never = run(Map.of(), Map.of());
        assertFalse(early.test(never));
        assertTrue(late.test(never));
        // any other missing number makes the comparison false
        assertFalse(OutcomeExpression.parse("final_share.M23 > 0").test(never));
        assertFalse(OutcomeExpression.parse("final_share.M23 <= 0").test(never));
    }

    @Test
    void textColumnsCompareWithWords() {
        OutcomeExpression e = OutcomeExpression.parse("captured_by.goma == M23 && flow_kg.smuggled:RWA > 10");
        assertEquals(Set.of("captured_by.goma"), e.textColumns());
        assertEquals(Set.of("flow_kg.smuggled:RWA"), e.numberColumns());
        assertTrue(e.test(run(Map.of("flow_kg.smuggled:RWA", 11.0), Map.of("captured_by.goma", "M23"))));
        assertFalse(e.test(run(Map.of("flow_kg.smuggled:RWA", 11.0), Map.of("captured_by.goma", "FARDC"))));
        assertTrue(OutcomeExpression.parse("captured_by.goma != M23").test(run(Map.of(), Map.of())));
    }

    @Test
    void errorsPointAtTheProblem() {
        assertEquals("in 'capture_day.goma <' at character 19: expected a number or a word after capture_day.goma <"
                        + " (write e.g. 'capture_day.goma < 60 and final_share.M23 > 0.2')",
                assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("capture_day.goma <")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("final_share.M23 > high"))
                .getMessage().contains("'high' is not a number; words can only be compared with == or !="));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("a < 1 b"))
                .getMessage().contains("unexpected 'b'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("(a < 1"))
                .getMessage().contains("expected ')'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("a ~ 1"))
                .getMessage().contains("unexpected character '~'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OutcomeExpression.parse("  "))
                .getMessage().contains("empty"));
    }
}
