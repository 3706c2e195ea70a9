package org.conflictsim.scenario.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoCsvTest {

    @Test
    void quotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws Exception {
        String text = "id,name,note\r\n"
                + "1,\"Muma, Tchendabo\",plain\r\n"
                + "2,\"say \"\"hi\"\"\",\"\"\r\n"
                + "3,\"two\nlines\",x\r\n"
                + "4,,\"a,b,\"\"c\"\"\"\r\n";
        GeoCsv csv = GeoCsv.parse(text, "t.csv");
        assertEquals(List.of("id", "name", "note"), csv.header());
        List<GeoCsv.Row> rows = csv.rows();
        assertEquals(4, rows.size());
        assertEquals("Muma, Tchendabo", rows.get(0).get("name"));
        assertEquals("say \"hi\"", rows.get(1).get("name"));
        assertEquals("", rows.get(1).get("note"));
        assertEquals("two\nlines", rows.get(2).get(1));
        assertEquals("", rows.get(3).get("name"));
        assertEquals("a,b,\"c\"", rows.get(3).get("note"));
        assertEquals(List.of(2, 3, 4, 6), rows.stream().map(GeoCsv.Row::line).toList(), "lines where records start");
        assertEquals(Map.of("id", "4", "name", "", "note", "a,b,\"c\""), rows.get(3).toMap());
        assertThrows(IllegalArgumentException.class, () -> rows.get(0).get("missing"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // input (\n written as ~) | rows | value of b in the last row
        "a,b~1,2|1|2",
        "a,b~1,2~|1|2",
        "a,b~~1,2~~~|1|2",
        "\uFEFFa,b~1,2|1|2",
        "a,b~1,\"\"|1|''",
        "a,b~1,2~3,\"x~y\"|2|x~y",
    })
    void edgeCases(String input, int rows, String lastB) throws Exception {
        GeoCsv csv = GeoCsv.parse(input.replace('~', '\n'), "t.csv");
        assertEquals(List.of("a", "b"), csv.header());
        assertEquals(rows, csv.rows().size());
        assertEquals(lastB.replace('~', '\n'), csv.rows().get(rows - 1).get("b"));
    }

    @Test
    void loneCarriageReturnsSeparateRecords() throws Exception {
        GeoCsv csv = GeoCsv.parse("a,b\r1,2\r3,4", "t.csv");
        assertEquals(2, csv.rows().size());
        assertEquals(3, csv.rows().get(1).line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a,b~1,2,3|t.csv:2: 3 fields, header has 2",
        "a,b~1,2~x|t.csv:3: 1 field, header has 2",
        "a,b~1,\"open~~|t.csv:2: unterminated quoted field",
        "a,b~1,\"x\"y|t.csv:2: unexpected character 'y' after closing quote",
        "a,b~1,x\"y\"|t.csv:2: quote character in unquoted field",
        "a,a~1,2|t.csv:1: duplicate column \"a\"",
        "~~|t.csv: empty file, no header row",
        "a,b~\"1~2\",3~4,5,6|t.csv:4: 3 fields, header has 2",
    })
    void malformedInputNamesFileAndLine(String input, String message) {
        GeoDataException e = assertThrows(GeoDataException.class, () -> GeoCsv.parse(input.replace('~', '\n'), "t.csv"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void readsFilesAsUtf8(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "mineral,n\nCassitérite,1\n\"Améthyste\",2\n");
        List<Map<String, String>> maps = GeoCsv.readMaps(f);
        assertEquals("Cassitérite", maps.get(0).get("mineral"));
        assertEquals("Améthyste", maps.get(1).get("mineral"));
        GeoCsv csv = GeoCsv.read(f);
        assertEquals("m.csv", csv.source());
        assertTrue(csv.hasColumn("n"));
        assertFalse(csv.hasColumn("x"));
        GeoDataException e = assertThrows(GeoDataException.class, () -> csv.requireColumns("n", "x", "y"));
        assertEquals("m.csv: missing columns x, y", e.getMessage());

        Path bad = dir.resolve("latin1.csv");
        Files.write(bad, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        assertEquals("latin1.csv: not valid UTF-8", assertThrows(GeoDataException.class, () -> GeoCsv.read(bad)).getMessage());
        GeoDataException missing = assertThrows(GeoDataException.class, () -> GeoCsv.read(dir.resolve("none.csv")));
        assertTrue(missing.getMessage().startsWith("none.csv: file not found"));
    }

    @Test
    void readsTheShippedIpisFile() throws Exception {
        GeoCsv csv = GeoCsv.read(TestData.IPIS);
        assertEquals(24, csv.header().size());
        assertEquals("pcode", csv.header().get(0));
        assertEquals(2668, csv.rows().size());
        // one record has a line break inside a quoted field, so the last record starts on line 2670
        assertEquals(2670, csv.rows().get(csv.rows().size() - 1).line());
        GeoCsv.Row liogo = csv.rows().stream().filter(r -> r.get("pcode").equals("codmine00020")).findFirst().orElseThrow();
        assertEquals("Muma, Tchendabo", liogo.get("village"));
    }
}
