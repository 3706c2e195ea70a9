package org.conflictsim.output.charts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.conflictsim.experiment.store.ResumeCommand;
import org.conflictsim.experiment.store.StoreException;
import org.conflictsim.experiment.store.StoreTables;
import org.conflictsim.experiment.store.SweepStore;
import org.conflictsim.output.results.MalformedResultsException;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * What the charts and report of a sweep are drawn from, read from its store in one go: the sweep's facts,
 * the parameters at every point, the ledger's counts, the sessions, the charted outcomes run by run, and the
 * sensitivity indices (Morris and Saltelli designs, computed from the store exactly as
 * {@code sensitivity.csv} is). Only a complete store is read: every run of the sweep recorded (successful or
 * failed), not a single shard.
 *
 * @param store       the store file
 * @param meta        the store's {@code sweep} table
 * @param parameters  the parameters with their value at each point
 * @param ok          successful runs
 * @param failed      failed runs
 * @param sessions    who ran the sweep, when, with which version
 * @param failures    failed runs by error (the most frequent errors)
 * @param stats       every numeric outcome over the successful runs
 * @param outcomes    the charted outcomes
 * @param notes       which outcomes were left out and why
 * @param sensitivity the indices of every outcome (empty unless the design is morris or saltelli)
 */
public record SweepData(Path store, Map<String, String> meta, List<SweepParameter> parameters, long ok, long failed,
                 List<StoreTables.Session> sessions, Map<String, Long> failures,
                 Map<String, StoreTables.Stats> stats, List<SweepOutcome> outcomes, List<String> notes,
                 List<SensitivityReport.Index> sensitivity) {
    private static final int FAILURE_GROUPS = 5;

    /**
     * Reads a complete store.
     *
     * @param requested outcome names or patterns to chart; empty for the default choice ({@link SweepOutcomes})
     * @throws StoreException           NOT_FOUND when the file is missing, INVALID when it is not a sweep
     *                                  store or not complete
     * @throws IllegalArgumentException when a requested outcome matches none
     */
    public static SweepData read(Path file, List<String> requested) throws StoreException {
        try (SweepStore s = SweepStore.openForReading(file)) {
            Map<String, String> meta = s.metadata();
            int points = number(s, "points");
            long total = Long.parseLong(s.meta("runs_total"));
            int shards = number(s, "shard_count");
            long ok = s.count("ok");
            long failed = s.count("failed");
            if (shards > 1) {
                throw new StoreException(StoreException.Kind.INVALID, file + " is shard " + s.meta("shard_index")
                        + " of " + shards + " of sweep " + s.meta("sweep_name") + "; charts are drawn from the "
                        + "whole sweep: merge the shards with 'conflictsim merge' first");
            }
            if (ok + failed < total) {
                throw new StoreException(StoreException.Kind.INVALID, file + " holds " + (ok + failed) + " of "
                        + total + " runs; charts are drawn when the sweep is complete: finish it with '"
                        + ResumeCommand.of(file, meta) + "' (or merge all its shards)");
            }
            List<SweepStore.ParameterRow> rows = s.parameters();
            SweepStore.PointValue[][] table = StoreTables.points(s, points, rows.size());
            List<SweepParameter> params = new ArrayList<>();
            for (int j = 0; j < rows.size(); j++) {
                params.add(SweepParameter.of(rows.get(j), table, j));
            }
            Map<String, StoreTables.Stats> stats = StoreTables.outcomeStats(s);
            SweepOutcomes.Choice choice = requested.isEmpty()
                    ? SweepOutcomes.byDefault(stats, selectors(s, meta)) : SweepOutcomes.requested(stats, requested);
            List<SweepOutcome> outcomes = new ArrayList<>();
            LocalDate start = LocalDate.parse(s.meta("start"));
            OutcomeLabel.Names names = names(meta);
            for (String name : choice.chosen()) {
                outcomes.add(SweepOutcome.of(name, label(name, start, names),
                        StoreTables.runValues(s, SweepOutcome.storedColumn(name)), points));
            }
            List<SensitivityReport.Index> indices = SensitivityReport.applies(s) ? SensitivityReport.indices(s)
                    : List.of();
            return new SweepData(file, meta, params, ok, failed, StoreTables.sessions(s),
                    StoreTables.failures(s, FAILURE_GROUPS), stats, outcomes, choice.notes(), indices);
        }
    }

    /**
     * Names of places, mines, powers and destinations from the base scenario as the store recorded it
     * ({@code scenario_resolved}); ids where the store has no scenario (stores written before it was kept) or
     * it cannot be read.
     */
    public static OutcomeLabel.Names names(Map<String, String> meta) {
        String yaml = meta.get("scenario_resolved");
        if (yaml == null || yaml.isBlank()) {
            return OutcomeLabel.Names.IDS;
        }
        try {
            return OutcomeLabel.names(ScenarioInfo.parse(yaml, Path.of(meta.getOrDefault("scenario_file", "scenario"))));
        } catch (MalformedResultsException e) {
            return OutcomeLabel.Names.IDS;
        }
    }

    /** The label of an outcome with ids as names; capture days count from the sweep's start date. */
    static OutcomeLabel label(String name, LocalDate start) {
        return label(name, start, OutcomeLabel.Names.IDS);
    }

    /** The label of an outcome; capture days count from the sweep's start date. */
    static OutcomeLabel label(String name, LocalDate start, OutcomeLabel.Names names) {
        OutcomeLabel l = OutcomeLabel.of(name, names);
        return Outcome.CAPTURE_DAY.names(name)
                ? new OutcomeLabel(l.label(), "days after " + ChartKit.day(start), l.scale(), l.percent()) : l;
    }

    private static int number(SweepStore s, String key) throws StoreException {
        try {
            return Integer.parseInt(s.meta(key));
        } catch (NumberFormatException e) {
            throw new StoreException(StoreException.Kind.INVALID, s.file() + ": '" + key + "' is not a number");
        }
    }

    private static List<String> selectors(SweepStore s, Map<String, String> meta) throws StoreException {
        String json = meta.getOrDefault("outcome_selectors", "[]");
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.INVALID, s.file() + ": outcome_selectors is not a JSON "
                    + "list: " + e.getMessage());
        }
    }

    /** The sweep's name. */
    public String name() {
        return meta.getOrDefault("sweep_name", "sweep");
    }

    /** The design type as written in sweep files ({@code full-factorial}, {@code morris}, ...). */
    public String designType() {
        return meta.getOrDefault("design_type", "");
    }

    /** Number of points. */
    public int points() {
        return Integer.parseInt(meta.get("points"));
    }

    /** Replications per point. */
    public int replications() {
        return Integer.parseInt(meta.getOrDefault("replications", "1"));
    }

    /** Runs of the sweep: points × replications. */
    public long runsTotal() {
        return Long.parseLong(meta.get("runs_total"));
    }

    /** Days per run. */
    public int days() {
        return Integer.parseInt(meta.getOrDefault("days", "0"));
    }

    /** Day 0 of every run. */
    public LocalDate start() {
        return LocalDate.parse(meta.getOrDefault("start", "1970-01-01"));
    }

    /** Whether the design is a grid of every combination of two or more parameters' values. */
    public boolean grid() {
        return designType().equals("full-factorial") && parameters.size() >= 2;
    }

    /** The indices of one outcome and method ({@code sobol} or {@code morris}), in parameter order. */
    public List<SensitivityReport.Index> indices(String outcome, String index) {
        return sensitivity.stream().filter(i -> i.outcome().equals(outcome) && i.index().equals(index)).toList();
    }
}
