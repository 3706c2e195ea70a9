package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.output.SmallSweeps.Kind;
import org.conflictsim.output.SmallSweeps;
import org.junit.jupiter.api.Test;

/** Per-run outcome values read from a sweep store: a missing value (a place never taken) stays missing. */
class StoreTablesTest {
    @Test
    void aMissingValueIsNaNNotZero() throws Exception {
        try (SweepStore s = SweepStore.openForReading(SmallSweeps.store(Kind.FACTORIAL))) {
            Map<String, Integer> missing = new HashMap<>();
            Map<String, Integer> zero = new HashMap<>();
            String sql = "SELECT k.name, sum(v.value IS NULL), sum(v.value = 0), sum(v.value IS NOT NULL) FROM"
                    + " outcome_values v JOIN names k ON k.id = v.name WHERE k.kind = 'outcome' GROUP BY k.name";
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + SmallSweeps.store(Kind.FACTORIAL)); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    if (rs.getInt(4) > 0) { // outcomes with values in some runs and none in others
                        missing.put(rs.getString(1), rs.getInt(2));
                        zero.put(rs.getString(1), rs.getInt(3));
                    }
                }
            }
            String name = missing.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .filter(n -> n.startsWith("capture_day.")).findFirst()
                    .orElseThrow(() -> new AssertionError("the small factorial has a place not taken in some run"));
            List<StoreTables.RunValue> values = StoreTables.runValues(s, name);
            long nan = values.stream().filter(v -> Double.isNaN(v.value())).count();
            long zeros = values.stream().filter(v -> v.value() == 0).count();
            assertEquals(missing.get(name).longValue(), nan, name + ": runs without a value");
            assertEquals(zero.get(name).longValue(), zeros, name + ": runs with the value 0");
            assertTrue(values.stream().anyMatch(v -> !Double.isNaN(v.value())), name + " has values too");
        }
    }
}
