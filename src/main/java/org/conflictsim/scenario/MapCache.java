package org.conflictsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictsim.model.world.World;

/**
 * Worlds built from {@code map:} and {@code mines:} sections, shared between loads of the same scenario with
 * different overrides (the points of a sweep). Building the kivu map takes 60–110 ms and most of a scenario's
 * memory; a sweep that varies rules or factions needs it once. Two loads share a world only when their
 * {@code map:} and {@code mines:} sections (after {@code extends} and overrides), their mineral ids and the
 * folder their data paths are resolved from are identical. A {@link World} is read-only, so runs on
 * different threads may share it.
 *
 * <p>At most {@code capacity} worlds are kept; the least recently used goes first. A world is built once
 * even when several threads ask for it together: the others wait. If building fails (an invalid map in an
 * override), nothing is kept and each load builds, and reports, on its own.
 */
public final class MapCache {
    /** Worlds kept by default. */
    public static final int DEFAULT_CAPACITY = 8;

    /** A built world with the report of how it was built. */
    record Entry(World world, MapReport report) {
    }

    /** Builds an entry, possibly failing with the scenario's problems. */
    @FunctionalInterface
    interface Build {
        Entry build() throws ScenarioException;
    }

    private final int capacity;
    private final Map<String, FutureTask<Entry>> entries;
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();

    /** A cache keeping at most {@code capacity} worlds (≥ 1). */
    public MapCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A cache of {@link #DEFAULT_CAPACITY} worlds. */
    public MapCache() {
        this(DEFAULT_CAPACITY);
    }

    /** Worlds built through this cache so far. */
    public int builds() {
        return builds.get();
    }

    /** Loads that found their world already built. */
    public int hits() {
        return hits.get();
    }

    /** The entry of {@code key}, built by {@code build} in the calling thread when absent. */
    Entry get(String key, Build build) throws ScenarioException {
        FutureTask<Entry> mine = new FutureTask<>(build::build);
        FutureTask<Entry> f;
        synchronized (entries) {
            f = entries.get(key);
            if (f == null) {
                entries.put(key, mine);
                while (entries.size() > capacity) {
                    String eldest = entries.keySet().iterator().next();
                    entries.remove(eldest);
                }
            }
        }
        if (f == null) {
            builds.incrementAndGet();
            mine.run();
            f = mine;
        } else {
            hits.incrementAndGet();
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, f);
            }
            if (f == mine) {
                if (e.getCause() instanceof ScenarioException se) {
                    throw se;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
            return build.build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a map to be built", e);
        }
    }
}
