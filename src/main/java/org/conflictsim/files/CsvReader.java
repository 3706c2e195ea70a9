package org.conflictsim.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV reader of ConflictSim: strict RFC 4180, streaming, one record at a time, with the line of each
 * record for error messages.
 *
 * <p>Fields are separated by commas and records by CRLF, LF or a lone CR. A field may be enclosed in double
 * quotes, and then may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}). A quote
 * inside an unquoted field, text after a closing quote and an unterminated quoted field are errors, thrown as
 * {@link CsvFormatException} with the message {@code source:line: problem} (the 1-based line on which the
 * record or the quoted field starts). Empty lines are skipped; a UTF-8 byte order mark at the start is
 * ignored; fields are not trimmed. Checking the number of fields against a header is the caller's.
 */
public final class CsvReader implements Closeable {
    private final Reader in;
    private final String source;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private int recordLine;
    private final StringBuilder field = new StringBuilder(64);
    private int width = 8;

    private CsvReader(Reader in, String source) throws IOException {
        this.in = in;
        this.source = source;
        if (peek() == '\uFEFF') {
            pos++;
        }
    }

    /**
     * Reads CSV text from {@code in} (closed with this reader).
     *
     * @param source the file name or other name used in error messages
     */
    public static CsvReader of(Reader in, String source) throws IOException {
        return new CsvReader(in, source);
    }

    /** The next record's fields, or null at the end of the text. */
    public List<String> next() throws IOException {
        int c;
        while ((c = peek()) == '\n' || c == '\r') {
            skipBreak();
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(width);
        while (true) {
            field.setLength(0);
            if (peek() == '"') {
                quoted();
            } else {
                unquoted();
            }
            fields.add(field.toString());
            c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c >= 0) {
                skipBreak();
            }
            width = fields.size();
            return fields;
        }
    }

    private void unquoted() throws IOException {
        while (true) {
            if (pos >= len && !fill()) {
                return;
            }
            int start = pos;
            while (pos < len) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    field.append(buf, start, pos - start);
                    return;
                }
                if (c == '"') {
                    throw new CsvFormatException(source + ":" + line + ": quote character in unquoted field");
                }
                pos++;
            }
            field.append(buf, start, pos - start);
        }
    }

    private void quoted() throws IOException {
        int startLine = line;
        pos++;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new CsvFormatException(source + ":" + startLine + ": unterminated quoted field");
            }
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    field.append('"');
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            field.append((char) c);
        }
        int next = peek();
        if (next >= 0 && next != ',' && next != '\n' && next != '\r') {
            throw new CsvFormatException(source + ":" + line + ": unexpected character '" + (char) next
                    + "' after closing quote");
        }
    }

    /** {@code source:line} of the record last returned. */
    public String where() {
        return source + ":" + recordLine;
    }

    /** The 1-based line on which the record last returned starts. */
    public int line() {
        return recordLine;
    }

    /** Consumes one CRLF, LF or CR. */
    private void skipBreak() throws IOException {
        if (read() == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
