package org.conflictsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.params.Scenario;

/**
 * What each key of a scenario, sweep or calibration file means, with its unit: the tables of descriptions for the JSON Schemas.
 * Keys are normalised paths ({@code factions[].fighters}, {@code minerals.*.priceUsdPerKg}); the numeric keys
 * are described by their own declarations ({@link Param}: the rule groups of {@link Rules#GROUPS}, the factions',
 * powers' and minerals' {@code PARAMS}, {@link EventSpec#PARAMS}, {@link Instrument#PARAMS} and
 * {@link Trigger#PARAMS}), so this table holds only what has no declaration.
 */
public final class Descriptions {
    private static final Map<String, String> TABLE = new LinkedHashMap<>();
    private static final Map<String, String> SWEEP = new LinkedHashMap<>();
    private static final Map<String, String> CALIBRATION = new LinkedHashMap<>();

    private Descriptions() {
    }

    private static void d(String path, String text) {
        if (TABLE.put(path, text) != null) {
            throw new IllegalStateException("described twice: " + path);
        }
    }

    private static void d(String path, String text, String unit) {
        d(path, text + " Unit: " + unit + ".");
    }

    private static void s(String path, String text) {
        if (SWEEP.put(path, text) != null) {
            throw new IllegalStateException("described twice: " + path);
        }
    }

    private static void s(String path, String text, String unit) {
        s(path, text + " Unit: " + unit + ".");
    }

    private static void c(String path, String text) {
        if (CALIBRATION.put(path, text) != null) {
            throw new IllegalStateException("described twice: " + path);
        }
    }

    static {
        d("extends", "The file name of a base scenario in the same folder; this file's keys override the base, lists of items with an id are merged item by item.");
        d("id", "Short identifier of the scenario, used in results folder names.");
        d("title", "Display title.");
        d("question", "The question the scenario asks, in one or two sentences.");
        d("description", "What the scenario sets up.");
        d("start", "Date of day 0, YYYY-MM-DD.");
        d("seed", "Master seed; the seeds of the runs derive from it.");
        d("minerals", "The minerals mined in the scenario, by name (e.g. gold, coltan).");
        d("minerals.*", "One mineral: its prices and how it is traded.");
        d("minerals.*.bulky", "Bulky ores are taxed at the mine per kg; gold (false) is taxed where the miners spend.");
        d("factions", "The armed factions: government, rebels, militias and foreign forces.");
        d("factions[].id", "Identifier used by references in the file and in results (e.g. M23).");
        d("factions[].name", "Display name (default: the id).");
        d("factions[].kind", "What the faction is; a foreign force holds no territory of its own and fights for another faction.");
        d("factions[].colour", "Display colour, #rrggbb.");
        d("factions[].posture", "Offensive factions attack when the odds are good; defensive ones only hold.");
        d("factions[].allies", "Ids of factions it never fights (the relation is made mutual).");
        d("factions[].fightsFor", "For a foreign force: the id of the faction whose front it joins and for whom it captures.");
        d("factions[].operatingArea", "Provinces it may deploy to; empty means anywhere in the theatre.");
        d("factions[].base", "Country codes of the map whose border is its supply base: its combat strength falls with the distance through its side's ground from that border (rules.logistics). Empty: no supply gradient (an army at home, a local militia).");
        d("factions[].aims", "Its war aims: places and a depth from some countries' borders. Gains beyond them are worth less and cost more (rules.aims); its sponsor pays a diplomatic cost for ground held beyond them (powers[].beyondAimsWeight).");
        d("factions[].aims.places", "Ids of the places it aims to hold (with the cells within rules.aims.placeKm of them).");
        d("factions[].aims.from", "Country codes the depth is measured from (e.g. RWA: ground within depthKm of the Rwandan border).");
        d("powers", "Foreign powers that pull levers: aid, sanctions, military support, deals.");
        d("powers[].id", "Identifier used by events (e.g. RWA, USA, EU).");
        d("powers[].name", "Display name (default: the id).");
        d("powers[].country", "Country code on the map whose border the power stands for (smuggled minerals cross it).");
        d("powers[].interests", "Weight of each mineral's value in the power's judgement, by mineral name (default 1 for every mineral).");
        d("powers[].interests.*", "Weight of this mineral's value, 0 to 1000.");
        d("powers[].adaptive", "Makes the power an adaptive sponsor: it revises its military support monthly from its gains and losses.");
        d("powers[].offersDeal", "A minerals-for-security deal the power offers a faction whenever the minerals it would get are worth more than what it gives.");
        d("powers[].offersDeal.partner", "Id of the faction offered the deal.");
        d("map", "The map: real geography (geo) or a synthetic layout (grid), and what lies on it.");
        d("map.geo", "Real geography: country, lake and province polygons rasterised on a grid of cellDeg degrees.");
        d("map.geo.countries", "GeoJSON file of country polygons with an iso3 property, relative to the scenario file.");
        d("map.geo.lakes", "GeoJSON file of lake polygons, relative to the scenario file.");
        d("map.geo.provinces", "GeoJSON file of province polygons with a name property, relative to the scenario file.");
        d("map.geo.west", "West edge of the map.", "degrees of longitude");
        d("map.geo.east", "East edge of the map, greater than west.", "degrees of longitude");
        d("map.geo.south", "South edge of the map.", "degrees of latitude");
        d("map.geo.north", "North edge of the map, greater than south.", "degrees of latitude");
        d("map.geo.cellDeg", "Size of a grid cell; the grid may have at most 4,000,000 cells.", "degrees");
        d("map.grid", "A synthetic map drawn as rows of characters, one character per cell.");
        d("map.grid.west", "Longitude of the west edge.", "degrees");
        d("map.grid.north", "Latitude of the north edge.", "degrees");
        d("map.grid.cellDeg", "Size of a grid cell.", "degrees");
        d("map.grid.rows", "The map, one string per row from north to south, all of the same length.");
        d("map.grid.legend", "What each character of the rows is, by character.");
        d("map.grid.legend.*", "One character: water, or land of a country (and province).");
        d("map.grid.legend.*.water", "Whether the character is water.");
        d("map.grid.legend.*.country", "Country code of a land character.");
        d("map.grid.legend.*.province", "Province of a land character.");
        d("map.theatre", "Country codes where factions hold and fight over land, e.g. [COD].");
        d("map.ruralDensity", "Rural population density by province or country (a province's value wins).");
        d("map.ruralDensity.*", "Residents per square kilometre outside towns.", "persons per km2");
        d("map.places", "Towns, airports, border crossings and mines that factions fight over.");
        d("map.places[].id", "Identifier used by events and roads (e.g. goma).");
        d("map.places[].name", "Display name (default: the id).");
        d("map.places[].kind", "What the place is.");
        d("map.places[].lat", "Latitude.", "degrees");
        d("map.places[].lon", "Longitude.", "degrees");
        d("map.places[].population", "Residents, added to the cell's rural population.", "persons");
        d("map.places[].value", "Value to a faction that takes it, in the units of one day of mine revenue.", "US$");
        d("map.places[].fortification", "Added to the defender's multiplier in its cell (0 = none, 1 = doubles defence).");
        d("map.places[].country", "Country code; a place that falls on another country's cell is moved to the nearest cell of this one.");
        d("map.places[].source", "Where the figures come from (not read by the model).");
        d("map.roads", "Main roads as straight links between places.");
        d("map.roads[].via", "Ids of the places the road passes, in order.");
        d("map.terrain", "How the terrain factor is derived from remoteness (distance from roads and towns).");
        d("map.terrain.remotenessScaleKm", "Terrain factor = min(1, base + remoteness / remotenessScaleKm).", "km");
        d("map.terrain.base", "Terrain factor on roads and in towns, 0 to 1.");
        d("mines", "Mines: clusters of the IPIS census, named mines and synthetic sites.");
        d("mines.productivityKgPerWorkerDay", "Output of one digger per day, by mineral name; gives the capacity of IPIS clusters.");
        d("mines.productivityKgPerWorkerDay.*", "Output of one digger of this mineral.", "kg per worker-day");
        d("mines.ipis", "CSV file of the IPIS census of artisanal mining sites, relative to the scenario file.");
        d("mines.clusterKm", "Sites of one mineral within this distance form one mine.", "km");
        d("mines.ipisMinerals", "Which scenario mineral each IPIS mineral name stands for (e.g. Or: gold); other IPIS minerals are skipped.");
        d("mines.ipisMinerals.*", "The scenario mineral this IPIS name stands for.");
        d("mines.named", "Named mines, reported individually; IPIS clusters within radiusKm are merged into them.");
        d("mines.named[].id", "Identifier (e.g. rubaya).");
        d("mines.named[].name", "Display name (default: the id).");
        d("mines.named[].mineral", "Name of one of the scenario's minerals.");
        d("mines.named[].lat", "Latitude.", "degrees");
        d("mines.named[].lon", "Longitude.", "degrees");
        d("mines.named[].radiusKm", "IPIS clusters of the same mineral within this distance are merged into the mine.", "km");
        d("mines.named[].industrial", "Industrial mines suspend operations when their cell is on a front line.");
        d("mines.named[].capacityKgPerDay", "Output at full operation (default: the merged diggers times their productivity).", "kg per day");
        d("mines.named[].route", "Country code of the neighbour its smuggled output crosses (default: the nearest foreign country).");
        d("mines.named[].source", "Where the figures come from (not read by the model).");
        d("mines.sites", "Mines given one by one, for maps without the IPIS census.");
        d("mines.sites[].id", "Identifier.");
        d("mines.sites[].name", "Display name (default: the id).");
        d("mines.sites[].mineral", "Name of one of the scenario's minerals.");
        d("mines.sites[].lat", "Latitude.", "degrees");
        d("mines.sites[].lon", "Longitude.", "degrees");
        d("mines.sites[].capacityKgPerDay", "Output at full operation.", "kg per day");
        d("mines.sites[].industrial", "Industrial mines suspend operations when their cell is on a front line.");
        d("mines.sites[].route", "Country code of the neighbour its smuggled output crosses (default: the nearest foreign country).");
        d("mines.sites[].source", "Where the figures come from (not read by the model).");
        d("control", "Who holds which land on day 0.");
        d("control.default", "Id of the faction that holds every theatre cell not in an area.");
        d("control.areas", "Areas applied in order over the default; each has exactly one of polygon, circle or province.");
        d("control.areas[].faction", "Id of the faction holding the area (not a foreign force).");
        d("control.areas[].polygon", "At least 3 [lon, lat] points.", "degrees");
        d("control.areas[].circle", "A circle on the ground.");
        d("control.areas[].circle.lat", "Latitude of the centre.", "degrees");
        d("control.areas[].circle.lon", "Longitude of the centre.", "degrees");
        d("control.areas[].circle.radiusKm", "Radius.", "km");
        d("control.areas[].province", "Name of a province of the map.");
        d("control.areas[].note", "What the area stands for (not read by the model).");
        d("rules", "Global rule parameters; each has a default, so any may be left out.");
        d("rules.combat", "Combat: contest function, attrition, tempo, fog.");
        d("rules.deployment", "Deployment: how forces are pulled toward mines, people, places and threats.");
        d("rules.economy", "Economy: royalties, smuggling margins, the cost of fighting to mines.");
        d("rules.manpower", "Manpower: desertion, recruitment, morale, training decay.");
        d("rules.population", "Population: flight, return and hardship.");
        d("rules.legitimacy", "Legitimacy of the authorities.");
        d("rules.logistics", "Supply and overstretch: the loss-of-strength gradient from a faction's supply base and the garrisons occupied ground ties down.");
        d("rules.aims", "War aims: gains beyond a side's aims are worth less and cost more.");
        d("rules.resistance", "Local resistance behind the lines: occupied cells raise hidden fighters who rise against the occupier.");
        d("rules.negotiation", "Negotiated ceasefires: a daily chance rising with stalemate, the sponsor's costs and mediation; breakdown after spoilers' attacks.");
        d("rules.routes", "Smuggling routes that follow control: the least-cost way to a border through the holder's own ground.");
        d("events", "Instruments switched on at a date (on) or when a condition becomes true (when).");
        d("events[].id", "Identifier, unique among events (also used to merge with a base scenario).");
        d("events[].label", "What happens, as shown in the events log (default: the id).");
        d("events[].source", "Where the event comes from (not read by the model).");
        d("events[].on", "Date the instrument starts.");
        d("events[].when", "Condition that starts the instrument: exactly one of captured, minesShare, territoryShare, civilianDeaths.");
        d("events[].when.captured", "Id of a place; true once it is taken (by the faction named in by, if given).");
        d("events[].when.by", "Id of the faction that must take the place.");
        d("events[].when.minesShare", "True once a faction holds at least a share of the mines' output.");
        d("events[].when.minesShare.faction", "Id of the faction.");
        d("events[].when.territoryShare", "True once a faction holds at least a share of the theatre.");
        d("events[].when.territoryShare.faction", "Id of the faction.");
        d("events[].importBan", "An import ban: a power refuses minerals of the kinds given that come from or through a country. Exporting them across that border costs traders more (they divert where they can) and what still crosses sells at a discount: the transit country's margin and the holder's tax on it fall by the severity.");
        d("events[].importBan.by", "Id of the power (or bloc) that bans the imports.");
        d("events[].importBan.from", "Country code of the map whose minerals, or minerals in transit through it, are refused (e.g. RWA).");
        d("events[].importBan.minerals", "Mineral ids banned (e.g. [coltan]); empty or absent: all minerals.");
        d("events[].mediation", "Mediation between the parties: while in force it raises the daily chance of a negotiated ceasefire by intensity x rules.negotiation.mediationWeight; it binds no one by itself.");
        d("events[].mediation.by", "Id of the mediating power (or bloc).");
        d("events[].mediation.between", "Ids of the factions or powers at its table (at least two); empty or absent means all the parties. Under rules.negotiation.directTalks only a table that seats the principal factions of both sides opens the way to a negotiated ceasefire between them.");
        d("events[].repeat", "For a condition: fire again each time it becomes true.");
        d("events[].until", "Date the instrument ends, after on.");
        d("events[].aid", "Aid from a power to a faction or power, unless frozen.");
        d("events[].aid.from", "Id of the giving power.");
        d("events[].aid.to", "Id of the receiving faction or power.");
        d("events[].aidFreeze", "While active, every aid from one power to a receiver stops.");
        d("events[].aidFreeze.from", "Id of the power whose aid stops.");
        d("events[].aidFreeze.to", "Id of the receiver.");
        d("events[].sanction", "Sanctions: the target's smuggling revenue and external cash are cut by the severity.");
        d("events[].sanction.by", "Id of the sanctioning power.");
        d("events[].sanction.target", "Id of the sanctioned faction or power.");
        d("events[].militarySupport", "Military support from a power to a faction: cash, equipment and troops.");
        d("events[].militarySupport.from", "Id of the supporting power.");
        d("events[].militarySupport.to", "Id of the supported faction.");
        d("events[].militarySupport.troopsFaction", "Id of the foreign-force faction whose fighters the power sends.");
        d("events[].trainingDeal", "Training deal: after lagDays the partner's training moves toward cap.");
        d("events[].trainingDeal.from", "Id of the training power.");
        d("events[].trainingDeal.to", "Id of the trained faction.");
        d("events[].mineralsDeal", "Minerals-for-security deal: minerals from the partner's mines for cash, equipment, training and deterrence.");
        d("events[].mineralsDeal.power", "Id of the power taking the minerals.");
        d("events[].mineralsDeal.partner", "Id of the faction whose mines supply them.");
        d("events[].ceasefire", "Ceasefire: no party attacks while it holds; it may break down each day.");
        d("events[].ceasefire.parties", "Ids of the factions bound by it; empty means all factions.");
        d("events[].forceControl", "A scripted capture: the cell of a place passes to a faction.");
        d("events[].forceControl.place", "Id of the place.");
        d("events[].forceControl.faction", "Id of the faction taking it (not a foreign force).");
    }

    static {
        s("extends", "The file name of a base sweep file in the same folder; this file's keys override the base.");
        s("scenario", "The base scenario file, relative to this sweep file.");
        s("days", "Days simulated by each run (default: the scenario's days).", "days");
        s("seed", "Master seed of the sweep (default: the scenario's seed).");
        s("replications", "Runs of each point, each with its own seed.");
        s("seeds", "per-point: every point's replicates get their own seeds; common: replicate r has the same seed at every point (common random numbers).");
        s("design", "How the points of the sweep are chosen.");
        s("design.type", "The kind of design: every combination, given points, random, Latin hypercube, Sobol, Morris trajectories or Saltelli's scheme.");
        s("design.samples", "Points drawn (random, latin-hypercube, sobol) or base samples N of Saltelli's scheme (N(d + 2) points).");
        s("design.trajectories", "Morris trajectories (each has parameters + 1 points).");
        s("design.levels", "Levels of Morris's grid, an even number.");
        s("design.points", "For a points design: a list of points, each a mapping of parameter name to value.");
        s("design.file", "For a points design: a CSV file with one column per parameter, relative to this sweep file.");
        s("parameters", "The scenario values the sweep varies.");
        s("parameters[].path", "The scenario key path, as for --set, e.g. factions[M23].fighters or rules.combat.tempo.");
        s("parameters[].name", "Short name in the results (default: the path).");
        s("parameters[].min", "Smallest value of a range.");
        s("parameters[].max", "Largest value of a range, at least min.");
        s("parameters[].distribution", "How values of the range are drawn: uniform, log-uniform (needs min above 0) or normal (truncated to the range).");
        s("parameters[].mean", "Mean of a normal distribution.");
        s("parameters[].sd", "Standard deviation of a normal distribution.");
        s("parameters[].integer", "Whether only whole numbers are drawn.");
        s("parameters[].steps", "For a full-factorial design: how many equally spaced values of the range.");
        s("parameters[].levels", "The values to try instead of a range, e.g. [offensive, defensive] or [0.1, 0.2].");
        s("outcomes", "Which outcomes to record per run, by name; * matches any text (default: all).");
        s("series", "Which daily series to record per run, by metric (default: none).");
    }

    static {
        c("extends", "The file name of a base calibration file in the same folder; this file's keys override the base.");
        c("scenario", "The base scenario file, relative to this calibration file.");
        c("days", "Days simulated by each run (default: the scenario's days). Unit: days.");
        c("seed", "Master seed: the algorithm's random stream and every run seed derive from it (default: the scenario's seed).");
        c("method", "The calibration method and its settings.");
        c("method.type", "abc-smc: approximate Bayesian computation by sequential Monte Carlo with replicated runs (Del Moral, Doucet & Jasra 2012).");
        c("method.particles", "Number of particles N (parameter sets) of each generation.");
        c("method.replications", "Runs per particle M; a particle's ABC likelihood is the share of its runs within the tolerance.");
        c("method.generations", "Most generations after the prior sample.");
        c("method.essDecay", "Share of the effective sample size each generation keeps when it lowers the tolerance.");
        c("method.minAcceptance", "Stop when fewer than this share of the Metropolis-Hastings moves are accepted.");
        c("method.epsilon", "Stop when the tolerance (root mean square of standardised errors) reaches this; 0 for never.");
        c("predictive", "New runs of every posterior particle for the predictive check and the scores (default: method.replications).");
        c("parameters", "The calibrated scenario values with their priors, written as sweep parameters.");
        c("parameters[].path", "The scenario key path, as for --set, e.g. factions[M23].fighters or rules.combat.tempo.");
        c("parameters[].name", "Short name in the results (default: the path).");
        c("parameters[].min", "Smallest value of the prior.");
        c("parameters[].max", "Largest value of the prior, at least min.");
        c("parameters[].distribution", "The prior on [min, max]: uniform, log-uniform (needs min above 0) or normal (truncated).");
        c("parameters[].mean", "Mean of a normal prior.");
        c("parameters[].sd", "Standard deviation of a normal prior.");
        c("parameters[].integer", "Whether only whole numbers are drawn.");
        c("parameters[].levels", "The values the prior gives equal probability, instead of a range.");
        c("parameters[].steps", "Not used by a calibration (only by full-factorial sweeps).");
        c("targets", "What was observed: each target a column of runs.csv with its observation, uncertainty and source.");
        c("targets[].id", "Short name of the target in the results (default: the outcome).");
        c("targets[].outcome", "The column of runs.csv, e.g. capture_day.goma, final_share.M23, civilian_deaths.");
        c("targets[].date", "Observed capture date (capture_day.* columns); a run without the capture counts as captured the day after the horizon.");
        c("targets[].day", "Observed capture day from the scenario start, instead of date. Unit: days.");
        c("targets[].value", "Observed value of a quantity, in the outcome's unit.");
        c("targets[].happened", "Whether the event happened (an event target; give by, byDay, atLeast or atMost).");
        c("targets[].by", "The event is the capture on or before this date (capture_day.* columns; never captured is no).");
        c("targets[].byDay", "The event is the capture on or before this day from the start. Unit: days.");
        c("targets[].atLeast", "The event is the outcome being at least this value.");
        c("targets[].atMost", "The event is the outcome being at most this value.");
        c("targets[].sd", "Uncertainty of the observation in the outcome's unit (events: default 0.5, so a wrong event counts as two uncertainties).");
        c("targets[].use", "calibration (fitted, the default) or validation (held out and only scored: out of sample).");
        c("targets[].source", "Where the observation comes from.");
        c("targets[].reference", "The null model of the target's skill scores (default: uniform over the horizon for dates, over [0, 1] for shares, the prior's runs for other values; for events by a date the capture day uniform over the horizon, or either outcome equally likely when that gives a probability above 0.9 or below 0.1).");
        c("targets[].reference.kind", "uniform (on [min, max]), prior (the model's runs from the prior), probability (p), or default.");
        c("targets[].reference.min", "Lower end of a uniform null model.");
        c("targets[].reference.max", "Upper end of a uniform null model.");
        c("targets[].reference.p", "Probability of the event under the null model.");
    }

    /** The description of a normalised path of a calibration file, or null when there is none. */
    public static String ofCalibration(String path) {
        return CALIBRATION.get(path);
    }

    /** Every path of a calibration file the table describes, in table order. */
    public static java.util.Set<String> calibrationPaths() {
        return java.util.Collections.unmodifiableSet(CALIBRATION.keySet());
    }

    /** The description of a normalised path of a sweep file, or null when there is none. */
    public static String ofSweep(String path) {
        return SWEEP.get(path);
    }

    /** Every path of a sweep file the table describes, in table order. */
    public static java.util.Set<String> sweepPaths() {
        return java.util.Collections.unmodifiableSet(SWEEP.keySet());
    }

    /** The description of a normalised path, or null when there is none. */
    public static String of(String path) {
        if (path.startsWith("rules.")) {
            String[] p = path.split("\\.");
            if (p.length == 3) {
                Rules.Group g = Rules.GROUPS.get(p[1]);
                Param r = g == null ? null : Param.find(g.params(), p[2]);
                if (r != null) {
                    return describe(r);
                }
            }
        }
        Param declared = declared(path);
        return declared != null ? describe(declared) : TABLE.get(path);
    }

    /**
     * The declaration of a numeric key of a faction, power, mineral, event, instrument or condition, or null.
     */
    static Param declared(String path) {
        if (!path.contains(".") && !path.contains("[")) {
            return Param.find(Scenario.PARAMS, path);
        }
        if (path.startsWith("powers[].offersDeal.")) {
            return Param.find(Instrument.MineralsDeal.PARAMS, path.substring("powers[].offersDeal.".length()));
        }
        if (path.startsWith("events[].when.")) {
            String[] p = path.substring("events[].when.".length()).split("\\.");
            List<Param> ps = Trigger.PARAMS.get(p[0]);
            return ps == null || p.length > 2 ? null : Param.find(ps, p.length == 2 ? p[1] : p[0]);
        }
        if (path.startsWith("events[].")) {
            String[] p = path.substring("events[].".length()).split("\\.");
            if (p.length == 1) {
                return Param.find(EventSpec.PARAMS, p[0]);
            }
            List<Param> ps = Instrument.PARAMS.get(p[0]);
            return ps == null || p.length > 2 ? null : Param.find(ps, p[1]);
        }
        if (path.startsWith("factions[].")) {
            return Param.find(FactionSpec.PARAMS, path.substring("factions[].".length()));
        }
        if (path.startsWith("powers[].adaptive.")) {
            return Param.find(PowerSpec.PARAMS, path.substring("powers[].adaptive.".length()));
        }
        if (path.startsWith("powers[].") && !path.equals("powers[].interests")) {
            return Param.find(PowerSpec.PARAMS, path.substring("powers[].".length()));
        }
        if (path.startsWith("minerals.*.")) {
            return Param.find(MineralSpec.PARAMS, path.substring("minerals.*.".length()));
        }
        return null;
    }

    /** Every path the table describes (the rules excepted), in table order. */
    public static java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(TABLE.keySet());
    }

    /** A declared parameter's description: its meaning and unit. */
    static String describe(Param r) {
        String unit = r.unit().equals("1") ? "none (a ratio or factor)" : r.unit();
        return capitalised(r.meaning()) + ". Unit: " + unit + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
