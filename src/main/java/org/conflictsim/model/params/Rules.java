package org.conflictsim.model.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.check.Check;

/**
 * Global rule parameters, grouped by phase ({@code rules:} in a scenario file). Each group declares its
 * parameters once, beside its components ({@link Param}: key, default, range, unit, meaning); that declaration
 * drives the scenario loader, the checks here, the JSON Schema and the error messages. docs/ODD.md §8.1 lists
 * the same table (a test keeps it in step).
 */
public record Rules(Combat combat, Deployment deployment, Economy economy, Manpower manpower,
                    Population population, Legitimacy legitimacy) {

    /** The groups in file order: name, record class and declarations. */
    public static final Map<String, Group> GROUPS = groups();

    /** A group of rule parameters: its record class and the declarations of its components, in order. */
    public record Group(String name, Class<? extends Record> type, List<Param> params) {
    }

    public Rules {
        Check.notNull("rules.combat", combat);
        Check.notNull("rules.deployment", deployment);
        Check.notNull("rules.economy", economy);
        Check.notNull("rules.manpower", manpower);
        Check.notNull("rules.population", population);
        Check.notNull("rules.legitimacy", legitimacy);
        for (Record r : new Record[] {combat, deployment, economy, manpower, population, legitimacy}) {
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
                (Population) parts[4], (Legitimacy) parts[5]);
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
     */
    public record Combat(double decisiveness, double attrition, double terrainBonus, double tempo,
                         double commitShare, double advanceShare, double retreatLoss, double rearGuard,
                         double civilianRate, double fog) {
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
                        "sd of the log force ratio as commanders perceive it"));
    }

    /**
     * @param rate            share of the gap between desired and actual deployment closed per day, 0–1
     * @param mineWeight      weight of the local (mine-gate) value of adjacent enemy mines' output, per US$/day
     * @param populationWeight weight per adjacent enemy resident
     * @param placeWeight     weight of enemy-held places' strategic value, discounted by
     *                        exp(−distance / objectiveRangeKm)
     * @param threatWeight    weight of adjacent enemy effective force
     * @param objectiveRangeKm distance over which an objective's pull falls by a factor e, km
     */
    public record Deployment(double rate, double mineWeight, double populationWeight, double placeWeight,
                             double threatWeight, double objectiveRangeKm) {
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
                        "distance over which an objective's pull falls by e"));
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
     */
    public record Manpower(double desertion, double recruitRate, double reserveDays, double moraleRate,
                           double unpaidMorale, double trainingDecay, double captureShock) {
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
                        "morale lost by the side losing a place (half of it gained by the taker)"));
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
}
