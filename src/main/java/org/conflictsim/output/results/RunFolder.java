package org.conflictsim.output.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything a results folder of {@code run} holds, read back for charts and the report: the manifest,
 * the scenario as data, the daily series, the outcome table and the events log.
 *
 * @param dir      the results folder
 * @param manifest {@code manifest.json}
 * @param scenario {@code scenario.yaml}, read as data
 * @param series   {@code timeseries.csv}
 * @param runs     {@code runs.csv}
 * @param events   {@code events.csv}
 */
public record RunFolder(Path dir, Manifest manifest, ScenarioInfo scenario, TimeSeriesTable series, RunsTable runs,
                      EventsTable events) {

    /**
     * The files a {@code run} results folder must hold; besides, the daily series ({@code timeseries.csv.gz}, or
     * {@code timeseries.csv} in folders written before it was compressed) unless the manifest says none were
     * written.
     */
    public static final java.util.List<String> FILES =
            java.util.List.of("manifest.json", "scenario.yaml", "runs.csv", "events.csv");

    /**
     * Reads a results folder.
     *
     * @throws NoSuchFileException       if the folder or one of {@link #FILES} is missing
     * @throws MalformedResultsException if a file cannot be read as {@code run} writes it
     * @throws IOException               on other read errors
     */
    public static RunFolder read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a results folder");
        }
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new NoSuchFileException(dir.resolve(f).toString(), null, "missing from the results folder");
            }
        }
        Manifest m = Manifest.read(dir.resolve("manifest.json"));
        ScenarioInfo s = ScenarioInfo.read(dir.resolve("scenario.yaml"));
        Path series = TimeSeriesTable.fileIn(dir);
        TimeSeriesTable ts;
        if (series != null) {
            ts = TimeSeriesTable.read(series, m.replications(), m.days());
        } else if (m.series().equals(SeriesChoice.NONE.word())) {
            ts = TimeSeriesTable.empty(m.replications(), m.days());
        } else {
            throw new NoSuchFileException(dir.resolve(TimeSeriesTable.FILE_GZ).toString(), null,
                    "missing from the results folder");
        }
        RunsTable rt = RunsTable.read(dir.resolve("runs.csv"));
        EventsTable ev = EventsTable.read(dir.resolve("events.csv"));
        return new RunFolder(dir, m, s, ts, rt, ev);
    }

    /** Calendar date of day 0. */
    public LocalDate start() {
        return manifest.start();
    }

    /** Calendar date of the last simulated day. */
    public LocalDate end() {
        return manifest.end();
    }
}
