package org.conflictsim.model.instruments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.check.Param;

/**
 * A foreign power's (or the scenario's) instrument: a typed object with its own parameters, switched on
 * and off by dated events. Effects are applied by the model's phases; each record documents its effect.
 *
 * <p>Each record declares its numeric keys once, as {@link Param} constants beside it (key, default or
 * required, range, unit, meaning), and checks its values against them; the scenario loader reads the keys
 * with them, and the JSON Schema, the loader's messages and docs/ODD.md §8.5 take range, unit and meaning
 * from them.
 */
public sealed interface Instrument {

    /**
     * Every instrument type a scenario file names ({@code events[].<type>}), in the order the loader lists them,
     * with the declarations of its numeric keys (none for {@code aidFreeze} and {@code forceControl}).
     */
    Map<String, List<Param>> PARAMS = byType();

    private static Map<String, List<Param>> byType() {
        Map<String, List<Param>> m = new LinkedHashMap<>();
        m.put("aid", List.of(Aid.USD_PER_DAY));
        m.put("aidFreeze", List.of());
        m.put("sanction", List.of(Sanction.SEVERITY));
        m.put("militarySupport", List.of(MilitarySupport.CASH_PER_DAY, MilitarySupport.EQUIPMENT_BOOST,
                MilitarySupport.TROOPS, MilitarySupport.TROOP_RATE));
        m.put("trainingDeal", List.of(TrainingDeal.CAP, TrainingDeal.RATE, TrainingDeal.LAG_DAYS,
                TrainingDeal.COST_PER_DAY));
        m.put("mineralsDeal", MineralsDeal.PARAMS);
        m.put("ceasefire", List.of(Ceasefire.BREAKDOWN, Ceasefire.IMBALANCE));
        m.put("forceControl", List.of());
        m.put("mediation", List.of(Mediation.INTENSITY));
        m.put("importBan", List.of(ImportBan.SEVERITY));
        return Collections.unmodifiableMap(m);
    }

    /** Short type name used in scenario files and the events log. */
    String type();

    /** Id of who pulls it (the power, or the faction of a scripted capture); empty for a ceasefire. */
    String actor();

    /** Aid: {@code usdPerDay} from power {@code from} to faction or power {@code to}, unless frozen. */
    record Aid(String from, String to, double usdPerDay) implements Instrument {
        /** {@code usdPerDay}. */
        public static final Param USD_PER_DAY = Param.required("usdPerDay", 0, 1e10, "US$ per day", "amount given");

        public Aid {
            USD_PER_DAY.check("aid", usdPerDay);
        }
        public String type() { return "aid"; }
        public String actor() { return from; }
    }

    /** Aid freeze: while active, every aid from {@code from} to {@code to} stops. */
    record AidFreeze(String from, String to) implements Instrument {
        public String type() { return "aidFreeze"; }
        public String actor() { return from; }
    }

    /**
     * Sanctions by {@code by} on a faction or power {@code target}: the target's smuggling revenue and the
     * external cash it receives are cut by {@code severity} (several sanctions combine as
     * 1 − ∏(1 − s)); a power sponsoring a faction pays {@code severity} × its sponsorship again as
     * reputational and legal cost.
     */
    record Sanction(String by, String target, double severity) implements Instrument {
        /** {@code severity}. */
        public static final Param SEVERITY = Param.required("severity", 0, 1, "1",
                "share of the target's smuggling revenue and external cash cut (several sanctions combine as"
                        + " 1 - (1 - s1)(1 - s2)...)");

        public Sanction {
            SEVERITY.check("sanction", severity);
        }
        public String type() { return "sanction"; }
        public String actor() { return by; }
    }

    /**
     * Military support from power {@code from} to faction {@code to}: cash per day, an equipment boost
     * (equipment multiplier × (1 + boost)), and troops: the foreign-force faction {@code troopsFaction}
     * moves toward {@code troops} fighters at {@code troopRate} of the gap per day.
     */
    record MilitarySupport(String from, String to, double cashPerDay, double equipmentBoost,
                           String troopsFaction, double troops, double troopRate) implements Instrument {
        /** {@code cashPerDay}. */
        public static final Param CASH_PER_DAY = Param.number("cashPerDay", 0, 0, 1e10, "US$ per day",
                "cash given to the faction, times the sponsor's support level");
        /** {@code equipmentBoost} (also of a {@link MineralsDeal}). */
        public static final Param EQUIPMENT_BOOST = Param.number("equipmentBoost", 0, 0, 5, "1",
                "relative rise of the supported faction's equipment (equipment x (1 + boost))");
        /** {@code troops}. */
        public static final Param TROOPS = Param.number("troops", 0, 0, 1e6, "fighters",
                "fighters added, times the sponsor's support level, to the target strength of the troops faction"
                        + " while in force");
        /** {@code troopRate}. */
        public static final Param TROOP_RATE = Param.number("troopRate", 0.05, 0, 1, "per day",
                "share of the gap to the target strength closed per day");

        public MilitarySupport {
            CASH_PER_DAY.check("militarySupport", cashPerDay);
            EQUIPMENT_BOOST.check("militarySupport", equipmentBoost);
            TROOPS.check("militarySupport", troops);
            TROOP_RATE.check("militarySupport", troopRate);
        }
        public String type() { return "militarySupport"; }
        public String actor() { return from; }
    }

    /**
     * Training deal: after {@code lagDays}, the partner's training moves toward {@code cap} by
     * {@code rate} of the gap per day; the provider pays {@code costPerDay}.
     */
    record TrainingDeal(String from, String to, double cap, double rate, int lagDays, double costPerDay)
            implements Instrument {
        /** {@code cap}. */
        public static final Param CAP = Param.required("cap", 0.1, 3, "1",
                "training level aimed at (at most the trainee's trainingCap)");
        /** {@code rate}. */
        public static final Param RATE = Param.required("rate", 0, 1, "per day",
                "share of the training gap closed per day after the lag");
        /** {@code lagDays} (also of a {@link MineralsDeal}). */
        public static final Param LAG_DAYS = Param.integer("lagDays", 0, 0, 3650, "days",
                "days between the start of the deal and the start of training");
        /** {@code costPerDay}. */
        public static final Param COST_PER_DAY = Param.number("costPerDay", 0, 0, 1e10, "US$ per day",
                "what the training power pays, from the start of the deal");

        public TrainingDeal {
            CAP.check("trainingDeal", cap);
            RATE.check("trainingDeal", rate);
            LAG_DAYS.check("trainingDeal", lagDays);
            COST_PER_DAY.check("trainingDeal", costPerDay);
        }
        public String type() { return "trainingDeal"; }
        public String actor() { return from; }
    }

    /**
     * Minerals-for-security deal: the power takes {@code offtakeShare} of the output of mines the partner
     * holds (paid for at the local price, so the partner's revenue is unchanged but the minerals go to the
     * power), and gives cash per day, an equipment boost and training as a {@link TrainingDeal} with
     * {@code trainingCap}, {@code trainingRate} and {@code lagDays}. A {@code deterrent} multiplies the
     * risk threshold of the partner's enemies by (1 + deterrent).
     */
    record MineralsDeal(String power, String partner, double offtakeShare, double cashPerDay,
                        double equipmentBoost, double trainingCap, double trainingRate, int lagDays,
                        double deterrent) implements Instrument {
        /** {@code offtakeShare}. */
        public static final Param OFFTAKE_SHARE = Param.required("offtakeShare", 0, 1, "1",
                "share of the output of the partner's mines that goes to the power, paid for at the local price");
        /** {@code cashPerDay}. */
        public static final Param CASH_PER_DAY = Param.number("cashPerDay", 0, 0, 1e10, "US$ per day",
                "cash the power pays the partner");
        /** {@code trainingCap}. */
        public static final Param TRAINING_CAP = Param.number("trainingCap", 1.0, 0.1, 3, "1",
                "training level the deal moves the partner toward (with a trainingRate above 0; at most the"
                        + " partner's own trainingCap)");
        /** {@code trainingRate}. */
        public static final Param TRAINING_RATE = Param.number("trainingRate", 0, 0, 1, "per day",
                "share of the training gap closed per day after the lag");
        /** {@code deterrent}. */
        public static final Param DETERRENT = Param.number("deterrent", 0, 0, 10, "1",
                "multiplies the risk threshold of the partner's enemies by (1 + deterrent)");
        /**
         * Its numeric keys, in the order of a scenario file (also those of a power's {@code offersDeal}); the
         * equipment boost is that of {@link MilitarySupport}, the lag that of {@link TrainingDeal}.
         */
        public static final List<Param> PARAMS = List.of(OFFTAKE_SHARE, CASH_PER_DAY,
                MilitarySupport.EQUIPMENT_BOOST, TRAINING_CAP, TRAINING_RATE, TrainingDeal.LAG_DAYS, DETERRENT);

        public MineralsDeal {
            OFFTAKE_SHARE.check("mineralsDeal", offtakeShare);
            CASH_PER_DAY.check("mineralsDeal", cashPerDay);
            MilitarySupport.EQUIPMENT_BOOST.check("mineralsDeal", equipmentBoost);
            TRAINING_CAP.check("mineralsDeal", trainingCap);
            TRAINING_RATE.check("mineralsDeal", trainingRate);
            TrainingDeal.LAG_DAYS.check("mineralsDeal", lagDays);
            DETERRENT.check("mineralsDeal", deterrent);
        }
        public String type() { return "mineralsDeal"; }
        public String actor() { return power; }
    }

    /**
     * Ceasefire among {@code parties} (empty: all factions): no party attacks while it holds. Each day it
     * breaks down with probability {@code breakdown} + {@code imbalance} × |ln(force ratio of the two
     * strongest sides)|.
     */
    record Ceasefire(List<String> parties, double breakdown, double imbalance) implements Instrument {
        /** {@code breakdown}. */
        public static final Param BREAKDOWN = Param.number("breakdown", 0.005, 0, 1, "per day",
                "daily probability of breakdown");
        /** {@code imbalance}. */
        public static final Param IMBALANCE = Param.number("imbalance", 0.01, 0, 1,
                "per day per unit of abs(ln ratio)",
                "added to the daily breakdown probability per unit of abs(ln(force ratio of the two strongest"
                        + " sides))");

        public Ceasefire {
            parties = List.copyOf(parties);
            BREAKDOWN.check("ceasefire", breakdown);
            IMBALANCE.check("ceasefire", imbalance);
        }
        public String type() { return "ceasefire"; }
        public String actor() { return ""; }
    }

    /** Forces control of a named place's cell to a faction (a scripted capture). */
    record ForceControl(String place, String faction) implements Instrument {
        public String type() { return "forceControl"; }
        public String actor() { return faction; }
    }

    /**
     * Mediation by a power (or bloc) between the parties: while it is in force, the daily chance of a negotiated
     * ceasefire rises by {@code intensity × rules.negotiation.mediationWeight} (the Luanda, Washington and Doha
     * processes of 2024–2025). It binds no one by itself. {@code between} names who sits at its table (faction
     * or power ids); empty, it is between all the parties. Under {@code rules.negotiation.directTalks} only a
     * table that seats the principal factions of both sides opens the way to a negotiated ceasefire between them
     * (the Luanda and Washington processes were between the DRC and Rwanda; Doha between the DRC and AFC/M23).
     */
    record Mediation(String by, double intensity, List<String> between) implements Instrument {
        /** {@code intensity}. */
        public static final Param INTENSITY = Param.required("intensity", 0, 1, "1",
                "intensity of the mediation (several in force add up, capped at 1)");

        public Mediation {
            INTENSITY.check("mediation", intensity);
            between = List.copyOf(between);
        }

        /** A mediation between all the parties. */
        public Mediation(String by, double intensity) {
            this(by, intensity, List.of());
        }

        public String type() { return "mediation"; }
        public String actor() { return by; }
    }

    /**
     * An import ban: power {@code by} refuses minerals of the kinds given ({@code minerals}, empty for all) that come
     * from or through country {@code from}, as the EU's sanction of a Kigali gold refinery and the debated bans on
     * Rwandan coltan would. Traders pay more to export those minerals across that border (the route cost rises by
     * {@code rules.routes.sanctionKm × severity}, so they divert where another border is within reach), and what
     * still crosses it sells at a discount: the transit country's margin and the holder's tax on that output fall
     * by {@code severity} (several bans combine as 1 − ∏(1 − s)).
     */
    record ImportBan(String by, String from, List<String> minerals, double severity) implements Instrument {
        /** {@code severity}. */
        public static final Param SEVERITY = Param.required("severity", 0, 1, "1",
                "how much of the trade the ban stops (several bans on the same country and mineral combine as"
                        + " 1 - (1 - a)(1 - b))");

        public ImportBan {
            minerals = List.copyOf(minerals);
            SEVERITY.check("importBan", severity);
        }
        public String type() { return "importBan"; }
        public String actor() { return by; }
    }
}
