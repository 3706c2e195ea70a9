package org.conflictsim.output.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files of a results folder (RFC 4180: comma-separated, fields with commas, quotes or line
 * breaks quoted, quotes doubled), one record at a time. Tracks the line number for error messages.
 */
final class CsvReader implements AutoCloseable {
    private final BufferedReader in;
    private final Path file;
    private int line;
    private int recordLine;

    private CsvReader(Path file) throws IOException {
        this.file = file;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** Opens a CSV file. */
    static CsvReader open(Path file) throws IOException {
        return new CsvReader(file);
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        String l = in.readLine();
        if (l == null) {
            return null;
        }
        line++;
        recordLine = line;
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= l.length()) {
                if (quoted) {
                    String more = in.readLine();
                    if (more == null) {
                        throw new MalformedResultsException(where() + ": unterminated quoted field");
                    }
                    line++;
                    field.append('\n');
                    l = more;
                    i = 0;
                    continue;
                }
                out.add(field.toString());
                return out;
            }
            char c = l.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < l.length() && l.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    /** {@code file:line} of the record last returned. */
    String where() {
        return file + ":" + recordLine;
    }

    /** Column index of a header field, or an exception naming the file and the missing column. */
    static int column(Path file, List<String> header, String name) throws MalformedResultsException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new MalformedResultsException(file + ":1: missing column \"" + name + "\" (header: "
                    + String.join(",", header) + ")");
        }
        return i;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
