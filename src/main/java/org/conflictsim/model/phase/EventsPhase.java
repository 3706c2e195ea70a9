package org.conflictsim.model.phase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.rules.CeasefireRules;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.Place;

/**
 * Phase 1, events (model brief: "apply the scenario's dated or triggered events"): the day's books open, the
 * levers pulled since yesterday apply, instruments start and end by date or trigger, scripted captures happen,
 * ceasefires may break down ({@link CeasefireRules}), and the standing effects of the instruments in force are
 * recomputed when anything changed.
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
            boolean start;
            if (ev.on() != null) {
                start = ev.on().equals(today) || (day == 0 && ev.on().isBefore(today)
                        && (ev.until() == null || ev.until().isAfter(today)));
            } else {
                boolean cond = Triggers.holds(ev.trigger(), state);
                start = cond && (!agenda.fired(e) || (ev.repeat() && !agenda.conditionBefore(e)));
                agenda.setCondition(e, cond);
            }
            if (start && (ev.until() == null || ev.until().isAfter(today))) {
                int since = ev.on() != null && ev.on().isBefore(today)
                        ? day - (int) ChronoUnit.DAYS.between(ev.on(), today) : day;
                agenda.start(e, since, ev.forDays() > 0 ? since + ev.forDays() : Integer.MAX_VALUE);
                changed = true;
                state.log().log(ev.trigger() == null ? "instrument-start" : "trigger", ev.id(), ev.instrument().actor(),
                        ev.label() + (ev.trigger() == null ? "" : " (when " + ev.trigger().type() + ")"));
                if (ev.instrument() instanceof Instrument.ForceControl fc) {
                    forceControl(fc);
                }
            }
        }
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.active(e) && agenda.instrument(e) instanceof Instrument.Ceasefire cf) {
                double p = CeasefireRules.breakdownProbability(cf.breakdown(), cf.imbalance(), sideForceRatio());
                if (CeasefireRules.breaksDown(state.random().nextDouble(), p)) {
                    agenda.end(e);
                    changed = true;
                    state.log().log("ceasefire-breakdown", agenda.event(e).id(), "", agenda.event(e).label());
                }
            }
        }
        if (changed || leversChanged || day == 0) {
            StandingEffects.apply(state);
        }
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
