package org.conflictsim.output.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.results.Tasks;

/**
 * Maps of control for a results folder: one replicate is run again with its own seed (the same history as
 * in the results, since one seed gives one history) and its control is drawn on chosen dates (PNG and SVG)
 * and once a week as an animated GIF.
 */
public final class ControlMaps {
    /** Days between two frames of the animation. */
    public static final int FRAME_EVERY_DAYS = 7;
    /** How long one frame of the animation is shown, ms. */
    public static final int FRAME_MS = 280;
    /** How long the last frame is shown before the animation starts again, ms. */
    public static final int LAST_FRAME_MS = 2500;
    /** File name of the animation in the charts folder. */
    public static final String GIF = "control.gif";

    private ControlMaps() {
    }

    /**
     * What to run again.
     *
     * @param scenario  the scenario as run (with any overrides applied)
     * @param seed      the replicate's seed
     * @param replicate the replicate's index, for captions
     * @param days      days of the run, ≥ 1
     * @param dates     dates to draw; those outside the run are dropped
     */
    public record Request(Scenario scenario, long seed, int replicate, int days, List<LocalDate> dates) {
        public Request {
            if (days < 1) {
                throw new IllegalArgumentException("days must be >= 1, got " + days);
            }
            dates = List.copyOf(dates);
        }
    }

    /**
     * One map written.
     *
     * @param date date drawn
     * @param day  simulated day drawn
     * @param png  the PNG file
     * @param svg  the SVG file
     */
    public record MapFile(LocalDate date, int day, Path png, Path svg) {
    }

    /**
     * The maps written.
     *
     * @param maps     one per chosen date, in date order
     * @param gif      the animation
     * @param frames   frames in the animation
     * @param width      map width, px
     * @param height     map height, px
     * @param finalShare share of theatre cells (0–1) each faction holds on the last day of the re-run, by id;
     *                   equal to replicate's {@code territory_share} on that day when the history is the same
     */
    public record Output(List<MapFile> maps, Path gif, int frames, int width, int height,
                         Map<String, Double> finalShare) {
        public Output {
            maps = List.copyOf(maps);
            finalShare = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(finalShare));
        }
    }

    /** The default dates: the start, 60 and 120 days later, and the last day (those inside the run). */
    public static List<LocalDate> defaultDates(LocalDate start, int days) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (int d : new int[] {0, 60, 120, days - 1}) {
            if (d >= 0 && d < days) {
                out.add(start.plusDays(d));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Runs the replicate again and writes {@code map-<date>.png}, {@code map-<date>.svg} for each date and
     * {@link #GIF} (a frame every {@link #FRAME_EVERY_DAYS} days and on the last day) into a folder.
     *
     * @param credits data credits printed on the maps (may be empty)
     * @throws IOException if a file cannot be written
     */
    public static Output write(Request req, FactionPalette palette, List<String> credits, Path dir)
            throws IOException {
        return write(req, replay(req), palette, credits, dir, null);
    }

    /**
     * The snapshots the maps and the animation need: the replicate run again to its end, its control copied out
     * on the chosen dates and every {@link #FRAME_EVERY_DAYS} days.
     */
    public static List<ControlSnapshot> replay(Request req) {
        return ControlSnapshot.replay(new ConflictModel(req.scenario(), req.seed(), req.days()), days(req));
    }

    /**
     * A recorder of the snapshots the maps and the animation need, to pass to the run of the request's replicate
     * ({@code Replications.run}); its snapshots equal those of {@link #replay}.
     */
    public static ControlSnapshot.Recorder recorder(Request req) {
        return new ControlSnapshot.Recorder(days(req));
    }

    /** The simulated days of the chosen dates inside the run. */
    private static TreeSet<Integer> chosen(Request req) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (LocalDate d : req.dates()) {
            long day = ChronoUnit.DAYS.between(req.scenario().start(), d);
            if (day >= 0 && day < req.days()) {
                chosen.add((int) day);
            }
        }
        return chosen;
    }

    private static TreeSet<Integer> days(Request req) {
        TreeSet<Integer> all = chosen(req);
        for (int d = 0; d < req.days(); d += FRAME_EVERY_DAYS) {
            all.add(d);
        }
        all.add(req.days() - 1);
        return all;
    }

    /**
     * Writes the maps and the animation of snapshots made by {@link #replay}. With a {@code pool}, each map and
     * each frame of the animation is drawn by a task of its own (the frames are then compressed into the GIF in
     * order by the calling thread, which must not be one of the pool's); without, all is done in this thread.
     *
     * @param pool the threads to draw on, or null
     * @throws IOException if a file cannot be written
     */
    public static Output write(Request req, List<ControlSnapshot> snaps, FactionPalette palette, List<String> credits,
                               Path dir, ExecutorService pool) throws IOException {
        Files.createDirectories(dir);
        Scenario sc = req.scenario();
        TreeSet<Integer> chosen = chosen(req);
        ControlMap map = new ControlMap(sc, palette, credits);
        List<Future<MapFile>> maps = new ArrayList<>();
        List<ControlSnapshot> frameSnaps = new ArrayList<>();
        for (ControlSnapshot s : snaps) {
            String caption = caption(req, s);
            if (chosen.contains(s.day())) {
                maps.add(submit(pool, () -> {
                    String stem = "map-" + s.date();
                    Path png = dir.resolve(stem + ".png");
                    Path svg = dir.resolve(stem + ".svg");
                    ChartFiles.writePng(png, map.width(), map.height(), g -> map.draw(g, s, caption));
                    ChartFiles.writeSvg(svg, map.width(), map.height(), g -> map.draw(g, s, caption));
                    return new MapFile(s.date(), s.day(), png, svg);
                }));
            }
            if (s.day() % FRAME_EVERY_DAYS == 0 || s.day() == req.days() - 1) {
                frameSnaps.add(s);
            }
        }
        Path gif = dir.resolve(GIF);
        int frames;
        try (AnimatedGif anim = AnimatedGif.open(gif)) {
            BufferedImage first = map.image(frameSnaps.get(0), caption(req, frameSnaps.get(0)));
            AnimatedGif.Palette colours = AnimatedGif.Palette.of(first);
            List<Future<BufferedImage>> indexed = new ArrayList<>();
            indexed.add(CompletableFuture.completedFuture(colours.index(first)));
            for (ControlSnapshot s : frameSnaps.subList(1, frameSnaps.size())) {
                indexed.add(submit(pool, () -> colours.index(map.image(s, caption(req, s)))));
            }
            for (int f = 0; f < indexed.size(); f++) {
                boolean last = frameSnaps.get(f).day() == req.days() - 1;
                anim.add(Tasks.get(indexed.get(f)), last ? LAST_FRAME_MS : FRAME_MS);
            }
            frames = anim.frames();
            anim.finish();
        }
        List<MapFile> written = new ArrayList<>();
        for (Future<MapFile> m : maps) {
            written.add(Tasks.get(m));
        }
        ControlSnapshot last = snaps.get(snaps.size() - 1);
        Map<String, Double> share = new LinkedHashMap<>();
        int theatre = sc.world().theatreCellCount();
        for (int f = 0; f < sc.factions().size(); f++) {
            int held = 0;
            for (int i = 0; i < theatre; i++) {
                if (last.controller(sc.world().theatreCell(i)) == f) {
                    held++;
                }
            }
            share.put(sc.factions().get(f).id(), theatre == 0 ? 0.0 : (double) held / theatre);
        }
        return new Output(written, gif, frames, map.width(), map.height(), share);
    }

    private static String caption(Request req, ControlSnapshot s) {
        return "day " + s.day() + " of " + req.days() + ", replicate " + req.replicate();
    }

    /** Runs the work on the pool, or at once in this thread when there is none. */
    private static <T> Future<T> submit(ExecutorService pool, Callable<T> work) {
        if (pool != null) {
            return pool.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
