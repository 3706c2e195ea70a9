package org.conflictsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.state.LoggedEvent;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;

/**
 * The GUI of ConflictSim: a thin MASON {@link GUIState} around the unchanged, headless {@link ConflictModel}.
 * It shows the map (a {@link MapView}), five live charts, the date and an event ticker in one
 * {@link Dashboard} window, and offers the instructor's levers as the Console's model inspector (a
 * {@link LeverBoard}).
 *
 * <p>Seeds: the Console's seed field is the <em>master</em> seed, as {@code conflictsim run --seed}; each
 * start builds a fresh model with the seed of replicate 0 ({@link Seeds#runSeed}(master, 0, 0)), so pressing
 * Stop and Play replays the same history, a new seed gives a new one, and with no lever pulled the GUI shows
 * exactly replicate 0 of {@code run} with that master seed. MASON's Console sets the seed on the current
 * state just before it calls {@link #start()} (as does {@link #start(long)}).
 *
 * <p>One schedule step is one day; the GUI stops after the setup's number of days (the model keeps daily
 * series for that many days).
 *
 * <p>Threads: the model steps on MASON's play thread under the schedule lock; after each step an observer,
 * still under the lock, copies the map state and samples the charts and new events, and hands them to the
 * Swing thread, which alone touches charts, ticker and labels.
 */
public final class ConflictSimWithUI extends GUIState {
    private final GuiSetup setup;
    private final Palette palette;
    private final DashboardCharts charts;
    private final Ticker ticker;
    private final LeverBoard levers;
    private final Steppable observer = this::observe;
    private final List<DayUpdate> pending = new ArrayList<>();
    private volatile Style style;
    private MapView map;
    private Dashboard dashboard;
    private Stoppable observerStopper;
    private int eventsSeen;
    private int generation;
    private boolean drainPosted;
    private boolean endNoted;
    private long masterSeed;

    /** What one simulated day changed on screen, handed from the model thread to the Swing thread. */
    private record DayUpdate(int generation, int day, LocalDate date, double[][] samples, List<TickerEntry> news) {
    }

    /**
     * A GUI for a setup. Until the first start it shows the scenario's initial situation (a model built with the
     * master seed and started, never stepped).
     */
    public ConflictSimWithUI(GuiSetup setup) {
        super(preview(setup));
        this.setup = setup;
        this.masterSeed = setup.masterSeed();
        this.palette = Palette.of(setup.scenario());
        this.style = Style.of(setup.presentation());
        this.charts = new DashboardCharts(setup.scenario(), palette, setup.days(), setup.band());
        this.ticker = new Ticker();
        this.levers = new LeverBoard(this::model, setup.scenario(), this::note);
    }

    private static ConflictModel preview(GuiSetup setup) {
        ConflictModel m = new ConflictModel(setup.scenario(), setup.masterSeed(), setup.days());
        m.start();
        return m;
    }

    /** The name in MASON's windows. */
    public static String getName() {
        return "ConflictSim";
    }

    /** The Console's "About" text. */
    public static Object getInfo() {
        return "<html><h2>ConflictSim</h2>"
                + "<p>An agent-based simulator of resource conflict. The map shows who holds each cell (faction "
                + "colours; hatched where there was fighting today), the front line (dark line), borders, lakes, "
                + "places and mines (a symbol per mineral). Click a cell, a place, a mine or a faction in the "
                + "legend to inspect it.</p>"
                + "<p>The <b>Model</b> tab holds the levers: a sponsor's support level, sanctions, aid, training, "
                + "a minerals-for-security deal and a ceasefire. A change takes effect at the start of the next "
                + "simulated day and appears in the event ticker.</p>"
                + "<p>The seed field is the master seed of <tt>conflictsim run --seed</tt>: Stop then Play replays "
                + "the same history; type another seed for another one.</p></html>";
    }

    /** The running model (the preview before the first start). */
    public ConflictModel model() {
        return (ConflictModel) state;
    }

    /** The setup this GUI was opened with. */
    public GuiSetup setup() {
        return setup;
    }

    /** The master seed of the current (or last) run. */
    public long masterSeed() {
        return masterSeed;
    }

    /** The instructor's levers (the model inspector's object). */
    public LeverBoard levers() {
        return levers;
    }

    /** The five live charts. */
    public DashboardCharts charts() {
        return charts;
    }

    /** The event ticker. */
    public Ticker ticker() {
        return ticker;
    }

    /** The map (null before {@link #init}). */
    public MapView map() {
        return map;
    }

    /** The dashboard window (null before {@link #init}). */
    public Dashboard dashboard() {
        return dashboard;
    }

    /** The current style. */
    public Style style() {
        return style;
    }

    /** The scenario's colours. */
    public Palette palette() {
        return palette;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    @Override
    public Inspector getInspector() {
        return new LeverInspector(levers, this, this::refused);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        map = new MapView(this, setup.scenario(), palette, this::model, this::style);
        map.bind(model());
        dashboard = new Dashboard(this);
        c.registerFrame(dashboard.frame());
        dashboard.frame().setVisible(true);
        if (c instanceof sim.display.Console console) {
            console.setIncrementSeedOnStop(false);
            console.getJMenuBar().add(GuiMenu.build(this));
        }
    }

    /** Starts a run with the master seed set on the current state (as MASON's Console does just before). */
    @Override
    public void start() {
        long master = state.seed();
        ConflictModel m = new ConflictModel(setup.scenario(), Seeds.runSeed(master, 0, 0), setup.days());
        state = m;
        super.start();
        masterSeed = master;
        eventsSeen = 0;
        endNoted = false;
        for (LiveChart ch : charts.all()) {
            ch.bind(m);
        }
        synchronized (pending) {
            generation++;
            pending.clear();
        }
        if (observerStopper != null) {
            observerStopper.stop();
        }
        observerStopper = scheduleRepeatingImmediatelyAfter(observer);
        if (map != null) {
            map.bind(m);
        }
        onSwing(() -> {
            for (LiveChart ch : charts.all()) {
                ch.clear();
            }
            ticker.clear();
            if (dashboard != null) {
                dashboard.showDay(-1);
            }
        });
    }

    /** Starts a run with a master seed (what the Console does with its seed field: set, then start). */
    public void start(long master) {
        state.setSeed(master);
        start();
    }

    /** Steps one day, or returns false (the end of the run) once the setup's days are done. */
    @Override
    public boolean step() {
        if (state.schedule.getSteps() >= setup.days()) {
            if (!endNoted) {
                endNoted = true;
                note(new TickerEntry(model().date(), "End", "end of the run (" + setup.days()
                        + " days). Stop, then Play: the same seed again; or type another seed first",
                        TickerEntry.NOTE));
            }
            return false;
        }
        return super.step();
    }

    /** The observer: runs on the model thread right after each day, under the schedule lock. */
    private void observe(SimState s) {
        ConflictModel m = (ConflictModel) s;
        if (map != null) {
            map.update(m);
        }
        int day = m.day();
        List<LiveChart> all = charts.all();
        double[][] samples = new double[all.size()][];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = all.get(i).sample(m, day);
        }
        List<LoggedEvent> log = m.events();
        List<TickerEntry> news = new ArrayList<>();
        for (; eventsSeen < log.size(); eventsSeen++) {
            news.add(TickerEntry.of(log.get(eventsSeen), m, palette));
        }
        boolean post;
        synchronized (pending) {
            pending.add(new DayUpdate(generation, day, m.date(), samples, news));
            post = !drainPosted;
            drainPosted = true;
        }
        if (post) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    /** Applies the days the model has run since the last drain (Swing thread). */
    private void drain() {
        List<DayUpdate> todo;
        int current;
        synchronized (pending) {
            todo = new ArrayList<>(pending);
            pending.clear();
            drainPosted = false;
            current = generation;
        }
        int last = -1;
        List<LiveChart> all = charts.all();
        for (DayUpdate u : todo) {
            if (u.generation() != current) {
                continue;
            }
            for (int i = 0; i < all.size(); i++) {
                all.get(i).append(u.day(), u.samples()[i]);
            }
            ticker.add(u.news());
            last = u.day();
        }
        if (last >= 0) {
            charts.changed();
            if (dashboard != null) {
                dashboard.showDay(last);
            }
        }
    }

    /** Adds a line to the ticker (any thread). */
    public void note(TickerEntry entry) {
        onSwing(() -> ticker.add(List.of(entry)));
    }

    private void refused(String message) {
        ConflictModel m = model();
        note(new TickerEntry(Format.lastDay(m) < 0 ? setup.scenario().start() : m.date(), "Refused", message,
                TickerEntry.NOTE));
    }

    /** Switches presentation mode: large fonts, map and charts side by side filling the screen (Swing thread). */
    public void setPresentation(boolean on) {
        style = Style.of(on);
        if (dashboard != null) {
            dashboard.setPresentation(on);
        }
    }

    /** Saved checkpoints cannot be reloaded: the scenario and its map are not part of the saved model. */
    @Override
    public boolean validSimState(SimState s) {
        return false;
    }

    @Override
    public void quit() {
        super.quit();
        if (observerStopper != null) {
            observerStopper.stop();
        }
        if (dashboard != null) {
            dashboard.dispose();
            dashboard = null;
        }
        if (map != null) {
            map.display().quit();
        }
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
