package org.conflictsim.output.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.files.CsvField;
import org.conflictsim.files.Num;
import org.conflictsim.model.state.LoggedEvent;
import org.conflictsim.model.observe.Series;

/**
 * Writes the files of a {@code run}: {@code timeseries.csv} (run, day, date, metric, entity, value),
 * {@code runs.csv} (one row per run), {@code events.csv}, {@code manifest.json} and the scenario as run.
 * The content depends only on the results, never on timing or threads (the manifest's creation time
 * and command line aside).
 */
public final class RunWriter {
    private RunWriter() {
    }

    /** Writes {@code timeseries.csv}. */
    public static void timeseries(Path file, LocalDate start, List<RunResult> runs) throws IOException {
        try (Writer w = writer(file)) {
            w.write("run,day,date,metric,entity,value\n");
            StringBuilder sb = new StringBuilder(1 << 16);
            for (RunResult r : runs) {
                Series s = r.series();
                List<Series.Key> keys = s.keys();
                for (int d = 0; d < s.days(); d++) {
                    String prefix = r.run() + "," + d + "," + start.plusDays(d) + ",";
                    for (int k = 0; k < keys.size(); k++) {
                        sb.append(prefix).append(CsvField.field(keys.get(k).metric())).append(',')
                                .append(CsvField.field(keys.get(k).entity())).append(',')
                                .append(Num.format(s.get(k, d))).append('\n');
                    }
                    if (sb.length() > 1 << 15) {
                        w.write(sb.toString());
                        sb.setLength(0);
                    }
                }
            }
            w.write(sb.toString());
        }
    }

    /** Writes {@code runs.csv}: run, seed, then the outcome columns (numbers, then labels). */
    public static void runs(Path file, List<RunResult> runs) throws IOException {
        try (Writer w = writer(file)) {
            if (runs.isEmpty()) {
                return;
            }
            StringBuilder h = new StringBuilder("run,seed");
            for (String k : runs.get(0).outcomes().keySet()) {
                h.append(',').append(CsvField.field(k));
            }
            for (String k : runs.get(0).labels().keySet()) {
                h.append(',').append(CsvField.field(k));
            }
            w.write(h.append('\n').toString());
            for (RunResult r : runs) {
                StringBuilder sb = new StringBuilder();
                sb.append(r.run()).append(',').append(Long.toUnsignedString(r.seed()));
                for (double v : r.outcomes().values()) {
                    sb.append(',').append(Num.format(v));
                }
                for (String v : r.labels().values()) {
                    sb.append(',').append(CsvField.field(v));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Writes {@code events.csv}: run, day, date, type, subject, actor, detail. */
    public static void events(Path file, List<RunResult> runs) throws IOException {
        try (Writer w = writer(file)) {
            w.write("run,day,date,type,subject,actor,detail\n");
            for (RunResult r : runs) {
                for (LoggedEvent e : r.events()) {
                    w.write(r.run() + "," + e.day() + "," + e.date() + "," + CsvField.field(e.type()) + ","
                            + CsvField.field(e.subject()) + "," + CsvField.field(e.actor()) + "," + CsvField.field(e.detail()) + "\n");
                }
            }
        }
    }

    /** Writes a JSON document. */
    public static void json(Path file, ObjectNode node) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (Writer w = writer(file)) {
            w.write(om.writeValueAsString(node));
            w.write('\n');
        }
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

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
