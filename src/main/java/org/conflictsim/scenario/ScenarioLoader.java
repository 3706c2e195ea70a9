package org.conflictsim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.model.check.Param;
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
import org.conflictsim.model.world.World;

/**
 * Loads a scenario file strictly into a validated {@link Scenario}: unknown keys, wrong types, out-of-range
 * values and references to things that do not exist are reported together as
 * {@code file:line:col: key.path: message}. Data files named by the scenario are resolved relative to the
 * scenario file's folder.
 *
 * <p>Why one file of about 700 lines: it is the reader of the scenario format, one method per section (map, minerals,
 * factions, powers, control, rules, events and their instruments and conditions); a split would move events,
 * instruments and conditions to their own reader, the next step if an instrument is added.
 */
public final class ScenarioLoader {
    /** Largest grid accepted, cells; larger grids are refused before any allocation. */
    public static final long MAX_CELLS = 4_000_000L;

    private ScenarioLoader() {
    }

    /**
     * A loaded scenario with the facts the output layer records about it.
     *
     * @param scenario  the validated scenario
     * @param file      the file named by the user
     * @param text      that file's text as written (comments included)
     * @param resolved  the document after {@code extends} and overrides, as YAML
     * @param mapReport how the map was built
     * @param sites     where each event was written, by event id, then by key path inside the event
     *                  ({@code ""} for the event, {@code on}, {@code when}, the instrument's key and
     *                  {@code sanction.target} and the like); a power's offered deal under
     *                  {@code <power>-deal}; for the warnings of {@link Warnings}
     */
    public record Loaded(Scenario scenario, Path file, String text, String resolved, MapReport mapReport,
                         Map<String, Map<String, Site>> sites) {
        public Loaded {
            sites = Map.copyOf(sites);
        }

        /** Where key {@code key} of event {@code eventId} was written (the event itself when the key was not). */
        public Site site(String eventId, String key) {
            Map<String, Site> s = sites.get(eventId);
            if (s == null) {
                return new Site(file == null ? "" : file.toString(), 0, 0, "events[" + eventId + "]");
            }
            Site k = s.get(key);
            return k != null ? k : s.get("");
        }
    }

    /**
     * Loads and validates a scenario file.
     *
     * @param file the YAML file
     * @throws ScenarioException with every problem found
     */
    public static Loaded load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * Loads a scenario file with {@code key.path=value} overrides applied before validation.
     *
     * @throws ScenarioException with every problem found (in the file or in an override)
     */
    public static Loaded load(Path file, List<String> sets) throws ScenarioException {
        return load(file, sets, null, null);
    }

    /**
     * Loads a scenario file with overrides, taking its world from {@code maps} when an earlier load through
     * the same cache built the same {@code map:} and {@code mines:} sections (a sweep's points).
     *
     * @throws ScenarioException with every problem found
     */
    public static Loaded load(Path file, List<String> sets, MapCache maps) throws ScenarioException {
        return load(file, sets, null, maps);
    }

    /**
     * Loads a scenario file while recording every declaration the loader makes (for the JSON Schema of
     * scenario files); {@code recorder} may be null.
     *
     * @throws ScenarioException with every problem found
     */
    public static Loaded load(Path file, List<String> sets, org.conflictsim.scenario.SchemaRecorder recorder)
            throws ScenarioException {
        return load(file, sets, recorder, null);
    }

    private static Loaded load(Path file, List<String> sets, org.conflictsim.scenario.SchemaRecorder recorder,
                               MapCache maps) throws ScenarioException {
        String display = file.toString();
        YMap root = YamlSource.read(file, display, sets, recorder);
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            text = "";
        }
        Path dir = file.toAbsolutePath().getParent();
        return bind(root, dir, text, recorder == null ? maps : null);
    }

    /** Binds an already-parsed document; {@code dir} resolves relative data paths. */
    static Loaded bind(YMap root, Path dir, String text) throws ScenarioException {
        return bind(root, dir, text, null);
    }

    /** Binds a document, taking its world from {@code maps} (may be null) when it was built before. */
    private static Loaded bind(YMap root, Path dir, String text, MapCache maps) throws ScenarioException {
        YamlSource src = root.source();
        String id = root.text("id");
        String title = root.text("title", id);
        String question = root.text("question", "");
        String description = root.text("description", "");
        LocalDate start = root.date("start");
        int days = root.integer(Scenario.DAYS);
        long seed = root.longValue("seed", 1L);

        Map<String, MineralSpec> minerals = readMinerals(root.requiredMapOf("minerals", "mineral"));
        List<YMap> factionMaps = root.requiredMaps("factions", "faction");
        Map<String, YMap> factionNodes = new LinkedHashMap<>();
        for (YMap fm : factionMaps) {
            String fid = fm.text("id");
            if (fid != null && factionNodes.put(fid, fm) != null) {
                fm.problem("id", "duplicate faction id '" + fid + "'");
            }
        }
        List<YMap> powerMaps = root.maps("powers");
        Map<String, YMap> powerNodes = new LinkedHashMap<>();
        for (YMap pm : powerMaps) {
            String pid = pm.text("id");
            if (pid != null && (powerNodes.put(pid, pm) != null || factionNodes.containsKey(pid))) {
                pm.problem("id", "duplicate id '" + pid + "' (factions and powers share one namespace)");
            }
        }
        List<FactionSpec> factions = new ArrayList<>();
        for (YMap fm : factionMaps) {
            FactionSpec f = readFaction(fm, factionNodes.keySet());
            if (f != null) {
                factions.add(f);
            }
        }

        MapBuilder mb = new MapBuilder(src, dir, new ArrayList<>(minerals.keySet()));
        YMap mapNode = root.requiredMap("map");
        YMap minesNode = root.map("mines");
        String mapKey = maps == null ? null : mapKey(dir, minerals.keySet(), mapNode, minesNode);
        MapCache.Entry built = mapKey == null
                ? new MapCache.Entry(mb.build(mapNode, minesNode), null)
                : maps.get(mapKey, () -> new MapCache.Entry(mb.build(mapNode, minesNode), mb.report()));
        World world = built.world();
        MapReport mapReport = built.report() != null ? built.report() : mb.report();
        List<PowerSpec> powers = new ArrayList<>();
        List<EventSpec> generated = new ArrayList<>();
        Map<String, Map<String, Site>> sites = new HashMap<>();
        for (YMap pm : powerMaps) {
            if (pm.text("id") != null) {
                sites.put(pm.text("id") + "-deal", Map.of("", pm.site("offersDeal")));
            }
            PowerSpec p = readPower(pm, world, new ArrayList<>(minerals.keySet()), generated, factionNodes.keySet());
            if (p != null) {
                powers.add(p);
            }
        }
        Scenario.InitialControl control = mb.control(root.requiredMap("control"), factions, factionNodes.keySet(), world);
        Rules rules = readRules(root.map("rules"));
        Set<String> placeIds = new HashSet<>();
        world.places().forEach(p -> placeIds.add(p.id()));
        List<EventSpec> events = readEvents(root.maps("events"), factions, factionNodes.keySet(), powers,
                powerNodes.keySet(), placeIds, start, sites, world.countries(), minerals.keySet());
        for (EventSpec g : generated) {
            if (events.stream().anyMatch(e -> e.id().equals(g.id()))) {
                root.problem("events", "event id '" + g.id() + "' is taken by the deal that power "
                        + ((Instrument.MineralsDeal) g.instrument()).power() + " offers (offersDeal); rename the event");
            }
        }
        events.addAll(generated);
        for (FactionSpec f : factions) {
            YMap fm = factionNodes.get(f.id());
            for (String c : f.reach().base()) {
                if (!world.countries().contains(c)) {
                    fm.problem("base", "unknown country '" + c + "'; the map has " + String.join(", ", world.countries()));
                }
            }
            for (String c : f.reach().aimFrom()) {
                if (!world.countries().contains(c)) {
                    fm.problem("aims", "unknown country '" + c + "' in from; the map has "
                            + String.join(", ", world.countries()));
                }
            }
            for (String pl : f.reach().aimPlaces()) {
                if (!placeIds.contains(pl)) {
                    fm.problem("aims", "unknown place '" + pl + "' in places");
                }
            }
        }
        for (YMap fm : factionMaps) {
            for (String prov : fm.texts("operatingArea")) {
                if (!world.provinces().contains(prov)) {
                    fm.problem("operatingArea", "unknown province '" + prov + "'; the map has "
                            + String.join(", ", world.provinces()));
                }
            }
        }
        root.end();
        src.throwIfProblems();
        try {
            Scenario sc = new Scenario(id, title, question, description, start, days, seed, world, control,
                    new ArrayList<>(minerals.values()), factions, powers, rules, events);
            return new Loaded(sc, src.path(), text, src.resolvedYaml(), mapReport, sites);
        } catch (IllegalArgumentException e) {
            root.problem(null, e.getMessage());
            src.throwIfProblems();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a world depends on: the data folder, the mineral ids and the map and mines sections; null when
     * the sections cannot be keyed (the world is then built, not shared).
     */
    private static String mapKey(Path dir, Set<String> minerals, YMap map, YMap mines) {
        String m = map.canonical();
        String n = mines == null ? "" : mines.canonical();
        if (m == null || n == null || map.source().problemCount() > 0) {
            return null;
        }
        return dir + "\n" + String.join(",", minerals) + "\n" + m + "\n" + n;
    }

    private static Map<String, MineralSpec> readMinerals(YMap m) {
        Map<String, MineralSpec> out = new LinkedHashMap<>();
        for (String key : m.keys()) {
            YMap x = m.map(key);
            if (x == null) {
                continue;
            }
            double price = x.number(MineralSpec.param("priceUsdPerKg"));
            double local = x.number(MineralSpec.param("localShare"));
            double vol = x.number(MineralSpec.param("volatility"));
            double rev = x.number(MineralSpec.param("reversion"));
            boolean bulky = x.bool("bulky", true);
            double smug = x.number(MineralSpec.param("smuggledShare"));
            x.end();
            out.put(key, new MineralSpec(key, price, local, vol, rev, bulky, smug));
        }
        if (out.isEmpty()) {
            m.problem(null, "needs at least one mineral");
        }
        m.end();
        return out;
    }

    private static FactionSpec readFaction(YMap m, Set<String> factionIds) {
        String id = m.text("id");
        String name = m.text("name", id);
        FactionKind kind = m.choice("kind", FactionKind.class);
        String colour = m.text("colour", "#888888");
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            m.problem("colour", "must be a colour like #1f77b4, got \"" + colour + "\"");
        }
        double fighters = m.number(FactionSpec.param("fighters"));
        double training = m.number(FactionSpec.param("training"));
        double trainingCap = m.number(FactionSpec.param("trainingCap"));
        if (trainingCap < training) {
            m.problem("trainingCap", "must be at least training (" + training + "), got " + trainingCap);
            trainingCap = training;
        }
        double equipment = m.number(FactionSpec.param("equipment"));
        double morale = m.number(FactionSpec.param("morale"));
        double baseMorale = m.number(FactionSpec.param("baseMorale"), morale);
        double treasury = m.number(FactionSpec.param("treasury"));
        double income = m.number(FactionSpec.param("incomePerDay"));
        double wage = m.number(FactionSpec.param("wagePerDay"));
        double signOn = m.number(FactionSpec.param("signOnCost"));
        double mineTax = m.number(FactionSpec.param("mineTax"));
        double goldTax = m.number(FactionSpec.param("goldTax"));
        double popTax = m.number(FactionSpec.param("popTaxPerDay"));
        Posture posture = m.choice("posture", Posture.class, Posture.OFFENSIVE);
        double risk = m.number(FactionSpec.param("riskThreshold"));
        double deploy = m.number(FactionSpec.param("deployShare"));
        List<String> allies = m.texts("allies");
        for (String a : allies) {
            if (!factionIds.contains(a)) {
                m.problem("allies", "unknown faction '" + a + "'; factions are " + String.join(", ", factionIds));
            } else if (a.equals(id)) {
                m.problem("allies", "a faction cannot be its own ally");
            }
        }
        String fightsFor = m.text("fightsFor", null);
        if (fightsFor != null && !factionIds.contains(fightsFor)) {
            m.problem("fightsFor", "unknown faction '" + fightsFor + "'; factions are " + String.join(", ", factionIds));
            fightsFor = null;
        }
        if (kind == FactionKind.FOREIGN_FORCE && fightsFor == null && !m.has("fightsFor")) {
            m.problem("fightsFor", "missing: a foreign force must name the faction it fights for");
        }
        if (kind != null && kind != FactionKind.FOREIGN_FORCE && fightsFor != null) {
            m.problem("fightsFor", "only a foreign-force faction fights for another faction");
            fightsFor = null;
        }
        List<String> area = m.texts("operatingArea");
        double maxFighters = m.number(FactionSpec.param("maxFighters"));
        FactionSpec.Reach reach = readReach(m);
        m.end();
        if (id == null || kind == null || (kind == FactionKind.FOREIGN_FORCE && fightsFor == null)) {
            return null;
        }
        try {
            return new FactionSpec(id, name, kind, colour, fighters, training, trainingCap, equipment, morale,
                    baseMorale, treasury, income, wage, signOn, mineTax, goldTax, popTax, posture, risk, deploy,
                    allies, fightsFor, area, maxFighters, reach);
        } catch (IllegalArgumentException e) {
            m.problem(null, e.getMessage());
            return null;
        }
    }

    /** Reads a faction's {@code base:} (supply countries) and {@code aims:} (places, depth from countries). */
    private static FactionSpec.Reach readReach(YMap m) {
        List<String> base = m.texts("base");
        YMap aims = m.map("aims");
        if (aims == null) {
            return new FactionSpec.Reach(base, List.of(), 0, List.of());
        }
        List<String> places = aims.texts("places");
        Param d = FactionSpec.param("aims.depthKm");
        double depth = aims.number("depthKm", d.def(), d.min(), d.max());
        List<String> from = aims.texts("from");
        if (depth > 0 && from.isEmpty()) {
            aims.problem("from", "missing: depthKm is measured from the borders of these countries");
        }
        aims.end();
        return new FactionSpec.Reach(base, places, depth, from);
    }

    private static PowerSpec readPower(YMap m, World world, List<String> minerals, List<EventSpec> generated,
                                       Set<String> factionIds) {
        String id = m.text("id");
        String name = m.text("name", id);
        String country = m.text("country", null);
        if (country != null && !world.countries().contains(country)) {
            m.problem("country", "unknown country '" + country + "'; the map has " + String.join(", ", world.countries()));
        }
        double treasury = m.number(PowerSpec.param("treasury"));
        double income = m.number(PowerSpec.param("incomePerDay"));
        List<Double> interests = new ArrayList<>();
        YMap im = m.mapOf("interests", "mineral");
        for (String mineral : minerals) {
            interests.add(im == null ? 1.0 : im.number(mineral, 0.0, 0, PowerSpec.param("interests").max()));
        }
        if (im != null) {
            im.end();
        }
        double security = m.number(PowerSpec.param("securityWeight"));
        double reputation = m.number(PowerSpec.param("reputationWeight"));
        double troopCost = m.number(PowerSpec.param("troopCostPerDay"));
        double lossCost = m.number(PowerSpec.param("troopLossCost"));
        double beyondAims = m.number(PowerSpec.param("beyondAimsWeight"));
        YMap ad = m.map("adaptive");
        double step = 0;
        double max = 1;
        if (ad != null) {
            step = ad.number(PowerSpec.param("supportStep"));
            max = ad.number(PowerSpec.param("maxSupport"));
            ad.end();
        }
        YMap offer = m.map("offersDeal");
        if (offer != null && id != null) {
            String partner = offer.text("partner");
            if (partner != null && !factionIds.contains(partner)) {
                offer.problem("partner", "unknown faction '" + partner + "'");
                partner = null;
            }
            Instrument.MineralsDeal deal = dealTerms(offer, id, partner);
            offer.end();
            if (deal != null) {
                generated.add(new EventSpec(id + "-deal", id + " offers a minerals-for-security deal", null, null,
                        new Trigger.DealWorthwhile(id), 0, true, deal,
                        "adaptive: offered while expected access exceeds its cost"));
            }
        }
        m.end();
        return id == null ? null : new PowerSpec(id, name, country, treasury, income, interests, security, reputation,
                ad != null, step, max, troopCost, lossCost, beyondAims);
    }

    /**
     * Reads {@code rules:}; every parameter is optional, with the default, range and meaning declared beside its
     * group in {@link Rules}.
     */
    static Rules readRules(YMap m) {
        Map<String, Map<String, Double>> v = new LinkedHashMap<>();
        for (Rules.Group g : Rules.GROUPS.values()) {
            YMap gm = m == null ? null : m.map(g.name());
            Map<String, Double> values = new LinkedHashMap<>();
            for (Param p : g.params()) {
                values.put(p.key(), gm == null ? p.def() : gm.number(p));
            }
            if (gm != null) {
                gm.end();
            }
            v.put(g.name(), values);
        }
        if (m != null) {
            m.end();
        }
        return Rules.of(v);
    }

    private static final List<String> INSTRUMENTS = List.copyOf(Instrument.PARAMS.keySet());

    /**
     * Reads the events. References are checked against the ids the file declares (even when a declaration
     * itself has a problem), so one mistake is reported once and does not cascade.
     */
    private static List<EventSpec> readEvents(List<YMap> maps, List<FactionSpec> factions, Set<String> declaredFactions,
                                              List<PowerSpec> powers, Set<String> declaredPowers, Set<String> places,
                                              LocalDate start, Map<String, Map<String, Site>> sites,
                                              List<String> countries, Set<String> minerals) {
        Set<String> factionIds = new HashSet<>(declaredFactions);
        Set<String> powerIds = new HashSet<>(declaredPowers);
        Set<String> anyIds = new HashSet<>(factionIds);
        anyIds.addAll(powerIds);
        Set<String> foreign = new HashSet<>();
        factions.stream().filter(f -> !f.kind().holdsTerritory()).forEach(f -> foreign.add(f.id()));
        Refs refs = new Refs(factionIds, powerIds, anyIds, places, foreign, new HashSet<>(countries),
                new LinkedHashSet<>(minerals));
        List<EventSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YMap m : maps) {
            String id = m.text("id");
            if (id != null && !ids.add(id)) {
                m.problem("id", "duplicate event id '" + id + "'");
            }
            String label = m.text("label", id);
            String source = m.text("source", "");
            boolean byCondition = m.present(List.of("on", "when")).contains("when");
            LocalDate on = byCondition ? m.date("on", null) : m.date("on");
            Trigger trigger = byCondition ? readTrigger(m.map("when"), refs) : null;
            if (on != null && byCondition) {
                m.problem("when", "an event has either a date (on) or a condition (when), not both");
                on = null;
            }
            int forDays = m.integer(EventSpec.FOR_DAYS);
            int delay = m.integer(EventSpec.DELAY_DAYS);
            if (delay > 0 && !byCondition) {
                m.problem("delayDays", "only an event with a condition (when) can have a delay");
                delay = 0;
            }
            boolean repeat = m.bool("repeat", false);
            if (repeat && !m.has("when")) {
                m.problem("repeat", "only an event with a condition (when) can repeat");
            }
            LocalDate until = m.date("until", null);
            if (on != null && until != null && !until.isAfter(on)) {
                m.problem("until", "must be after on (" + on + "), got " + until);
                until = null;
            }
            List<String> present = m.present(INSTRUMENTS);
            if (present.size() != 1) {
                m.problem(null, present.isEmpty()
                        ? "an event needs one instrument: " + String.join(", ", INSTRUMENTS)
                        : "an event has exactly one instrument, found " + String.join(" and ", present));
                m.end();
                continue;
            }
            YMap im = m.map(present.get(0));
            Instrument in = readInstrument(present.get(0), im, refs);
            m.end();
            if (id != null) {
                Map<String, Site> s = new HashMap<>();
                for (String k : List.of("on", "until", "when", "forDays")) {
                    s.put(k, m.site(k));
                }
                s.put("", m.site(null));
                s.put(present.get(0), m.site(present.get(0)));
                if (im != null) {
                    for (String k : im.keys()) {
                        s.put(present.get(0) + "." + k, im.site(k));
                    }
                }
                YMap when = byCondition ? m.map("when") : null;
                if (when != null) {
                    for (String k : when.keys()) {
                        s.put("when." + k, when.site(k));
                    }
                }
                sites.putIfAbsent(id, s);
            }
            if (id != null && (on != null || trigger != null) && in != null) {
                out.add(new EventSpec(id, label, on, until, trigger, forDays, repeat, in, source, delay));
            }
        }
        return out;
    }

    private record Refs(Set<String> factions, Set<String> powers, Set<String> any, Set<String> places,
                        Set<String> foreignForces, Set<String> countries, Set<String> minerals) {
        /** A reference; with no faction declared (reported already) ids cannot be checked, so none is reported. */
        String ref(YMap m, String key, Set<String> allowed, String what) {
            String v = m.text(key);
            if (v != null && !allowed.contains(v) && !factions.isEmpty()) {
                m.problem(key, "unknown " + what + " '" + v + "'" + (allowed.isEmpty() ? "" : "; known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed))));
                return null;
            }
            return v;
        }
    }

    private static final List<String> TRIGGERS = List.copyOf(Trigger.PARAMS.keySet());

    private static Trigger readTrigger(YMap m, Refs r) {
        if (m == null) {
            return null;
        }
        List<String> present = m.present(TRIGGERS);
        if (present.size() != 1) {
            m.problem(null, "a condition needs exactly one of " + String.join(", ", TRIGGERS)
                    + (present.isEmpty() ? "" : "; found " + String.join(" and ", present)));
            m.has("by");
            m.end();
            return null;
        }
        Trigger t = null;
        switch (present.get(0)) {
            case "captured" -> {
                String place = r.ref(m, "captured", r.places(), "place");
                String by = m.has("by") ? r.ref(m, "by", r.factions(), "faction") : null;
                t = place == null ? null : new Trigger.Captured(place, by);
            }
            case "minesShare", "territoryShare" -> {
                YMap x = m.map(present.get(0));
                if (x != null) {
                    String f = r.ref(x, "faction", r.factions(), "faction");
                    boolean mines = present.get(0).equals("minesShare");
                    double v = x.number(mines ? Trigger.MinesShare.AT_LEAST : Trigger.TerritoryShare.AT_LEAST);
                    x.end();
                    if (f != null) {
                        t = mines ? new Trigger.MinesShare(f, v) : new Trigger.TerritoryShare(f, v);
                    }
                }
            }
            case "civilianDeaths" -> t = new Trigger.CivilianDeaths(m.number(Trigger.CivilianDeaths.AT_LEAST));
            default -> throw new IllegalStateException("unhandled trigger " + present.get(0));
        }
        m.end();
        return t;
    }

    /**
     * Reads the terms of a minerals-for-security deal (an event's {@code mineralsDeal} or a power's
     * {@code offersDeal}) with their declarations; null when the power or the partner is unknown (reported).
     */
    private static Instrument.MineralsDeal dealTerms(YMap m, String power, String partner) {
        double share = m.number(Instrument.MineralsDeal.OFFTAKE_SHARE);
        double cash = m.number(Instrument.MineralsDeal.CASH_PER_DAY);
        double eq = m.number(Instrument.MilitarySupport.EQUIPMENT_BOOST);
        double cap = m.number(Instrument.MineralsDeal.TRAINING_CAP);
        double rate = m.number(Instrument.MineralsDeal.TRAINING_RATE);
        int lag = m.integer(Instrument.TrainingDeal.LAG_DAYS);
        double det = m.number(Instrument.MineralsDeal.DETERRENT);
        return power != null && partner != null
                ? new Instrument.MineralsDeal(power, partner, share, cash, eq, cap, rate, lag, det) : null;
    }

    private static Instrument readInstrument(String type, YMap m, Refs r) {
        if (m == null) {
            return null;
        }
        Instrument in = null;
        switch (type) {
            case "aid" -> {
                String from = r.ref(m, "from", r.powers(), "power");
                String to = r.ref(m, "to", r.any(), "faction or power");
                double usd = m.number(Instrument.Aid.USD_PER_DAY);
                in = from != null && to != null ? new Instrument.Aid(from, to, usd) : null;
            }
            case "aidFreeze" -> {
                String from = r.ref(m, "from", r.powers(), "power");
                String to = r.ref(m, "to", r.any(), "faction or power");
                in = from != null && to != null ? new Instrument.AidFreeze(from, to) : null;
            }
            case "sanction" -> {
                String by = r.ref(m, "by", r.powers(), "power");
                String target = r.ref(m, "target", r.any(), "faction or power");
                double sev = m.number(Instrument.Sanction.SEVERITY);
                in = by != null && target != null ? new Instrument.Sanction(by, target, sev) : null;
            }
            case "militarySupport" -> {
                String from = r.ref(m, "from", r.powers(), "power");
                String to = r.ref(m, "to", r.factions(), "faction");
                double cash = m.number(Instrument.MilitarySupport.CASH_PER_DAY);
                double eq = m.number(Instrument.MilitarySupport.EQUIPMENT_BOOST);
                String troopsFaction = null;
                if (m.has("troopsFaction")) {
                    troopsFaction = r.ref(m, "troopsFaction", r.factions(), "faction");
                    if (troopsFaction != null && !r.foreignForces().contains(troopsFaction)) {
                        m.problem("troopsFaction", "'" + troopsFaction + "' is not a foreign-force faction; troops"
                                + " sent by a power must be a foreign force");
                        troopsFaction = null;
                    }
                }
                double troops = m.number(Instrument.MilitarySupport.TROOPS);
                double rate = m.number(Instrument.MilitarySupport.TROOP_RATE);
                in = from != null && to != null ? new Instrument.MilitarySupport(from, to, cash, eq, troopsFaction,
                        troops, rate) : null;
            }
            case "trainingDeal" -> {
                String from = r.ref(m, "from", r.powers(), "power");
                String to = r.ref(m, "to", r.factions(), "faction");
                double cap = m.number(Instrument.TrainingDeal.CAP);
                double rate = m.number(Instrument.TrainingDeal.RATE);
                int lag = m.integer(Instrument.TrainingDeal.LAG_DAYS);
                double cost = m.number(Instrument.TrainingDeal.COST_PER_DAY);
                in = from != null && to != null ? new Instrument.TrainingDeal(from, to, cap, rate, lag, cost) : null;
            }
            case "mineralsDeal" -> {
                String power = r.ref(m, "power", r.powers(), "power");
                String partner = r.ref(m, "partner", r.factions(), "faction");
                in = dealTerms(m, power, partner);
            }
            case "ceasefire" -> {
                List<String> parties = m.texts("parties");
                boolean ok = true;
                for (String p : parties) {
                    if (!r.factions().contains(p)) {
                        m.problem("parties", "unknown faction '" + p + "'");
                        ok = false;
                    }
                }
                double b = m.number(Instrument.Ceasefire.BREAKDOWN);
                double imb = m.number(Instrument.Ceasefire.IMBALANCE);
                in = ok ? new Instrument.Ceasefire(parties, b, imb) : null;
            }
            case "forceControl" -> {
                String place = r.ref(m, "place", r.places(), "place");
                String faction = r.ref(m, "faction", r.factions(), "faction");
                if (faction != null && r.foreignForces().contains(faction)) {
                    m.problem("faction", "'" + faction + "' is a foreign force and holds no territory of its own");
                    faction = null;
                }
                in = place != null && faction != null ? new Instrument.ForceControl(place, faction) : null;
            }
            case "importBan" -> {
                String by = r.ref(m, "by", r.powers(), "power");
                String from = m.text("from");
                if (from != null && !r.countries().contains(from)) {
                    m.problem("from", "unknown country '" + from + "'; the map has " + String.join(", ",
                            new java.util.TreeSet<>(r.countries())));
                    from = null;
                }
                List<String> kinds = m.texts("minerals");
                boolean ok = true;
                for (String k : kinds) {
                    if (!r.minerals().contains(k)) {
                        m.problem("minerals", "unknown mineral '" + k + "'; the scenario trades "
                                + String.join(", ", r.minerals()));
                        ok = false;
                    }
                }
                double sev = m.number(Instrument.ImportBan.SEVERITY);
                in = by != null && from != null && ok ? new Instrument.ImportBan(by, from, kinds, sev) : null;
            }
            case "mediation" -> {
                String by = r.ref(m, "by", r.powers(), "power");
                double intensity = m.number(Instrument.Mediation.INTENSITY);
                in = by != null ? new Instrument.Mediation(by, intensity) : null;
            }
            default -> throw new IllegalStateException("unhandled instrument " + type);
        }
        m.end();
        return in;
    }
}
