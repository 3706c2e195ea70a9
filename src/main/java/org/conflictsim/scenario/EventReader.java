package org.conflictsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictsim.files.ClosestName;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.PowerSpec;

/**
 * Reads a scenario's {@code events:} for {@link ScenarioLoader}: each event's date or condition
 * ({@code when}: a capture, a share of mines or territory, civilian deaths), its timing keys, and its one
 * instrument (aid, sanction, military support, training, minerals-for-security deal, ceasefire, forced
 * control, import ban, mediation), with every reference to a faction, power, place, country or mineral checked
 * against what the file declares. Problems are recorded with file, line and key path; where each event was
 * written is kept for the warnings.
 */
final class EventReader {
    private static final List<String> INSTRUMENTS = List.copyOf(Instrument.PARAMS.keySet());

    private EventReader() {
    }

    /**
     * Reads the events. References are checked against the ids the file declares (even when a declaration
     * itself has a problem), so one mistake is reported once and does not cascade.
     */
    static List<EventSpec> read(List<YMap> maps, List<FactionSpec> factions, Set<String> declaredFactions,
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
                Set<String> sorted = new java.util.TreeSet<>(allowed);
                m.problem(key, "unknown " + what + " '" + v + "'" + ClosestName.suggestion(v, sorted)
                        + (allowed.isEmpty() ? "" : "; known: " + String.join(", ", sorted)));
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
    static Instrument.MineralsDeal dealTerms(YMap m, String power, String partner) {
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
                        m.problem("parties", "unknown faction '" + p + "'"
                                + ClosestName.suggestion(p, new java.util.TreeSet<>(r.factions())));
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
                        m.problem("minerals", "unknown mineral '" + k + "'" + ClosestName.suggestion(k, r.minerals())
                                + "; the scenario trades "
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
                List<String> between = m.texts("between");
                boolean ok = true;
                for (String p : between) {
                    if (!r.factions().contains(p) && !r.powers().contains(p)) {
                        java.util.TreeSet<String> known = new java.util.TreeSet<>(r.factions());
                        known.addAll(r.powers());
                        m.problem("between", "unknown faction or power '" + p + "'"
                                + ClosestName.suggestion(p, known));
                        ok = false;
                    }
                }
                if (between.size() == 1) {
                    m.problem("between", "a table needs at least two parties, got only '" + between.get(0)
                            + "'; leave 'between' out for a mediation between all the parties");
                    ok = false;
                }
                in = by != null && ok ? new Instrument.Mediation(by, intensity, between) : null;
            }
            default -> throw new IllegalStateException("unhandled instrument " + type);
        }
        m.end();
        return in;
    }
}
