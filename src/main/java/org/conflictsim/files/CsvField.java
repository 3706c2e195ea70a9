package org.conflictsim.files;

/** CSV field quoting (RFC 4180). */
public final class CsvField {
    private CsvField() {
    }

    /** Quotes a field when it contains a comma, quote or line break. */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
