package org.conflictsim.output.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.conflictsim.files.CsvFormatException;
import org.conflictsim.files.CsvReader;

/**
 * A CSV file of a results folder opened with the strict {@link CsvReader} (plain, or gzip-compressed when
 * its name ends in {@code .gz}); a malformed record becomes a {@link MalformedResultsException} naming file
 * and line.
 */
final class ResultsCsv implements AutoCloseable {
    private final CsvReader in;

    private ResultsCsv(CsvReader in) {
        this.in = in;
    }

    /** Opens a CSV file, decompressing it when its name ends in {@code .gz}. */
    static ResultsCsv open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream s = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new ResultsCsv(CsvReader.of(new InputStreamReader(s, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads CSV text held in memory; {@code file} names it in messages. */
    static ResultsCsv of(String text, Path file) throws IOException {
        return new ResultsCsv(CsvReader.of(new java.io.StringReader(text), file.toString()));
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        try {
            return in.next();
        } catch (CsvFormatException e) {
            throw new MalformedResultsException(e.getMessage(), e);
        }
    }

    /** {@code file:line} of the record last returned. */
    String where() {
        return in.where();
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
