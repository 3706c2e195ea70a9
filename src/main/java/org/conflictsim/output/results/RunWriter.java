package org.conflictsim.output.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.files.AtomicWrite;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.state.LoggedEvent;

/**
 * Writes the files of a {@code run}: {@code timeseries.csv.gz} (run, day, date, metric, entity, value),
 * {@code runs.csv} (one row per run), {@code events.csv}, {@code manifest.json} and the scenario as run.
 * The content depends only on the results, never on timing or threads (the manifest's creation time
 * and command line aside).
 */
public final class RunWriter {
    private RunWriter() {
    }

    /**
     * Writes every series of every run, uncompressed, as {@code run,day,date,metric,entity,value} text (the full
     * {@code timeseries.csv}; what the golden digests are taken of).
     */
    public static void timeseries(Path file, LocalDate start, List<RunResult> runs) throws IOException {
        AtomicWrite.write(file, out -> timeseries(out, start, runs));
    }

    /** Writes the full {@code timeseries.csv} text (every series of every run) to a stream, UTF-8. */
    public static void timeseries(OutputStream out, LocalDate start, List<RunResult> runs) throws IOException {
        SeriesText text = new SeriesText(start, runs, seriesOf(runs));
        out.write(HEADER_LINE);
        for (int r = 0; r < runs.size(); r++) {
            text.write(out, r);
        }
    }

    /**
     * What {@link SeriesJob#finish()} wrote.
     *
     * @param file    the file written, or null when the choice was {@code none}
     * @param choice  the choice
     * @param kept    the series written, in the model's order
     * @param omitted the series left out because they are zero in every run and on every day (of those the
     *                choice keeps)
     */
    public record SeriesWritten(Path file, SeriesChoice choice, List<Series.Key> kept, List<Series.Key> omitted) {
        public SeriesWritten {
            kept = List.copyOf(kept);
            omitted = List.copyOf(omitted);
        }
    }

    /**
     * Starts writing {@code timeseries.csv.gz}: the series the choice keeps, less those that are zero in every run
     * and on every day, gzip-compressed. Each run is compressed as a gzip member of its own by a task on
     * {@code pool}; {@link SeriesJob#finish()} waits for them and writes the members in run order (a gzip file may
     * hold several members; gzip, zcat, pandas, R and DuckDB read it as one text). Nothing waits inside the pool,
     * so any number of threads will do.
     *
     * @param file the file, normally {@link TimeSeriesTable#FILE_GZ} in the results folder
     */
    public static SeriesJob timeseries(Path file, LocalDate start, List<RunResult> runs, SeriesChoice choice,
                                       ExecutorService pool) {
        List<Series.Key> kept = new ArrayList<>();
        List<Series.Key> omitted = new ArrayList<>();
        for (Series.Key k : seriesOf(runs)) {
            if (choice.keeps(k.metric())) {
                (allZero(runs, k) ? omitted : kept).add(k);
            }
        }
        if (choice == SeriesChoice.NONE) {
            return new SeriesJob(new SeriesWritten(null, choice, List.of(), List.of()), List.of());
        }
        SeriesText text = new SeriesText(start, runs, kept);
        List<Future<byte[]>> parts = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            int run = r;
            parts.add(pool.submit(() -> {
                ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
                try (GZIPOutputStream gz = fastGzip(buf)) {
                    if (run == 0) {
                        gz.write(HEADER_LINE);
                    }
                    text.write(gz, run);
                }
                return buf.toByteArray();
            }));
        }
        return new SeriesJob(new SeriesWritten(file, choice, kept, omitted), parts);
    }

    /**
     * A gzip stream at zlib's fastest level: on the default job's series it compresses in less than half the CPU
     * time of the default level for a file about 40% larger (about 12 MB instead of 8 MB for kivu-2025's 20 runs;
     * docs/EXPERIMENTS.md, "Output speed and cold start"). Readers see no difference.
     */
    private static GZIPOutputStream fastGzip(ByteArrayOutputStream buf) throws IOException {
        return new GZIPOutputStream(buf, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** The series a {@code run} draws its charts from: every series, less those that are zero throughout. */
    public static List<Series.Key> charted(List<RunResult> runs) {
        List<Series.Key> out = new ArrayList<>();
        for (Series.Key k : seriesOf(runs)) {
            if (!allZero(runs, k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** A daily series file being compressed; see {@link #timeseries(Path, LocalDate, List, SeriesChoice, ExecutorService)}. */
    public static final class SeriesJob {
        private final SeriesWritten what;
        private final List<Future<byte[]>> parts;

        private SeriesJob(SeriesWritten what, List<Future<byte[]>> parts) {
            this.what = what;
            this.parts = parts;
        }

        /** Waits for the compressed runs and writes the file (atomically); returns what was written. */
        public SeriesWritten finish() throws IOException {
            if (what.file() != null) {
                AtomicWrite.write(what.file(), out -> {
                    for (Future<byte[]> part : parts) {
                        out.write(Tasks.get(part));
                    }
                });
            }
            return what;
        }
    }

    private static final byte[] HEADER_LINE = (TimeSeriesTable.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);

    /** The series of the runs, in the model's order (the first run's, then any another run adds). */
    static List<Series.Key> seriesOf(List<RunResult> runs) {
        java.util.LinkedHashSet<Series.Key> keys = new java.util.LinkedHashSet<>();
        for (RunResult r : runs) {
            keys.addAll(r.series().keys());
        }
        return new ArrayList<>(keys);
    }

    /** Whether a series is 0 in every run and on every day (a run without it, or a missing value, is not). */
    static boolean allZero(List<RunResult> runs, Series.Key k) {
        for (RunResult r : runs) {
            Series s = r.series();
            int id = s.id(k.metric(), k.entity());
            if (id < 0) {
                return false;
            }
            for (int d = 0; d < s.days(); d++) {
                if (s.get(id, d) != 0) { // NaN != 0 too: a missing value is kept
                    return false;
                }
            }
        }
        return true;
    }

    /** The rows of chosen series as bytes, run by run: day prefixes and series names are made once. */
    private static final class SeriesText {
        private final List<RunResult> runs;
        private final List<Series.Key> keys;
        private final byte[][] names;
        private final byte[][] dates;

        SeriesText(LocalDate start, List<RunResult> runs, List<Series.Key> keys) {
            this.runs = runs;
            this.keys = keys;
            names = new byte[keys.size()][];
            for (int k = 0; k < keys.size(); k++) {
                names[k] = (CsvField.field(keys.get(k).metric()) + "," + CsvField.field(keys.get(k).entity()) + ",")
                        .getBytes(StandardCharsets.UTF_8);
            }
            int days = runs.stream().mapToInt(r -> r.series().days()).max().orElse(0);
            dates = new byte[days][];
            for (int d = 0; d < days; d++) {
                dates[d] = ("," + d + "," + start.plusDays(d) + ",").getBytes(StandardCharsets.US_ASCII);
            }
        }

        /** Writes the rows of run {@code r} (by index in the list), day by day, series in order. */
        void write(OutputStream out, int r) throws IOException {
            RunResult run = runs.get(r);
            Series s = run.series();
            byte[] runId = Integer.toString(run.run()).getBytes(StandardCharsets.US_ASCII);
            int[] ids = new int[keys.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = s.id(keys.get(k).metric(), keys.get(k).entity());
            }
            ByteBuffer buf = new ByteBuffer(1 << 16);
            // many series hold a value for days on end: a value equal to the series' day before reuses its text
            long[] lastBits = new long[ids.length];
            byte[][] lastText = new byte[ids.length][];
            for (int d = 0; d < s.days(); d++) {
                for (int k = 0; k < ids.length; k++) {
                    if (ids[k] < 0) {
                        continue;
                    }
                    double v = s.get(ids[k], d);
                    long bits = Double.doubleToRawLongBits(v);
                    if (lastText[k] == null || bits != lastBits[k]) {
                        lastText[k] = Num.format(v).getBytes(StandardCharsets.US_ASCII);
                        lastBits[k] = bits;
                    }
                    buf.add(runId).add(dates[d]).add(names[k]).add(lastText[k]).add('\n');
                }
                if (buf.size() > 1 << 15) {
                    buf.writeTo(out);
                }
            }
            buf.writeTo(out);
        }
    }

    /** A growable byte array written out and emptied in blocks. */
    private static final class ByteBuffer {
        private byte[] b;
        private int n;

        ByteBuffer(int capacity) {
            b = new byte[capacity];
        }

        ByteBuffer add(byte[] x) {
            ensure(x.length);
            System.arraycopy(x, 0, b, n, x.length);
            n += x.length;
            return this;
        }

        ByteBuffer add(char c) {
            ensure(1);
            b[n++] = (byte) c;
            return this;
        }

        int size() {
            return n;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(b, 0, n);
            n = 0;
        }

        private void ensure(int more) {
            if (n + more > b.length) {
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }
    }

    /** Writes {@code runs.csv}: run, seed, then the outcome columns (numbers, then labels). */
    public static void runs(Path file, List<RunResult> runs) throws IOException {
        AtomicWrite.writeString(file, runsText(runs));
    }

    /** The text of {@code runs.csv}. */
    public static String runsText(List<RunResult> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(1 << 14);
        sb.append("run,seed");
        for (String k : runs.get(0).outcomes().keySet()) {
            sb.append(',').append(CsvField.field(k));
        }
        for (String k : runs.get(0).labels().keySet()) {
            sb.append(',').append(CsvField.field(k));
        }
        sb.append('\n');
        for (RunResult r : runs) {
            sb.append(r.run()).append(',').append(Long.toUnsignedString(r.seed()));
            for (double v : r.outcomes().values()) {
                sb.append(',').append(Num.format(v));
            }
            for (String v : r.labels().values()) {
                sb.append(',').append(CsvField.field(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code events.csv}: run, day, date, type, subject, actor, detail. */
    public static void events(Path file, List<RunResult> runs) throws IOException {
        AtomicWrite.writeString(file, eventsText(runs));
    }

    /** The text of {@code events.csv}. */
    public static String eventsText(List<RunResult> runs) {
        StringBuilder sb = new StringBuilder(1 << 14);
        sb.append("run,day,date,type,subject,actor,detail\n");
        for (RunResult r : runs) {
            for (LoggedEvent e : r.events()) {
                sb.append(r.run()).append(',').append(e.day()).append(',').append(e.date()).append(',')
                        .append(CsvField.field(e.type())).append(',').append(CsvField.field(e.subject())).append(',')
                        .append(CsvField.field(e.actor())).append(',').append(CsvField.field(e.detail())).append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes a JSON document. */
    public static void json(Path file, ObjectNode node) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicWrite.writeString(file, om.writeValueAsString(node) + "\n");
    }

    /** A fresh JSON object for manifests. */
    public static ObjectNode object() {
        return new ObjectMapper().createObjectNode();
    }

    /** Adds a map of simple values to a JSON object. */
    public static void putAll(ObjectNode node, Map<String, ?> values) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number n) {
                node.put(e.getKey(), n.doubleValue());
            } else if (v instanceof List<?> list) {
                ArrayNode a = node.putArray(e.getKey());
                list.forEach(x -> a.add(String.valueOf(x)));
            } else {
                node.put(e.getKey(), String.valueOf(v));
            }
        }
    }

}
