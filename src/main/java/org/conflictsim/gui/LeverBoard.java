package org.conflictsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.Levers;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.Scenario;
import sim.util.Interval;

/**
 * The instructor's levers as one small inspectable object (the GUI's model inspector): each lever is a MASON
 * property ({@code getX/setX/domX}) with a range, and each change goes through the model's {@link Levers},
 * so it takes effect at the start of the next simulated day. Menus choose whom a lever concerns (which
 * sponsor, who sanctions whom, who aids whom, who trains whom, which deal); the value shown is the model's
 * own (for example the combined severity of the sanctions in force), or the value just requested until the
 * next day applies it.
 *
 * <p>Four actions fire an event at once (buttons in the inspector): {@link #imposeSanctions()},
 * {@link #freezeAid()}, {@link #signDeal()} and {@link #declareCeasefire()}.
 *
 * <p>Aid and training can be raised, lowered or ended (0): lowering replaces the instruments in force between
 * the two parties by one of the new level ({@link org.conflictsim.model.Levers#setAid},
 * {@link org.conflictsim.model.Levers#setTraining}); a value out of range is refused with an
 * {@link IllegalArgumentException} whose message the inspector shows in the ticker.
 *
 * <p>Thread safety: setters and getters lock the model's schedule, as MASON's play thread does while it
 * steps, so a lever never reads the model in the middle of a day.
 *
 * <p>This class is the bean the inspector reads (each property's getter, setter, slider range and tooltip);
 * the sanctions, aid and training levers keep their choices and act through {@link SanctionLevers},
 * {@link AidLevers} and {@link TrainingLevers}, and what the levers share (the model, the menus, the requests
 * pending until the next day, the ticker) is a {@link LeverContext}.
 */
public final class LeverBoard {
    /** Severity added by one round of sanctions ({@link #imposeSanctions()}); rounds combine as 1 - (1-a)(1-b). */
    public static final double SANCTION_ROUND = 0.2;
    /** Daily breakdown probability of a ceasefire declared here (ceasefire-2025.yaml's assumption). */
    public static final double CEASEFIRE_BREAKDOWN = 0.002;
    /** Added breakdown probability per unit of |ln(force ratio)| (ceasefire-2025.yaml's assumption). */
    public static final double CEASEFIRE_IMBALANCE = 0.005;
    /** Largest aid on the slider, US$ per day. */
    public static final double MAX_AID = 1_000_000;
    /** Largest training rate on the slider, share of the gap closed per day. */
    public static final double MAX_TRAINING_RATE = 0.05;
    /**
     * Training level a trainer aims at unless the instructor sets another: 1.2, the assumption of the shipped
     * deals (us-minerals-for-security.yaml: trained units reach twice FARDC's 0.6).
     */
    public static final double DEFAULT_TRAINING_CAP = 1.2;

    private final LeverContext c;
    private final List<String> sponsors;
    private final List<String> deals = new ArrayList<>();
    private final SanctionLevers sanctions;
    private final AidLevers aid;
    private final TrainingLevers training;

    private int sponsor;
    private int deal;
    private int ceasefireDays = 30;

    /**
     * @param model    the running model (it changes when the simulation restarts)
     * @param scenario its scenario
     * @param notes    receives a ticker line for every lever pulled
     */
    public LeverBoard(Supplier<ConflictModel> model, Scenario scenario, Consumer<TickerEntry> notes) {
        this.c = new LeverContext(model, scenario, notes);
        List<String> sp = DashboardCharts.sponsors(scenario);
        sponsors = sp.isEmpty() ? List.copyOf(c.powers()) : sp;
        for (EventSpec ev : scenario.events()) {
            if (ev.instrument() instanceof Instrument.MineralsDeal) {
                deals.add(ev.id());
            }
        }
        sanctions = new SanctionLevers(c, sponsors);
        aid = new AidLevers(c);
        training = new TrainingLevers(c, sanctions.by());
    }

    private ConflictModel m() {
        return c.model();
    }

    private Levers levers() {
        return c.levers();
    }

    // ------------------------------------------------------------------ date

    /** The last simulated day, e.g. "10 Jan 2025 (day 41 of 365)" (day 1 is the scenario's start date). */
    public String getDate() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            int d = Format.lastDay(m);
            return d < 0 ? Format.date(c.scenario().start()) + " (not started)"
                    : Format.date(m.date()) + " (day " + (d + 1) + " of " + m.days() + ")";
        }
    }

    // ------------------------------------------------------------------ support level

    /** The sponsor whose support level the next lever sets (index into {@link #domSponsor()}). */
    public int getSponsor() {
        return sponsor;
    }

    /** Chooses the sponsor (an index into {@link #domSponsor()}). */
    public void setSponsor(int i) {
        sponsor = LeverContext.check("sponsor", i, sponsors.size());
    }

    /** The sponsoring powers, for the inspector's menu. */
    public Object domSponsor() {
        return choices(sponsors);
    }

    /** Tooltip of the sponsor menu. */
    public String desSponsor() {
        return "The power whose military support (cash and troops) the support level scales";
    }

    /** The sponsor's support level: its military support (cash and troops) is multiplied by it. */
    public double getSupportLevel() {
        if (sponsors.isEmpty()) {
            return 0;
        }
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = c.requested("support " + sponsors.get(sponsor));
            return r != null ? (Double) r
                    : LeverContext.round(m.supportLevel(c.scenario().powerIndex(sponsors.get(sponsor))), 3);
        }
    }

    /** Sets the chosen sponsor's support level from the next day (0–5; MASON shows the new value at once). */
    public void setSupportLevel(double level) {
        c.requirePowers();
        String p = sponsors.get(sponsor);
        ConflictModel m = m();
        synchronized (m.schedule) {
            if (level == getSupportLevel()) {
                return;
            }
            levers().setSupportLevel(p, level);
            c.remember("support " + p, level);
        }
        c.note(String.format(Locale.UK, "%s support level set to %.2f from the next day", p, level));
    }

    /** Slider range of the support level: 0 (none) to 5, as {@link Levers#setSupportLevel} accepts. */
    public Object domSupportLevel() {
        return new Interval(0.0, 5.0);
    }

    /** Tooltip of the support level. */
    public String desSupportLevel() {
        return "<html>Multiplies the sponsor's military support (cash and troops); 1 = as scripted.<br>"
                + "An adaptive sponsor revises it itself every 30 days.</html>";
    }

    // ------------------------------------------------------------------ sanctions

    /** The power that imposes the sanctions. */
    public int getSanctionsBy() {
        return sanctions.by();
    }

    /** Chooses the sanctioning power (an index into {@link #domSanctionsBy()}). */
    public void setSanctionsBy(int i) {
        sanctions.by(i);
    }

    /** The powers, for the inspector's menu of who sanctions. */
    public Object domSanctionsBy() {
        return choices(c.powers());
    }

    /** The faction or power sanctioned. */
    public int getSanctionsOn() {
        return sanctions.on();
    }

    /** Chooses the sanctioned faction or power (an index into {@link #domSanctionsOn()}). */
    public void setSanctionsOn(int i) {
        sanctions.on(i);
    }

    /** Factions, then powers, for the inspector's menu of whom to sanction. */
    public Object domSanctionsOn() {
        return choices(c.accounts());
    }

    /** Combined severity (0–1) of the sanctions in force by the chosen power on the chosen target. */
    public double getSanctionSeverity() {
        return sanctions.severity();
    }

    /**
     * Sets the severity of the sanctions by the chosen power on the chosen target from the next day: those in
     * force are lifted and, above 0, one sanction of this severity is imposed.
     */
    public void setSanctionSeverity(double severity) {
        sanctions.severity(severity);
    }

    /** Slider range of the severity: the declared range of a sanction's severity (0–1). */
    public Object domSanctionSeverity() {
        return new Interval(Instrument.Sanction.SEVERITY.min(), Instrument.Sanction.SEVERITY.max());
    }

    /** Tooltip of the severity. */
    public String desSanctionSeverity() {
        return "<html>Cuts the target's smuggling income and the outside cash it receives by this share;<br>"
                + "a sponsor pays it again on its sponsorship as reputational cost. 0 lifts them.</html>";
    }

    /** Imposes a new round of sanctions ({@value #SANCTION_ROUND}) by the chosen power on the chosen target. */
    public void imposeSanctions() {
        sanctions.imposeRound();
    }

    // ------------------------------------------------------------------ aid

    /** The power giving aid. */
    public int getAidFrom() {
        return aid.from();
    }

    /** Chooses the donor (an index into {@link #domAidFrom()}). */
    public void setAidFrom(int i) {
        aid.from(i);
    }

    /** The powers, for the inspector's menu of donors. */
    public Object domAidFrom() {
        return choices(c.powers());
    }

    /** The faction or power receiving it. */
    public int getAidTo() {
        return aid.to();
    }

    /** Chooses the recipient (an index into {@link #domAidTo()}). */
    public void setAidTo(int i) {
        aid.to(i);
    }

    /** Factions, then powers, for the inspector's menu of recipients. */
    public Object domAidTo() {
        return choices(c.accounts());
    }

    /** Aid in force from the chosen donor to the chosen recipient, US$ per day (frozen aid counts). */
    public double getAidLevel() {
        return aid.level();
    }

    /**
     * Sets aid from the chosen donor to the chosen recipient to {@code usdPerDay} from the next day: a rise adds
     * aid of the difference, a cut replaces the aid in force by one of the new amount, 0 ends it.
     *
     * @throws IllegalArgumentException for a value outside 0–{@value #MAX_AID}
     */
    public void setAidLevel(double usdPerDay) {
        aid.level(usdPerDay);
    }

    /** Slider range of the aid, US$ 0 to {@value #MAX_AID} per day. */
    public Object domAidLevel() {
        return new Interval(0.0, MAX_AID);
    }

    /** Tooltip of the aid level. */
    public String desAidLevel() {
        return "Aid in US$ per day from the donor to the recipient: raise, cut or end it (0) here; freeze it below";
    }

    /** Whether aid from the chosen donor to the chosen recipient is frozen. */
    public boolean isAidFrozen() {
        return aid.frozen();
    }

    /** Freezes or unfreezes all aid from the chosen donor to the chosen recipient from the next day. */
    public void setAidFrozen(boolean frozen) {
        aid.frozen(frozen);
    }

    /** Freezes aid from the chosen donor to the chosen recipient (an event, at once). */
    public void freezeAid() {
        setAidFrozen(true);
    }

    // ------------------------------------------------------------------ training

    /** The power providing training. */
    public int getTrainingBy() {
        return training.by();
    }

    /** Chooses the trainer (an index into {@link #domTrainingBy()}). */
    public void setTrainingBy(int i) {
        training.by(i);
    }

    /** The powers, for the inspector's menu of trainers. */
    public Object domTrainingBy() {
        return choices(c.powers());
    }

    /** The faction trained. */
    public int getTrainingOf() {
        return training.of();
    }

    /** Chooses the faction trained (an index into {@link #domTrainingOf()}). */
    public void setTrainingOf(int i) {
        training.of(i);
    }

    /** The factions, for the inspector's menu of whom to train. */
    public Object domTrainingOf() {
        return choices(c.factions());
    }

    /** Training level the chosen power's training aims at (the faction's own ceiling, if lower, still applies). */
    public double getTrainingCap() {
        return training.cap();
    }

    /**
     * Sets the training level a training started or sped up from now aims at, in the declared range of a training
     * deal's cap (0.1–3; training multiplies a faction's effective force); training in force keeps its own aim.
     */
    public void setTrainingCap(double cap) {
        training.cap(cap);
    }

    /** Slider range of the training cap: the declared range of a training deal's cap (0.1–3). */
    public Object domTrainingCap() {
        return new Interval(Instrument.TrainingDeal.CAP.min(), Instrument.TrainingDeal.CAP.max());
    }

    /** Tooltip of the training cap. */
    public String desTrainingCap() {
        return "<html>Training level the trainer aims at, for training started or sped up from now;<br>"
                + "the faction's own ceiling (trainingCap in the scenario) still applies</html>";
    }

    /** Rate of the chosen power's training of the chosen faction: share of the gap to its cap closed per day. */
    public double getTrainingRate() {
        return training.rate();
    }

    /**
     * Sets training of the chosen faction by the chosen power toward {@link #getTrainingCap()} at {@code rate}
     * from the next day, replacing the training in force between them; 0 ends it.
     *
     * @throws IllegalArgumentException for a rate outside 0–{@value #MAX_TRAINING_RATE}
     */
    public void setTrainingRate(double rate) {
        training.rate(rate);
    }

    /** Slider range of the training rate, 0 to {@value #MAX_TRAINING_RATE} of the gap per day. */
    public Object domTrainingRate() {
        return new Interval(0.0, MAX_TRAINING_RATE);
    }

    /** Tooltip of the training rate. */
    public String desTrainingRate() {
        return "<html>Share of the gap to the faction's training cap closed per day;<br>"
                + "training multiplies the faction's effective force; 0 ends the training</html>";
    }

    // ------------------------------------------------------------------ deals

    /** The scenario's minerals-for-security deal the switch concerns. */
    public int getDeal() {
        return deal;
    }

    /** Chooses the deal (an index into {@link #domDeal()}). */
    public void setDeal(int i) {
        deal = LeverContext.check("deal", i, deals.size());
    }

    /** The scenario's minerals-for-security deals (event ids), for the inspector's menu. */
    public Object domDeal() {
        return deals.isEmpty() ? new String[] {"(no deal in this scenario)"} : deals.toArray(new String[0]);
    }

    /** Whether the chosen deal is in force. */
    public boolean isDealOn() {
        if (deals.isEmpty()) {
            return false;
        }
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = c.requested("deal " + deals.get(deal));
            if (r != null) {
                return (Boolean) r;
            }
            List<EventSpec> evs = m.instruments();
            for (int e = 0; e < evs.size(); e++) {
                if (evs.get(e).id().equals(deals.get(deal))) {
                    return m.eventActive(e);
                }
            }
            return false;
        }
    }

    /**
     * Switches the chosen deal on or off from the next day.
     *
     * @throws IllegalArgumentException when the scenario has no minerals-for-security deal
     */
    public void setDealOn(boolean on) {
        if (deals.isEmpty()) {
            throw new IllegalArgumentException("this scenario has no minerals-for-security deal to switch");
        }
        String id = deals.get(deal);
        ConflictModel m = m();
        synchronized (m.schedule) {
            levers().setDeal(id, on);
            c.remember("deal " + id, on);
        }
        c.note((on ? "deal " + id + " signed" : "deal " + id + " ended") + " from the next day");
    }

    /** Signs the chosen deal (an event, at once). */
    public void signDeal() {
        setDealOn(true);
    }

    // ------------------------------------------------------------------ ceasefire

    /** Days a ceasefire declared here is meant to last (it may break down sooner). */
    public int getCeasefireDays() {
        return ceasefireDays;
    }

    /** Sets how long a ceasefire declared here is meant to last, 1–365 days. */
    public void setCeasefireDays(int days) {
        ceasefireDays = LeverContext.check("ceasefire days", days - 1, 365) + 1;
    }

    /** Slider range of the ceasefire's length, 1–365 days. */
    public Object domCeasefireDays() {
        return new Interval(1L, 365L);
    }

    /** Whether a ceasefire is in force. */
    public boolean isCeasefireOn() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = c.requested("ceasefire");
            if (r != null) {
                return (Boolean) r;
            }
            List<EventSpec> evs = m.instruments();
            for (int e = 0; e < evs.size(); e++) {
                if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.Ceasefire) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Declares a ceasefire binding all factions for {@link #getCeasefireDays()} days from the next day, or ends
     * every ceasefire in force.
     */
    public void setCeasefireOn(boolean on) {
        ConflictModel m = m();
        synchronized (m.schedule) {
            if (on) {
                levers().declareCeasefire(ceasefireDays, CEASEFIRE_BREAKDOWN, CEASEFIRE_IMBALANCE);
            } else {
                levers().endCeasefire();
            }
            c.remember("ceasefire", on);
        }
        c.note(on ? "ceasefire declared for " + ceasefireDays + " days" : "ceasefires ended");
    }

    /** Tooltip of the ceasefire switch. */
    public String desCeasefireOn() {
        return "<html>A ceasefire binds all factions; each day it may break down, the more likely<br>"
                + "the more unequal the two strongest sides (ceasefire-2025.yaml's assumptions)</html>";
    }

    /** Declares a ceasefire (an event, at once). */
    public void declareCeasefire() {
        setCeasefireOn(true);
    }

    // ------------------------------------------------------------------ helpers

    /** A menu's entries; MASON needs at least one. */
    private static String[] choices(List<String> items) {
        return items.isEmpty() ? new String[] {"(none)"} : items.toArray(new String[0]);
    }

    /** Property names in the order the inspector lists them. */
    public static String[] order() {
        return new String[] {"Date", "Sponsor", "SupportLevel", "SanctionsBy", "SanctionsOn", "SanctionSeverity",
            "AidFrom", "AidTo", "AidLevel", "AidFrozen", "TrainingBy", "TrainingOf", "TrainingCap", "TrainingRate",
            "Deal", "DealOn", "CeasefireDays", "CeasefireOn"};
    }
}
