package org.conflictsim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.files.ClosestName;
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
 * <p>One method per section (minerals, factions, powers, rules); the map, mines and initial control are built
 * by {@link MapBuilder}, the events with their instruments and conditions are read by {@link EventReader}.
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
        Scenario.InitialControl control = InitialControlReader.read(src, root.requiredMap("control"), factions,
                factionNodes.keySet(), world);
        Rules rules = readRules(root.map("rules"));
        Set<String> placeIds = new HashSet<>();
        world.places().forEach(p -> placeIds.add(p.id()));
        List<EventSpec> events = EventReader.read(root.maps("events"), factions, factionNodes.keySet(), powers,
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
                m.problem("allies", unknownFaction(a, factionIds));
            } else if (a.equals(id)) {
                m.problem("allies", "a faction cannot be its own ally");
            }
        }
        String fightsFor = m.text("fightsFor", null);
        if (fightsFor != null && !factionIds.contains(fightsFor)) {
            m.problem("fightsFor", unknownFaction(fightsFor, factionIds));
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

    /** "unknown faction 'X' (did you mean 'Y'?); factions are ...", the suggestion when one is close. */
    private static String unknownFaction(String id, Set<String> factionIds) {
        return "unknown faction '" + id + "'" + ClosestName.suggestion(id, factionIds) + "; factions are "
                + String.join(", ", factionIds);
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
                offer.problem("partner", "unknown faction '" + partner + "'" + ClosestName.suggestion(partner, factionIds));
                partner = null;
            }
            Instrument.MineralsDeal deal = EventReader.dealTerms(offer, id, partner);
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
}
