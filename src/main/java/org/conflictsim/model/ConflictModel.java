package org.conflictsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.MineralFlows;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.observe.DailyCollector;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.phase.BudgetsPhase;
import org.conflictsim.model.phase.CombatPhase;
import org.conflictsim.model.phase.DeploymentPhase;
import org.conflictsim.model.phase.EventsPhase;
import org.conflictsim.model.phase.ForeignPowersPhase;
import org.conflictsim.model.phase.LegitimacyPhase;
import org.conflictsim.model.phase.MarketPhase;
import org.conflictsim.model.phase.PopulationPhase;
import org.conflictsim.model.phase.ProductionPhase;
import org.conflictsim.model.phase.ResistancePhase;
import org.conflictsim.model.state.LoggedEvent;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The resource-conflict model: a MASON {@link SimState} that owns one run — its agents (factions, foreign
 * powers, mines, in a {@link ModelState}), its only source of randomness ({@link SimState#random}) and its
 * schedule. One tick is one day; the day is the list of {@link Phase}s, each one small class scheduled at its
 * own ordering, and a {@link DailyCollector} that records the day from outside. The model is headless: it
 * imports no GUI, file or chart code; observers read it through the views below and {@link #series()}.
 *
 * <p>Determinism: all iteration is over lists and arrays in a fixed order; random draws happen in a fixed order.
 */
public final class ConflictModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ModelState state;
    private final int days;
    private final Series series;
    private final Levers levers;
    private transient DailyCollector collector;
    private boolean conservationChecks = true;
    private long seed64;

    /**
     * Creates a model for one run.
     *
     * @param scenario a validated scenario
     * @param seed     the run's seed (see {@code docs/ODD.md} for how run seeds derive from a master seed)
     * @param days     days to simulate, ≥ 1
     */
    public ConflictModel(Scenario scenario, long seed, int days) {
        super(generator(seed));
        this.seed64 = seed;
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, got " + days);
        }
        this.scenario = scenario;
        this.days = days;
        this.state = new ModelState(scenario);
        this.series = new Series(days);
        this.levers = new Levers(state);
    }

    /** Reseeds with all 64 bits of the seed (MASON's own setSeed keeps only the low 32). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
        seed64 = seed;
    }

    /** The run's 64-bit seed. */
    @Override
    public long seed() {
        return seed64;
    }

    /**
     * A Mersenne Twister seeded with all 64 bits of the seed (MASON's long constructor keeps only the low 32
     * bits, so seeds that differ only in their high bits would share one stream).
     */
    private static ec.util.MersenneTwisterFast generator(long seed) {
        return new ec.util.MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /** Places people and control on the map and schedules the day: the phases in order, then the collector. */
    @Override
    public void start() {
        super.start();
        state.setRandom(random);
        state.init();
        collector = new DailyCollector(state, series, conservationChecks);
        for (Phase phase : Phase.values()) {
            schedule.scheduleRepeating(0.0, phase.ordinal(), step(phase), 1.0);
        }
    }

    /** What runs in each phase of the day. */
    private Steppable step(Phase phase) {
        return switch (phase) {
            case EVENTS -> new EventsPhase(state);
            case MARKET -> new MarketPhase(state);
            case PRODUCTION -> new ProductionPhase(state);
            case FOREIGN_POWERS -> new ForeignPowersPhase(state);
            case BUDGETS -> new BudgetsPhase(state);
            case DEPLOYMENT -> new DeploymentPhase(state);
            case COMBAT -> new CombatPhase(state);
            case RESISTANCE -> new ResistancePhase(state);
            case POPULATION -> new PopulationPhase(state);
            case LEGITIMACY -> new LegitimacyPhase(state);
            case METRICS -> collector;
        };
    }

    /** Runs the model for its days and finishes it. */
    public void runToEnd() {
        runToEnd(null);
    }

    /**
     * Runs the model for its days and finishes it, calling {@code afterDay} with the model and the day (0 = the
     * first) after each day. The observer only reads the model: the run is the same with or without it.
     *
     * @param afterDay an observer of each day, or null
     */
    public void runToEnd(java.util.function.ObjIntConsumer<ConflictModel> afterDay) {
        start();
        for (int d = 0; d < days; d++) {
            schedule.step(this);
            if (afterDay != null) {
                afterDay.accept(this, d);
            }
        }
        finish();
    }

    /** Turns the per-day conservation checks on or off (on by default; they cost one pass over the groups). */
    public void setConservationChecks(boolean on) {
        conservationChecks = on;
        if (collector != null) {
            collector.setCheck(on);
        }
    }

    // ------------------------------------------------------------------ the agents

    /** The factions, in scenario order (live agents: what MASON's inspector shows). */
    public List<Faction> factions() {
        return state.factions();
    }

    /** The foreign powers, in scenario order. */
    public List<ForeignPower> powers() {
        return state.powers();
    }

    /** The mines, in map order. */
    public List<Mine> mines() {
        return state.mines();
    }

    /** The levers an instructor can pull while the model runs (changes apply the next day). */
    public Levers levers() {
        return levers;
    }

    // ------------------------------------------------------------------ read-only views

    /** Current simulated day (0 = scenario start). */
    public int day() {
        return state.day();
    }

    /** Calendar date of the current day. */
    public LocalDate date() {
        return state.date();
    }

    public int days() {
        return days;
    }

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return state.world();
    }

    public Series series() {
        return series;
    }

    /** The events log so far. */
    public List<LoggedEvent> events() {
        return state.log().events();
    }

    /** Controller (faction index) of a cell, -1 for none. */
    public int controller(int cell) {
        return state.territory().controller(cell);
    }

    /** Whether a cell is on a front line. */
    public boolean frontier(int cell) {
        return state.territory().onFront(cell);
    }

    /** Days the cell's holder has held it on a front line (prepared defences, docs/ODD.md §7.7). */
    public int heldOnFront(int cell) {
        return state.territory().heldOnFront(cell);
    }

    /** Whether there was fighting in a cell today. */
    public boolean foughtToday(int cell) {
        return state.territory().lastFight(cell) == state.day();
    }

    /** Fighters of faction f in a cell. */
    public double forces(int f, int cell) {
        return state.territory().forces(f, cell);
    }

    /** Residents of a cell (not counting displaced people hosted there). */
    public double residents(int cell) {
        return state.population().residents(cell);
    }

    /** Displaced people hosted in a cell. */
    public double hosted(int cell) {
        return state.population().hosted(cell);
    }

    /** Total fighters of faction f (reserve plus deployed). */
    public double fighters(int f) {
        return state.faction(f).getFighters();
    }

    public double treasury(int f) {
        return state.faction(f).getTreasury();
    }

    public double training(int f) {
        return state.faction(f).getTraining();
    }

    public double legitimacy(int f) {
        return state.faction(f).getLegitimacy();
    }

    /** Day a place first passed to a side other than its initial one, or -1. */
    public int captureDay(int place) {
        return state.territory().captureDay(place);
    }

    /** Faction that first took a place from its initial side, or -1. */
    public int capturedBy(int place) {
        return state.territory().capturedBy(place);
    }

    /** Money books (read-only use by observers and tests). */
    public Books books() {
        return state.books();
    }

    public double civilianDeaths() {
        return state.population().dead();
    }

    public double displaced() {
        return state.population().displaced();
    }

    public int battlesTotal() {
        return state.battlesTotal();
    }

    /** Operating level of mine i, 0–1. */
    public double operating(int i) {
        return state.mines().get(i).getOperating();
    }

    /** The instruments known to the model: the scenario's events, then those added by levers. */
    public List<EventSpec> instruments() {
        return state.agenda().events();
    }

    /** Support level of power p (1 = as scripted). */
    public double supportLevel(int p) {
        return state.powers().get(p).getSupportLevel();
    }

    /** Whether scenario event e is active. */
    public boolean eventActive(int e) {
        return state.agenda().active(e);
    }

    /** Current world price of mineral m, US$/kg. */
    public double price(int m) {
        return state.market().price(m);
    }

    /** Faction ids in scenario order. */
    public List<String> factionIds() {
        List<String> ids = new ArrayList<>();
        for (Faction f : state.factions()) {
            ids.add(f.getId());
        }
        return ids;
    }

    /**
     * Destinations of mineral flows: {@code official}, {@code smuggled:<country>}, {@code smuggled:elsewhere}
     * (no neighbour on the map), {@code offtake:<power>}.
     */
    public List<String> destinations() {
        List<String> powers = new ArrayList<>();
        for (ForeignPower p : state.powers()) {
            powers.add(p.getId());
        }
        return MineralFlows.destinationNames(state.world().countries(), powers);
    }
}
