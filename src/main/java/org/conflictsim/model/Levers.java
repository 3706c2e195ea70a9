package org.conflictsim.model;

import java.util.List;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;

/**
 * The levers of a running model, for instructors (the GUI) and scripted experiments: each call queues a
 * change that takes effect at the start of the next day's events phase and is written to the events log.
 * Levers add instruments or switch existing ones; they never edit the scenario.
 */
public final class Levers {
    private final ModelState state;
    private final Agenda agenda;
    private int added;

    Levers(ModelState state) {
        this.state = state;
        this.agenda = state.agenda();
    }

    /**
     * Sets a power's support level: its military support (cash and troops) is multiplied by it.
     *
     * @param power power id
     * @param level 0 (none) to 5
     */
    public void setSupportLevel(String power, double level) {
        int p = power(power);
        Check.range("support level", level, 0, 5);
        agenda.queue(() -> {
            state.powers().get(p).changeSupportLevel(level);
            state.log().log("support-level", power, power,
                    String.format(java.util.Locale.ROOT, "support level set to %.2f (lever)", level));
        });
    }

    /** Imposes sanctions of a severity (0–1) by one power on a faction or power, from the next day on. */
    public void impose(String by, String target, double severity) {
        power(by);
        account(target);
        Check.range("severity", severity, Instrument.Sanction.SEVERITY.min(), Instrument.Sanction.SEVERITY.max());
        add("sanction", "Sanctions by " + by + " on " + target + " (lever)", new Instrument.Sanction(by, target, severity));
    }

    /** Lifts every sanction by {@code by} on {@code target}. */
    public void lift(String by, String target) {
        power(by);
        account(target);
        agenda.queue(() -> switchOffMatching(in -> in instanceof Instrument.Sanction s && s.by().equals(by)
                && s.target().equals(target)));
    }

    /** Starts aid of {@code usdPerDay} from a power to a faction or power. */
    public void giveAid(String from, String to, double usdPerDay) {
        power(from);
        account(to);
        Check.range("aid", usdPerDay, Instrument.Aid.USD_PER_DAY.min(), Instrument.Aid.USD_PER_DAY.max());
        add("aid", "Aid from " + from + " to " + to + " (lever)", new Instrument.Aid(from, to, usdPerDay));
    }

    /**
     * Sets the aid from a power to a faction or power to {@code usdPerDay} from the next day: every aid
     * instrument in force between them ends (each end is logged) and, above zero, one aid of the new amount
     * starts. Zero ends the aid. A freeze in force stays in force.
     */
    public void setAid(String from, String to, double usdPerDay) {
        power(from);
        account(to);
        Check.range("aid", usdPerDay, Instrument.Aid.USD_PER_DAY.min(), Instrument.Aid.USD_PER_DAY.max());
        agenda.queue(() -> {
            switchOffMatching(in -> in instanceof Instrument.Aid a && a.from().equals(from) && a.to().equals(to));
            if (usdPerDay > 0) {
                addNow("aid", "Aid from " + from + " to " + to + " set to US$" + Math.round(usdPerDay) + "/day (lever)",
                        new Instrument.Aid(from, to, usdPerDay));
            }
        });
    }

    /** Freezes all aid from {@code from} to {@code to}. */
    public void freezeAid(String from, String to) {
        power(from);
        account(to);
        add("freeze", "Aid freeze " + from + " -> " + to + " (lever)", new Instrument.AidFreeze(from, to));
    }

    /** Unfreezes aid from {@code from} to {@code to}. */
    public void unfreezeAid(String from, String to) {
        power(from);
        account(to);
        agenda.queue(() -> switchOffMatching(in -> in instanceof Instrument.AidFreeze f && f.from().equals(from)
                && f.to().equals(to)));
    }

    /** Starts training of a faction toward {@code cap} at {@code rate} of the gap per day, with no lag. */
    public void train(String from, String to, double cap, double rate) {
        power(from);
        faction(to);
        add("training", "Training of " + to + " by " + from + " (lever)",
                new Instrument.TrainingDeal(from, to, cap, rate, 0, 0));
    }

    /**
     * Sets training of a faction by a power from the next day: every training deal in force between them ends
     * (each end is logged; training already gained stays and erodes as the rules say) and, for a rate above
     * zero, training toward {@code cap} at {@code rate} of the gap per day starts with no lag, at the daily
     * cost of the deals it replaces. Rate zero ends the training.
     */
    public void setTraining(String from, String to, double cap, double rate) {
        power(from);
        faction(to);
        Check.range("training rate", rate, Instrument.TrainingDeal.RATE.min(), Instrument.TrainingDeal.RATE.max());
        agenda.queue(() -> {
            java.util.function.Predicate<Instrument> same = in -> in instanceof Instrument.TrainingDeal t
                    && t.from().equals(from) && t.to().equals(to);
            double cost = 0;
            for (int e = 0; e < agenda.size(); e++) {
                if (agenda.active(e) && same.test(agenda.instrument(e))) {
                    cost += ((Instrument.TrainingDeal) agenda.instrument(e)).costPerDay();
                }
            }
            switchOffMatching(same);
            if (rate > 0) {
                addNow("training", "Training of " + to + " by " + from + " (lever)",
                        new Instrument.TrainingDeal(from, to, cap, rate, 0, cost));
            }
        });
    }

    /** Switches a scenario's minerals-for-security deal (by event id) on or off. */
    public void setDeal(String eventId, boolean on) {
        int e = eventIndex(eventId);
        if (!(agenda.instrument(e) instanceof Instrument.MineralsDeal)) {
            throw new IllegalArgumentException("event '" + eventId + "' is not a minerals-for-security deal");
        }
        agenda.queue(() -> {
            if (on) {
                switchOn(e);
            } else {
                switchOff(e);
            }
        });
    }

    /** Declares a ceasefire binding all factions for {@code days} days, with the given breakdown risks. */
    public void declareCeasefire(int days, double breakdown, double imbalance) {
        Check.range("days", days, (int) Scenario.DAYS.min(), (int) Scenario.DAYS.max());
        Check.range("breakdown", breakdown, Instrument.Ceasefire.BREAKDOWN.min(), Instrument.Ceasefire.BREAKDOWN.max());
        Check.range("imbalance", imbalance, Instrument.Ceasefire.IMBALANCE.min(), Instrument.Ceasefire.IMBALANCE.max());
        agenda.queue(() -> {
            EventSpec ev = new EventSpec("lever-" + (++added) + "-ceasefire", "Ceasefire (lever)", null, null,
                    new org.conflictsim.model.instruments.Trigger.Immediately(), days, false,
                    new Instrument.Ceasefire(List.of(), breakdown, imbalance), "lever");
            agenda.add(ev);
        });
    }

    /**
     * Starts mediation by a power at an intensity (0–1) for {@code days} days: it raises the daily chance of a
     * negotiated ceasefire (rules.negotiation.mediationWeight; no effect when negotiation is off).
     */
    public void mediate(String by, double intensity, int days) {
        power(by);
        Check.range("intensity", intensity, Instrument.Mediation.INTENSITY.min(), Instrument.Mediation.INTENSITY.max());
        Check.range("days", days, (int) Scenario.DAYS.min(), (int) Scenario.DAYS.max());
        agenda.queue(() -> agenda.add(new EventSpec("lever-" + (++added) + "-mediation", "Mediation by " + by
                + " (lever)", null, null, new org.conflictsim.model.instruments.Trigger.Immediately(), days, false,
                new Instrument.Mediation(by, intensity), "lever")));
    }

    /** Ends every active ceasefire. */
    public void endCeasefire() {
        agenda.queue(() -> switchOffMatching(in -> in instanceof Instrument.Ceasefire));
    }

    private void add(String kind, String label, Instrument in) {
        agenda.queue(() -> addNow(kind, label, in));
    }

    /** Adds an instrument at once (inside a queued change). */
    private void addNow(String kind, String label, Instrument in) {
        agenda.add(new EventSpec("lever-" + (++added) + "-" + kind, label, null, null,
                new org.conflictsim.model.instruments.Trigger.Immediately(), 0, false, in, "lever"));
    }

    private void switchOffMatching(java.util.function.Predicate<Instrument> match) {
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.active(e) && match.test(agenda.instrument(e))) {
                switchOff(e);
            }
        }
    }

    /** Switches instrument e off for good; its end is logged. */
    private void switchOff(int e) {
        if (agenda.switchOff(e)) {
            EventSpec ev = agenda.event(e);
            state.log().log("instrument-end", ev.id(), ev.instrument().actor(), ev.label());
        }
    }

    /** Switches instrument e on from today, e.g. a deal declared with a trigger; its start is logged. */
    private void switchOn(int e) {
        if (agenda.switchOn(e, state.day())) {
            EventSpec ev = agenda.event(e);
            state.log().log("instrument-start", ev.id(), ev.instrument().actor(), ev.label() + " (lever)");
        }
    }

    private int power(String id) {
        int p = state.scenario().powerIndex(id);
        if (p < 0) {
            throw new IllegalArgumentException("unknown power '" + id + "'");
        }
        return p;
    }

    private int faction(String id) {
        int f = state.scenario().factionIndex(id);
        if (f < 0) {
            throw new IllegalArgumentException("unknown faction '" + id + "'");
        }
        return f;
    }

    private void account(String id) {
        if (state.scenario().factionIndex(id) < 0 && state.scenario().powerIndex(id) < 0) {
            throw new IllegalArgumentException("unknown faction or power '" + id + "'");
        }
    }

    private int eventIndex(String id) {
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.event(e).id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown event '" + id + "'");
    }
}
