package org.conflictsim.output.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import org.conflictsim.model.ConflictModel;

/**
 * Who controls each cell on one day of one run, copied out of a model so that it can be drawn later: the
 * controller (faction index in scenario order, -1 for none or outside the theatre) and whether the cell is
 * on a front line.
 *
 * @param day        simulated day, from 0
 * @param date       calendar date of that day
 * @param controller faction index per cell ({@code row * width + col}), -1 for none
 * @param frontier   cells on a front line
 */
public record ControlSnapshot(int day, LocalDate date, byte[] controller, BitSet frontier) {
    public ControlSnapshot {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0, got " + day);
        }
        controller = controller.clone();
        frontier = (BitSet) frontier.clone();
    }

    /** Controller of a cell (faction index, -1 for none). */
    public int controller(int cell) {
        return controller[cell];
    }

    /** Whether a cell is on a front line. */
    public boolean frontier(int cell) {
        return frontier.get(cell);
    }

    /** Number of cells. */
    public int cells() {
        return controller.length;
    }

    /** Copies the control state of a model as it is now (its current day). */
    public static ControlSnapshot of(ConflictModel model) {
        int n = model.world().cells();
        byte[] c = new byte[n];
        BitSet f = new BitSet(n);
        for (int cell = 0; cell < n; cell++) {
            c[cell] = (byte) (model.world().theatre(cell) ? model.controller(cell) : -1);
            if (model.world().theatre(cell) && model.frontier(cell)) {
                f.set(cell);
            }
        }
        return new ControlSnapshot(model.day(), model.date(), c, f);
    }

    /**
     * Runs a fresh (unstarted) model day by day to its end and snapshots control after each of the given
     * days ({@link ConflictModel#runToEnd(java.util.function.ObjIntConsumer)}), so a model built with the seed of
     * replicate 0 reproduces replicate 0 of the results.
     *
     * @param model a model that has not been started
     * @param days  days to snapshot (0 = the first day); days outside {@code [0, model.days())} are ignored
     * @return snapshots in day order
     */
    public static List<ControlSnapshot> replay(ConflictModel model, Collection<Integer> days) {
        Recorder rec = new Recorder(days);
        model.runToEnd(rec);
        return rec.snapshots();
    }

    /**
     * Snapshots a run while it runs: called after each day of the run (as {@code Outcomes.run} and
     * {@link #replay} call it), it copies control after each of the given days, so the maps of a replicate need
     * not run it a second time.
     */
    public static final class Recorder implements ObjIntConsumer<ConflictModel> {
        private final TreeSet<Integer> wanted;
        private final List<ControlSnapshot> out = new ArrayList<>();

        /** @param days days to snapshot (0 = the first day) */
        public Recorder(Collection<Integer> days) {
            wanted = new TreeSet<>(days);
        }

        @Override
        public void accept(ConflictModel model, int d) {
            if (wanted.contains(d)) {
                if (model.day() != d) {
                    throw new IllegalStateException("model is on day " + model.day() + " after step " + d
                            + ": was it started before?");
                }
                out.add(of(model));
            }
        }

        /** The snapshots taken so far, in day order. */
        public List<ControlSnapshot> snapshots() {
            return List.copyOf(out);
        }
    }
}
