package org.conflictsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.Levers;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.rules.SanctionRules;
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
 * <p>Why one file of about 780 lines: it is the whole state of the classroom's levers (one property group per lever,
 * each with its slider range from the declarations, its validated setter and its pending request for the next
 * day), which MASON's inspector reads as one bean; a split would be by lever (sanctions, aid, training,
 * ceasefire), the next step if a lever is added.
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

    private final Supplier<ConflictModel> model;
    private final Scenario scenario;
    private final Consumer<TickerEntry> notes;
    private final List<String> powers = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> factions = new ArrayList<>();
    private final List<String> sponsors;
    private final List<String> deals = new ArrayList<>();

    private int sponsor;
    private int sanctionsBy;
    private int sanctionsOn;
    private int aidFrom;
    private int aidTo;
    private int trainingBy;
    private int trainingOf;
    private int deal;
    private int ceasefireDays = 30;
    private double trainingCap = DEFAULT_TRAINING_CAP;
    private final java.util.Map<String, Request> requests = new java.util.HashMap<>();

    /** A value requested by a lever that the model applies at the start of the next day. */
    private record Request(String lever, Object value, long step) {
    }

    /**
     * @param model    the running model (it changes when the simulation restarts)
     * @param scenario its scenario
     * @param notes    receives a ticker line for every lever pulled
     */
    public LeverBoard(Supplier<ConflictModel> model, Scenario scenario, Consumer<TickerEntry> notes) {
        this.model = model;
        this.scenario = scenario;
        this.notes = notes;
        for (PowerSpec p : scenario.powers()) {
            powers.add(p.id());
        }
        for (FactionSpec f : scenario.factions()) {
            factions.add(f.id());
            accounts.add(f.id());
        }
        accounts.addAll(powers);
        List<String> sp = DashboardCharts.sponsors(scenario);
        sponsors = sp.isEmpty() ? List.copyOf(powers) : sp;
        for (EventSpec ev : scenario.events()) {
            if (ev.instrument() instanceof Instrument.MineralsDeal) {
                deals.add(ev.id());
            }
        }
        String firstSponsor = sponsors.isEmpty() ? null : sponsors.get(0);
        int by = -1;
        for (EventSpec ev : scenario.events()) {
            if (by < 0 && ev.instrument() instanceof Instrument.Sanction s) {
                by = powers.indexOf(s.by());
            }
        }
        for (int p = 0; p < powers.size() && by < 0; p++) {
            if (!powers.get(p).equals(firstSponsor)) {
                by = p;
            }
        }
        sanctionsBy = Math.max(0, by);
        sanctionsOn = firstSponsor == null ? 0 : Math.max(0, accounts.indexOf(firstSponsor));
        if (!powers.isEmpty() && accounts.get(sanctionsOn).equals(powers.get(sanctionsBy)) && firstSponsor != null
                && DashboardCharts.backs(scenario, firstSponsor) != null) {
            sanctionsOn = accounts.indexOf(DashboardCharts.backs(scenario, firstSponsor));
        }
        for (EventSpec ev : scenario.events()) {
            if (ev.instrument() instanceof Instrument.Aid a) {
                aidFrom = Math.max(0, powers.indexOf(a.from()));
                aidTo = Math.max(0, accounts.indexOf(a.to()));
                break;
            }
        }
        for (int f = 0; f < factions.size(); f++) {
            if (scenario.factions().get(f).kind() == FactionKind.GOVERNMENT) {
                trainingOf = f;
                break;
            }
        }
        trainingBy = sanctionsBy;
    }

    private ConflictModel m() {
        return model.get();
    }

    private Levers levers() {
        return m().levers();
    }

    // ------------------------------------------------------------------ date

    /** The last simulated day, e.g. "10 Jan 2025 (day 41 of 365)" (day 1 is the scenario's start date). */
    public String getDate() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            int d = Format.lastDay(m);
            return d < 0 ? Format.date(scenario.start()) + " (not started)"
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
        sponsor = check("sponsor", i, sponsors.size());
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
            Object r = requested("support " + sponsors.get(sponsor));
            return r != null ? (Double) r : round(m.supportLevel(scenario.powerIndex(sponsors.get(sponsor))), 3);
        }
    }

    /** Sets the chosen sponsor's support level from the next day (0–5; MASON shows the new value at once). */
    public void setSupportLevel(double level) {
        requirePowers();
        String p = sponsors.get(sponsor);
        ConflictModel m = m();
        synchronized (m.schedule) {
            if (level == getSupportLevel()) {
                return;
            }
            levers().setSupportLevel(p, level);
            remember("support " + p, level);
        }
        note(String.format(Locale.UK, "%s support level set to %.2f from the next day", p, level));
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
        return sanctionsBy;
    }

    /** Chooses the sanctioning power (an index into {@link #domSanctionsBy()}). */
    public void setSanctionsBy(int i) {
        sanctionsBy = check("sanctioning power", i, powers.size());
    }

    /** The powers, for the inspector's menu of who sanctions. */
    public Object domSanctionsBy() {
        return choices(powers);
    }

    /** The faction or power sanctioned. */
    public int getSanctionsOn() {
        return sanctionsOn;
    }

    /** Chooses the sanctioned faction or power (an index into {@link #domSanctionsOn()}). */
    public void setSanctionsOn(int i) {
        sanctionsOn = check("sanctioned faction or power", i, accounts.size());
    }

    /** Factions, then powers, for the inspector's menu of whom to sanction. */
    public Object domSanctionsOn() {
        return choices(accounts);
    }

    /** Combined severity (0–1) of the sanctions in force by the chosen power on the chosen target. */
    public double getSanctionSeverity() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = requested(sanctionKey());
            return r != null ? (Double) r : powers.isEmpty() ? 0
                    : round(severityInForce(m, powers.get(sanctionsBy), accounts.get(sanctionsOn)), 3);
        }
    }

    /**
     * Sets the severity of the sanctions by the chosen power on the chosen target from the next day: those in
     * force are lifted and, above 0, one sanction of this severity is imposed.
     */
    public void setSanctionSeverity(double severity) {
        Param sev = Instrument.Sanction.SEVERITY;
        if (!(severity >= sev.min() && severity <= sev.max())) {
            throw new IllegalArgumentException("sanction severity must be between " + Check.fmt(sev.min()) + " and "
                    + Check.fmt(sev.max()) + ", got " + severity);
        }
        requirePowers();
        String by = powers.get(sanctionsBy);
        String on = accounts.get(sanctionsOn);
        ConflictModel m = m();
        synchronized (m.schedule) {
            if (severity == getSanctionSeverity()) {
                return;
            }
            levers().lift(by, on);
            if (severity > 0) {
                levers().impose(by, on, severity);
            }
            remember(sanctionKey(), severity);
        }
        note(severity > 0 ? String.format(Locale.UK, "%s sanctions on %s set to severity %.2f", by, on, severity)
                + noEffect(on) : by + " lifts its sanctions on " + on);
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

    private String sanctionKey() {
        return "sanctions " + sanctionsBy + ">" + sanctionsOn;
    }

    /** Combined severity 1 - prod(1 - s) of the active sanctions by {@code by} on {@code on}. */
    static double severityInForce(ConflictModel m, String by, String on) {
        double kept = 1;
        List<EventSpec> evs = m.instruments();
        for (int e = 0; e < evs.size(); e++) {
            if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.Sanction s && s.by().equals(by)
                    && s.target().equals(on)) {
                kept = SanctionRules.kept(kept, s.severity());
            }
        }
        return SanctionRules.severity(kept);
    }

    /** Imposes a new round of sanctions ({@value #SANCTION_ROUND}) by the chosen power on the chosen target. */
    public void imposeSanctions() {
        requirePowers();
        String by = powers.get(sanctionsBy);
        String on = accounts.get(sanctionsOn);
        ConflictModel m = m();
        double after;
        synchronized (m.schedule) {
            double before = getSanctionSeverity();
            after = SanctionRules.combined(before, SANCTION_ROUND);
            levers().impose(by, on, SANCTION_ROUND);
            remember(sanctionKey(), after);
        }
        note(String.format(Locale.UK, "%s imposes a new round of sanctions on %s (severity now %.2f)", by, on, after)
                + noEffect(on));
    }

    /** " - no effect: why" when a sanction on {@code target} cannot act in this scenario, else "". */
    private String noEffect(String target) {
        String why = org.conflictsim.scenario.Warnings.sanctionWithoutEffect(scenario, target);
        return why == null ? "" : " - no effect: " + why;
    }

    // ------------------------------------------------------------------ aid

    /** The power giving aid. */
    public int getAidFrom() {
        return aidFrom;
    }

    /** Chooses the donor (an index into {@link #domAidFrom()}). */
    public void setAidFrom(int i) {
        aidFrom = check("donor", i, powers.size());
    }

    /** The powers, for the inspector's menu of donors. */
    public Object domAidFrom() {
        return choices(powers);
    }

    /** The faction or power receiving it. */
    public int getAidTo() {
        return aidTo;
    }

    /** Chooses the recipient (an index into {@link #domAidTo()}). */
    public void setAidTo(int i) {
        aidTo = check("recipient", i, accounts.size());
    }

    /** Factions, then powers, for the inspector's menu of recipients. */
    public Object domAidTo() {
        return choices(accounts);
    }

    /** Aid in force from the chosen donor to the chosen recipient, US$ per day (frozen aid counts). */
    public double getAidLevel() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = requested(aidKey());
            return r != null ? (Double) r : powers.isEmpty() ? 0
                    : round(aidInForce(m, powers.get(aidFrom), accounts.get(aidTo)), 0);
        }
    }

    /**
     * Sets aid from the chosen donor to the chosen recipient to {@code usdPerDay} from the next day: a rise adds
     * aid of the difference, a cut replaces the aid in force by one of the new amount, 0 ends it.
     *
     * @throws IllegalArgumentException for a value outside 0–{@value #MAX_AID}
     */
    public void setAidLevel(double usdPerDay) {
        if (!(usdPerDay >= 0 && usdPerDay <= MAX_AID)) {
            throw new IllegalArgumentException("aid must be between 0 and " + (long) MAX_AID + " US$/day, got "
                    + usdPerDay);
        }
        requirePowers();
        String from = powers.get(aidFrom);
        String to = accounts.get(aidTo);
        ConflictModel m = m();
        synchronized (m.schedule) {
            double now = getAidLevel();
            if (usdPerDay == now) {
                return;
            }
            if (usdPerDay > now) {
                levers().giveAid(from, to, usdPerDay - now);
            } else {
                levers().setAid(from, to, usdPerDay);
            }
            remember(aidKey(), usdPerDay);
        }
        note(String.format(Locale.UK, usdPerDay == 0 ? "%s ends its aid to %s" : "%s aid to %s set to US$%,.0f per day",
                from, to, usdPerDay));
    }

    /** Slider range of the aid, US$ 0 to {@value #MAX_AID} per day. */
    public Object domAidLevel() {
        return new Interval(0.0, MAX_AID);
    }

    /** Tooltip of the aid level. */
    public String desAidLevel() {
        return "Aid in US$ per day from the donor to the recipient: raise, cut or end it (0) here; freeze it below";
    }

    private String aidKey() {
        return "aid " + aidFrom + ">" + aidTo;
    }

    /** Sum of the active aid from {@code from} to {@code to}, US$/day. */
    static double aidInForce(ConflictModel m, String from, String to) {
        double sum = 0;
        List<EventSpec> evs = m.instruments();
        for (int e = 0; e < evs.size(); e++) {
            if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.Aid a && a.from().equals(from)
                    && a.to().equals(to)) {
                sum += a.usdPerDay();
            }
        }
        return sum;
    }

    /** Whether aid from the chosen donor to the chosen recipient is frozen. */
    public boolean isAidFrozen() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = requested(freezeKey());
            if (r != null) {
                return (Boolean) r;
            }
            List<EventSpec> evs = m.instruments();
            for (int e = 0; e < evs.size(); e++) {
                if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.AidFreeze f
                        && f.from().equals(powers.get(aidFrom)) && f.to().equals(accounts.get(aidTo))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Freezes or unfreezes all aid from the chosen donor to the chosen recipient from the next day. */
    public void setAidFrozen(boolean frozen) {
        requirePowers();
        String from = powers.get(aidFrom);
        String to = accounts.get(aidTo);
        ConflictModel m = m();
        synchronized (m.schedule) {
            if (frozen) {
                levers().freezeAid(from, to);
            } else {
                levers().unfreezeAid(from, to);
            }
            remember(freezeKey(), frozen);
        }
        note(from + (frozen ? " freezes its aid to " : " unfreezes its aid to ") + to);
    }

    private String freezeKey() {
        return "freeze " + aidFrom + ">" + aidTo;
    }

    /** Freezes aid from the chosen donor to the chosen recipient (an event, at once). */
    public void freezeAid() {
        setAidFrozen(true);
    }

    // ------------------------------------------------------------------ training

    /** The power providing training. */
    public int getTrainingBy() {
        return trainingBy;
    }

    /** Chooses the trainer (an index into {@link #domTrainingBy()}). */
    public void setTrainingBy(int i) {
        trainingBy = check("trainer", i, powers.size());
    }

    /** The powers, for the inspector's menu of trainers. */
    public Object domTrainingBy() {
        return choices(powers);
    }

    /** The faction trained. */
    public int getTrainingOf() {
        return trainingOf;
    }

    /** Chooses the faction trained (an index into {@link #domTrainingOf()}). */
    public void setTrainingOf(int i) {
        trainingOf = check("trained faction", i, factions.size());
    }

    /** The factions, for the inspector's menu of whom to train. */
    public Object domTrainingOf() {
        return choices(factions);
    }

    /** Training level the chosen power's training aims at (the faction's own ceiling, if lower, still applies). */
    public double getTrainingCap() {
        return trainingCap;
    }

    /**
     * Sets the training level a training started or sped up from now aims at, in the declared range of a training
     * deal's cap (0.1–3; training multiplies a faction's effective force); training in force keeps its own aim.
     */
    public void setTrainingCap(double cap) {
        Param c = Instrument.TrainingDeal.CAP;
        if (!(cap >= c.min() && cap <= c.max())) {
            throw new IllegalArgumentException("training cap must be between " + Check.fmt(c.min()) + " and "
                    + Check.fmt(c.max()) + ", got " + cap);
        }
        trainingCap = cap;
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
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = requested(trainingKey());
            return r != null ? (Double) r : powers.isEmpty() ? 0
                    : round(trainingInForce(m, powers.get(trainingBy), factions.get(trainingOf)), 4);
        }
    }

    /**
     * Sets training of the chosen faction by the chosen power toward {@link #getTrainingCap()} at {@code rate}
     * from the next day, replacing the training in force between them; 0 ends it.
     *
     * @throws IllegalArgumentException for a rate outside 0–{@value #MAX_TRAINING_RATE}
     */
    public void setTrainingRate(double rate) {
        if (!(rate >= 0 && rate <= MAX_TRAINING_RATE)) {
            throw new IllegalArgumentException("training rate must be between 0 and " + MAX_TRAINING_RATE
                    + " per day, got " + rate);
        }
        requirePowers();
        String by = powers.get(trainingBy);
        String of = factions.get(trainingOf);
        ConflictModel m = m();
        synchronized (m.schedule) {
            double now = getTrainingRate();
            if (rate == now) {
                return;
            }
            levers().setTraining(by, of, trainingCap, rate);
            remember(trainingKey(), rate);
        }
        note(rate == 0 ? by + " ends its training of " + of : String.format(Locale.UK,
                "%s trains %s toward %.2f at %.3f of the gap per day", by, of, trainingCap, rate));
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

    private String trainingKey() {
        return "training " + trainingBy + ">" + trainingOf;
    }

    /** Highest rate of the active training deals from {@code by} to {@code of}. */
    static double trainingInForce(ConflictModel m, String by, String of) {
        double r = 0;
        List<EventSpec> evs = m.instruments();
        for (int e = 0; e < evs.size(); e++) {
            if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.TrainingDeal t && t.from().equals(by)
                    && t.to().equals(of)) {
                r = Math.max(r, t.rate());
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ deals

    /** The scenario's minerals-for-security deal the switch concerns. */
    public int getDeal() {
        return deal;
    }

    /** Chooses the deal (an index into {@link #domDeal()}). */
    public void setDeal(int i) {
        deal = check("deal", i, deals.size());
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
            Object r = requested("deal " + deals.get(deal));
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
            remember("deal " + id, on);
        }
        note((on ? "deal " + id + " signed" : "deal " + id + " ended") + " from the next day");
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
        ceasefireDays = check("ceasefire days", days - 1, 365) + 1;
    }

    /** Slider range of the ceasefire's length, 1–365 days. */
    public Object domCeasefireDays() {
        return new Interval(1L, 365L);
    }

    /** Whether a ceasefire is in force. */
    public boolean isCeasefireOn() {
        ConflictModel m = m();
        synchronized (m.schedule) {
            Object r = requested("ceasefire");
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
            remember("ceasefire", on);
        }
        note(on ? "ceasefire declared for " + ceasefireDays + " days" : "ceasefires ended");
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

    /** A value rounded to some decimals for the inspector (the model keeps full precision). */
    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** A menu's entries; MASON needs at least one. */
    private static String[] choices(List<String> items) {
        return items.isEmpty() ? new String[] {"(none)"} : items.toArray(new String[0]);
    }

    private void requirePowers() {
        if (powers.isEmpty()) {
            throw new IllegalArgumentException("this scenario has no foreign power to pull the lever");
        }
    }

    private static int check(String what, int i, int n) {
        if (i < 0 || i >= Math.max(1, n)) {
            throw new IllegalArgumentException(what + " must be one of the " + n + " listed, got index " + i);
        }
        return i;
    }

    private void remember(String lever, Object value) {
        requests.put(lever, new Request(lever, value, m().schedule.getSteps()));
    }

    /** The value requested for a lever that the model has not applied yet (no day has passed), or null. */
    private Object requested(String lever) {
        Request r = requests.get(lever);
        return r != null && m().schedule.getSteps() == r.step() ? r.value() : null;
    }

    private void note(String text) {
        ConflictModel m = m();
        notes.accept(new TickerEntry(Format.lastDay(m) < 0 ? scenario.start() : m.date(), "Lever", text,
                TickerEntry.LEVER));
    }

    /** Property names in the order the inspector lists them. */
    public static String[] order() {
        return new String[] {"Date", "Sponsor", "SupportLevel", "SanctionsBy", "SanctionsOn", "SanctionSeverity",
            "AidFrom", "AidTo", "AidLevel", "AidFrozen", "TrainingBy", "TrainingOf", "TrainingCap", "TrainingRate",
            "Deal", "DealOn", "CeasefireDays", "CeasefireOn"};
    }
}
