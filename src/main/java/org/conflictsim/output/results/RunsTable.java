package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome table {@code runs.csv}: one row per run, the columns of {@code experiment.Outcomes} after
 * {@code run} and {@code seed}. A column is numeric when every non-empty value parses as a number (empty
 * fields are NaN: e.g. a place never captured); otherwise it is text (e.g. {@code captured_by.goma}).
 */
public final class RunsTable {
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, double[]> numbers = new LinkedHashMap<>();

    private RunsTable(List<String> columns, List<List<String>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
        for (int c = 0; c < columns.size(); c++) {
            double[] v = new double[rows.size()];
            boolean numeric = true;
            for (int r = 0; r < rows.size() && numeric; r++) {
                String s = rows.get(r).get(c + 2);
                if (s.isEmpty()) {
                    v[r] = Double.NaN;
                    continue;
                }
                try {
                    v[r] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric) {
                numbers.put(columns.get(c), v);
            }
        }
    }

    /**
     * Reads {@code runs.csv}.
     *
     * @throws MalformedResultsException naming file and line when the header lacks {@code run} and {@code seed}
     *                                   first, or a row has the wrong number of fields
     */
    public static RunsTable read(Path file) throws IOException {
        return read(ResultsCsv.open(file), file);
    }

    /** The table of the text {@link RunWriter} writes to {@code file}, held in memory. */
    public static RunsTable parse(String text, Path file) throws IOException {
        return read(ResultsCsv.of(text, file), file);
    }

    private static RunsTable read(ResultsCsv csv, Path file) throws IOException {
        try (ResultsCsv in = csv) {
            List<String> header = in.next();
            if (header == null) {
                return new RunsTable(List.of(), List.of());
            }
            if (header.size() < 2 || !header.get(0).equals("run") || !header.get(1).equals("seed")) {
                throw new MalformedResultsException(file + ":1: expected the columns run,seed first, got "
                        + String.join(",", header.subList(0, Math.min(2, header.size()))));
            }
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row = in.next(); row != null; row = in.next()) {
                if (row.size() != header.size()) {
                    throw new MalformedResultsException(in.where() + ": " + row.size() + " fields, the header has "
                            + header.size());
                }
                rows.add(row);
            }
            return new RunsTable(header.subList(2, header.size()), rows);
        }
    }

    /** Number of runs (rows). */
    public int runs() {
        return rows.size();
    }

    /** Outcome columns in file order (without {@code run} and {@code seed}). */
    public List<String> columns() {
        return columns;
    }

    /** Whether a column exists and is numeric. */
    public boolean numeric(String column) {
        return numbers.containsKey(column);
    }

    /** Values of a numeric column per run (a copy; NaN for empty fields). */
    public double[] numbers(String column) {
        double[] v = numbers.get(column);
        if (v == null) {
            throw new IllegalArgumentException("runs.csv has no numeric column \"" + column + "\"");
        }
        return v.clone();
    }

    /** Values of any column per run, as text (empty for a missing value). */
    public List<String> texts(String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("runs.csv has no column \"" + column + "\"");
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(row.get(c + 2));
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether the table has a column. */
    public boolean has(String column) {
        return columns.contains(column);
    }
}
