package org.conflictsim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one CSV reader: RFC 4180 records, line numbers, strict errors, and a round trip with CsvField. */
class CsvReaderTest {
    private static List<List<String>> all(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader in = CsvReader.of(new StringReader(text), "t.csv")) {
            for (List<String> r = in.next(); r != null; r = in.next()) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void recordsWithQuotesCommasBreaksAndEveryLineEnd() throws IOException {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "x, \"y\""), List.of("2", "two\r\nlines"),
                List.of("3", ""), List.of("", "4")),
                all("\uFEFFa,b\r\n1,\"x, \"\"y\"\"\"\n2,\"two\r\nlines\"\r3,\n\n,4"));
    }

    @Test
    void eachRecordKnowsTheLineItStartsOn() throws IOException {
        try (CsvReader in = CsvReader.of(new StringReader("h\n\"a\nb\"\n\nc\r\nd"), "t.csv")) {
            in.next();
            assertEquals(1, in.line());
            assertEquals(List.of("a\nb"), in.next());
            assertEquals("t.csv:2", in.where());
            assertEquals(List.of("c"), in.next());
            assertEquals(5, in.line());
            assertEquals(List.of("d"), in.next());
            assertEquals(6, in.line());
            assertNull(in.next());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a,b\\n1,\"x\"y|t.csv:2: unexpected character 'y' after closing quote",
        "a,b\\n1,x\"y|t.csv:2: quote character in unquoted field",
        "a\\n\\n\"open\\nstill open|t.csv:3: unterminated quoted field"})
    void brokenTextIsAnErrorWithFileAndLine(String text, String message) {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> all(text.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void whatCsvFieldWritesReadsBackUnchanged() throws IOException {
        Random rnd = new Random(20250315L);
        String alphabet = "ab ,\"\n\r\t;é1";
        for (int trial = 0; trial < 300; trial++) {
            List<List<String>> rows = new ArrayList<>();
            int width = 1 + rnd.nextInt(5);
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < 1 + rnd.nextInt(6); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    StringBuilder f = new StringBuilder();
                    for (int k = rnd.nextInt(6); k > 0; k--) {
                        f.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                    }
                    row.add(f.toString());
                    text.append(c == 0 ? "" : ",").append(CsvField.field(f.toString()));
                }
                text.append(rnd.nextBoolean() ? "\n" : "\r\n");
                if (!(width == 1 && row.get(0).isEmpty())) {
                    rows.add(row); // a record of one empty field is an empty line, which is skipped
                }
            }
            assertEquals(rows, all(text.toString()), "trial " + trial + ": " + text);
        }
    }
}
