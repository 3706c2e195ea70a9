package org.conflictsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.Posture;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.MarketRules;
import org.conflictsim.model.rules.SocialRules;
import org.conflictsim.model.world.Mine;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The resource-conflict model: a MASON {@link SimState} that owns the whole mutable state of one run and
 * its only source of randomness ({@link SimState#random}). One tick is one day; the day's {@link Phase}s
 * are scheduled at their own orderings. The model is headless: it imports no GUI, file or chart code, and
 * observers read it through the accessors and {@link #series()}.
 *
 * <p>Determinism: all iteration is over arrays or ordered lists; random draws happen in a fixed order.
 */
public final class ConflictModel extends SimState {
    private static final long serialVersionUID = 1L;
    private static final int HARM_WINDOW = 30;

    private final transient Scenario scenario;
    private final transient World world;
    private final Rules rules;
    private final int days;
    private final int nF;
    private final int nP;
    private final int cells;

    // factions
    private final FactionSpec[] spec;
    private final int[] side;
    private final boolean[][] enemies;
    private final int[] capturesFor;
    private final double[] reserve;
    private final double[] deployed;
    private final double[] training;
    private final double[] equipmentBoost;
    private final double[] morale;
    private final double[] quality;
    private final double[] legitimacy;
    private final double[] shortfall;
    private final double[] troopTarget;
    private final double[] riskMultiplier;
    private final boolean[] ceasefireBound;
    private final double[] cellsHeld;
    private final int[] initialCellsHeld;
    private final double[] populationHeld;
    private final double[] recruitPool;
    private final double[][] recentDeaths;
    private final double[] casualties;
    private final double[] mineOutputKg;
    private final int[] minesHeld;
    private final boolean[] provinceAllowed;

    // cells
    private final byte[] controller;
    private final double[][] forces;
    private final double[] residents;
    private final double[] hosted;
    private final double[] hardship;
    private final int[] lastFight;
    private final int[] lastChange;
    private final double[] mineValue;
    private final int[] objectiveCell;
    private final int[] powerOfCountry;
    private double[][] sidePull = new double[0][0];
    private final double[][] objectiveCache;
    private final int[][] objectiveCacheVersion;
    /**
     * exp(−distance / objectiveRangeKm) by squared distance in cells (an integer, up to the reach of
     * {@link #objectiveReach2} or the grid's diagonal), filled on first use (NaN until then): the same value
     * the exponential gives, without computing it for every front cell and objective again.
     */
    private final double[] objectiveDecay;
    /** Squared distance in cells beyond which an objective does not pull (12 ranges: below 6e-6 of its value). */
    private final double objectiveReach2;
    /**
     * The terms an enemy cell adds to the pull of each front cell next to it (value and threat), computed once
     * per side's pass in deployment (a cell borders several front cells); {@link #enemyTermPass} says in which
     * pass each was computed. Forces do not move during a pass, so the terms are the same for every front cell.
     */
    private final double[] enemyValueTerm;
    private final double[] enemyThreatTerm;
    private final int[] enemyTermPass;
    private int pullPass;
    /** Theatre cells no faction holds, counted by the day's pass over cells (cellPass). */
    private int uncontrolledCells;
    private int objectiveVersion;
    private double nonTheatreResidents;
    private final double[] objectiveValue;
    private final BitSet frontier;
    private final boolean[] foughtToday;
    private final boolean[] sortieToday;
    private int[] frontierScratch = new int[64];
    private final int[] nb = new int[4];
    private final int[] nb2 = new int[4];
    private final double[] trainingScratch = new double[2];

    // population
    private final List<int[]> groupKeys = new ArrayList<>();
    private final List<double[]> groupCounts = new ArrayList<>();
    private final Map<Long, Integer> groupIndex = new HashMap<>();
    private double dead;
    private double initialPeople;
    private double displacedTotal;
    private double residentsTotal;

    // mines and market
    private final double[] operating;
    private final boolean[] suspended;
    private final double[] price;
    private final double[] mineTaxToday;
    private final double[][] flowKg;
    private final double[][] flowUsd;

    // money and instruments
    private final Books books;
    private boolean[] active;
    private int[] activeUntil;
    private int[] activeSince;
    private boolean[] fired;
    private boolean[] conditionBefore;
    private final double[] supportLevel;
    private final boolean[] dealWanted;
    private final double[][] accessKg;
    private final double[][] accessUsd;
    private final double[][] outputValueCum;
    private final double[][] monthMark;
    private final double[] sanctionLossToday;
    private double[] dealPaidToday;
    private static final int MARKS = 6;
    private static final int MARK_GAIN = 0;
    private static final int MARK_SPONSOR = 1;
    private static final int MARK_SANCTION_COST = 2;
    private static final int MARK_AID_LOST = 3;
    private static final int MARK_SHARE = 4;
    private static final int MARK_DEAL_VALUE = 5;
    private final double[] gainCum;
    private final double[] sponsorCum;
    private final double[] sanctionCostCum;
    private final double[] aidLostCum;
    private final double[] sanctionSeverity;
    private final double[] aidReceivedToday;
    private final double[] sponsorCashToday;
    private final double[] offtakeKgToday;

    /** The scenario's events, then any added while running (levers, see {@link Levers}). */
    private final List<EventSpec> instruments = new ArrayList<>();
    private final Levers levers = new Levers(this);
    private final List<Runnable> pendingLevers = new ArrayList<>();
    private boolean[] forcedOff = new boolean[0];
    private boolean[] leverOn = new boolean[0];

    // outputs
    private final Series series;
    private final List<LoggedEvent> log = new ArrayList<>();
    private final int[] placeCaptureDay;
    private final int[] placeCapturedBy;
    private final int[] placeInitialSide;
    private int battlesToday;
    private int battlesTotal;
    private double civilianDeathsToday;
    private int day;
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
        this.world = scenario.world();
        this.rules = scenario.rules();
        this.days = days;
        this.nF = scenario.factions().size();
        this.nP = scenario.powers().size();
        this.cells = world.cells();
        int nMin = scenario.minerals().size();

        spec = scenario.factions().toArray(new FactionSpec[0]);
        side = new int[nF];
        enemies = new boolean[nF][nF];
        capturesFor = new int[nF];
        reserve = new double[nF];
        deployed = new double[nF];
        training = new double[nF];
        equipmentBoost = new double[nF];
        morale = new double[nF];
        quality = new double[nF];
        legitimacy = new double[nF];
        shortfall = new double[nF];
        troopTarget = new double[nF];
        riskMultiplier = new double[nF];
        ceasefireBound = new boolean[nF];
        cellsHeld = new double[nF];
        initialCellsHeld = new int[nF];
        populationHeld = new double[nF];
        recruitPool = new double[nF];
        recentDeaths = new double[nF][HARM_WINDOW];
        casualties = new double[nF];
        mineOutputKg = new double[nF];
        minesHeld = new int[nF];
        provinceAllowed = new boolean[nF * Math.max(1, world.provinces().size())];

        controller = new byte[cells];
        forces = new double[nF][cells];
        residents = new double[cells];
        hosted = new double[cells];
        hardship = new double[cells];
        lastFight = new int[cells];
        lastChange = new int[cells];
        mineValue = new double[cells];
        frontier = new BitSet(cells);
        foughtToday = new boolean[cells];
        sortieToday = new boolean[cells];

        List<int[]> objectives = new ArrayList<>();
        List<Double> objectiveValues = new ArrayList<>();
        for (Place p : world.places()) {
            if (p.cell() >= 0 && world.theatre(p.cell()) && p.strategicValue() > 0) {
                objectives.add(new int[] {p.cell()});
                objectiveValues.add(p.strategicValue());
            }
        }
        objectiveCell = objectives.stream().mapToInt(a -> a[0]).toArray();
        objectiveCache = new double[nF][];
        objectiveCacheVersion = new int[nF][];
        double reach = 12 * rules.deployment().objectiveRangeKm() / world.cellKm();
        objectiveReach2 = reach * reach;
        double diagonal2 = (double) world.width() * world.width() + (double) world.height() * world.height();
        objectiveDecay = new double[(int) Math.min(objectiveReach2, diagonal2) + 1];
        java.util.Arrays.fill(objectiveDecay, Double.NaN);
        enemyValueTerm = new double[cells];
        enemyThreatTerm = new double[cells];
        enemyTermPass = new int[cells];
        powerOfCountry = new int[world.countries().size()];
        for (int c = 0; c < powerOfCountry.length; c++) {
            powerOfCountry[c] = -1;
            for (int p = 0; p < nP; p++) {
                if (world.countries().get(c).equals(scenario.powers().get(p).country())) {
                    powerOfCountry[c] = p;
                    break;
                }
            }
        }
        objectiveValue = objectiveValues.stream().mapToDouble(Double::doubleValue).toArray();
        operating = new double[world.mines().size()];
        suspended = new boolean[world.mines().size()];
        price = new double[nMin];
        mineTaxToday = new double[world.mines().size()];
        int destinations = 2 + world.countries().size() + nP;
        flowKg = new double[nMin][destinations];
        flowUsd = new double[nMin][destinations];

        double[] opening = new double[nF + nP];
        for (int f = 0; f < nF; f++) {
            opening[f] = spec[f].treasury();
        }
        for (int p = 0; p < nP; p++) {
            opening[nF + p] = scenario.powers().get(p).treasury();
        }
        books = new Books(opening);
        instruments.addAll(scenario.events());
        forcedOff = new boolean[instruments.size()];
        leverOn = new boolean[instruments.size()];
        active = new boolean[instruments.size()];
        activeUntil = new int[instruments.size()];
        activeSince = new int[instruments.size()];
        fired = new boolean[instruments.size()];
        conditionBefore = new boolean[instruments.size()];
        supportLevel = new double[nP];
        java.util.Arrays.fill(supportLevel, 1.0);
        dealWanted = new boolean[nP];
        accessKg = new double[nP][nMin];
        accessUsd = new double[nP][nMin];
        outputValueCum = new double[nF][nMin];
        monthMark = new double[nP][MARKS];
        sanctionLossToday = new double[nF + nP];
        dealPaidToday = new double[instruments.size()];
        sanctionSeverity = new double[nF + nP];
        aidReceivedToday = new double[nF + nP];
        sponsorCashToday = new double[nF + nP];
        offtakeKgToday = new double[nP];
        gainCum = new double[nP];
        sponsorCum = new double[nP];
        sanctionCostCum = new double[nP];
        aidLostCum = new double[nP];

        series = new Series(days);
        placeCaptureDay = new int[world.places().size()];
        placeCapturedBy = new int[world.places().size()];
        placeInitialSide = new int[world.places().size()];
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

    // ------------------------------------------------------------------ set-up

    @Override
    public void start() {
        super.start();
        initFactions();
        initCells();
        initMarket();
        defineSeries();
        for (Phase phase : Phase.values()) {
            schedule.scheduleRepeating(0.0, phase.ordinal(), (Steppable) state -> runPhase(phase), 1.0);
        }
    }

    private void initFactions() {
        // sides: connected components of the (symmetric) alliance graph
        int[] parent = new int[nF];
        for (int f = 0; f < nF; f++) {
            parent[f] = f;
        }
        for (int f = 0; f < nF; f++) {
            for (String a : spec[f].allies()) {
                union(parent, f, scenario.factionIndex(a));
            }
            if (spec[f].fightsFor() != null) {
                union(parent, f, scenario.factionIndex(spec[f].fightsFor()));
            }
        }
        for (int f = 0; f < nF; f++) {
            side[f] = find(parent, f);
        }
        for (int a = 0; a < nF; a++) {
            for (int b = 0; b < nF; b++) {
                enemies[a][b] = side[a] != side[b];
            }
        }
        int nProv = Math.max(1, world.provinces().size());
        for (int f = 0; f < nF; f++) {
            FactionSpec s = spec[f];
            capturesFor[f] = s.kind() == FactionKind.FOREIGN_FORCE ? scenario.factionIndex(s.fightsFor()) : f;
            reserve[f] = s.fighters();
            training[f] = s.training();
            morale[f] = s.morale();
            legitimacy[f] = rules.legitimacy().initial();
            troopTarget[f] = s.fighters();
            riskMultiplier[f] = 1.0;
            for (int p = 0; p < nProv; p++) {
                provinceAllowed[f * nProv + p] = s.operatingArea().isEmpty()
                        || (p < world.provinces().size() && s.operatingArea().contains(world.provinces().get(p)));
            }
        }
        updateQuality();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        if (a < 0 || b < 0) {
            return;
        }
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private void initCells() {
        java.util.Arrays.fill(controller, (byte) -1);
        java.util.Arrays.fill(lastFight, -100_000);
        java.util.Arrays.fill(lastChange, -100_000);
        for (int c = 0; c < cells; c++) {
            residents[c] = world.population(c);
            initialPeople += residents[c];
            if (!world.theatre(c)) {
                nonTheatreResidents += residents[c];
            }
        }
        int nT = world.theatreCellCount();
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            int f = scenario.controller(c);
            controller[c] = (byte) f;
            if (f >= 0) {
                initialCellsHeld[f]++;
            }
        }
        for (int i = 0; i < nT; i++) {
            refreshFrontier(world.theatreCell(i));
        }
        for (int p = 0; p < world.places().size(); p++) {
            placeCaptureDay[p] = -1;
            placeCapturedBy[p] = -1;
            int c = world.places().get(p).cell();
            int f = c >= 0 ? controller[c] : -1;
            placeInitialSide[p] = f >= 0 ? side[f] : -1;
        }
        java.util.Arrays.fill(operating, 1.0);
        cellPass();
    }

    private void initMarket() {
        for (int m = 0; m < price.length; m++) {
            price[m] = scenario.minerals().get(m).priceUsdPerKg();
        }
    }

    // ------------------------------------------------------------------ the day

    private void runPhase(Phase phase) {
        day = (int) Math.round(schedule.getTime());
        switch (phase) {
            case EVENTS -> applyEvents();
            case MARKET -> market();
            case PRODUCTION -> production();
            case FOREIGN_POWERS -> foreignPowers();
            case BUDGETS -> budgets();
            case DEPLOYMENT -> deployment();
            case COMBAT -> combat();
            case POPULATION -> population();
            case LEGITIMACY -> legitimacy();
            case METRICS -> metrics();
            default -> throw new IllegalStateException("unknown phase " + phase);
        }
    }

    /**
     * Phase 1: switches instruments on and off, by date or by trigger, ends those whose time is up, and
     * lets ceasefires break down.
     */
    private void applyEvents() {
        books.openDay();
        boolean leversChanged = applyPendingLevers();
        java.util.Arrays.fill(foughtToday, false);
        java.util.Arrays.fill(sortieToday, false);
        battlesToday = 0;
        civilianDeathsToday = 0;
        LocalDate today = date();
        boolean changed = false;
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            EventSpec ev = evs.get(e);
            if (active[e] && ((ev.until() != null && !ev.until().isAfter(today)) || day >= activeUntil[e]
                    || (ev.trigger() instanceof Trigger.DealWorthwhile dw && !leverOn[e]
                            && !dealWanted[scenario.powerIndex(dw.power())]))) {
                active[e] = false;
                changed = true;
                logEvent("instrument-end", ev.id(), actorOf(ev.instrument()), ev.label());
                continue;
            }
            if (active[e] || (e < forcedOff.length && forcedOff[e])) {
                continue;
            }
            boolean start;
            if (ev.on() != null) {
                start = ev.on().equals(today) || (day == 0 && ev.on().isBefore(today)
                        && (ev.until() == null || ev.until().isAfter(today)));
            } else {
                boolean cond = holds(ev.trigger());
                start = cond && (!fired[e] || (ev.repeat() && !conditionBefore[e]));
                conditionBefore[e] = cond;
            }
            if (start && (ev.until() == null || ev.until().isAfter(today))) {
                active[e] = true;
                fired[e] = true;
                changed = true;
                activeSince[e] = ev.on() != null && ev.on().isBefore(today)
                        ? day - (int) java.time.temporal.ChronoUnit.DAYS.between(ev.on(), today) : day;
                activeUntil[e] = ev.forDays() > 0 ? activeSince[e] + ev.forDays() : Integer.MAX_VALUE;
                logEvent(ev.trigger() == null ? "instrument-start" : "trigger", ev.id(), actorOf(ev.instrument()),
                        ev.label() + (ev.trigger() == null ? "" : " (when " + ev.trigger().type() + ")"));
                if (ev.instrument() instanceof Instrument.ForceControl fc) {
                    forceControl(fc);
                }
            }
        }
        for (int e = 0; e < evs.size(); e++) {
            if (active[e] && evs.get(e).instrument() instanceof Instrument.Ceasefire cf) {
                double p = cf.breakdown() + cf.imbalance() * Math.abs(StrictMath.log(sideForceRatio()));
                if (random.nextDouble() < p) {
                    active[e] = false;
                    changed = true;
                    logEvent("ceasefire-breakdown", evs.get(e).id(), "", evs.get(e).label());
                }
            }
        }
        if (changed || leversChanged || day == 0) {
            applyInstrumentState();
        }
    }

    private boolean applyPendingLevers() {
        List<Runnable> todo;
        synchronized (pendingLevers) {
            if (pendingLevers.isEmpty()) {
                return false;
            }
            todo = new ArrayList<>(pendingLevers);
            pendingLevers.clear();
        }
        todo.forEach(Runnable::run);
        return true;
    }

    /** Queues a lever change; it is applied at the start of the next day's events phase. */
    void queueLever(Runnable change) {
        synchronized (pendingLevers) {
            pendingLevers.add(change);
        }
    }

    /** Adds an instrument while running (levers); it starts on the day it is added, before the day's phases. */
    void addInstrument(EventSpec ev) {
        instruments.add(ev);
        int n = instruments.size();
        active = java.util.Arrays.copyOf(active, n);
        activeUntil = java.util.Arrays.copyOf(activeUntil, n);
        activeSince = java.util.Arrays.copyOf(activeSince, n);
        fired = java.util.Arrays.copyOf(fired, n);
        conditionBefore = java.util.Arrays.copyOf(conditionBefore, n);
        dealPaidToday = java.util.Arrays.copyOf(dealPaidToday, n);
        forcedOff = java.util.Arrays.copyOf(forcedOff, n);
        leverOn = java.util.Arrays.copyOf(leverOn, n);
    }

    /** Switches an instrument off for good (levers); logged as its end. */
    void switchOff(int e) {
        forcedOff[e] = true;
        leverOn[e] = false;
        if (active[e]) {
            active[e] = false;
            logEvent("instrument-end", instruments.get(e).id(), actorOf(instruments.get(e).instrument()),
                    instruments.get(e).label());
        }
    }

    /** Switches a scenario instrument on now (levers), e.g. a deal that was declared with a trigger. */
    void switchOn(int e) {
        forcedOff[e] = false;
        leverOn[e] = true;
        if (!active[e]) {
            active[e] = true;
            fired[e] = true;
            activeSince[e] = day;
            activeUntil[e] = Integer.MAX_VALUE;
            logEvent("instrument-start", instruments.get(e).id(), actorOf(instruments.get(e).instrument()),
                    instruments.get(e).label() + " (lever)");
        }
    }

    /** Sets a power's support level (levers), logged. */
    void supportLevel(int p, double level) {
        supportLevel[p] = level;
        logEvent("support-level", scenario.powers().get(p).id(), scenario.powers().get(p).id(),
                String.format(java.util.Locale.ROOT, "support level set to %.2f (lever)", level));
    }

    /** Whether a trigger's condition holds now (on the state left by the previous day). */
    private boolean holds(Trigger t) {
        if (t instanceof Trigger.Captured c) {
            for (int p = 0; p < world.places().size(); p++) {
                Place pl = world.places().get(p);
                if (!pl.id().equals(c.place()) || pl.cell() < 0 || !world.theatre(pl.cell())) {
                    continue;
                }
                int o = controller[pl.cell()];
                if (o < 0) {
                    return false;
                }
                return c.by() == null ? side[o] != placeInitialSide[p] : side[o] == side[scenario.factionIndex(c.by())];
            }
            return false;
        } else if (t instanceof Trigger.MinesShare ms) {
            int sd = side[scenario.factionIndex(ms.faction())];
            int held = 0;
            for (int f = 0; f < nF; f++) {
                if (side[f] == sd) {
                    held += minesHeld[f];
                }
            }
            return !world.mines().isEmpty() && held >= ms.atLeast() * world.mines().size();
        } else if (t instanceof Trigger.TerritoryShare ts) {
            return cellsHeld[scenario.factionIndex(ts.faction())] >= ts.atLeast() * world.theatreCellCount();
        } else if (t instanceof Trigger.CivilianDeaths cd) {
            return dead >= cd.atLeast();
        } else if (t instanceof Trigger.DealWorthwhile dw) {
            return dealWanted[scenario.powerIndex(dw.power())];
        } else if (t instanceof Trigger.Immediately) {
            return true;
        }
        throw new IllegalStateException("unknown trigger " + t);
    }

    /** Ratio (≥ 1) of the effective forces of the two strongest sides; 1 when there is one side. */
    private double sideForceRatio() {
        double[] bySide = new double[nF];
        for (int f = 0; f < nF; f++) {
            bySide[side[f]] += fighters(f) * quality[f];
        }
        double first = 0;
        double second = 0;
        for (double v : bySide) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return second > 0 ? first / second : 1.0;
    }

    private static String actorOf(Instrument in) {
        if (in instanceof Instrument.Aid a) {
            return a.from();
        } else if (in instanceof Instrument.AidFreeze a) {
            return a.from();
        } else if (in instanceof Instrument.Sanction x) {
            return x.by();
        } else if (in instanceof Instrument.MilitarySupport m) {
            return m.from();
        } else if (in instanceof Instrument.TrainingDeal t) {
            return t.from();
        } else if (in instanceof Instrument.MineralsDeal d) {
            return d.power();
        } else if (in instanceof Instrument.ForceControl fc) {
            return fc.faction();
        }
        return "";
    }

    /** Recomputes the standing effects of the active instruments. */
    private void applyInstrumentState() {
        java.util.Arrays.fill(sanctionSeverity, 0);
        java.util.Arrays.fill(equipmentBoost, 0);
        java.util.Arrays.fill(riskMultiplier, 1.0);
        java.util.Arrays.fill(ceasefireBound, false);
        double[] keep = new double[nF + nP];
        java.util.Arrays.fill(keep, 1.0);
        boolean[] troopsSet = new boolean[nF];
        double[] troops = new double[nF];
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            if (!active[e]) {
                continue;
            }
            Instrument in = evs.get(e).instrument();
            if (in instanceof Instrument.Sanction s) {
                keep[account(s.target())] *= 1.0 - s.severity();
            } else if (in instanceof Instrument.MilitarySupport m) {
                equipmentBoost[scenario.factionIndex(m.to())] += m.equipmentBoost();
                if (m.troopsFaction() != null) {
                    int tf = scenario.factionIndex(m.troopsFaction());
                    int from = account(m.from());
                    troopsSet[tf] = true;
                    troops[tf] += m.troops() * (from >= nF ? supportLevel[from - nF] : 1.0);
                }
            } else if (in instanceof Instrument.MineralsDeal d) {
                int partner = scenario.factionIndex(d.partner());
                equipmentBoost[partner] += d.equipmentBoost();
                for (int f = 0; f < nF; f++) {
                    if (enemies[f][partner]) {
                        riskMultiplier[f] *= 1.0 + d.deterrent();
                    }
                }
            } else if (in instanceof Instrument.Ceasefire c) {
                for (int f = 0; f < nF; f++) {
                    if (c.parties().isEmpty() || c.parties().contains(spec[f].id())) {
                        ceasefireBound[f] = true;
                    }
                }
            }
        }
        for (int a = 0; a < nF + nP; a++) {
            sanctionSeverity[a] = 1.0 - keep[a];
        }
        for (int f = 0; f < nF; f++) {
            if (spec[f].kind() == FactionKind.FOREIGN_FORCE && hasTroopInstrument(f)) {
                troopTarget[f] = troopsSet[f] ? troops[f] : 0.0;
            }
        }
    }

    private boolean hasTroopInstrument(int f) {
        for (EventSpec ev : instruments) {
            if (ev.instrument() instanceof Instrument.MilitarySupport m && spec[f].id().equals(m.troopsFaction())) {
                return true;
            }
        }
        return false;
    }

    /** Account index of a faction or power id. */
    private int account(String id) {
        int f = scenario.factionIndex(id);
        return f >= 0 ? f : nF + scenario.powerIndex(id);
    }

    /** A scripted capture: the old side's forces in the cell fall back to their reserves. */
    private void forceControl(Instrument.ForceControl fc) {
        for (Place p : world.places()) {
            int c = p.cell();
            if (p.id().equals(fc.place()) && c >= 0 && world.theatre(c)) {
                int taker = scenario.factionIndex(fc.faction());
                for (int g = 0; g < nF; g++) {
                    if (side[g] != side[taker] && forces[g][c] > 0) {
                        reserve[g] += forces[g][c];
                        deployed[g] -= forces[g][c];
                        forces[g][c] = 0;
                    }
                }
                capture(c, taker);
            }
        }
    }

    /** Phase 2: world prices. */
    private void market() {
        for (int m = 0; m < price.length; m++) {
            MineralSpec ms = scenario.minerals().get(m);
            double z = random.nextGaussian();
            price[m] = MarketRules.nextPrice(price[m], ms.priceUsdPerKg(), ms.reversion(), ms.volatility(), z);
        }
    }

    /** Phase 3: mine output, mine taxes, royalties, smuggling margins, offtake, population tax, budgets. */
    private void production() {
        Rules.Economy eco = rules.economy();
        for (double[] d : flowKg) {
            java.util.Arrays.fill(d, 0);
        }
        for (double[] d : flowUsd) {
            java.util.Arrays.fill(d, 0);
        }
        java.util.Arrays.fill(mineOutputKg, 0);
        java.util.Arrays.fill(minesHeld, 0);
        java.util.Arrays.fill(offtakeKgToday, 0);
        java.util.Arrays.fill(sanctionLossToday, 0);
        for (int p = 0; p < nP; p++) {
            java.util.Arrays.fill(accessKg[p], 0);
            java.util.Arrays.fill(accessUsd[p], 0);
        }
        List<Mine> mines = world.mines();
        List<EventSpec> evs = instruments;
        for (int i = 0; i < mines.size(); i++) {
            Mine mine = mines.get(i);
            int c = mine.cell();
            mineValue[c] = 0;
        }
        for (int i = 0; i < mines.size(); i++) {
            Mine mine = mines.get(i);
            int c = mine.cell();
            if (mine.industrial() && frontier.get(c)) {
                if (!suspended[i]) {
                    suspended[i] = true;
                    logEvent("mine-suspended", mine.id(), "", "industrial mine on a front line suspends operations");
                }
                operating[i] = 0;
            } else {
                if (suspended[i]) {
                    suspended[i] = false;
                    logEvent("mine-resumed", mine.id(), "", "front line has moved away");
                }
                if (lastFight[c] >= day - 1) {
                    operating[i] *= 1.0 - eco.fightingDrop();
                } else {
                    operating[i] = SocialRules.approach(operating[i], 1.0, eco.recovery());
                }
            }
            int mi = mine.mineral();
            MineralSpec ms = scenario.minerals().get(mi);
            double kg = mine.capacityKgDay() * operating[i];
            double world$ = price[mi];
            double local$ = world$ * ms.localShare();
            mineValue[c] += kg * local$;
            int f = controller[c];
            mineTaxToday[i] = 0;
            if (f < 0) {
                addFlow(mi, smuggledTo(mine.routeCountry()), kg, world$);
                addAccess(powerOfCountry(mine.routeCountry()), mi, kg, world$);
                continue;
            }
            minesHeld[f]++;
            mineOutputKg[f] += kg;
            outputValueCum[f][mi] += kg * world$;
            double rest = kg;
            for (int e = 0; e < evs.size(); e++) {
                if (active[e] && evs.get(e).instrument() instanceof Instrument.MineralsDeal d
                        && scenario.factionIndex(d.partner()) == f && rest > 0) {
                    int p = scenario.powerIndex(d.power());
                    double bought = books.transfer(nF + p, Books.OUTSIDE, d.offtakeShare() * rest * local$,
                            Flow.OFFTAKE_PURCHASE);
                    double take = local$ > 0 ? bought / local$ : 0;
                    rest -= take;
                    offtakeKgToday[p] += take;
                    addAccess(p, mi, take, world$);
                    gainCum[p] += take * (world$ - local$) * scenario.powers().get(p).interest(mi);
                    addFlow(mi, 2 + world.countries().size() + p, take, world$);
                }
            }
            boolean state = spec[f].kind() == FactionKind.GOVERNMENT;
            double smuggled = rest * (state ? ms.smuggledShare() : 1.0);
            double official = rest - smuggled;
            addFlow(mi, 0, official, world$);
            addFlow(mi, smuggledTo(mine.routeCountry()), smuggled, world$);
            double rate = ms.bulky() ? spec[f].mineTax() : spec[f].goldTax();
            double taxable = kg - smuggled * sanctionSeverity[f];
            sanctionLossToday[f] += rate * local$ * smuggled * sanctionSeverity[f];
            double tax = books.transfer(Books.OUTSIDE, f, rate * local$ * taxable, Flow.MINE_TAX);
            mineTaxToday[i] = tax;
            if (state && official > 0) {
                books.transfer(Books.OUTSIDE, f, eco.royaltyRate() * (1 - eco.royaltyLeakage()) * official * world$,
                        Flow.ROYALTIES);
            }
            if (smuggled > 0) {
                int p = powerOfCountry(mine.routeCountry());
                addAccess(p, mi, smuggled, world$);
                if (p >= 0) {
                    double margin = eco.smugglerMargin() * smuggled * world$;
                    sanctionLossToday[nF + p] += margin * sanctionSeverity[nF + p];
                    double got = books.transfer(Books.OUTSIDE, nF + p, margin * (1 - sanctionSeverity[nF + p]),
                            Flow.SMUGGLING);
                    gainCum[p] += got * scenario.powers().get(p).interest(mi);
                }
            }
        }
        for (int f = 0; f < nF; f++) {
            books.transfer(Books.OUTSIDE, f, spec[f].popTaxPerDay() * populationHeld[f], Flow.POPULATION_TAX);
            books.transfer(Books.OUTSIDE, f, spec[f].incomePerDay(), Flow.BUDGET);
        }
        for (int p = 0; p < nP; p++) {
            books.transfer(Books.OUTSIDE, nF + p, scenario.powers().get(p).incomePerDay(), Flow.BUDGET);
        }
    }

    /** Flow destination index of output smuggled through a country ({@code smuggled:elsewhere} for none). */
    private int smuggledTo(int country) {
        return country < 0 ? 1 + world.countries().size() : 1 + country;
    }

    /** Mineral access of power p (smuggled through its territory or taken as offtake), kg and world US$. */
    private void addAccess(int p, int mineral, double kg, double worldPrice) {
        if (p >= 0) {
            accessKg[p][mineral] += kg;
            accessUsd[p][mineral] += kg * worldPrice;
        }
    }

    private void addFlow(int mineral, int destination, double kg, double worldPrice) {
        flowKg[mineral][destination] += kg;
        flowUsd[mineral][destination] += kg * worldPrice;
    }

    private int powerOfCountry(int country) {
        return country < 0 ? -1 : powerOfCountry[country];
    }

    /**
     * Phase 4: instruments pay out (aid, sponsors' cash scaled by the sponsor's support level, deal cash,
     * training costs); on the first day of each 30-day month adaptive powers decide (see
     * {@link #adaptiveDecisions()}).
     */
    private void foreignPowers() {
        java.util.Arrays.fill(aidReceivedToday, 0);
        java.util.Arrays.fill(sponsorCashToday, 0);
        java.util.Arrays.fill(dealPaidToday, 0);
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            Instrument in = evs.get(e).instrument();
            if (in instanceof Instrument.Aid a && active[e] && aidFrozen(a.from(), a.to())) {
                int to = account(a.to());
                if (to >= nF) {
                    aidLostCum[to - nF] += a.usdPerDay();
                }
            }
            if (!active[e]) {
                continue;
            }
            if (in instanceof Instrument.Aid a) {
                if (!aidFrozen(a.from(), a.to())) {
                    int to = account(a.to());
                    double paid = books.transfer(account(a.from()), Books.OUTSIDE, a.usdPerDay(), Flow.AID);
                    double received = paid * (1 - sanctionSeverity[to]);
                    sanctionLossToday[to] += paid - received;
                    books.transfer(Books.OUTSIDE, to, received, Flow.AID);
                    aidReceivedToday[to] += received;
                }
            } else if (in instanceof Instrument.MilitarySupport m) {
                int from = account(m.from());
                int to = account(m.to());
                double level = from >= nF ? supportLevel[from - nF] : 1.0;
                double paid = books.transfer(from, Books.OUTSIDE, m.cashPerDay() * level, Flow.SPONSOR_CASH);
                double received = paid * (1 - sanctionSeverity[to]);
                sanctionLossToday[to] += paid - received;
                books.transfer(Books.OUTSIDE, to, received, Flow.SPONSOR_CASH);
                sponsorCashToday[from] += paid;
                double penalty = Math.max(sanctionSeverity[from], sanctionSeverity[to]) * paid;
                double penaltyPaid = books.transfer(from, Books.OUTSIDE, penalty, Flow.SANCTION_COST);
                if (from >= nF) {
                    sponsorCum[from - nF] += paid;
                    sanctionCostCum[from - nF] += penaltyPaid;
                }
            } else if (in instanceof Instrument.TrainingDeal t) {
                books.transfer(account(t.from()), Books.OUTSIDE, t.costPerDay(), Flow.TRAINING);
            } else if (in instanceof Instrument.MineralsDeal d) {
                int partner = account(d.partner());
                double paid = books.transfer(account(d.power()), Books.OUTSIDE, d.cashPerDay(), Flow.DEAL_CASH);
                double received = paid * (1 - sanctionSeverity[partner]);
                sanctionLossToday[partner] += paid - received;
                books.transfer(Books.OUTSIDE, partner, received, Flow.DEAL_CASH);
                dealPaidToday[e] += paid;
            }
        }
        if (day > 0 && day % 30 == 0) {
            adaptiveDecisions();
        }
    }

    /**
     * Monthly decisions of adaptive powers (docs/ODD.md, "Adaptive behaviour").
     *
     * <p>Sponsor: gains G = interest-weighted smuggling income and offtake margin (world minus mine-gate
     * value) of the last 30 days + securityWeight × (territory share of the factions it supports); losses
     * L = cash given + sanction costs + aid frozen + reputationWeight × (severity of sanctions on it and on
     * the factions it supports). Its support level s moves by s ← clamp(s + step × tanh((G − L)/(G + L)), 0,
     * maxSupport), so it changes by less than {@code step} a month and can recover from 0.
     *
     * <p>Deal seeker: for each of its minerals-for-security deals, the expected monthly access value
     * V = offtakeShare × Σ_m interest_m × (1 − localShare_m) × (world value of the partner's mine output over
     * the last 30 days) — the margin between world and mine-gate price it pays for the offtake — is compared
     * with the monthly cost C = 30 × (cash per day); it wants the deal while V &gt; C.
     */
    private void adaptiveDecisions() {
        boolean changed = false;
        for (int p = 0; p < nP; p++) {
            PowerSpec ps = scenario.powers().get(p);
            double[] mark = monthMark[p];
            double gain = gainCum[p] - mark[MARK_GAIN];
            double given = sponsorCum[p] - mark[MARK_SPONSOR];
            double sanctionCost = sanctionCostCum[p] - mark[MARK_SANCTION_COST];
            double aidLost = aidLostCum[p] - mark[MARK_AID_LOST];
            double share = sponsoredShare(p);
            mark[MARK_GAIN] = gainCum[p];
            mark[MARK_SPONSOR] = sponsorCum[p];
            mark[MARK_SANCTION_COST] = sanctionCostCum[p];
            mark[MARK_AID_LOST] = aidLostCum[p];
            mark[MARK_SHARE] = share;
            if (ps.adaptive()) {
                double g = gain + ps.securityWeight() * share;
                double severity = sanctionSeverity[nF + p];
                for (int f : sponsored(p)) {
                    severity += sanctionSeverity[f];
                }
                double l = given + sanctionCost + aidLost + ps.reputationWeight() * severity;
                double before = supportLevel[p];
                double balance = g + l > 0 ? (g - l) / (g + l) : 0.0;
                supportLevel[p] = Math.max(0, Math.min(ps.maxSupport(), before + ps.supportStep() * StrictMath.tanh(balance)));
                if (supportLevel[p] != before) {
                    changed = true;
                }
            }
            for (EventSpec ev : instruments) {
                if (ev.trigger() instanceof Trigger.DealWorthwhile dw && dw.power().equals(ps.id())
                        && ev.instrument() instanceof Instrument.MineralsDeal d) {
                    int partner = scenario.factionIndex(d.partner());
                    double value = 0;
                    for (int m = 0; m < price.length; m++) {
                        value += ps.interest(m) * outputValueCum[partner][m]
                                * (1 - scenario.minerals().get(m).localShare());
                    }
                    double v = d.offtakeShare() * (value - mark[MARK_DEAL_VALUE]);
                    mark[MARK_DEAL_VALUE] = value;
                    boolean want = v > 30 * d.cashPerDay();
                    if (want != dealWanted[p]) {
                        logEvent(want ? "deal-offered" : "deal-abandoned", ev.id(), ps.id(), String.format(
                                java.util.Locale.ROOT, "expected access US$%.0f/month vs cost US$%.0f/month", v,
                                30 * d.cashPerDay()));
                    }
                    dealWanted[p] = want;
                }
            }
        }
        if (changed) {
            applyInstrumentState();
        }
    }

    /** Factions that power p supports with active military support. */
    private List<Integer> sponsored(int p) {
        List<Integer> out = new ArrayList<>();
        String id = scenario.powers().get(p).id();
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            if (active[e] && evs.get(e).instrument() instanceof Instrument.MilitarySupport m && m.from().equals(id)) {
                int f = scenario.factionIndex(m.to());
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private double sponsoredShare(int p) {
        double cellsOfSponsored = 0;
        for (int f : sponsored(p)) {
            cellsOfSponsored += cellsHeld[f];
        }
        return cellsOfSponsored / world.theatreCellCount();
    }

    private boolean aidFrozen(String from, String to) {
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            if (active[e] && evs.get(e).instrument() instanceof Instrument.AidFreeze fz
                    && fz.from().equals(from) && fz.to().equals(to)) {
                return true;
            }
        }
        return false;
    }

    /** Phase 5: wages, desertion, recruitment, foreign troop levels, training, morale. */
    private void budgets() {
        Rules.Manpower mp = rules.manpower();
        for (int f = 0; f < nF; f++) {
            FactionSpec s = spec[f];
            double fighters = fighters(f);
            double bill = s.wagePerDay() * fighters;
            double paid = books.transfer(f, Books.OUTSIDE, bill, Flow.WAGES);
            shortfall[f] = bill > 0 ? 1.0 - paid / bill : 0.0;
            double loss = SocialRules.deserters(fighters, shortfall[f], mp.desertion());
            if (s.kind() == FactionKind.FOREIGN_FORCE) {
                loss += Math.max(0, fighters - troopTarget[f]) * troopRate(f);
                double add = Math.max(0, troopTarget[f] - fighters) * troopRate(f);
                reserve[f] += add;
            } else {
                double surplus = books.balance(f) - mp.reserveDays() * bill;
                double n = SocialRules.recruits(surplus, s.signOnCost(), recruitPool[f],
                        s.maxFighters() - fighters);
                double cost = books.transfer(f, Books.OUTSIDE, n * s.signOnCost(), Flow.RECRUITMENT);
                reserve[f] += s.signOnCost() > 0 ? cost / s.signOnCost() : n;
            }
            removeFighters(f, loss);
            double[] deal = trainingDeals(f);
            double cap = Math.min(deal[0], s.trainingCap());
            if (cap > training[f]) {
                training[f] = SocialRules.approach(training[f], cap, deal[1]);
            } else {
                training[f] = SocialRules.approach(training[f], s.training(), mp.trainingDecay());
            }
            double target = s.baseMorale() * (1.0 - mp.unpaidMorale() * shortfall[f]);
            morale[f] = Math.max(0.1, SocialRules.approach(morale[f], target, mp.moraleRate()));
        }
        updateQuality();
    }

    private double troopRate(int f) {
        double r = 0;
        for (int e = 0; e < active.length; e++) {
            if (instruments.get(e).instrument() instanceof Instrument.MilitarySupport m
                    && spec[f].id().equals(m.troopsFaction())) {
                r = Math.max(r, m.troopRate());
            }
        }
        return r;
    }

    /**
     * The highest cap and the highest rate of the active training deals (and minerals deals that train) for
     * faction f that are past their lag; {0, 0} when none. Written into {@link #trainingScratch}.
     */
    private double[] trainingDeals(int f) {
        double cap = 0;
        double rate = 0;
        List<EventSpec> evs = instruments;
        for (int e = 0; e < evs.size(); e++) {
            if (!active[e]) {
                continue;
            }
            long since = day - activeSince[e];
            Instrument in = evs.get(e).instrument();
            if (in instanceof Instrument.TrainingDeal t && t.to().equals(spec[f].id()) && since >= t.lagDays()) {
                cap = Math.max(cap, t.cap());
                rate = Math.max(rate, t.rate());
            } else if (in instanceof Instrument.MineralsDeal d && d.partner().equals(spec[f].id())
                    && since >= d.lagDays() && d.trainingRate() > 0) {
                cap = Math.max(cap, d.trainingCap());
                rate = Math.max(rate, d.trainingRate());
            }
        }
        trainingScratch[0] = cap;
        trainingScratch[1] = rate;
        return trainingScratch;
    }

    private void updateQuality() {
        for (int f = 0; f < nF; f++) {
            quality[f] = CombatRules.effectiveForce(1.0, training[f], spec[f].equipment() * (1 + equipmentBoost[f]),
                    morale[f]);
        }
    }

    /** Removes fighters: from the reserve first, then proportionally from the front. */
    private void removeFighters(int f, double n) {
        if (n <= 0) {
            return;
        }
        double fromReserve = Math.min(reserve[f], n);
        reserve[f] -= fromReserve;
        double rest = n - fromReserve;
        if (rest > 0 && deployed[f] > 0) {
            double keep = Math.max(0, 1 - rest / deployed[f]);
            double[] fc = forces[f];
            double sum = 0;
            for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
                fc[c] *= keep;
                sum += fc[c];
            }
            deployed[f] = sum;
        }
    }

    /** Phase 6: each faction moves part of its fighters toward the front cells that pull most. */
    private void deployment() {
        Rules.Deployment dp = rules.deployment();
        int nFront = frontierCells();
        int[] front = frontierScratch;
        if (sidePull.length < nF || sidePull[0].length < nFront) {
            sidePull = new double[nF][Math.max(nFront, 64) * 2];
        }
        boolean[] sideDone = new boolean[nF];
        double[] pull = new double[nFront];
        for (int f = 0; f < nF; f++) {
            double total = fighters(f);
            if (total <= 0) {
                continue;
            }
            double[] sp = sidePull[side[f]];
            if (!sideDone[side[f]]) {
                sideDone[side[f]] = true;
                pullPass++;
                for (int i = 0; i < nFront; i++) {
                    sp[i] = frontPull(f, front[i], dp);
                }
            }
            double sumW = 0;
            for (int i = 0; i < nFront; i++) {
                pull[i] = eligible(f, front[i]) ? 1.0 + sp[i] : 0.0;
                sumW += pull[i];
            }
            if (sumW <= 0) {
                continue;
            }
            double want = spec[f].deployShare() * total;
            double[] fc = forces[f];
            double up = 0;
            for (int i = 0; i < nFront; i++) {
                double d = dp.rate() * (want * pull[i] / sumW - fc[front[i]]);
                if (d > 0) {
                    up += d;
                }
            }
            double scaleUp = up > reserve[f] ? reserve[f] / up : 1.0;
            double dep = 0;
            for (int i = 0; i < nFront; i++) {
                int c = front[i];
                double d = dp.rate() * (want * pull[i] / sumW - fc[c]);
                if (d > 0) {
                    d *= scaleUp;
                }
                fc[c] += d;
                reserve[f] -= d;
                dep += fc[c];
            }
            if (reserve[f] < 0) {
                reserve[f] = 0;
            }
            deployed[f] = dep;
        }
    }

    private boolean eligible(int f, int c) {
        int owner = controller[c];
        if (owner < 0) {
            return false;
        }
        if (spec[f].kind().holdsTerritory() ? owner != f : side[owner] != side[f]) {
            return false;
        }
        int nProv = Math.max(1, world.provinces().size());
        int p = world.province(c);
        return spec[f].operatingArea().isEmpty() || (p >= 0 && provinceAllowed[f * nProv + p]);
    }

    /**
     * Pull of a front cell for faction f: adjacent enemy mine value, residents and force, plus the
     * strategic value of enemy-held objectives (places and named mines) discounted by distance.
     */
    private double frontPull(int f, int c, Rules.Deployment dp) {
        double v = 0;
        int n = world.neighbours(c, nb);
        for (int k = 0; k < n; k++) {
            int e = nb[k];
            int o = controller[e];
            if (o < 0 || !enemies[f][o]) {
                continue;
            }
            if (enemyTermPass[e] != pullPass) {
                enemyTermPass[e] = pullPass;
                enemyValueTerm[e] = dp.mineWeight() * mineValue[e] + dp.populationWeight() * (residents[e] + hosted[e]);
                enemyThreatTerm[e] = dp.threatWeight() * enemyForce(f, e);
            }
            v += enemyValueTerm[e];
            v += enemyThreatTerm[e];
        }
        return v + objectivePull(f, c, dp);
    }

    /**
     * Strategic pull of enemy-held objectives on cell c for f's side, cached per side and cell until an
     * objective changes hands (objectives rarely do; front cells are asked every day).
     */
    private double objectivePull(int f, int c, Rules.Deployment dp) {
        int sd = side[f];
        if (objectiveCacheVersion[sd] == null) {
            objectiveCacheVersion[sd] = new int[cells];
            objectiveCache[sd] = new double[cells];
        }
        if (objectiveCacheVersion[sd][c] == objectiveVersion + 1) {
            return objectiveCache[sd][c];
        }
        double v = 0;
        int col = world.col(c);
        int row = world.row(c);
        for (int i = 0; i < objectiveCell.length; i++) {
            int oc = objectiveCell[i];
            int o = controller[oc];
            if (o < 0 || !enemies[f][o]) {
                continue;
            }
            double dc = world.col(oc) - col;
            double dr = world.row(oc) - row;
            double d2 = dc * dc + dr * dr;
            if (d2 <= objectiveReach2) {
                v += dp.placeWeight() * objectiveValue[i] * objectiveDecay((int) d2, dp);
            }
        }
        objectiveCache[sd][c] = v;
        objectiveCacheVersion[sd][c] = objectiveVersion + 1;
        return v;
    }

    /** exp(−√d2 · cellKm / objectiveRangeKm) for a squared distance d2 ≤ objectiveReach2 in cells, from the table. */
    private double objectiveDecay(int d2, Rules.Deployment dp) {
        double e = objectiveDecay[d2];
        if (Double.isNaN(e)) {
            double d = d2;
            e = StrictMath.exp(-Math.sqrt(d) * world.cellKm() / dp.objectiveRangeKm());
            objectiveDecay[d2] = e;
        }
        return e;
    }

    private double enemyForce(int f, int c) {
        double s = 0;
        for (int g = 0; g < nF; g++) {
            if (enemies[f][g]) {
                s += forces[g][c] * quality[g];
            }
        }
        return s;
    }

    /** Copies the frontier cells into {@link #frontierScratch} in increasing order; returns the count. */
    private int frontierCells() {
        int n = frontier.cardinality();
        if (frontierScratch.length < n) {
            frontierScratch = new int[Math.max(n, frontierScratch.length * 2)];
        }
        int i = 0;
        for (int c = frontier.nextSetBit(0); c >= 0; c = frontier.nextSetBit(c + 1)) {
            frontierScratch[i++] = c;
        }
        return n;
    }

    /** Phase 7: attacks on enemy front cells, in random order. */
    private void combat() {
        int n = frontierCells();
        int[] order = java.util.Arrays.copyOf(frontierScratch, n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            int t = order[i];
            if (!foughtToday[t] && controller[t] >= 0) {
                tryAttack(t);
            }
        }
    }

    private void tryAttack(int t) {
        Rules.Combat cr = rules.combat();
        int def = controller[t];
        int nn = world.neighbours(t, nb2);
        // the attacking side is the side of the strongest offensive neighbour force
        double[] attackBy = new double[nF];
        for (int k = 0; k < nn; k++) {
            int c = nb2[k];
            int o = controller[c];
            if (o < 0 || !enemies[o][def] || sortieToday[c]) {
                continue;
            }
            for (int f = 0; f < nF; f++) {
                if (side[f] == side[o] && spec[f].posture() == Posture.OFFENSIVE && !ceasefireBound[f]) {
                    attackBy[f] += cr.commitShare() * forces[f][c] * quality[f];
                }
            }
        }
        int lead = -1;
        for (int f = 0; f < nF; f++) {
            if (attackBy[f] > 0 && (lead < 0 || attackBy[f] > attackBy[lead])) {
                lead = f;
            }
        }
        if (lead < 0) {
            return;
        }
        int atkSide = side[lead];
        double fa = 0;
        for (int f = 0; f < nF; f++) {
            if (side[f] == atkSide) {
                fa += attackBy[f];
            } else {
                attackBy[f] = 0;
            }
        }
        double defenders = 0;
        double fdRaw = cr.rearGuard() * quality[def];
        for (int g = 0; g < nF; g++) {
            if (side[g] == side[def]) {
                defenders += forces[g][t];
                fdRaw += forces[g][t] * quality[g];
            }
        }
        int pl = world.placeAt(t);
        double fort = pl >= 0 ? world.places().get(pl).fortification() : 0.0;
        double fd = fdRaw * CombatRules.defenceMultiplier(cr.terrainBonus(), world.terrain(t), fort);
        double threshold = spec[lead].riskThreshold() * riskMultiplier[lead];
        double perceived = fa * StrictMath.exp(cr.fog() * random.nextGaussian());
        if (perceived < threshold * fd) {
            return;
        }
        if (random.nextDouble() >= cr.tempo()) {
            return;
        }
        battlesToday++;
        battlesTotal++;
        foughtToday[t] = true;
        int[] around = java.util.Arrays.copyOf(nb2, nn);
        int sources = 0;
        for (int k = 0; k < nn; k++) {
            int c = around[k];
            int o = controller[c];
            if (o >= 0 && side[o] == atkSide && !sortieToday[c]) {
                sortieToday[c] = true;
                nb2[sources++] = c;
            }
        }
        nn = sources;
        double pWin = CombatRules.winProbability(fa, fd, cr.decisiveness());
        boolean win = random.nextDouble() < pWin;

        // attacker losses, shared in proportion to committed fighters
        double committed = 0;
        for (int k = 0; k < nn; k++) {
            int c = nb2[k];
            for (int f = 0; f < nF; f++) {
                if (attackBy[f] > 0) {
                    committed += cr.commitShare() * forces[f][c];
                }
            }
        }
        double lossA = CombatRules.losses(cr.attrition(), fd, committed);
        double lossD = CombatRules.losses(cr.attrition(), fa, defenders);
        for (int k = 0; k < nn; k++) {
            int c = nb2[k];
            for (int f = 0; f < nF; f++) {
                if (attackBy[f] > 0 && committed > 0) {
                    double l = lossA * cr.commitShare() * forces[f][c] / committed;
                    forces[f][c] -= l;
                    deployed[f] -= l;
                    casualties[f] += l;
                }
            }
        }
        for (int g = 0; g < nF; g++) {
            if (side[g] == side[def] && defenders > 0 && forces[g][t] > 0) {
                double l = lossD * forces[g][t] / defenders;
                forces[g][t] -= l;
                deployed[g] -= l;
                casualties[g] += l;
            }
        }
        double civ = CombatRules.civilianDeaths(cr.civilianRate(), residents[t], lossA + lossD);
        residents[t] -= civ;
        dead += civ;
        civilianDeathsToday += civ;
        recentDeaths[def][day % HARM_WINDOW] += civ;
        lastFight[t] = day;
        hardship[t] = Math.min(1.0, hardship[t] + rules.population().fightHardship());
        int oldSide = side[def];
        if (win) {
            int taker = capturesFor[lead];
            // defenders retreat to a neighbouring cell of their side, losing some on the way
            int refuge = -1;
            for (int c : around) {
                if (controller[c] >= 0 && side[controller[c]] == oldSide) {
                    refuge = c;
                    break;
                }
            }
            for (int g = 0; g < nF; g++) {
                if (side[g] == oldSide && forces[g][t] > 0) {
                    double survivors = forces[g][t] * (1 - cr.retreatLoss());
                    casualties[g] += forces[g][t] - survivors;
                    deployed[g] -= forces[g][t];
                    forces[g][t] = 0;
                    if (refuge >= 0) {
                        forces[g][refuge] += survivors;
                        deployed[g] += survivors;
                    } else {
                        reserve[g] += survivors;
                    }
                }
            }
            // attackers advance into the cell
            for (int k = 0; k < nn; k++) {
                int c = nb2[k];
                for (int f = 0; f < nF; f++) {
                    if (attackBy[f] > 0 && forces[f][c] > 0) {
                        double move = cr.advanceShare() * cr.commitShare() * forces[f][c];
                        forces[f][c] -= move;
                        forces[f][t] += move;
                    }
                }
            }
            capture(t, taker);
            sortieToday[t] = true;
            displace(t, rules.population().fleeShare() + rules.population().fleeOnCapture(), oldSide);
        } else {
            displace(t, rules.population().fleeShare(), oldSide);
        }
    }

    /** Changes a cell's controller, updates fronts and logs captures of named places. */
    private void capture(int t, int taker) {
        int old = controller[t];
        if (old == taker) {
            return;
        }
        controller[t] = (byte) taker;
        lastChange[t] = day;
        if (world.placeAt(t) >= 0) {
            objectiveVersion++;
        }
        foughtToday[t] = true;
        refreshFrontier(t);
        int n = world.neighbours(t, nb);
        int[] around = java.util.Arrays.copyOf(nb, n);
        for (int k = 0; k < n; k++) {
            refreshFrontier(around[k]);
        }
        int pl = world.placeAt(t);
        if (pl >= 0) {
            for (int p = pl; p < world.places().size(); p++) {
                Place place = world.places().get(p);
                if (place.cell() != t) {
                    continue;
                }
                moraleShock(old, taker, place.strategicValue());
                logEvent("capture", place.id(), spec[taker].id(),
                        place.name() + " taken by " + spec[taker].id() + (old >= 0 ? " from " + spec[old].id() : ""));
                if (placeCaptureDay[p] < 0 && side[taker] != placeInitialSide[p]) {
                    placeCaptureDay[p] = day;
                    placeCapturedBy[p] = taker;
                }
            }
        }
    }

    /**
     * The fall of a strategic place shakes the losing side and lifts the taker's (a collapse-and-momentum
     * effect, e.g. FARDC after Goma; magnitude {@code manpower.captureShock}, calibrated).
     */
    private void moraleShock(int loser, int taker, double value) {
        double shock = rules.manpower().captureShock() * value / 1e6;
        if (shock <= 0 || loser < 0 || side[loser] == side[taker]) {
            return;
        }
        for (int f = 0; f < nF; f++) {
            if (side[f] == side[loser]) {
                morale[f] = Math.max(0.1, morale[f] - shock);
            } else if (side[f] == side[taker]) {
                morale[f] = Math.min(1.5, morale[f] + shock / 2);
            }
        }
        updateQuality();
    }

    /** Recomputes whether a cell is on a front line; forces in a cell that leaves the front go to reserve. */
    private void refreshFrontier(int c) {
        if (!world.theatre(c) || controller[c] < 0) {
            frontier.clear(c);
            return;
        }
        int o = controller[c];
        boolean front = false;
        int n = world.neighbours(c, nb);
        for (int k = 0; k < n && !front; k++) {
            int e = nb[k];
            int oe = controller[e];
            front = world.theatre(e) && oe >= 0 && enemies[o][oe];
        }
        if (front) {
            frontier.set(c);
        } else if (frontier.get(c)) {
            frontier.clear(c);
            for (int f = 0; f < nF; f++) {
                if (forces[f][c] > 0) {
                    reserve[f] += forces[f][c];
                    deployed[f] -= forces[f][c];
                    forces[f][c] = 0;
                }
            }
        }
    }

    /**
     * Residents flee a cell with fighting to the nearest place that is quiet and not held by the enemy of
     * their former authority (Flee, Suleimenova et al. 2017, in spirit: nearest safe destination); without
     * one within reach they are displaced within their own cell.
     */
    private void displace(int t, double share, int victimSide) {
        double flee = Math.min(residents[t], residents[t] * share);
        if (flee <= 0) {
            return;
        }
        double maxKm = rules.population().maxFleeKm();
        int best = -1;
        double bestKm = Double.MAX_VALUE;
        List<Place> places = world.places();
        for (int p = 0; p < places.size(); p++) {
            int c = places.get(p).cell();
            if (c < 0 || c == t || frontier.get(c) || lastFight[c] >= day - rules.population().returnDelay()) {
                continue;
            }
            int o = world.theatre(c) ? controller[c] : -1;
            if (o >= 0 && side[o] != victimSide) {
                continue;
            }
            double km = world.distanceKm(t, c);
            if (km < bestKm && km <= maxKm) {
                bestKm = km;
                best = c;
            }
        }
        int host = best >= 0 ? best : t;
        residents[t] -= flee;
        hosted[host] += flee;
        displacedTotal += flee;
        long key = (long) t * cells + host;
        Integer g = groupIndex.get(key);
        if (g == null) {
            groupIndex.put(key, groupKeys.size());
            groupKeys.add(new int[] {t, host});
            groupCounts.add(new double[] {flee});
        } else {
            groupCounts.get(g)[0] += flee;
        }
    }

    /** Phase 8: return of the displaced, hardship, and the daily pass over theatre cells. */
    private void population() {
        Rules.Population pr = rules.population();
        for (int g = 0; g < groupKeys.size(); g++) {
            double[] count = groupCounts.get(g);
            if (count[0] <= 0) {
                continue;
            }
            int origin = groupKeys.get(g)[0];
            int host = groupKeys.get(g)[1];
            int quiet = Math.min(day - lastFight[origin], day - lastChange[origin]);
            if (quiet >= pr.returnDelay()) {
                double r = count[0] * pr.returnRate();
                if (count[0] < 1) {
                    r = count[0];
                }
                count[0] -= r;
                hosted[host] -= r;
                residents[origin] += r;
                displacedTotal -= r;
            }
        }
        cellPass();
    }

    /** One pass over theatre cells: hardship decay, territory and population held, recruitment pools. */
    private void cellPass() {
        double decay = 1.0 - rules.population().hardshipDecay();
        double recruitRate = rules.manpower().recruitRate();
        java.util.Arrays.fill(cellsHeld, 0);
        java.util.Arrays.fill(populationHeld, 0);
        java.util.Arrays.fill(recruitPool, 0);
        int nT = world.theatreCellCount();
        double res = nonTheatreResidents;
        int uncontrolled = 0;
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            res += residents[c];
            hardship[c] *= decay;
            int f = controller[c];
            if (f < 0) {
                uncontrolled++;
                continue;
            }
            double pop = residents[c] + hosted[c];
            cellsHeld[f] += 1;
            populationHeld[f] += pop;
            double h = hardship[c] + (pop > 0 ? hosted[c] / pop : 0);
            recruitPool[f] += pop * SocialRules.grievance(h, legitimacy[f]) * recruitRate;
        }
        residentsTotal = res;
        uncontrolledCells = uncontrolled;
    }

    /** Phase 9: legitimacy of each territorial faction moves toward its target. */
    private void legitimacy() {
        Rules.Legitimacy lr = rules.legitimacy();
        for (int f = 0; f < nF; f++) {
            if (!spec[f].kind().holdsTerritory()) {
                continue;
            }
            double deaths = 0;
            for (double d : recentDeaths[f]) {
                deaths += d;
            }
            double ratio = initialCellsHeld[f] > 0 ? cellsHeld[f] / initialCellsHeld[f] : 1.0;
            double tax = spec[f].kind() == FactionKind.GOVERNMENT ? 0.0 : spec[f].mineTax();
            double target = SocialRules.legitimacyTarget(lr.initial(), ratio, deaths, shortfall[f],
                    aidReceivedToday[f], tax, lr.territoryWeight(), lr.harmWeight(), lr.unpaidWeight(),
                    lr.aidWeight(), lr.taxWeight());
            legitimacy[f] = SocialRules.approach(legitimacy[f], target, lr.rate());
        }
        recentDeathsRoll();
    }

    private void recentDeathsRoll() {
        int next = (day + 1) % HARM_WINDOW;
        for (int f = 0; f < nF; f++) {
            recentDeaths[f][next] = 0;
        }
    }

    // ------------------------------------------------------------------ metrics

    private int sTerritory;
    private int sArea;
    private int sPopHeld;
    private int sFighters;
    private int sEffective;
    private int sTraining;
    private int sMorale;
    private int sTreasury;
    private int sLegit;
    private int sMines;
    private int sMineKg;
    private int sCasualties;
    private int sRevenue;
    private int sPowerTreasury;
    private int sPowerSmuggling;
    private int sPowerOfftake;
    private int sSponsor;
    private int sSanction;
    private int sFlowKg;
    private int sFlowUsd;
    private int sPrice;
    private int sNamedMineTax;
    private int sNamedMineController;
    private int sDisplaced;
    private int sSupport;
    private int sAccessKg;
    private int sAccessUsd;
    private int sSanctionLoss;
    private int sDealActive;
    private int sDealPaid;
    private int[] dealEvents = new int[0];
    private int sResidents;
    private int sDead;
    private int sBattles;
    private int nRevenueFlows;
    private static final Flow[] REVENUE = {Flow.MINE_TAX, Flow.ROYALTIES, Flow.POPULATION_TAX, Flow.BUDGET, Flow.AID,
        Flow.SPONSOR_CASH, Flow.DEAL_CASH};
    private int[] namedMines = new int[0];

    private void defineSeries() {
        sTerritory = defineBlock("territory_share", factionIds());
        sArea = defineBlock("territory_km2", factionIds());
        sPopHeld = defineBlock("population_held", factionIds());
        sFighters = defineBlock("fighters", factionIds());
        sEffective = defineBlock("effective_force", factionIds());
        sTraining = defineBlock("training", factionIds());
        sMorale = defineBlock("morale", factionIds());
        sTreasury = defineBlock("treasury_usd", factionIds());
        sLegit = defineBlock("legitimacy", factionIds());
        sMines = defineBlock("mines_held", factionIds());
        sMineKg = defineBlock("mine_output_kg", factionIds());
        sCasualties = defineBlock("combat_casualties_cum", factionIds());
        nRevenueFlows = REVENUE.length;
        sRevenue = series.size();
        for (Flow fl : REVENUE) {
            defineBlock("revenue_usd." + fl.label(), factionIds());
        }
        List<String> powers = new ArrayList<>();
        for (PowerSpec p : scenario.powers()) {
            powers.add(p.id());
        }
        sPowerTreasury = defineBlock("power_treasury_usd", powers);
        sPowerSmuggling = defineBlock("smuggling_income_usd", powers);
        sPowerOfftake = defineBlock("offtake_kg", powers);
        sSponsor = defineBlock("sponsor_cash_usd", powers);
        List<String> accounts = new ArrayList<>(factionIds());
        accounts.addAll(powers);
        sSanction = defineBlock("sanction_severity", accounts);
        List<String> dest = destinations();
        sFlowKg = series.size();
        for (MineralSpec m : scenario.minerals()) {
            defineBlock("flow_kg." + m.id(), dest);
        }
        sFlowUsd = series.size();
        for (MineralSpec m : scenario.minerals()) {
            defineBlock("flow_usd." + m.id(), dest);
        }
        List<String> minerals = new ArrayList<>();
        for (MineralSpec m : scenario.minerals()) {
            minerals.add(m.id());
        }
        sPrice = defineBlock("price_usd_per_kg", minerals);
        List<String> named = new ArrayList<>();
        List<Integer> namedIdx = new ArrayList<>();
        for (int i = 0; i < world.mines().size(); i++) {
            if (world.mines().get(i).named()) {
                named.add(world.mines().get(i).id());
                namedIdx.add(i);
            }
        }
        namedMines = namedIdx.stream().mapToInt(Integer::intValue).toArray();
        sNamedMineTax = defineBlock("mine_tax_usd", named);
        sNamedMineController = defineBlock("mine_controller", named);
        sSupport = defineBlock("support_level", powers);
        sAccessKg = series.size();
        for (MineralSpec m : scenario.minerals()) {
            defineBlock("access_kg." + m.id(), powers);
        }
        sAccessUsd = series.size();
        for (MineralSpec m : scenario.minerals()) {
            defineBlock("access_usd." + m.id(), powers);
        }
        sSanctionLoss = defineBlock("sanction_loss_usd", accounts);
        List<String> deals = new ArrayList<>();
        List<Integer> dealIdx = new ArrayList<>();
        for (int e = 0; e < instruments.size(); e++) {
            if (instruments.get(e).instrument() instanceof Instrument.MineralsDeal) {
                deals.add(instruments.get(e).id());
                dealIdx.add(e);
            }
        }
        dealEvents = dealIdx.stream().mapToInt(Integer::intValue).toArray();
        sDealActive = defineBlock("deal_active", deals);
        sDealPaid = defineBlock("deal_paid_usd", deals);
        sDisplaced = series.define("displaced", "all");
        sResidents = series.define("residents", "all");
        sDead = series.define("civilian_deaths_cum", "all");
        sBattles = series.define("battles", "all");
    }

    private int defineBlock(String metric, List<String> entities) {
        int first = series.size();
        for (String e : entities) {
            series.define(metric, e);
        }
        return first;
    }

    /** Faction ids in scenario order. */
    public List<String> factionIds() {
        List<String> ids = new ArrayList<>();
        for (FactionSpec s : spec) {
            ids.add(s.id());
        }
        return ids;
    }

    /**
     * Destinations of mineral flows: {@code official}, {@code smuggled:<country>}, {@code smuggled:elsewhere}
     * (no neighbour on the map), {@code offtake:<power>}.
     */
    public List<String> destinations() {
        List<String> d = new ArrayList<>();
        d.add("official");
        for (String c : world.countries()) {
            d.add("smuggled:" + c);
        }
        d.add("smuggled:elsewhere");
        for (PowerSpec p : scenario.powers()) {
            d.add("offtake:" + p.id());
        }
        return d;
    }

    /** Phase 10: records the day's metrics and checks conservation of cells, people and money. */
    private void metrics() {
        double theatre = world.theatreCellCount();
        for (int f = 0; f < nF; f++) {
            series.set(sTerritory + f, day, cellsHeld[f] / theatre);
            series.set(sArea + f, day, cellsHeld[f] * world.cellAreaKm2());
            series.set(sPopHeld + f, day, populationHeld[f]);
            series.set(sFighters + f, day, fighters(f));
            series.set(sEffective + f, day, fighters(f) * quality[f]);
            series.set(sTraining + f, day, training[f]);
            series.set(sMorale + f, day, morale[f]);
            series.set(sTreasury + f, day, books.balance(f));
            series.set(sLegit + f, day, legitimacy[f]);
            series.set(sMines + f, day, minesHeld[f]);
            series.set(sMineKg + f, day, mineOutputKg[f]);
            series.set(sCasualties + f, day, casualties[f]);
            for (int r = 0; r < nRevenueFlows; r++) {
                series.set(sRevenue + r * nF + f, day, books.inflowToday(f, REVENUE[r]));
            }
        }
        for (int p = 0; p < nP; p++) {
            series.set(sPowerTreasury + p, day, books.balance(nF + p));
            series.set(sPowerSmuggling + p, day, books.inflowToday(nF + p, Flow.SMUGGLING));
            series.set(sPowerOfftake + p, day, offtakeKgToday[p]);
            series.set(sSponsor + p, day, sponsorCashToday[nF + p]);
        }
        for (int a = 0; a < nF + nP; a++) {
            series.set(sSanction + a, day, sanctionSeverity[a]);
            series.set(sSanctionLoss + a, day, sanctionLossToday[a]);
        }
        for (int p = 0; p < nP; p++) {
            series.set(sSupport + p, day, supportLevel[p]);
            for (int m = 0; m < price.length; m++) {
                series.set(sAccessKg + m * nP + p, day, accessKg[p][m]);
                series.set(sAccessUsd + m * nP + p, day, accessUsd[p][m]);
            }
        }
        for (int i = 0; i < dealEvents.length; i++) {
            series.set(sDealActive + i, day, active[dealEvents[i]] ? 1 : 0);
            series.set(sDealPaid + i, day, dealPaidToday[dealEvents[i]]);
        }
        int nDest = 2 + world.countries().size() + nP;
        for (int m = 0; m < price.length; m++) {
            for (int d = 0; d < nDest; d++) {
                series.set(sFlowKg + m * nDest + d, day, flowKg[m][d]);
                series.set(sFlowUsd + m * nDest + d, day, flowUsd[m][d]);
            }
            series.set(sPrice + m, day, price[m]);
        }
        for (int i = 0; i < namedMines.length; i++) {
            int mi = namedMines[i];
            series.set(sNamedMineTax + i, day, mineTaxToday[mi]);
            series.set(sNamedMineController + i, day, controller[world.mines().get(mi).cell()]);
        }
        series.set(sDisplaced, day, displacedTotal);
        double res = residentsTotal;
        series.set(sResidents, day, res);
        series.set(sDead, day, dead);
        series.set(sBattles, day, battlesToday);
        if (conservationChecks) {
            checkConservation(res);
        }
    }

    private void checkConservation(double res) {
        books.checkDay();
        double displacedInGroups = 0;
        for (double[] g : groupCounts) {
            displacedInGroups += g[0];
        }
        if (Math.abs(displacedInGroups - displacedTotal) > 1e-6 * Math.max(1, displacedTotal)) {
            throw new IllegalStateException("day " + day + ": displaced groups hold " + displacedInGroups
                    + " but the running count is " + displacedTotal);
        }
        double people = res + displacedInGroups + dead;
        if (Math.abs(people - initialPeople) > 1e-6 * Math.max(1, initialPeople)) {
            throw new IllegalStateException("day " + day + ": people not conserved: residents " + res + " + displaced "
                    + displacedTotal + " + dead " + dead + " != " + initialPeople);
        }
        double held = 0;
        for (int f = 0; f < nF; f++) {
            held += cellsHeld[f];
            if (!(fighters(f) >= -1e-9) || !Double.isFinite(fighters(f))) {
                throw new IllegalStateException("day " + day + ": fighters of " + spec[f].id() + " = " + fighters(f));
            }
        }
        int uncontrolled = uncontrolledCells;
        if (held + uncontrolled != world.theatreCellCount()) {
            throw new IllegalStateException("day " + day + ": cells not conserved: " + held + " held + " + uncontrolled
                    + " uncontrolled != " + world.theatreCellCount());
        }
    }

    private void logEvent(String type, String subject, String actor, String detail) {
        log.add(new LoggedEvent(day, date(), type, subject, actor, detail));
    }

    // ------------------------------------------------------------------ running and reading

    /** Runs the model for its days and finishes it. */
    public void runToEnd() {
        start();
        for (int d = 0; d < days; d++) {
            schedule.step(this);
        }
        finish();
    }

    /** Turns the per-day conservation checks on or off (on by default; they cost one pass over cells). */
    public void setConservationChecks(boolean on) {
        conservationChecks = on;
    }

    /** Current simulated day (0 = scenario start). */
    public int day() {
        return day;
    }

    /** Calendar date of the current day. */
    public LocalDate date() {
        return scenario.start().plusDays(day);
    }

    public int days() {
        return days;
    }

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }

    public Series series() {
        return series;
    }

    /** The events log so far. */
    public List<LoggedEvent> events() {
        return Collections.unmodifiableList(log);
    }

    /** Controller (faction index) of a cell, -1 for none. */
    public int controller(int cell) {
        return controller[cell];
    }

    /** Whether a cell is on a front line. */
    public boolean frontier(int cell) {
        return frontier.get(cell);
    }

    /** Whether there was fighting in a cell today. */
    public boolean foughtToday(int cell) {
        return lastFight[cell] == day;
    }

    /** Fighters of faction f in a cell. */
    public double forces(int f, int cell) {
        return forces[f][cell];
    }

    /** Residents of a cell (not counting displaced people hosted there). */
    public double residents(int cell) {
        return residents[cell];
    }

    /** Displaced people hosted in a cell. */
    public double hosted(int cell) {
        return hosted[cell];
    }

    /** Total fighters of faction f (reserve plus deployed). */
    public double fighters(int f) {
        return reserve[f] + deployed[f];
    }

    public double treasury(int f) {
        return books.balance(f);
    }

    public double training(int f) {
        return training[f];
    }

    public double legitimacy(int f) {
        return legitimacy[f];
    }

    /** Day a place first passed to a side other than its initial one, or -1. */
    public int captureDay(int place) {
        return placeCaptureDay[place];
    }

    /** Faction that first took a place from its initial side, or -1. */
    public int capturedBy(int place) {
        return placeCapturedBy[place];
    }

    /** Money books (read-only use by observers and tests). */
    public Books books() {
        return books;
    }

    public double civilianDeaths() {
        return dead;
    }

    public double displaced() {
        return displacedTotal;
    }

    public int battlesTotal() {
        return battlesTotal;
    }

    /** Operating level of mine i, 0–1. */
    public double operating(int i) {
        return operating[i];
    }

    /** The levers an instructor can pull while the model runs (changes apply the next day). */
    public Levers levers() {
        return levers;
    }

    /** The instruments known to the model: the scenario's events, then those added by levers. */
    public List<EventSpec> instruments() {
        return Collections.unmodifiableList(instruments);
    }

    /** Support level of power p (1 = as scripted). */
    public double supportLevel(int p) {
        return supportLevel[p];
    }

    /** Whether scenario event e is active. */
    public boolean eventActive(int e) {
        return active[e];
    }

    /** Current world price of mineral m, US$/kg. */
    public double price(int m) {
        return price[m];
    }
}
