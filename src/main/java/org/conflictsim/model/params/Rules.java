package org.conflictsim.model.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;

/**
 * Global rule parameters, grouped by phase ({@code rules:} in a scenario file). Each group declares its
 * parameters once, beside its components ({@link Param}: key, default, range, unit, meaning); that declaration
 * drives the scenario loader, the checks here, the JSON Schema and the error messages. docs/ODD.md §8.1 lists
 * the same table (a test keeps it in step). The file is long (about 430 lines) because it is that table: eleven
 * groups of declarations, one line or two per parameter, and nothing else.
 */
public record Rules(Combat combat, Deployment deployment, Economy economy, Manpower manpower,
                    Population population, Legitimacy legitimacy, Logistics logistics, Aims aims,
                    Resistance resistance, Negotiation negotiation, Routes routes) {

    /** The groups in file order: name, record class and declarations. */
    public static final Map<String, Group> GROUPS = groups();

    /** A group of rule parameters: its record class and the declarations of its components, in order. */
    public record Group(String name, Class<? extends Record> type, List<Param> params) {
    }

    public Rules {
        for (Record r : new Record[] {combat, deployment, economy, manpower, population, legitimacy, logistics,
            aims, resistance, negotiation, routes}) {
            Check.notNull("rules group", r);
            check(r);
        }
    }

    private static Map<String, Group> groups() {
        Map<String, Group> g = new LinkedHashMap<>();
        g.put("combat", new Group("combat", Combat.class, Combat.PARAMS));
        g.put("deployment", new Group("deployment", Deployment.class, Deployment.PARAMS));
        g.put("economy", new Group("economy", Economy.class, Economy.PARAMS));
        g.put("manpower", new Group("manpower", Manpower.class, Manpower.PARAMS));
        g.put("population", new Group("population", Population.class, Population.PARAMS));
        g.put("legitimacy", new Group("legitimacy", Legitimacy.class, Legitimacy.PARAMS));
        g.put("logistics", new Group("logistics", Logistics.class, Logistics.PARAMS));
        g.put("aims", new Group("aims", Aims.class, Aims.PARAMS));
        g.put("resistance", new Group("resistance", Resistance.class, Resistance.PARAMS));
        g.put("negotiation", new Group("negotiation", Negotiation.class, Negotiation.PARAMS));
        g.put("routes", new Group("routes", Routes.class, Routes.PARAMS));
        return java.util.Collections.unmodifiableMap(g);
    }

    /** The group a record belongs to. */
    private static Group groupOf(Record r) {
        for (Group g : GROUPS.values()) {
            if (g.type() == r.getClass()) {
                return g;
            }
        }
        throw new IllegalStateException("not a rule group: " + r.getClass());
    }

    /** Checks every component of a group's record against its declaration. */
    private static void check(Record r) {
        Group g = groupOf(r);
        RecordComponent[] cs = r.getClass().getRecordComponents();
        for (int i = 0; i < cs.length; i++) {
            Param p = g.params().get(i);
            Object v;
            try {
                v = cs[i].getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Integer n) {
                p.check(g.name(), n.intValue());
            } else {
                p.check(g.name(), ((Number) v).doubleValue());
            }
        }
    }

    /**
     * Builds the rules from values by group and key; a missing value takes its declared default.
     *
     * @param values group name to (key to value)
     * @throws IllegalArgumentException naming the first value outside its range
     */
    public static Rules of(Map<String, Map<String, Double>> values) {
        Record[] parts = new Record[GROUPS.size()];
        int i = 0;
        for (Group g : GROUPS.values()) {
            parts[i++] = build(g, values.getOrDefault(g.name(), Map.of()));
        }
        return new Rules((Combat) parts[0], (Deployment) parts[1], (Economy) parts[2], (Manpower) parts[3],
                (Population) parts[4], (Legitimacy) parts[5], (Logistics) parts[6], (Aims) parts[7],
                (Resistance) parts[8], (Negotiation) parts[9], (Routes) parts[10]);
    }

    /** The rules with every parameter at its declared default. */
    public static Rules defaults() {
        return of(Map.of());
    }

    private static Record build(Group g, Map<String, Double> values) {
        RecordComponent[] cs = g.type().getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Param p = g.params().get(i);
            double v = values.getOrDefault(p.key(), p.def());
            types[i] = cs[i].getType();
            args[i] = types[i] == int.class ? (Object) (int) Math.round(v) : (Object) v;
        }
        try {
            Constructor<? extends Record> c = g.type().getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
    /**
     * @param decisiveness   exponent m of the contest success function, 0.5–5 (Hirshleifer 1989)
     * @param attrition      Lanchester coefficient k: fighters lost per unit of opposing effective force per
     *                       battle-day, 0–0.5
     * @param terrainBonus   defender multiplier per unit of terrain factor, 0–5
     * @param tempo          probability that a favourable attack opportunity is taken on a given day, 0–1
     * @param commitShare    share of the forces in adjacent cells committed to one attack, 0–1
     * @param advanceShare   share of committed attackers that move into a captured cell, 0–1
     * @param retreatLoss    share of defenders lost when driven out of a cell, 0–1
     * @param rearGuard      fighters-equivalent of local defence added to every held cell, ≥ 0
     * @param civilianRate   civilians killed per resident per casualty of fighting in the cell, 0–0.01
     * @param fog            standard deviation of the log of the force ratio as a commander perceives it, 0–2
     * @param entrenchment   strength a defence gains by holding its cell on the front for {@code entrenchDays}
     *                       days (prepared defences; Dupuy's posture factors 1.3–1.6), 0–1; 0 switches it off
     * @param entrenchDays   days of holding a front cell that reach the full gain, 1–365
     * @param entrenchedAtStart days the front lines of the start date have already been held, 0–3650
     * @param tempoElasticity how the daily chance of launching a favourable attack grows with the attacker's
     *                       margin over its threshold: {@code tempo × margin^tempoElasticity}, at most 1; 0 keeps
     *                       the tempo whatever the margin
     */
    public record Combat(double decisiveness, double attrition, double terrainBonus, double tempo,
                         double commitShare, double advanceShare, double retreatLoss, double rearGuard,
                         double civilianRate, double fog, double entrenchment, double entrenchDays,
                         double entrenchedAtStart, double tempoElasticity) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("decisiveness", 1.5, 0.5, 5, "1",
                        "exponent m of the contest success function"),
                Param.number("attrition", 0.02, 0, 0.5, "fighters per effective fighter per battle-day",
                        "Lanchester coefficient k"),
                Param.number("terrainBonus", 1.0, 0, 5, "1",
                        "defender multiplier per unit of terrain factor"),
                Param.number("tempo", 0.3, 0, 1, "per day",
                        "probability a favourable attack is launched on a day"),
                Param.number("commitShare", 0.5, 0, 1, "1",
                        "share of adjacent forces committed to one attack"),
                Param.number("advanceShare", 0.5, 0, 1, "1",
                        "share of committed attackers moving into a captured cell"),
                Param.number("retreatLoss", 0.1, 0, 1, "1",
                        "share of defenders lost when driven out"),
                Param.number("rearGuard", 50, 0, 1e5, "fighters",
                        "local defence of every held cell"),
                Param.number("civilianRate", 5e-6, 0, 0.01, "per resident per combatant casualty",
                        "civilian deaths per resident per casualty in the cell"),
                Param.number("fog", 0.3, 0, 2, "1",
                        "sd of the log force ratio as commanders perceive it"),
                Param.number("entrenchment", 0, 0, 1, "1",
                        "strength a defence gains by holding its front cell entrenchDays days (0: off)"),
                Param.number("entrenchDays", 30, 1, 365, "days",
                        "days of holding a front cell that reach the full entrenchment"),
                Param.number("entrenchedAtStart", 0, 0, 3650, "days",
                        "days the start date's front lines have already been held"),
                Param.number("tempoElasticity", 0, 0, 5, "1",
                        "exponent of the attacker's margin over its threshold in the daily chance of attacking"));
    }

    /**
     * @param rate            share of the gap between desired and actual deployment closed per day, 0–1
     * @param mineWeight      weight of the local (mine-gate) value of adjacent enemy mines' output, per US$/day
     * @param populationWeight weight per adjacent enemy resident
     * @param placeWeight     weight of enemy-held places' strategic value, discounted by
     *                        exp(−distance / objectiveRangeKm)
     * @param threatWeight    weight of adjacent enemy effective force
     * @param objectiveRangeKm distance over which an objective's pull falls by a factor e, km
     * @param defendWeight    weight of the faction's own side's places' strategic value, discounted as
     *                        placeWeight's: the defence of what it holds
     */
    public record Deployment(double rate, double mineWeight, double populationWeight, double placeWeight,
                             double threatWeight, double objectiveRangeKm, double defendWeight) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("rate", 0.2, 0, 1, "per day",
                        "share of the deployment gap closed per day"),
                Param.number("mineWeight", 1.0, 0, 1e6, "per US$/day",
                        "pull of adjacent enemy mine value"),
                Param.number("populationWeight", 0.01, 0, 1e6, "per person",
                        "pull of adjacent enemy residents"),
                Param.number("placeWeight", 1.0, 0, 1e6, "per unit of strategic value",
                        "pull of enemy-held places and named mines, decaying with distance"),
                Param.number("threatWeight", 100, 0, 1e9, "per effective fighter",
                        "pull of adjacent enemy force"),
                Param.number("objectiveRangeKm", 20, 0.1, 1000, "km",
                        "distance over which an objective's pull falls by e"),
                Param.number("defendWeight", 0, 0, 1e6, "per unit of strategic value",
                        "pull of the side's own places on the front cells near them, decaying with distance"));
    }

    /**
     * @param royaltyRate        government royalty on the world value of official exports, 0–1
     * @param royaltyLeakage     share of royalties lost before reaching the army's treasury, 0–1
     * @param smugglerMargin     share of the world value of smuggled minerals earned in the transit country, 0–1
     * @param fightingDrop       share of a mine's operating level lost per day of fighting in its cell, 0–1
     * @param recovery           share of the lost operating level recovered per quiet day, 0–1
     */
    public record Economy(double royaltyRate, double royaltyLeakage, double smugglerMargin, double fightingDrop,
                          double recovery) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("royaltyRate", 0.035, 0, 1, "share of world value",
                        "royalty on official exports"),
                Param.number("royaltyLeakage", 0.5, 0, 1, "1",
                        "share of royalties that never reach the army"),
                Param.number("smugglerMargin", 0.1, 0, 1, "share of world value",
                        "transit country's margin on smuggling"),
                Param.number("fightingDrop", 0.3, 0, 1, "per battle-day",
                        "share of a mine's operation lost to fighting"),
                Param.number("recovery", 0.05, 0, 1, "per day",
                        "share of lost operation recovered per quiet day"));
    }

    /**
     * @param desertion        share of unpaid fighters who desert per day, at full shortfall, 0–1
     * @param recruitRate      share of the grievance-weighted population of held cells willing to enlist per day
     * @param reserveDays      days of wages a faction keeps before it spends on recruits, 0–365
     * @param moraleRate       share of the gap to target morale closed per day, 0–1
     * @param unpaidMorale     fall of target morale at full pay shortfall, 0–1
     * @param trainingDecay    share of the gap to the faction's base training closed per day without a deal, 0–1
     * @param captureShock     morale lost by the losing side (and half of it gained by the taker) per US$ 1
     *                         million of strategic value of a captured place, 0–5
     * @param shockRangeKm     distance over which the shock felt by a faction's deployed fighters falls by a
     *                         factor e (a local shock); 10,000 km: every faction of the side feels all of it
     */
    public record Manpower(double desertion, double recruitRate, double reserveDays, double moraleRate,
                           double unpaidMorale, double trainingDecay, double captureShock, double shockRangeKm) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("desertion", 0.02, 0, 1, "per day",
                        "desertion at full pay shortfall"),
                Param.number("recruitRate", 1e-4, 0, 0.01, "per person per day",
                        "enlistment of aggrieved residents"),
                Param.number("reserveDays", 30, 0, 365, "days of wages",
                        "cash kept before buying recruits"),
                Param.number("moraleRate", 0.05, 0, 1, "per day",
                        "share of the morale gap closed per day"),
                Param.number("unpaidMorale", 0.5, 0, 1, "1",
                        "fall of target morale at full shortfall"),
                Param.number("trainingDecay", 0.002, 0, 1, "per day",
                        "return of training to its base without a deal"),
                Param.number("captureShock", 0.0, 0, 5, "morale per US$ 1 M of place value",
                        "morale lost by the side losing a place (half of it gained by the taker)"),
                Param.number("shockRangeKm", 1e4, 1, 1e5, "km",
                        "distance from a lost place over which its shock to a faction's deployed fighters falls by e"));
    }

    /**
     * @param fleeShare        share of residents who flee a cell on a day of fighting, 0–1
     * @param fleeOnCapture    additional share who flee when the cell changes hands, 0–1
     * @param returnRate       share of a cell's displaced who return per day once it is quiet, 0–1
     * @param returnDelay      quiet days before return begins, 0–3650
     * @param fightHardship    hardship added to a cell per day of fighting, 0–1
     * @param hardshipDecay    share of hardship that fades per day, 0–1
     * @param maxFleeKm        farthest a fleeing group goes looking for a safe place, km
     */
    public record Population(double fleeShare, double fleeOnCapture, double returnRate, int returnDelay,
                             double fightHardship, double hardshipDecay, double maxFleeKm) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("fleeShare", 0.2, 0, 1, "per battle-day",
                        "share of residents fleeing fighting"),
                Param.number("fleeOnCapture", 0.3, 0, 1, "1",
                        "extra share fleeing when the cell changes hands"),
                Param.number("returnRate", 0.01, 0, 1, "per day",
                        "share of displaced returning once quiet"),
                Param.integer("returnDelay", 30, 0, 3650, "days",
                        "quiet days before return starts"),
                Param.number("fightHardship", 0.3, 0, 1, "per battle-day",
                        "hardship added by fighting"),
                Param.number("hardshipDecay", 0.01, 0, 1, "per day",
                        "share of hardship fading per day"),
                Param.number("maxFleeKm", 150, 1, 5000, "km",
                        "farthest a group looks for a safe place"));
    }

    /**
     * @param rate             share of the gap to target legitimacy closed per day, 0–1
     * @param territoryWeight  weight of territory held relative to the start
     * @param harmWeight       fall of target per 1,000 civilian deaths in the last 30 days
     * @param unpaidWeight     fall of target at full pay shortfall
     * @param aidWeight        rise of target per US$ 1 million/day of aid received
     * @param taxWeight        fall of a non-state faction's target per unit of its mine tax rate
     * @param initial          legitimacy of every faction at the start, 0–1
     */
    public record Legitimacy(double rate, double territoryWeight, double harmWeight, double unpaidWeight,
                             double aidWeight, double taxWeight, double initial) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("rate", 0.02, 0, 1, "per day",
                        "share of the legitimacy gap closed per day"),
                Param.number("territoryWeight", 0.5, 0, 1, "1",
                        "weight of territory held relative to the start"),
                Param.number("harmWeight", 0.05, 0, 1, "per 1,000 deaths in 30 days",
                        "fall with civilian harm"),
                Param.number("unpaidWeight", 0.2, 0, 1, "1",
                        "fall at full pay shortfall"),
                Param.number("aidWeight", 0.5, 0, 10, "per US$ 1 million/day",
                        "rise with aid-funded services"),
                Param.number("taxWeight", 0.3, 0, 1, "per unit of tax rate",
                        "fall with a non-state faction's taxation"),
                Param.number("initial", 0.5, 0, 1, "1",
                        "legitimacy of every authority at the start"));
    }

    /**
     * Supply and overstretch (Boulding 1962, the loss-of-strength gradient; garrisons: the cost of holding ground).
     *
     * @param supplyRangeKm       distance through its side's ground from its supply base over which a based
     *                            faction's combat strength falls by a factor e; 10,000 km: no gradient
     * @param supplyFloor         strength left however far from the base (or cut off from it), 0–1
     * @param roadFactor          cost of a road cell relative to an off-road cell, for supply distances
     * @param garrisonPerThousand fighters a faction ties down per 1,000 people in the cells it occupies (held,
     *                            but held by another side at the start)
     * @param encirclement        share of the strength above the floor that a faction without a base (other than
     *                            a militia) loses in a pocket its side holds cut off from the side's main area,
     *                            0–1; 0 switches encirclement off, 1 leaves it the floor
     */
    public record Logistics(double supplyRangeKm, double supplyFloor, double roadFactor, double garrisonPerThousand,
                            double encirclement) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("supplyRangeKm", 1e4, 1, 1e5, "km",
                        "distance from its supply base over which a based faction's strength falls by e"),
                Param.number("supplyFloor", 0.2, 0, 1, "1",
                        "strength left far from its base or cut off from it"),
                Param.number("roadFactor", 0.5, 0.05, 1, "1",
                        "cost of a road cell relative to an off-road cell, for supply distances"),
                Param.number("garrisonPerThousand", 0, 0, 100, "fighters per 1,000 people",
                        "fighters tied down by the people of the cells a faction occupies"),
                Param.number("encirclement", 0, 0, 1, "1",
                        "strength above the floor lost by an unbased army in a pocket cut off from its side's main area"));
    }

    /**
     * War aims: gains beyond a side's aims are worth less and cost more (Fearon 1995; docs/ODD.md §7.6–7.7).
     *
     * @param beyondValue relative value, in deployment, of objectives beyond the side's aims, 0–1
     * @param beyondRisk  multiplier of the risk threshold for attacks on cells beyond the side's aims, ≥ 1
     * @param placeKm     radius around an aimed place that counts as within the aims
     */
    public record Aims(double beyondValue, double beyondRisk, double placeKm) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("beyondValue", 1, 0, 1, "1",
                        "value of objectives beyond a side's aims relative to those within"),
                Param.number("beyondRisk", 1, 1, 10, "1",
                        "multiplier of the risk threshold for attacks beyond a side's aims"),
                Param.number("placeKm", 15, 0, 200, "km", "radius around an aimed place within the aims"));
    }

    /**
     * Local resistance behind the lines: occupation breeds armed opposition that can retake ground (Kalyvas 2006
     * on control and collaboration; the Wazalendo behind M23 lines in 2025).
     *
     * @param rate               hidden resistance fighters raised per person per unit of grievance per day
     * @param maxShare           most of a cell's people who can join the hidden resistance, 0–1
     * @param threshold          ratio of the resistance's effective force to the local defence at which it
     *                           rises, &gt; 0
     * @param occupationHardship hardship added to the grievance of people in occupied cells, 0–1
     * @param decay              share of a cell's hidden resistance lost per day (suppression, desertion), 0–1
     */
    public record Resistance(double rate, double maxShare, double threshold, double occupationHardship,
                             double decay) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("rate", 0, 0, 0.01, "fighters per person per day at full grievance",
                        "hidden resistance raised in occupied cells"),
                Param.number("maxShare", 0.01, 0, 0.2, "1", "most of a cell's people in its hidden resistance"),
                Param.number("threshold", 1.5, 0.1, 100, "1",
                        "resistance-to-defence force ratio at which an occupied cell rises"),
                Param.number("occupationHardship", 0.3, 0, 1, "1",
                        "hardship added to the grievance of people in occupied cells"),
                Param.number("decay", 0.01, 0, 1, "per day", "share of hidden resistance lost per day"));
    }

    /**
     * Negotiated halts: a daily hazard of a ceasefire between the two strongest sides that rises with stalemate,
     * the sponsor's costs and mediation (Fearon 1995; Powell 2006), and its breakdown.
     *
     * @param hazard          base daily probability of a negotiated ceasefire, 0–1
     * @param stalemateWeight added daily probability at full stalemate, 0–1
     * @param stalemateDays   days without a capture of a named place that make a full stalemate
     * @param costWeight      added daily probability when the offensive side's sponsor's costs are all of its
     *                        stakes (losses / (gains + losses) = 1), 0–1
     * @param mediationWeight added daily probability per unit of mediation in force, 0–1
     * @param breakdown       base daily probability that a negotiated ceasefire breaks down, 0–1
     * @param imbalance       added breakdown probability per unit of |ln(force ratio)|, 0–1
     * @param violationWeight added breakdown probability on a day a party loses ground to a non-party, 0–1
     * @param mediationHold   share of any ceasefire's breakdown probability that mediation in force (at
     *                        intensity 1) takes away: talks hold truces (Beardsley 2008), 0–1
     * @param directTalks     share of the chance of a negotiated ceasefire that needs talks between the principal
     *                        factions of both sides (a mediation in force that names both, or names no parties);
     *                        0: any talks will do, 1: none without such talks (docs/ODD.md §7.1 step 4), 0–1
     */
    public record Negotiation(double hazard, double stalemateWeight, int stalemateDays, double costWeight,
                              double mediationWeight, double breakdown, double imbalance, double violationWeight,
                              double mediationHold, double directTalks) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("hazard", 0, 0, 1, "per day", "base chance of a negotiated ceasefire"),
                Param.number("stalemateWeight", 0, 0, 1, "per day", "added chance at full stalemate"),
                Param.integer("stalemateDays", 60, 1, 3650, "days",
                        "days without a named place changing hands that make a full stalemate"),
                Param.number("costWeight", 0, 0, 1, "per day",
                        "added chance when the sponsor's costs are all of its stakes"),
                Param.number("mediationWeight", 0, 0, 1, "per day per unit of mediation",
                        "added chance per unit of mediation in force"),
                Param.number("breakdown", 0.005, 0, 1, "per day", "base chance a negotiated ceasefire breaks down"),
                Param.number("imbalance", 0.002, 0, 1, "per day per unit of |ln ratio|",
                        "added breakdown chance with the military imbalance"),
                Param.number("violationWeight", 0.02, 0, 1, "per day",
                        "added breakdown chance on a day a party loses ground to a non-party"),
                Param.number("mediationHold", 0, 0, 1, "1",
                        "share of a ceasefire's breakdown chance that mediation in force takes away"),
                Param.number("directTalks", 0, 0, 1, "1",
                        "share of the chance of a negotiated ceasefire that needs talks between the principal"
                                + " factions of both sides (a mediation naming both)"));
    }

    /**
     * Smuggling routes that follow control: output leaves by the least-cost path to a border through ground its
     * holder's side holds (docs/ODD.md §7.3).
     *
     * @param enemyPassage cost multiplier of a cell held by another side, or by no one, on a route
     * @param reviewDays   days between traders' reviews of their routes (routes change only when ground has)
     * @param sanctionKm   extra route cost, in km, per unit of sanction severity on the exit country's power
     */
    public record Routes(double enemyPassage, int reviewDays, double sanctionKm) {
        /** The declarations of the components, in order. */
        public static final List<Param> PARAMS = List.of(
                Param.number("enemyPassage", 10, 1, 1000, "1",
                        "cost multiplier of a route cell held by another side or by no one"),
                Param.integer("reviewDays", 7, 1, 365, "days", "days between reviews of smuggling routes"),
                Param.number("sanctionKm", 200, 0, 1e4, "km per unit of severity",
                        "extra route cost through a country whose power is sanctioned, or that bans the"
                                + " mineral (import bans), per unit of the combined severity"));
    }
}
