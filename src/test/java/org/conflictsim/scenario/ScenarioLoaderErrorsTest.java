package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loader errors: island.yaml is copied into a temporary folder, mutated by a string replacement, and the
 * exact message ({@code file:line:col: key.path: message}) and kind of the ScenarioException are checked.
 * Lines and columns are computed from the mutated text (1-based, where the offending node starts), so the
 * tests do not depend on the layout of island.yaml.
 */
class ScenarioLoaderErrorsTest {

    private static final String island = read(TestScenarios.ISLAND);

    @TempDir
    Path tmp;

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 1-based line of {@code needle} in island.yaml. */
    static int islandLine(String needle) {
        return Integer.parseInt(pos(island, needle).split(":")[0]);
    }

    /** island.yaml with the first (and only) occurrence of {@code from} replaced. */
    static String mutate(String from, String to) {
        int i = island.indexOf(from);
        if (i < 0 || island.indexOf(from, i + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur exactly once in island.yaml");
        }
        return island.substring(0, i) + to + island.substring(i + from.length());
    }

    /** "line:col" (1-based) of the first occurrence of {@code needle} in {@code text}. */
    static String pos(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException("no '" + needle + "'");
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return line + ":" + (i - lineStart + 1);
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static ScenarioException fails(Path f) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void positionHelperCountsFromOne() {
        assertEquals("1:1", pos("abc\ndef", "abc"));
        assertEquals("2:2", pos("abc\ndef", "ef"));
        assertEquals("5:1", pos(island, "id: island"));
    }

    @Test
    void theUnmutatedCopyLoads() throws Exception {
        ScenarioLoader.Loaded l = ScenarioLoader.load(write("island.yaml", island));
        assertEquals("island", l.scenario().id());
        assertEquals(island, l.text());
    }

    @Test
    void missingFile() {
        Path f = tmp.resolve("no-such-scenario.yaml");
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.NOT_FOUND, e.kind());
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void aFolderIsNotAScenario() {
        ScenarioException e = fails(tmp);
        assertEquals(ScenarioException.Kind.NOT_FOUND, e.kind());
        assertEquals(tmp + ": is a folder, not a scenario file", e.getMessage());
    }

    @Test
    void unclosedBracketIsASyntaxError() throws Exception {
        String text = mutate("theatre: [ISL]", "theatre: [ISL");
        Path f = write("unclosed.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        // SnakeYAML notices the missing ']' only at the ':' of the next key (ruralDensity:), one line
        // below the open bracket; the message names the line where the list was opened.
        assertEquals(f + ":" + pos(text, ": {Hills: 40") + ": not valid YAML: a list opened with '[' at line "
                + islandLine("theatre: [ISL]") + " is not closed with ']' (found ':' instead)", e.getMessage());
    }

    @Test
    void unclosedBraceAtTheEndOfTheFile() throws Exception {
        String text = island + "  - {id: x, on: 2025-02-01, aid: {from: MAIN, to: GOV, usdPerDay: 5}\n";
        Path f = write("unclosed-end.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        assertEquals(f + ":" + (lines + 1) + ":1: not valid YAML: a mapping opened with '{' at line " + lines
                + " is not closed with '}' before the end of the file", e.getMessage());
    }

    @Test
    void tabIndentationIsASyntaxError() throws Exception {
        String text = mutate("seed: 7\n", "seed: 7\n\tfoo: 1\n");
        Path f = write("tab.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        assertEquals(f + ":" + pos(text, "\tfoo") + ": not valid YAML: a tab character is used for indentation; indent with"
                + " spaces", e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = write("empty.yaml", "");
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        assertEquals(f + ": the file is empty", e.getMessage());
    }

    @Test
    void onlyComments() throws Exception {
        Path f = write("comments.yaml", "# nothing but a comment\n\n");
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        assertEquals(f + ": the file is empty", e.getMessage());
    }

    @Test
    void topLevelMustBeAMapping() throws Exception {
        Path f = write("list.yaml", "- a\n- b\n");
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        assertEquals(f + ":1:1: the top level must be a mapping of keys to values (key: value)", e.getMessage());
    }

    @Test
    void latin1BytesAreNotUtf8() throws Exception {
        // "Nothing here" in the comment of line 2 becomes "Nothing h\xE9re" (Latin-1 e-acute)
        String text = mutate("# Nothing here", "# Nothing h\u00e9re");
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int offset = indexOf(bytes, (byte) 0xE9);
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, bytes);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        // in Latin-1 every character is one byte, so the line and column of the character are those of the byte
        assertEquals(f + ":" + pos(text, "\u00e9") + ": the file is not UTF-8 text (invalid byte at offset " + offset
                + "); save it as UTF-8", e.getMessage());
    }

    @Test
    void overlongUtf8IsReportedWhereItIs() throws Exception {
        byte[] bytes = {'i', 'd', ':', ' ', 'x', '\n', '#', ' ', (byte) 0xC0, (byte) 0x80, '\n', 'a', ':', ' ', '1', '\n'};
        Path f = tmp.resolve("overlong.yaml");
        Files.write(f, bytes);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        // today: "...:3:0: the file is not UTF-8 text (invalid byte at offset 15); save it as UTF-8"
        assertEquals(f + ":2:3: the file is not UTF-8 text (invalid byte at offset 8); save it as UTF-8", e.getMessage());
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    @Test
    void nulBytesAreBinary() throws Exception {
        Path f = tmp.resolve("binary.yaml");
        Files.write(f, new byte[] {'i', 'd', ':', ' ', 0, '\n'});
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.SYNTAX, e.kind());
        assertEquals(f + ": the file contains binary data (NUL bytes), not YAML text", e.getMessage());
    }

    /**
     * Single-problem INVALID cases: name, text replaced, replacement, the text where the reported node
     * starts (after the mutation), and the expected "key.path: message".
     */
    static Stream<Arguments> invalid() {
        return Stream.of(
            Arguments.of("wrong type (quoted text)", "fighters: 8000", "fighters: \"many\"", "\"many\"",
                    "factions[0].fighters: expected a number, got the text \"many\""),
            Arguments.of("wrong type (plain text)", "fighters: 8000", "fighters: many", "many",
                    "factions[0].fighters: expected a number, got the text \"many\""),
            Arguments.of("number written as text", "training: 0.8", "training: \"0.8\"", "\"0.8\"",
                    "factions[0].training: expected a number, got the text \"0.8\""),
            Arguments.of("out of range", "training: 0.8", "training: 9", "9,\n",
                    "factions[0].training: must be between 0.1 and 3, got 9"),
            Arguments.of("negative count", "fighters: 8000", "fighters: -5", "-5",
                    "factions[0].fighters: must be between 0 and 10000000 fighters, got -5"),
            Arguments.of("NaN", "fighters: 8000", "fighters: .nan", ".nan",
                    "factions[0].fighters: must be between 0 and 10000000 fighters, got NaN"),
            Arguments.of("days out of range", "days: 365", "days: 0", "0\nseed",
                    "days: must be between 1 and 36500 days, got 0"),
            Arguments.of("days not whole", "days: 365", "days: 1.5", "1.5",
                    "days: must be a whole number, got 1.5"),
            Arguments.of("bad date", "start: 2025-01-01", "start: 2025-13-01", "2025-13-01",
                    "start: expected a date YYYY-MM-DD, got the text \"2025-13-01\""),
            Arguments.of("bad choice", "kind: rebel", "kind: rebbel", "rebbel",
                    "factions[1].kind: must be one of government, rebel, militia, foreign-force, got \"rebbel\""),
            Arguments.of("dangling ally", "maxFighters: 12000}", "maxFighters: 12000, allies: [NOPE]}", "[NOPE]",
                    "factions[0].allies: unknown faction 'NOPE'; factions are GOV, REB"),
            Arguments.of("own ally", "maxFighters: 12000}", "maxFighters: 12000, allies: [GOV]}", "[GOV]",
                    "factions[0].allies: a faction cannot be its own ally"),
            Arguments.of("dangling event target", "to: REB, cashPerDay", "to: REBS, cashPerDay", "REBS",
                    "events[0].militarySupport.to: unknown faction 'REBS' (did you mean 'REB'?); known: GOV, REB"),
            Arguments.of("dangling event source", "from: MAIN, to: REB", "from: MAINLAND, to: REB", "MAINLAND",
                    "events[0].militarySupport.from: unknown power 'MAINLAND'; known: MAIN"),
            Arguments.of("dangling control faction", "faction: REB, province", "faction: REBX, province", "REBX",
                    "control.areas[0].faction: unknown faction 'REBX' (did you mean 'REB'?); factions are GOV, REB"),
            Arguments.of("misspelt mineral of a mine", "mineral: gold, lat", "mineral: gld, lat", "gld",
                    "mines.sites[0].mineral: unknown mineral 'gld' (did you mean 'gold'?); minerals are gold, tin"),
            Arguments.of("misspelt power of an event", "from: MAIN, to: REB", "from: MIAN, to: REB", "MIAN",
                    "events[0].militarySupport.from: unknown power 'MIAN' (did you mean 'MAIN'?); known: MAIN"),
            Arguments.of("dangling road place", "via: [hill-town,", "via: [hil-town,", "[hil-town",
                    "map.roads[0].via: unknown place 'hil-town'"),
            Arguments.of("duplicate faction id", "\npowers:", "\n  - {id: GOV, kind: rebel, fighters: 1}\npowers:",
                    "GOV, kind: rebel, fighters: 1", "factions[2].id: duplicate faction id 'GOV'"),
            Arguments.of("power id used by a faction", "\ncontrol:", "  - {id: GOV, name: Twin}\ncontrol:",
                    "GOV, name: Twin", "powers[1].id: duplicate id 'GOV' (factions and powers share one namespace)"),
            Arguments.of("duplicate top-level key", "seed: 7\n", "seed: 7\nseed: 8\n", "seed: 8",
                    "seed: duplicate key (it appears earlier at line " + islandLine("seed: 7") + ")"),
            Arguments.of("duplicate key in a flow mapping", "fighters: 8000", "fighters: 8000, fighters: 9000",
                    "fighters: 9000", "factions[0].fighters: duplicate key (it appears earlier at line " + islandLine("fighters: 8000") + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidContent(String name, String from, String to, String at, String expected) throws Exception {
        String text = mutate(from, to);
        Path f = write("case.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        assertEquals(f + ":" + pos(text, at) + ": " + expected, e.getMessage());
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(f.toString(), p.file());
        assertEquals(pos(text, at), p.line() + ":" + p.column());
    }

    @Test
    void misspelledKeySuggestsTheRightOneInsteadOfReportingItMissing() throws Exception {
        String text = mutate("fighters: 8000", "figthers: 8000");
        Path f = write("typo.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        // "did you mean" says what is missing and where to fix it; a second line "fighters: missing" would
        // come first (the mapping starts before the key) and send the student looking for a key they wrote
        assertEquals(f + ":" + pos(text, "figthers") + ": factions[0].figthers: unknown key (did you mean 'fighters'?)",
                e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void aMisspeltKeyInAMergedItemIsNamedWithItsIndexInTheUsersOwnFile(@TempDir Path elsewhere) throws Exception {
        Path base = write("base.yaml", island);
        Path own = elsewhere.resolve("mine").resolve("what-if.yaml");
        Files.createDirectories(own.getParent());
        String rel = own.getParent().relativize(base).toString();
        Files.writeString(own, "extends: " + rel + "\nid: what-if\nfactions:\n  - {id: REB, figthers: 100}\n",
                StandardCharsets.UTF_8);
        ScenarioException e = fails(own);
        assertEquals(own + ":4:15: factions[0].figthers: unknown key (did you mean 'fighters'?)", e.getMessage());
    }

    @Test
    void unknownKeyWithoutACloseMatchListsTheKnownKeys() throws Exception {
        String text = mutate("terrain: {remotenessScaleKm: 30, base: 0.1}",
                "terrain: {remotenessScaleKm: 30, base: 0.1, zzzzzzzz: 1}");
        Path f = write("unknown.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        assertEquals(f + ":" + pos(text, "zzzzzzzz") + ": map.terrain.zzzzzzzz: unknown key; known keys:"
                + " remotenessScaleKm, base", e.getMessage());
    }

    @Test
    void danglingForceControlPlace() throws Exception {
        String text = island + "  - id: fc\n    on: 2025-02-01\n    forceControl: {place: atlantis, faction: REB}\n";
        Path f = write("fc.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        assertEquals(f + ":" + pos(text, "atlantis") + ": events[1].forceControl.place: unknown place 'atlantis'; known:"
                + " crossroads, east-cape, hill-town, mainland-port, port-sud, west-bay", e.getMessage());
    }

    @Test
    void eventProblems() throws Exception {
        String until = island + "    until: 2024-12-01\n";
        Path f = write("until.yaml", until);
        ScenarioException e = fails(f);
        assertEquals(f + ":" + pos(until, "2024-12-01") + ": events[0].until: must be after on (2025-01-01), got 2024-12-01",
                e.getMessage());

        String two = island + "    aid: {from: MAIN, to: GOV, usdPerDay: 5}\n";
        f = write("two.yaml", two);
        e = fails(f);
        assertEquals(f + ":" + pos(two, "id: mainland-backs-rebels") + ": events[0]: an event has exactly one instrument,"
                + " found aid and militarySupport", e.getMessage());

        String dup = island + "  - id: mainland-backs-rebels\n    on: 2025-02-01\n    aid: {from: MAIN, to: GOV, usdPerDay: 5}\n";
        f = write("dup.yaml", dup);
        e = fails(f);
        int second = dup.lastIndexOf("mainland-backs-rebels");
        assertEquals(f + ":" + pos(dup.substring(0, second) + "\u0000", "\u0000") + ": events[1].id: duplicate event id"
                + " 'mainland-backs-rebels'", e.getMessage());
    }

    @Test
    void everyProblemOfOneSectionIsReportedAtOnce() throws Exception {
        String text = mutate("training: 0.8", "training: 9").replace("kind: rebel", "kind: rebbel");
        Path f = write("two-problems.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        assertEquals(f + ":" + pos(text, "9,\n") + ": factions[0].training: must be between 0.1 and 3, got 9\n"
                + f + ":" + pos(text, "rebbel") + ": factions[1].kind: must be one of government, rebel, militia,"
                + " foreign-force, got \"rebbel\"", e.getMessage());
        assertEquals(2, e.problems().size());
    }

    @Test
    void problemsInFactionsAndEventsAreReportedTogether() throws Exception {
        String text = mutate("training: 0.8", "training: 9").replace("to: REB, cashPerDay", "to: REBS, cashPerDay");
        Path f = write("two-sections.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        // today only the first line is reported
        assertEquals(f + ":" + pos(text, "9,\n") + ": factions[0].training: must be between 0.1 and 3, got 9\n"
                + f + ":" + pos(text, "REBS") + ": events[0].militarySupport.to: unknown faction 'REBS' (did you mean 'REB'?); known: GOV, REB",
                e.getMessage());
    }

    @Test
    void missingRequiredSectionIsReported() throws Exception {
        int from = island.indexOf("control:");
        int to = island.indexOf("events:");
        String text = island.substring(0, from) + island.substring(to);
        Path f = write("no-control.yaml", text);
        ScenarioException e = fails(f);
        assertEquals(ScenarioException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("control: missing required key (a mapping of keys to values)"), e.getMessage());
    }
}
