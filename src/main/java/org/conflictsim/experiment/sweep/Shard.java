package org.conflictsim.experiment.sweep;

import java.util.Map;

/**
 * One part of a sweep split for a cluster: shard {@code index} of {@code count} runs the runs whose id
 * modulo {@code count} is {@code index} (so every shard covers the parameter space evenly, as the runs
 * are interleaved).
 *
 * @param index from 0 to count − 1
 * @param count number of shards, ≥ 1
 */
public record Shard(int index, int count) {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is i/n with 0 <= i < n, got " + index + "/" + count);
        }
    }

    /**
     * Parses {@code i/n}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--shard must be i/n (e.g. 0/4), got '" + text + "'");
        }
        try {
            int i = Integer.parseInt(parts[0].trim());
            int n = Integer.parseInt(parts[1].trim());
            if (n < 1 || n > 100_000 || i < 0 || i >= n) {
                throw new IllegalArgumentException("--shard i/n needs 1 <= n <= 100000 and 0 <= i < n, got '" + text + "'");
            }
            return new Shard(i, n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard must be i/n with whole numbers (e.g. 0/4), got '" + text + "'");
        }
    }

    /**
     * The shard of a SLURM array task: {@code SLURM_ARRAY_TASK_ID} minus {@code SLURM_ARRAY_TASK_MIN}
     * (0 when unset) of {@code SLURM_ARRAY_TASK_COUNT}; null when not in an array job.
     *
     * @throws IllegalArgumentException when the variables are inconsistent
     */
    public static Shard fromSlurm(Map<String, String> env) {
        String id = env.get("SLURM_ARRAY_TASK_ID");
        String count = env.get("SLURM_ARRAY_TASK_COUNT");
        if (id == null || count == null || id.isBlank() || count.isBlank()) {
            return null;
        }
        String min = env.getOrDefault("SLURM_ARRAY_TASK_MIN", "0");
        try {
            int i = Integer.parseInt(id.trim()) - Integer.parseInt(min.trim());
            return parse(i + "/" + Integer.parseInt(count.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN=" + min
                    + ", SLURM_ARRAY_TASK_COUNT=" + count + " do not name a shard");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID=" + id + ", SLURM_ARRAY_TASK_MIN=" + min
                    + ", SLURM_ARRAY_TASK_COUNT=" + count + " do not name a shard: " + e.getMessage());
        }
    }

    /** Whether run {@code run} belongs to this shard. */
    public boolean owns(long run) {
        return run % count == index;
    }

    /** Number of this shard's runs among runs 0 .. total − 1. */
    public long runsOf(long total) {
        return total / count + (index < total % count ? 1 : 0);
    }

    /** The store file name: {@code sweep.sqlite}, or {@code shard-i-of-n.sqlite}. */
    public String storeName() {
        return count == 1 ? "sweep.sqlite" : "shard-" + index + "-of-" + count + ".sqlite";
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
