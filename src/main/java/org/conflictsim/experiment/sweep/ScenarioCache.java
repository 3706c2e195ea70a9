package org.conflictsim.experiment.sweep;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.nio.file.Path;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.scenario.MapCache;
import org.conflictsim.scenario.ScenarioException;
import org.conflictsim.scenario.ScenarioLoader;

/**
 * The scenario of each point (the base scenario with the point's overrides), loaded at most once while
 * cached. Runs are interleaved (replicate 0 of every point, then replicate 1, ...), so points come back
 * cyclically; for a cyclic pattern the best bounded cache keeps what it has rather than evicting the
 * least recently used (which would miss every time). So the first {@code capacity} points loaded stay,
 * later points are loaded for each run. Concurrent requests for the same point load it once.
 *
 * <p>Points share their world (the map, most of a scenario's memory and load time) through a {@link MapCache}
 * whenever their {@code map:} and {@code mines:} sections agree, so a point that is not kept costs a parse of
 * the scenario file, not a new map.
 */
public final class ScenarioCache {
    /** Points kept when the sweep varies the map or the mines (each point may have its own world). */
    public static final int DEFAULT_CAPACITY = 64;
    /**
     * Points kept when no parameter touches {@code map.} or {@code mines.}: all points share one world and
     * a point's own scenario takes a few tens of kB (the initial control raster and the specs).
     */
    public static final int SHARED_WORLD_CAPACITY = 1024;

    private final Path base;
    private final PointTable points;
    private final int capacity;
    private final MapCache maps = new MapCache();
    private final ConcurrentHashMap<Integer, FutureTask<Scenario>> cache = new ConcurrentHashMap<>();

    /**
     * @param base     the base scenario file
     * @param points   the sweep's points
     * @param capacity points kept, ≥ 0
     */
    public ScenarioCache(Path base, PointTable points, int capacity) {
        this.base = base;
        this.points = points;
        this.capacity = capacity;
    }

    /**
     * Points worth keeping for a sweep: {@link #SHARED_WORLD_CAPACITY} when no parameter's path starts with
     * {@code map.} or {@code mines.}, else {@link #DEFAULT_CAPACITY}.
     */
    public static int capacityFor(PointTable points) {
        for (Parameter p : points.parameters()) {
            String path = p.path();
            if (path.equals("map") || path.startsWith("map.") || path.equals("mines") || path.startsWith("mines.")
                    || path.startsWith("mines[")) {
                return DEFAULT_CAPACITY;
            }
        }
        return SHARED_WORLD_CAPACITY;
    }

    /** The worlds shared by the points loaded so far. */
    public MapCache maps() {
        return maps;
    }

    /**
     * The scenario of a point.
     *
     * @throws ScenarioException when the point's combination of values is invalid
     */
    public Scenario get(int point) throws ScenarioException {
        FutureTask<Scenario> f = cache.get(point);
        if (f == null) {
            if (cache.size() >= capacity) {
                return load(point);
            }
            FutureTask<Scenario> mine = new FutureTask<>(() -> load(point));
            f = cache.putIfAbsent(point, mine);
            if (f == null) {
                f = mine;
                mine.run();
            }
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScenarioException se) {
                throw se;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading point " + point, e);
        }
    }

    private Scenario load(int point) throws ScenarioException {
        List<String> sets = points.overrides(point);
        return ScenarioLoader.load(base, sets, maps).scenario();
    }
}
