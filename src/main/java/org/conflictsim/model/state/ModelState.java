package org.conflictsim.model.state;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.agent.Actor;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.agent.Sides;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Market;
import org.conflictsim.model.economy.MineralFlows;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.space.Population;
import org.conflictsim.model.space.Routes;
import org.conflictsim.model.space.Supply;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.space.WarAims;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.World;

/**
 * Everything that changes during one run, as the phases of the day see it: the agents (factions, foreign
 * powers, mines), the territory and the population, the books, the market and the day's mineral flows, the
 * instruments in force (the {@link Agenda}), the events log, the random stream and the day. It is what Mesa
 * calls the model: a registry the phases ask; the behaviour is in the agents, the phases and the rules.
 */
public final class ModelState {
    private final Scenario scenario;
    private final World world;
    private final Rules rules;
    private final List<Faction> factions;
    private final List<ForeignPower> powers;
    private final List<Actor> actors;
    private final List<Mine> mines;
    private final Territory territory;
    private final Population population;
    private final Supply supply;
    private final WarAims aims;
    private final Routes routes;
    private final double[][] banSeverity;
    private final Books books;
    private final Market market;
    private final MineralFlows flows;
    private final Agenda agenda;
    private final EventLog log;
    private final int[] powerOfCountry;
    private final int[] namedMineAt;
    private MersenneTwisterFast random;
    private int day;
    private int battlesToday;
    private int battlesTotal;
    private int lastPlaceCapture;
    private int violationDay = Integer.MIN_VALUE;
    private int negotiated;

    /**
     * Builds the state of a run at the start of day 0 (before {@link #init()}).
     *
     * @param scenario a validated scenario
     */
    public ModelState(Scenario scenario) {
        this.scenario = scenario;
        this.world = scenario.world();
        this.rules = scenario.rules();
        int nF = scenario.factions().size();
        int nP = scenario.powers().size();
        int nMin = scenario.minerals().size();
        double[] opening = new double[nF + nP];
        for (int f = 0; f < nF; f++) {
            opening[f] = scenario.factions().get(f).treasury();
        }
        for (int p = 0; p < nP; p++) {
            opening[nF + p] = scenario.powers().get(p).treasury();
        }
        books = new Books(opening);
        int[] side = Sides.of(scenario);
        List<Faction> fs = new ArrayList<>();
        int nProv = world.provinces().size();
        for (int f = 0; f < nF; f++) {
            FactionSpec s = scenario.factions().get(f);
            boolean[] allowed = new boolean[nProv];
            for (int p = 0; p < nProv; p++) {
                allowed[p] = s.operatingArea().isEmpty() || s.operatingArea().contains(world.provinces().get(p));
            }
            fs.add(new Faction(s, f, books, world.cells(), allowed, nMin, rules.legitimacy().initial()));
        }
        for (int f = 0; f < nF; f++) {
            FactionSpec s = scenario.factions().get(f);
            int capturesFor = s.kind() == FactionKind.FOREIGN_FORCE ? scenario.factionIndex(s.fightsFor()) : f;
            fs.get(f).place(side[f], sideName(scenario, side, f), capturesFor, world.theatreCellCount());
        }
        // immutable lists whose iterators the JIT can scalar-replace in the phases' hot loops (an unmodifiable
        // wrapper's iterator delegates through a megamorphic call and was allocated on every loop: 2x the garbage)
        factions = List.copyOf(fs);
        List<ForeignPower> ps = new ArrayList<>();
        for (int p = 0; p < nP; p++) {
            ps.add(new ForeignPower(scenario.powers().get(p), p, nF + p, books, nMin));
        }
        powers = List.copyOf(ps);
        List<Actor> as = new ArrayList<>(factions);
        as.addAll(powers);
        actors = List.copyOf(as);
        List<Mine> ms = new ArrayList<>();
        for (int i = 0; i < world.mines().size(); i++) {
            MineSite site = world.mines().get(i);
            String route = site.routeCountry() < 0 ? "elsewhere" : world.countries().get(site.routeCountry());
            ms.add(new Mine(site, scenario.minerals().get(site.mineral()), i, route));
        }
        mines = List.copyOf(ms);
        territory = new Territory(world, factions);
        population = new Population(world);
        supply = new Supply(world, territory, factions, rules.logistics());
        aims = new WarAims(world, factions, rules.aims());
        routes = new Routes(world, territory, nF, rules.routes(), rules.logistics().roadFactor(), nMin);
        banSeverity = new double[world.countries().size()][nMin];
        market = new Market(scenario.minerals());
        flows = new MineralFlows(nMin, world.countries().size(), nP);
        agenda = new Agenda(scenario.events());
        log = new EventLog(scenario.start());
        namedMineAt = new int[world.cells()];
        java.util.Arrays.fill(namedMineAt, -1);
        for (int i = 0; i < world.mines().size(); i++) {
            int c = world.mines().get(i).cell();
            if (namedMineAt[c] < 0 || (world.mines().get(i).named() && !world.mines().get(namedMineAt[c]).named())) {
                namedMineAt[c] = i;
            }
        }
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
    }

    private static String sideName(Scenario scenario, int[] side, int f) {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < side.length; g++) {
            if (side[g] == side[f]) {
                sb.append(sb.length() == 0 ? "" : ", ").append(scenario.factions().get(g).id());
            }
        }
        return sb.toString();
    }

    /** Places the people and the initial control on the map, and takes the first census. */
    public void init() {
        population.init();
        territory.init(scenario);
        population.census(territory, factions, rules, aims);
    }

    // ------------------------------------------------------------------ time and chance

    /** Sets the random stream of the run (the model's {@code SimState.random}). */
    public void setRandom(MersenneTwisterFast random) {
        this.random = random;
    }

    /** The run's only source of randomness. */
    public MersenneTwisterFast random() {
        return random;
    }

    /** Sets today (0 = the scenario's start). */
    public void setDay(int day) {
        this.day = day;
        log.setDay(day);
    }

    /** Today (0 = the scenario's start). */
    public int day() {
        return day;
    }

    /** Today's calendar date. */
    public LocalDate date() {
        return scenario.start().plusDays(day);
    }

    // ------------------------------------------------------------------ the parts

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }

    public Rules rules() {
        return rules;
    }

    /** The factions, in scenario order (index = account). */
    public List<Faction> factions() {
        return factions;
    }

    public Faction faction(int index) {
        return factions.get(index);
    }

    /** The faction with this id, or null. */
    public Faction faction(String id) {
        int f = scenario.factionIndex(id);
        return f < 0 ? null : factions.get(f);
    }

    /** The foreign powers, in scenario order. */
    public List<ForeignPower> powers() {
        return powers;
    }

    /** The power with this id, or null. */
    public ForeignPower power(String id) {
        int p = scenario.powerIndex(id);
        return p < 0 ? null : powers.get(p);
    }

    /** Factions, then powers: every account of the books, in account order. */
    public List<Actor> actors() {
        return actors;
    }

    /**
     * The faction or power with this id (instruments name their parties by id; the scenario loader has checked
     * that they exist).
     */
    public Actor actor(String id) {
        int f = scenario.factionIndex(id);
        if (f >= 0) {
            return factions.get(f);
        }
        int p = scenario.powerIndex(id);
        if (p < 0) {
            throw new IllegalStateException("no faction or power '" + id + "'");
        }
        return powers.get(p);
    }

    /** Index of the mine in a cell (a named one if there is one), or −1. */
    public int mineAt(int cell) {
        return namedMineAt[cell];
    }

    /** The mines, in map order. */
    public List<Mine> mines() {
        return mines;
    }

    /** The foreign power whose country a route crosses (an index of the map's countries, −1 for none), or null. */
    public ForeignPower powerOfCountry(int country) {
        int p = country < 0 ? -1 : powerOfCountry[country];
        return p < 0 ? null : powers.get(p);
    }

    public Territory territory() {
        return territory;
    }

    public Population population() {
        return population;
    }

    /** Supply lines of the sides with a supply base. */
    public Supply supply() {
        return supply;
    }

    /** Combined severity, 0–1, of the import bans in force on a mineral from or through a country. */
    public double banSeverity(int country, int mineral) {
        return country < 0 ? 0 : banSeverity[country][mineral];
    }

    /** Sets the combined severity of the import bans on a mineral through a country (standing effects). */
    public void banSeverity(int country, int mineral, double severity) {
        banSeverity[country][mineral] = severity;
    }

    /** Smuggling routes that follow control. */
    public Routes routes() {
        return routes;
    }

    /** The ground within each side's war aims. */
    public WarAims aims() {
        return aims;
    }

    public Books books() {
        return books;
    }

    public Market market() {
        return market;
    }

    public MineralFlows flows() {
        return flows;
    }

    public Agenda agenda() {
        return agenda;
    }

    public EventLog log() {
        return log;
    }

    // ------------------------------------------------------------------ battles

    /** Day a named place last changed hands (0 before any). */
    public int lastPlaceCapture() {
        return lastPlaceCapture;
    }

    /** Records that a named place changed hands today. */
    public void placeCaptured() {
        lastPlaceCapture = day;
    }

    /** Records that a party to a ceasefire lost ground to a faction it does not bind today. */
    public void ceasefireViolated() {
        violationDay = day;
    }

    /** Whether a party to a ceasefire lost ground to a non-party yesterday. */
    public boolean violatedYesterday() {
        return violationDay == day - 1;
    }

    /** A number for the next negotiated ceasefire (1, 2, ...). */
    public int nextNegotiation() {
        return ++negotiated;
    }

    /** Starts a day's count of battles. */
    public void clearBattlesToday() {
        battlesToday = 0;
    }

    /** Counts a battle. */
    public void countBattle() {
        battlesToday++;
        battlesTotal++;
    }

    public int battlesToday() {
        return battlesToday;
    }

    public int battlesTotal() {
        return battlesTotal;
    }
}
