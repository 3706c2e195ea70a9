package org.conflictsim.model.instruments;

import java.util.List;
import org.conflictsim.model.check.Check;

/**
 * A foreign power's (or the scenario's) instrument: a typed object with its own parameters, switched on
 * and off by dated events. Effects are applied by the model's phases; each record documents its effect.
 */
public sealed interface Instrument {

    /** Short type name used in scenario files and the events log. */
    String type();

    /** Id of who pulls it (the power, or the faction of a scripted capture); empty for a ceasefire. */
    String actor();

    /** Aid: {@code usdPerDay} from power {@code from} to faction or power {@code to}, unless frozen. */
    record Aid(String from, String to, double usdPerDay) implements Instrument {
        public Aid {
            Check.range("aid.usdPerDay", usdPerDay, 0, 1e10);
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
        public Sanction {
            Check.range("sanction.severity", severity, 0, 1);
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
        public MilitarySupport {
            Check.range("militarySupport.cashPerDay", cashPerDay, 0, 1e10);
            Check.range("militarySupport.equipmentBoost", equipmentBoost, 0, 5);
            Check.range("militarySupport.troops", troops, 0, 1e6);
            Check.range("militarySupport.troopRate", troopRate, 0, 1);
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
        public TrainingDeal {
            Check.range("trainingDeal.cap", cap, 0.1, 3);
            Check.range("trainingDeal.rate", rate, 0, 1);
            Check.range("trainingDeal.lagDays", lagDays, 0, 3650);
            Check.range("trainingDeal.costPerDay", costPerDay, 0, 1e10);
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
        public MineralsDeal {
            Check.range("mineralsDeal.offtakeShare", offtakeShare, 0, 1);
            Check.range("mineralsDeal.cashPerDay", cashPerDay, 0, 1e10);
            Check.range("mineralsDeal.equipmentBoost", equipmentBoost, 0, 5);
            Check.range("mineralsDeal.trainingCap", trainingCap, 0.1, 3);
            Check.range("mineralsDeal.trainingRate", trainingRate, 0, 1);
            Check.range("mineralsDeal.lagDays", lagDays, 0, 3650);
            Check.range("mineralsDeal.deterrent", deterrent, 0, 10);
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
        public Ceasefire {
            parties = List.copyOf(parties);
            Check.range("ceasefire.breakdown", breakdown, 0, 1);
            Check.range("ceasefire.imbalance", imbalance, 0, 1);
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
     * processes of 2024–2025). It binds no one by itself.
     */
    record Mediation(String by, double intensity) implements Instrument {
        public Mediation {
            Check.range("mediation.intensity", intensity, 0, 1);
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
        public ImportBan {
            minerals = List.copyOf(minerals);
            Check.range("importBan.severity", severity, 0, 1);
        }
        public String type() { return "importBan"; }
        public String actor() { return by; }
    }
}
