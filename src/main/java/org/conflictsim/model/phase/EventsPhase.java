package org.conflictsim.model.phase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.CeasefireRules;
import org.conflictsim.model.rules.NegotiationRules;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.Place;

/**
 * Phase 1, events (model brief: "apply the scenario's dated or triggered events"): the day's books open, the
 * levers pulled since yesterday apply, instruments start and end by date or trigger (a triggered one after its
 * delay), scripted captures happen, ceasefires may break down ({@link CeasefireRules}, more likely after a
 * spoiler's attack), the parties may agree to a ceasefire ({@link NegotiationRules}), and the standing effects of
 * the instruments in force are recomputed when anything changed.
 */
public final class EventsPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public EventsPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        state.books().openDay();
        Agenda agenda = state.agenda();
        boolean leversChanged = agenda.applyQueued();
        state.territory().clearDay();
        state.clearBattlesToday();
        LocalDate today = state.date();
        int day = state.day();
        boolean changed = false;
        for (int e = 0; e < agenda.size(); e++) {
            EventSpec ev = agenda.event(e);
            if (agenda.active(e) && ends(ev, e, today, day)) {
                agenda.end(e);
                changed = true;
                state.log().log("instrument-end", ev.id(), ev.instrument().actor(), ev.label());
                continue;
            }
            if (agenda.active(e) || agenda.forcedOff(e)) {
                continue;
            }
            if (agenda.pendingStart(e) >= 0) {
                if (day >= agenda.pendingStart(e) && (ev.until() == null || ev.until().isAfter(today))) {
                    agenda.start(e, day, ev.forDays() > 0 ? day + ev.forDays() : Integer.MAX_VALUE);
                    changed = true;
                    state.log().log("instrument-start", ev.id(), ev.instrument().actor(), ev.label()
                            + " (" + ev.delayDays() + " days after " + ev.trigger().type() + ")");
                    act(ev);
                }
                continue;
            }
            boolean start;
            if (ev.on() != null) {
                start = ev.on().equals(today) || (day == 0 && ev.on().isBefore(today)
                        && (ev.until() == null || ev.until().isAfter(today)));
            } else {
                boolean cond = Triggers.holds(ev.trigger(), state);
                start = cond && (!agenda.fired(e) || (ev.repeat() && !agenda.conditionBefore(e)));
                agenda.setCondition(e, cond);
            }
            if (start && ev.delayDays() > 0 && (ev.until() == null || ev.until().isAfter(today))) {
                agenda.schedule(e, day + ev.delayDays());
                state.log().log("trigger", ev.id(), ev.instrument().actor(), ev.label() + " (when "
                        + ev.trigger().type() + "; acts in " + ev.delayDays() + " days)");
            } else if (start && (ev.until() == null || ev.until().isAfter(today))) {
                int since = ev.on() != null && ev.on().isBefore(today)
                        ? day - (int) ChronoUnit.DAYS.between(ev.on(), today) : day;
                agenda.start(e, since, ev.forDays() > 0 ? since + ev.forDays() : Integer.MAX_VALUE);
                changed = true;
                state.log().log(ev.trigger() == null ? "instrument-start" : "trigger", ev.id(), ev.instrument().actor(),
                        ev.label() + (ev.trigger() == null ? "" : " (when " + ev.trigger().type() + ")"));
                act(ev);
            }
        }
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.active(e) && agenda.instrument(e) instanceof Instrument.Ceasefire cf) {
                Rules.Negotiation nr = state.rules().negotiation();
                double p = NegotiationRules.heldByMediation(
                        CeasefireRules.breakdownProbability(cf.breakdown(), cf.imbalance(), sideForceRatio())
                                + NegotiationRules.violation(state.violatedYesterday(), nr.violationWeight()),
                        nr.mediationHold(), agenda.mediation());
                if (CeasefireRules.breaksDown(state.random().nextDouble(), p)) {
                    agenda.end(e);
                    changed = true;
                    state.log().log("ceasefire-breakdown", agenda.event(e).id(), "", agenda.event(e).label());
                }
            }
        }
        if (negotiate()) {
            changed = true;
        }
        if (changed || leversChanged || day == 0) {
            StandingEffects.apply(state);
        }
    }

    /** What an instrument does at once when it starts: a scripted capture. */
    private void act(EventSpec ev) {
        if (ev.instrument() instanceof Instrument.ForceControl fc) {
            forceControl(fc);
        }
    }

    /**
     * Negotiations (rules.negotiation): with no ceasefire in force, the main parties — every faction but the
     * militias, which are not at the table — agree to a ceasefire with the daily probability of
     * {@link NegotiationRules#hazard}, rising with stalemate, the sponsors' costs (the highest cost share of any
     * power with military support in force) and mediation. No draw is made
     * when negotiation is off (all its weights 0).
     *
     * @return whether a ceasefire was agreed today
     */
    private boolean negotiate() {
        Rules.Negotiation nr = state.rules().negotiation();
        boolean on = nr.hazard() > 0 || nr.stalemateWeight() > 0 || nr.costWeight() > 0 || nr.mediationWeight() > 0;
        Agenda agenda = state.agenda();
        if (!on || agenda.ceasefireInForce()) {
            return false;
        }
        double costShare = 0;
        for (ForeignPower p : state.powers()) {
            if (!agenda.supportedBy(p.getId()).isEmpty()) {
                costShare = Math.max(costShare, p.getCostShare());
            }
        }
        double h = NegotiationRules.hazard(nr.hazard(), nr.stalemateWeight(),
                NegotiationRules.stalemate(state.day() - state.lastPlaceCapture(), nr.stalemateDays()),
                nr.costWeight(), costShare, nr.mediationWeight(), agenda.mediation());
        if (nr.directTalks() > 0) {
            h *= NegotiationRules.talks(principalsTalk(agenda), nr.directTalks());
        }
        if (!NegotiationRules.agrees(state.random().nextDouble(), h)) {
            return false;
        }
        List<String> parties = new ArrayList<>();
        for (Faction f : state.factions()) {
            if (f.kind() != FactionKind.MILITIA) {
                parties.add(f.getId());
            }
        }
        int n = state.nextNegotiation();
        EventSpec ev = new EventSpec("negotiated-ceasefire-" + n, "Negotiated ceasefire " + n, null, null,
                new Trigger.Immediately(), 0, false,
                new Instrument.Ceasefire(parties, nr.breakdown(), nr.imbalance()), "negotiation");
        agenda.add(ev);
        int e = agenda.size() - 1;
        agenda.start(e, state.day(), Integer.MAX_VALUE);
        state.log().log("ceasefire-negotiated", ev.id(), "", String.format(java.util.Locale.ROOT,
                "the parties (%s) agree to a ceasefire (daily chance %.3f)", String.join(", ", parties), h));
        return true;
    }

    /**
     * Whether a mediation in force seats the principals of the two strongest sides ({@link NegotiationRules#seats}).
     * A side's principal is its strongest government or rebel faction (by fighters × quality), else its strongest
     * faction other than a militia; foreign forces and militias fight, but their side's principal talks.
     */
    private boolean principalsTalk(Agenda agenda) {
        int sides = 0;
        for (Faction f : state.factions()) {
            sides = Math.max(sides, f.side() + 1);
        }
        double[] bySide = new double[sides];
        Faction[] principal = new Faction[sides];
        for (Faction f : state.factions()) {
            double force = f.getFighters() * f.getQuality();
            bySide[f.side()] += force;
            if (f.kind() != FactionKind.MILITIA && (principal[f.side()] == null
                    || rank(f) > rank(principal[f.side()])
                    || (rank(f) == rank(principal[f.side()])
                            && force > principal[f.side()].getFighters() * principal[f.side()].getQuality()))) {
                principal[f.side()] = f;
            }
        }
        int first = -1;
        int second = -1;
        for (int s = 0; s < sides; s++) {
            if (principal[s] == null) {
                continue;
            }
            if (first < 0 || bySide[s] > bySide[first]) {
                second = first;
                first = s;
            } else if (second < 0 || bySide[s] > bySide[second]) {
                second = s;
            }
        }
        return second < 0 || NegotiationRules.seats(agenda.tables(), principal[first].getId(), principal[second].getId());
    }

    /** A government or rebel faction speaks for its side before a foreign force does. */
    private static int rank(Faction f) {
        return f.kind() == FactionKind.GOVERNMENT || f.kind() == FactionKind.REBEL ? 1 : 0;
    }

    /** Whether instrument e, in force, ends today: its date or days are up, or its power no longer wants the deal. */
    private boolean ends(EventSpec ev, int e, LocalDate today, int day) {
        return (ev.until() != null && !ev.until().isAfter(today)) || day >= state.agenda().activeUntil(e)
                || (ev.trigger() instanceof Trigger.DealWorthwhile dw && !state.agenda().leverOn(e)
                        && !state.power(dw.power()).isDealWanted());
    }

    /** The effective force of the strongest side over the second strongest's ({@link CeasefireRules#forceRatio}). */
    private double sideForceRatio() {
        double[] bySide = new double[state.factions().size()];
        for (Faction f : state.factions()) {
            bySide[f.side()] += f.getFighters() * f.getQuality();
        }
        return CeasefireRules.forceRatio(bySide);
    }

    /** A scripted capture: the old side's forces in the place's cell fall back to their reserves. */
    private void forceControl(Instrument.ForceControl fc) {
        List<Place> places = state.world().places();
        for (Place p : places) {
            int c = p.cell();
            if (p.id().equals(fc.place()) && c >= 0 && state.world().theatre(c)) {
                Faction taker = state.faction(fc.faction());
                for (Faction g : state.factions()) {
                    if (g.side() != taker.side() && g.forcesIn(c) > 0) {
                        g.forces().withdraw(c);
                    }
                }
                Captures.take(state, c, taker.index());
            }
        }
    }
}
