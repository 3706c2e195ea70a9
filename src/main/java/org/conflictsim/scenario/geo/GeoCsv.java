package org.conflictsim.scenario.geo;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictsim.files.CsvFormatException;
import org.conflictsim.files.CsvReader;

/**
 * A small CSV table read whole (input data: mining sites, a sweep's points): a header row, then data rows of
 * the same number of fields, parsed by the strict RFC 4180 {@link CsvReader}.
 *
 * <p>Fields are separated by commas and records by CRLF, LF or a lone CR. A field may be enclosed
 * in double quotes, in which case it may contain commas, line breaks and doubled quotes ({@code ""}
 * for one {@code "}). A quote inside an unquoted field, text after a closing quote, an unterminated
 * quoted field, a row with the wrong number of fields and duplicate header names are errors,
 * reported as {@code file:line: problem} with the 1-based line on which the record starts. Empty
 * lines are skipped; a UTF-8 byte order mark is ignored. Files must be UTF-8. Fields are not
 * trimmed.
 */
public final class GeoCsv {

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private GeoCsv(String source, List<String> header, Map<String, Integer> columns, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a UTF-8 CSV file with a header row.
     *
     * @throws GeoDataException if the file cannot be read, is not UTF-8, or is malformed
     */
    public static GeoCsv read(Path file) throws GeoDataException {
        String name = GeoDataException.nameOf(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new GeoDataException(name + ": file not found (" + file + ")", e);
        } catch (CharacterCodingException e) {
            throw new GeoDataException(name + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new GeoDataException(name + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, name);
    }

    /**
     * Reads a CSV file into one map per data row, column name → field, in column order.
     *
     * @throws GeoDataException as {@link #read(Path)}
     */
    public static List<Map<String, String>> readMaps(Path file) throws GeoDataException {
        List<Map<String, String>> out = new ArrayList<>();
        for (Row row : read(file).rows()) {
            out.add(row.toMap());
        }
        return List.copyOf(out);
    }

    /**
     * Parses CSV text; {@code sourceName} stands for the file name in error messages.
     *
     * @throws GeoDataException if the text is malformed or has no header
     */
    public static GeoCsv parse(String text, String sourceName) throws GeoDataException {
        Objects.requireNonNull(text, "text");
        try (CsvReader p = CsvReader.of(new StringReader(text), sourceName)) {
            List<String> header = p.next();
            if (header == null) {
                throw new GeoDataException(sourceName + ": empty file, no header row");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (columns.putIfAbsent(header.get(i), i) != null) {
                    throw new GeoDataException(p.where() + ": duplicate column \"" + header.get(i) + "\"");
                }
            }
            Map<String, Integer> cols = Collections.unmodifiableMap(columns);
            List<String> head = List.copyOf(header);
            List<Row> rows = new ArrayList<>();
            List<String> rec;
            while ((rec = p.next()) != null) {
                if (rec.size() != head.size()) {
                    throw new GeoDataException(p.where() + ": " + rec.size()
                            + (rec.size() == 1 ? " field" : " fields") + ", header has " + head.size());
                }
                rows.add(new Row(p.line(), List.copyOf(rec), head, cols));
            }
            return new GeoCsv(sourceName, head, cols, List.copyOf(rows));
        } catch (CsvFormatException e) {
            throw new GeoDataException(e.getMessage(), e);
        } catch (IOException e) {
            throw new GeoDataException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The file name (or source name) used in messages. */
    public String source() {
        return source;
    }

    /** Column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** Data rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Whether the header has this column. */
    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /**
     * Fails unless all the named columns are present.
     *
     * @throws GeoDataException naming the missing columns
     */
    public void requireColumns(String... names) throws GeoDataException {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (!columns.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new GeoDataException(source + ": missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
    }

    /** One data row: its fields, looked up by column name or position. */
    public static final class Row {
        private final int line;
        private final List<String> values;
        private final List<String> header;
        private final Map<String, Integer> columns;

        private Row(int line, List<String> values, List<String> header, Map<String, Integer> columns) {
            this.line = line;
            this.values = values;
            this.header = header;
            this.columns = columns;
        }

        /** The 1-based line on which this record starts. */
        public int line() {
            return line;
        }

        /**
         * The field in column {@code column}.
         *
         * @throws IllegalArgumentException if there is no such column
         */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column \"" + column + "\"");
            }
            return values.get(i);
        }

        /** The field at 0-based position {@code i}. */
        public String get(int i) {
            return values.get(i);
        }

        /** Number of fields (equal to the header's). */
        public int size() {
            return values.size();
        }

        /** The fields, in column order. */
        public List<String> values() {
            return values;
        }

        /** Column name → field, in column order. */
        public Map<String, String> toMap() {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), values.get(i));
            }
            return Collections.unmodifiableMap(m);
        }

        @Override
        public String toString() {
            return "Row[line " + line + ", " + values + "]";
        }
    }
}
