package org.conflictsim.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
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
        all.addAll(EventSpec.PARAMS);
        Instrument.PARAMS.values().forEach(all::addAll);
        Trigger.PARAMS.values().forEach(all::addAll);
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

    /**
     * Every numeric component of every instrument and condition a scenario file can write is declared, under its
     * type in {@link Instrument#PARAMS} or {@link Trigger#PARAMS}, and the record refuses a value just outside the
     * declared range (naming {@code type.key}) and accepts the bounds.
     */
    @Test
    void eachInstrumentAndConditionChecksEveryNumberAgainstItsDeclaration() throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(checkRecords(Instrument.class, Instrument.PARAMS, ""));
        problems.addAll(checkRecords(Trigger.class, Trigger.PARAMS, "when."));
        assertEquals(List.of(), problems);
    }

    private static List<String> checkRecords(Class<?> sealed, Map<String, List<Param>> declared, String owner)
            throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> byType = new LinkedHashMap<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            String n = c.getSimpleName();
            byType.put(Character.toLowerCase(n.charAt(0)) + n.substring(1), c);
        }
        for (Map.Entry<String, List<Param>> e : declared.entrySet()) {
            Class<?> c = byType.get(e.getKey());
            if (c == null) {
                problems.add(e.getKey() + ": no record " + sealed.getSimpleName() + "." + e.getKey());
                continue;
            }
            RecordComponent[] comps = c.getRecordComponents();
            Map<String, Param> byComponent = new LinkedHashMap<>();
            for (RecordComponent rc : comps) {
                if (rc.getType() == double.class || rc.getType() == int.class) {
                    // a condition written as "civilianDeaths: <n>" keeps its threshold in atLeast
                    Param p = Param.find(e.getValue(), rc.getName());
                    if (p == null && e.getValue().size() == 1 && e.getValue().get(0).key().equals(e.getKey())) {
                        p = e.getValue().get(0);
                    }
                    if (p == null) {
                        problems.add(e.getKey() + "." + rc.getName() + ": numeric component without a declaration");
                    } else {
                        byComponent.put(rc.getName(), p);
                    }
                }
            }
            if (byComponent.size() != e.getValue().size()) {
                problems.add(e.getKey() + ": declares " + e.getValue().stream().map(Param::key).toList()
                        + ", its numbers are " + byComponent.keySet());
            }
            Constructor<?> ctor = c.getDeclaredConstructor(java.util.Arrays.stream(comps)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object at = construct(ctor, comps, byComponent, null, 0, problems, e.getKey());
            if (at != null && !type(at).equals(e.getKey())) {
                problems.add(e.getKey() + ": the record's type() is " + type(at));
            }
            for (Map.Entry<String, Param> b : byComponent.entrySet()) {
                Param p = b.getValue();
                String name = owner + (p.key().equals(e.getKey()) ? "" : e.getKey() + ".") + p.key();
                construct(ctor, comps, byComponent, b.getKey(), p.min(), problems, name);
                construct(ctor, comps, byComponent, b.getKey(), p.max(), problems, name);
                double above = p.integer() ? p.max() + 1 : p.max() + Math.max(1e-9, Math.ulp(p.max()) * 4);
                double below = p.integer() ? p.min() - 1 : p.min() - Math.max(1e-9, Math.ulp(p.min()) * 4);
                for (double bad : new double[] {above, below}) {
                    try {
                        ctor.newInstance(args(comps, byComponent, b.getKey(), bad));
                        problems.add(name + ": accepts " + bad);
                    } catch (InvocationTargetException x) {
                        String m = String.valueOf(x.getCause().getMessage());
                        if (!(x.getCause() instanceof IllegalArgumentException) || !m.startsWith(name + " must be in [")) {
                            problems.add(name + ": refuses " + bad + " with " + x.getCause());
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** A record with every declared number at its default (or minimum), and {@code key} at {@code value}. */
    private static Object construct(Constructor<?> ctor, RecordComponent[] comps, Map<String, Param> params,
                                    String key, double value, List<String> problems, String name) {
        try {
            return ctor.newInstance(args(comps, params, key, value));
        } catch (ReflectiveOperationException x) {
            problems.add(name + ": refuses " + (key == null ? "its defaults" : key + " = " + value) + " with "
                    + (x.getCause() != null ? x.getCause() : x));
            return null;
        }
    }

    private static Object[] args(RecordComponent[] comps, Map<String, Param> params, String key, double value) {
        Object[] a = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent rc = comps[i];
            Param p = params.get(rc.getName());
            double v = rc.getName().equals(key) ? value : p == null ? 0 : p.required() ? p.min() : p.def();
            if (rc.getType() == double.class) {
                a[i] = v;
            } else if (rc.getType() == int.class) {
                a[i] = (int) v;
            } else if (rc.getType() == List.class) {
                a[i] = List.of();
            } else {
                a[i] = "x";
            }
        }
        return a;
    }

    private static String type(Object record) {
        return record instanceof Instrument i ? i.type() : ((Trigger) record).type();
    }

    /** An event checks its own numbers (forDays, delayDays) against their declarations. */
    @Test
    void anEventChecksItsDaysAgainstTheirDeclarations() {
        Instrument aid = new Instrument.Aid("P", "F", 1);
        Trigger t = new Trigger.CivilianDeaths(10);
        LocalDate on = LocalDate.of(2025, 1, 1);
        int maxFor = (int) EventSpec.FOR_DAYS.max();
        int maxDelay = (int) EventSpec.DELAY_DAYS.max();
        assertEquals(maxFor, new EventSpec("e", "e", on, null, null, maxFor, false, aid, "").forDays());
        assertEquals(maxDelay, new EventSpec("e", "e", null, null, t, 0, false, aid, "", maxDelay).delayDays());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> new EventSpec("e", "e", on, null, null, maxFor + 1, false, aid, ""));
        assertEquals("e.forDays must be in [0, " + maxFor + "], got " + (maxFor + 1), f.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> new EventSpec("e", "e", null, null, t, 0, false, aid, "", -1));
        assertEquals("e.delayDays must be in [0, " + maxDelay + "], got -1", d.getMessage());
    }

    /**
     * docs/ODD.md §8.5 has a row per event key, per condition key and per instrument key with the declared unit,
     * range and default, and no row with a numeric range that nothing declares.
     */
    @Test
    void theOddListsEveryEventInstrumentAndConditionKeyWithItsUnitRangeAndDefault() throws IOException {
        String section = oddSection("8.5", "8.6");
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> eventRows = new LinkedHashMap<>();
        Map<String, List<String>> typedRows = new LinkedHashMap<>();
        String type = null;
        for (String line : section.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("|---")) {
                type = line.isBlank() ? type : null;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(c.trim());
            }
            if (cells.size() == 5) {
                eventRows.put(cells.get(0), cells.subList(1, 4));
            } else if (cells.size() == 6) {
                type = cells.get(0).isEmpty() ? type : cells.get(0);
                typedRows.put(type + " " + cells.get(1), cells.subList(2, 5));
            }
        }
        for (Param p : EventSpec.PARAMS) {
            compare("events[]." + p.key(), p, eventRows.remove("`" + p.key() + "`"), problems);
        }
        Map<String, List<Param>> typed = new LinkedHashMap<>(Instrument.PARAMS);
        typed.putAll(Trigger.PARAMS);
        for (Map.Entry<String, List<Param>> e : typed.entrySet()) {
            for (Param p : e.getValue()) {
                compare(e.getKey() + "." + p.key(), p, typedRows.remove("`" + e.getKey() + "` `" + p.key() + "`"),
                        problems);
            }
        }
        Pattern numeric = Pattern.compile("-?[0-9.e-]+–[0-9.e]+");
        for (Map<String, List<String>> left : List.of(eventRows, typedRows)) {
            left.forEach((k, v) -> {
                if (numeric.matcher(v.get(1)).matches()) {
                    problems.add(k + ": ODD §8.5 row with a range that no declaration has");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /** docs/ODD.md §8.6 gives the scenario's own numbers (its days) with the declared unit, range and default. */
    @Test
    void theOddListsTheScenarioDaysWithItsUnitRangeAndDefault() throws IOException {
        String section = oddSection("8.6", "8.7");
        List<String> problems = new ArrayList<>();
        for (Param p : Scenario.PARAMS) {
            Matcher m = Pattern.compile("\\| `" + p.key() + "` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|").matcher(section);
            compare(p.key(), p, m.find() ? List.of(m.group(1).trim(), m.group(2).trim(), m.group(3).trim()) : null,
                    problems);
        }
        assertEquals(List.of(), problems);
    }

    /** The text of docs/ODD.md from heading {@code ### <from> } to heading {@code ### <to> }. */
    private static String oddSection(String from, String to) throws IOException {
        String odd = Files.readString(Path.of("docs", "ODD.md"));
        int start = odd.indexOf("### " + from + " ");
        return odd.substring(start, odd.indexOf("### " + to + " ", start));
    }

    /** Compares an ODD row's unit, range and default cells with a declaration. */
    private static void compare(String name, Param p, List<String> cells, List<String> problems) {
        if (cells == null) {
            problems.add(name + ": no row in ODD §8");
            return;
        }
        if (!cells.get(0).equals(p.unit())) {
            problems.add(name + ": ODD unit " + cells.get(0) + ", declared " + p.unit());
        }
        String range = fmt(p.min()) + "–" + fmt(p.max());
        if (!cells.get(1).equals(range)) {
            problems.add(name + ": ODD range " + cells.get(1) + ", declared " + range);
        }
        String def = cells.get(2);
        boolean same = p.required() ? def.equals("required")
                : !def.equals("required") && Double.parseDouble(def.split(" ")[0]) == p.def();
        if (!same) {
            problems.add(name + ": ODD default " + def + ", declared " + (p.required() ? "required" : fmt(p.def())));
        }
    }

    /** A number as docs/ODD.md writes it: 36500, 0.005, and 1e4, 1e10 for round powers of ten and their multiples. */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e4) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e4 && Math.abs(v) >= 1e-3) {
            return Double.toString(v);
        }
        String e = String.format(java.util.Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e+", "e")
                .replace("e-0", "e-");
        if (Double.parseDouble(e) == v) {
            return e;
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
