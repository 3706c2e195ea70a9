package org.conflictsim.experiment.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.files.AtomicWrite;

/**
 * Combines the stores of the shards of one sweep into one store. The shards must come from the same sweep
 * (same points, base scenario, seeds, days, replications, kept outcomes and series); runs are identified by
 * their id, so a run found in two shards is a duplicate (the first is kept) and a run id in no shard is
 * missing. The merged store is written to a temporary file and renamed into place when complete; an
 * existing file is never overwritten. It is a whole-sweep store: {@code sweep --resume} on it runs the
 * missing runs.
 */
public final class StoreMerge {
    /** Metadata keys that must agree between the shards. */
    public static final List<String> IDENTITY = List.of("points_digest", "scenario_resolved_sha256", "master_seed",
            "seed_mode", "days", "replications", "runs_total", "outcome_selectors", "series_metrics");
    /** How many run ids a report lists. */
    static final int LIST = 10;

    private StoreMerge() {
    }

    /**
     * What a merge found.
     *
     * @param runsTotal       runs of the sweep
     * @param runs            runs in the merged store
     * @param failed          of which recorded as failed
     * @param duplicates      runs found in more than one store (kept once)
     * @param duplicateIds    the first few duplicate run ids with the stores they came from
     * @param missing         runs in no store
     * @param missingIds      the first few missing run ids
     */
    public record Report(long runsTotal, long runs, long failed, long duplicates, List<String> duplicateIds,
                         long missing, List<Long> missingIds) {
    }

    /**
     * Merges {@code shards} into the new file {@code out}.
     *
     * @throws StoreException NOT_FOUND or INVALID for a shard that cannot be read or belongs to another
     *                        sweep, WRITE when {@code out} exists or cannot be written
     */
    public static Report merge(Path out, List<Path> shards) throws StoreException {
        if (shards.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, "no shard stores to merge");
        }
        if (Files.exists(out)) {
            throw new StoreException(StoreException.Kind.WRITE, out + " already exists; merge into a new file");
        }
        Map<String, String> meta = null;
        List<SweepStore.ParameterRow> params = null;
        List<String> preOutcomes = new ArrayList<>();
        List<String> preLabels = new ArrayList<>();
        for (Path s : shards) {
            if (s.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new StoreException(StoreException.Kind.INVALID, "the output " + out + " is also a shard");
            }
            try (SweepStore store = SweepStore.openForReading(s)) {
                Map<String, String> m = store.metadata();
                if (meta == null) {
                    meta = m;
                    params = store.parameters();
                    int registered = Integer.parseInt(m.getOrDefault("names_registered", "0"));
                    registeredNames(store, registered, preOutcomes, preLabels);
                    continue;
                }
                for (String k : IDENTITY) {
                    if (!String.valueOf(meta.get(k)).equals(String.valueOf(m.get(k)))) {
                        throw new StoreException(StoreException.Kind.INVALID, s + " belongs to a different sweep than "
                                + shards.get(0) + " (" + k + " differs)");
                    }
                }
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(meta);
        merged.remove("format");
        merged.put("shard_index", "0");
        merged.put("shard_count", "1");
        merged.put("merged_from", String.join(" ", shards.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        merged.put("merged_at", java.time.OffsetDateTime.now().withNano(0).toString());
        merged.put("names_registered", Integer.toString(preOutcomes.size() + preLabels.size()));
        Path dir = out.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = dir.resolve(".tmp-merge-" + out.getFileName() + "-" + ProcessHandle.current().pid() + ".sqlite");
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE, "cannot write in " + dir + ": " + e.getMessage(), e);
        }
        Report report;
        try {
            try (SweepStore target = SweepStore.create(tmp, merged, params, preOutcomes, preLabels)) {
                report = copy(target, shards, Long.parseLong(meta.get("runs_total")));
            }
            AtomicWrite.moveToNew(tmp, out);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.WRITE, "cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            } catch (IOException ignored) {
                // a leftover hidden temporary file harms no result
            }
        }
        return report;
    }

    private static void registeredNames(SweepStore store, int registered, List<String> outcomes, List<String> labels)
            throws StoreException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT kind, name FROM names WHERE id <= ? AND kind IN ('outcome', 'label') ORDER BY id")) {
            ps.setInt(1, registered);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getString(1).equals("outcome") ? outcomes : labels).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw SweepStore.translate(store.file(), e, "cannot read", false);
        }
    }

    private static Report copy(SweepStore target, List<Path> shards, long total) throws StoreException {
        Connection db = target.connection();
        long duplicates = 0;
        List<String> duplicateIds = new ArrayList<>();
        Path current = shards.get(0);
        try (Statement st = db.createStatement()) {
            db.commit();
            db.setAutoCommit(true);
            boolean first = true;
            for (Path s : shards) {
                current = s;
                try (PreparedStatement att = db.prepareStatement("ATTACH DATABASE ? AS shard")) {
                    att.setString(1, s.toAbsolutePath().toString());
                    att.execute();
                }
                st.execute("BEGIN IMMEDIATE");
                if (first) {
                    st.execute("INSERT INTO main.points SELECT * FROM shard.points");
                    first = false;
                }
                st.execute("CREATE TEMP TABLE fresh (run INTEGER PRIMARY KEY)");
                st.execute("INSERT INTO temp.fresh SELECT run FROM shard.runs WHERE run NOT IN (SELECT run FROM main.runs)");
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM shard.runs WHERE run IN (SELECT run FROM"
                        + " main.runs)")) {
                    rs.next();
                    duplicates += rs.getLong(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT run FROM shard.runs WHERE run IN (SELECT run FROM main.runs)"
                        + " ORDER BY run LIMIT " + LIST)) {
                    while (rs.next() && duplicateIds.size() < LIST) {
                        duplicateIds.add(rs.getLong(1) + " (again in " + s.getFileName() + ")");
                    }
                }
                st.execute("INSERT OR IGNORE INTO main.names (kind, name, entity) SELECT kind, name, entity FROM"
                        + " shard.names ORDER BY id");
                st.execute("CREATE TEMP TABLE remap AS SELECT s.id AS old, m.id AS new FROM shard.names s JOIN"
                        + " main.names m ON m.kind = s.kind AND m.name = s.name AND m.entity = s.entity");
                st.execute("INSERT INTO main.runs SELECT * FROM shard.runs WHERE run IN (SELECT run FROM temp.fresh)");
                st.execute("INSERT INTO main.outcome_values SELECT v.run, r.new, v.value FROM shard.outcome_values v"
                        + " JOIN temp.remap r ON r.old = v.name WHERE v.run IN (SELECT run FROM temp.fresh)");
                st.execute("INSERT INTO main.label_values SELECT v.run, r.new, v.value FROM shard.label_values v"
                        + " JOIN temp.remap r ON r.old = v.name WHERE v.run IN (SELECT run FROM temp.fresh)");
                st.execute("INSERT INTO main.series_values SELECT v.run, r.new, v.day, v.value FROM shard.series_values v"
                        + " JOIN temp.remap r ON r.old = v.name WHERE v.run IN (SELECT run FROM temp.fresh)");
                st.execute("INSERT INTO main.sessions (started_at, version, git_commit, host, threads, shard, command)"
                        + " SELECT started_at, version, git_commit, host, threads, shard, command FROM shard.sessions"
                        + " ORDER BY session");
                st.execute("DROP TABLE temp.fresh");
                st.execute("DROP TABLE temp.remap");
                st.execute("COMMIT");
                st.execute("DETACH DATABASE shard");
            }
        } catch (SQLException e) {
            try (Statement st = db.createStatement()) {
                if (!db.getAutoCommit()) {
                    db.rollback();
                } else {
                    st.execute("ROLLBACK");
                }
            } catch (SQLException ignored) {
                // no transaction was open; the failure is reported below
            }
            throw new StoreException(StoreException.Kind.WRITE, "cannot merge " + current + ": "
                    + SweepStore.firstLine(e.getMessage()), e);
        }
        BitSet have = target.recordedRuns();
        long runs = have.cardinality();
        List<Long> missingIds = new ArrayList<>();
        for (long r = have.nextClearBit(0); r < total && missingIds.size() < LIST; r = have.nextClearBit((int) r + 1)) {
            missingIds.add(r);
        }
        long inRange = have.get(0, (int) Math.min(total, Integer.MAX_VALUE)).cardinality();
        return new Report(total, runs, target.count("failed"), duplicates, duplicateIds, total - inRange, missingIds);
    }
}
