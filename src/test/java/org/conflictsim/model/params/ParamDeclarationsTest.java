package org.conflictsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every numeric scenario parameter is declared once ({@link Param}); the declarations match the records that
 * hold the values, the records check values against them, and docs/ODD.md §8 lists the same ranges and defaults.
 */
class ParamDeclarationsTest {

    @Test
    void eachRuleGroupDeclaresItsComponentsInOrder() {
        for (Rules.Group g : Rules.GROUPS.values()) {
            List<String> components = new ArrayList<>();
            for (RecordComponent c : g.type().getRecordComponents()) {
                components.add(c.getName());
            }
            assertEquals(components, g.params().stream().map(Param::key).toList(), g.name());
        }
    }

    @Test
    void defaultsBuildAndValuesAreCheckedAgainstTheDeclaredRange() {
        Rules r = Rules.defaults();
        assertEquals(0.3, r.combat().tempo(), 0.0);
        assertEquals(30, r.population().returnDelay());
        Rules tuned = Rules.of(Map.of("combat", Map.of("tempo", 0.5)));
        assertEquals(0.5, tuned.combat().tempo(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rules.of(Map.of("combat", Map.of("tempo", 1.5))));
        assertEquals("combat.tempo must be in [0, 1], got 1.5", e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> new MineralSpec("gold", 1,
                2, 0.1, 0, false, 0));
        assertEquals("gold.localShare must be in [0, 1], got 2", f.getMessage());
    }

    @Test
    void declarationsAreConsistent() {
        List<Param> all = new ArrayList<>();
        Rules.GROUPS.values().forEach(g -> all.addAll(g.params()));
        all.addAll(FactionSpec.PARAMS);
        all.addAll(PowerSpec.PARAMS);
        all.addAll(MineralSpec.PARAMS);
        for (Param p : all) {
            assertTrue(!p.meaning().isBlank() && !p.unit().isBlank(), p.key());
            assertTrue(p.required() || (p.def() >= p.min() && p.def() <= p.max()), p.key());
        }
    }

    /** docs/ODD.md §8.1 has a row per rule parameter with the declared range and default. */
    @Test
    void theOddListsEveryRuleParameterWithItsRangeAndDefault() throws IOException {
        String odd = Files.readString(Path.of("docs", "ODD.md"));
        List<String> problems = new ArrayList<>();
        for (Rules.Group g : Rules.GROUPS.values()) {
            for (Param p : g.params()) {
                Matcher m = Pattern.compile("\\| `" + g.name() + "\\." + p.key() + "` \\|[^|]*\\| ([^|]+) \\| ([^|]+) \\|")
                        .matcher(odd);
                if (!m.find()) {
                    problems.add(g.name() + "." + p.key() + ": no row in ODD §8.1");
                    continue;
                }
                String range = fmt(p.min()) + "–" + fmt(p.max());
                if (!m.group(1).trim().equals(range)) {
                    problems.add(g.name() + "." + p.key() + ": ODD range " + m.group(1).trim() + ", declared " + range);
                }
                if (Double.parseDouble(m.group(2).trim().split(" ")[0]) != p.def()) {
                    problems.add(g.name() + "." + p.key() + ": ODD default " + m.group(2).trim() + ", declared "
                            + fmt(p.def()));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** docs/ODD.md §8.2 has a row per faction key with the declared range. */
    @Test
    void theOddListsEveryFactionKeyWithItsRange() throws IOException {
        String odd = Files.readString(Path.of("docs", "ODD.md"));
        for (Param p : FactionSpec.PARAMS) {
            Matcher m = Pattern.compile("\\| `" + p.key() + "` \\|[^|]*\\| ([^|]+) \\|").matcher(odd);
            assertTrue(m.find(), p.key());
            String range = m.group(1).trim();
            assertTrue(range.endsWith("–" + fmt(p.max())), p.key() + ": " + range);
        }
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e4) {
            return Long.toString((long) v);
        }
        if (v == Math.rint(v)) {
            String e = String.format(java.util.Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e+", "e");
            return e;
        }
        return Double.toString(v);
    }
}
