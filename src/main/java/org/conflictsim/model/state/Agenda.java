package org.conflictsim.model.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;

/**
 * The instruments of a run and which are in force: the scenario's events, then those added by levers while
 * the model runs. For each it keeps whether it is active, since and until when, whether its trigger has fired,
 * and whether a lever switched it on or off for good. Levers queue their changes here; they apply at the start
 * of the next day's events phase.
 */
public final class Agenda {
    private final List<EventSpec> events = new ArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();
    private boolean[] active;
    private int[] activeUntil;
    private int[] activeSince;
    private boolean[] fired;
    private boolean[] conditionBefore;
    private boolean[] forcedOff;
    private boolean[] leverOn;
    private double[] dealPaidToday;
    private int[] pendingStart;

    /** @param scenarioEvents the scenario's events, in order */
    public Agenda(List<EventSpec> scenarioEvents) {
        events.addAll(scenarioEvents);
        int n = events.size();
        active = new boolean[n];
        activeUntil = new int[n];
        activeSince = new int[n];
        fired = new boolean[n];
        conditionBefore = new boolean[n];
        forcedOff = new boolean[n];
        leverOn = new boolean[n];
        dealPaidToday = new double[n];
        pendingStart = new int[n];
        Arrays.fill(pendingStart, -1);
    }

    /** Number of instruments known. */
    public int size() {
        return events.size();
    }

    /** Instrument e's event. */
    public EventSpec event(int e) {
        return events.get(e);
    }

    /** Instrument e itself. */
    public Instrument instrument(int e) {
        return events.get(e).instrument();
    }

    /** All events, read-only. */
    public List<EventSpec> events() {
        return Collections.unmodifiableList(events);
    }

    /** Whether instrument e is in force. */
    public boolean active(int e) {
        return active[e];
    }

    /** Day instrument e last started. */
    public int activeSince(int e) {
        return activeSince[e];
    }

    /** Day from which instrument e stops (its {@code forDays} run out), or {@link Integer#MAX_VALUE}. */
    public int activeUntil(int e) {
        return activeUntil[e];
    }

    /** Whether instrument e's trigger has fired once. */
    public boolean fired(int e) {
        return fired[e];
    }

    /** Whether instrument e's trigger condition held yesterday (for repeating triggers). */
    public boolean conditionBefore(int e) {
        return conditionBefore[e];
    }

    /** Records whether instrument e's trigger condition holds today. */
    public void setCondition(int e, boolean holds) {
        conditionBefore[e] = holds;
    }

    /** Whether a lever switched instrument e off for good. */
    public boolean forcedOff(int e) {
        return forcedOff[e];
    }

    /** Whether a lever switched instrument e on (it then ignores its trigger's end). */
    public boolean leverOn(int e) {
        return leverOn[e];
    }

    /** Starts instrument e: active from {@code since} until {@code until} (exclusive). */
    public void start(int e, int since, int until) {
        pendingStart[e] = -1;
        active[e] = true;
        fired[e] = true;
        activeSince[e] = since;
        activeUntil[e] = until;
    }

    /** Day a triggered instrument e is due to start after its delay, or −1. */
    public int pendingStart(int e) {
        return pendingStart[e];
    }

    /** Schedules triggered instrument e to start on {@code day} (its condition held; it acts after its delay). */
    public void schedule(int e, int day) {
        fired[e] = true;
        pendingStart[e] = day;
    }

    /** Ends instrument e. */
    public void end(int e) {
        active[e] = false;
    }

    // ------------------------------------------------------------------ levers

    /** Queues a lever change; it is applied at the start of the next day's events phase. */
    public void queue(Runnable change) {
        synchronized (pending) {
            pending.add(change);
        }
    }

    /**
     * Applies the queued lever changes, in the order they were queued.
     *
     * @return whether there were any
     */
    public boolean applyQueued() {
        List<Runnable> todo;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return false;
            }
            todo = new ArrayList<>(pending);
            pending.clear();
        }
        todo.forEach(Runnable::run);
        return true;
    }

    /** Adds an instrument while running (levers); a trigger-less lever event starts on the day it is added. */
    public void add(EventSpec ev) {
        events.add(ev);
        int n = events.size();
        active = Arrays.copyOf(active, n);
        activeUntil = Arrays.copyOf(activeUntil, n);
        activeSince = Arrays.copyOf(activeSince, n);
        fired = Arrays.copyOf(fired, n);
        conditionBefore = Arrays.copyOf(conditionBefore, n);
        dealPaidToday = Arrays.copyOf(dealPaidToday, n);
        pendingStart = Arrays.copyOf(pendingStart, n);
        pendingStart[n - 1] = -1;
        forcedOff = Arrays.copyOf(forcedOff, n);
        leverOn = Arrays.copyOf(leverOn, n);
    }

    /**
     * Switches instrument e off for good (a lever).
     *
     * @return whether it was in force (its end is then to be logged)
     */
    public boolean switchOff(int e) {
        forcedOff[e] = true;
        leverOn[e] = false;
        boolean was = active[e];
        active[e] = false;
        return was;
    }

    /**
     * Switches instrument e on from {@code day}, with no end (a lever), e.g. a deal declared with a trigger.
     *
     * @return whether it was not in force (its start is then to be logged)
     */
    public boolean switchOn(int e, int day) {
        forcedOff[e] = false;
        leverOn[e] = true;
        if (active[e]) {
            return false;
        }
        start(e, day, Integer.MAX_VALUE);
        return true;
    }

    // ------------------------------------------------------------------ what is in force

    /** Intensity of the mediation in force, summed and capped at 1. */
    public double mediation() {
        double m = 0;
        for (int e = 0; e < events.size(); e++) {
            if (active[e] && events.get(e).instrument() instanceof Instrument.Mediation md) {
                m += md.intensity();
            }
        }
        return Math.min(1.0, m);
    }

    /** Who sits at each mediation's table in force ({@link Instrument.Mediation#between}; empty: all the parties). */
    public List<List<String>> tables() {
        List<List<String>> tables = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            if (active[e] && events.get(e).instrument() instanceof Instrument.Mediation md) {
                tables.add(md.between());
            }
        }
        return tables;
    }

    /** Whether a ceasefire binds anyone now. */
    public boolean ceasefireInForce() {
        for (int e = 0; e < events.size(); e++) {
            if (active[e] && events.get(e).instrument() instanceof Instrument.Ceasefire) {
                return true;
            }
        }
        return false;
    }

    /** Whether an aid freeze from {@code from} to {@code to} is in force. */
    public boolean aidFrozen(String from, String to) {
        for (int e = 0; e < events.size(); e++) {
            if (active[e] && events.get(e).instrument() instanceof Instrument.AidFreeze fz
                    && fz.from().equals(from) && fz.to().equals(to)) {
                return true;
            }
        }
        return false;
    }

    /** Ids of the factions a power supports with military support in force, in the order of its instruments. */
    public List<String> supportedBy(String power) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            if (active[e] && events.get(e).instrument() instanceof Instrument.MilitarySupport m
                    && m.from().equals(power) && !out.contains(m.to())) {
                out.add(m.to());
            }
        }
        return out;
    }

    /**
     * Ids of the foreign-force factions a power sends troops as, by any of its military-support instruments (in
     * force or not: troops stay, and cost, while they withdraw).
     */
    public List<String> troopsOf(String power) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            if (events.get(e).instrument() instanceof Instrument.MilitarySupport m
                    && m.from().equals(power) && m.troopsFaction() != null && !out.contains(m.troopsFaction())) {
                out.add(m.troopsFaction());
            }
        }
        return out;
    }

    /** Whether any instrument, in force or not, sends troops as the foreign force {@code faction}. */
    public boolean sendsTroops(String faction) {
        for (EventSpec ev : events) {
            if (ev.instrument() instanceof Instrument.MilitarySupport m && faction.equals(m.troopsFaction())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest rate at which sponsors move the foreign force {@code faction} toward its troop level, over
     * all its military-support instruments (in force or not: the force keeps moving toward its level after
     * the support ends).
     */
    public double troopRate(String faction) {
        double r = 0;
        for (EventSpec ev : events) {
            if (ev.instrument() instanceof Instrument.MilitarySupport m && faction.equals(m.troopsFaction())) {
                r = Math.max(r, m.troopRate());
            }
        }
        return r;
    }

    /** The training a faction receives today: the highest cap and rate of the deals in force past their lag. */
    public record TrainingOffer(double cap, double rate) {
        /** No training deal. */
        public static final TrainingOffer NONE = new TrainingOffer(0, 0);
    }

    /** The training deals (and minerals deals that train) in force for a faction, past their lag, today. */
    public TrainingOffer trainingFor(String faction, int day) {
        double cap = 0;
        double rate = 0;
        boolean any = false;
        for (int e = 0; e < events.size(); e++) {
            if (!active[e]) {
                continue;
            }
            long since = day - activeSince[e];
            Instrument in = events.get(e).instrument();
            if (in instanceof Instrument.TrainingDeal t && t.to().equals(faction) && since >= t.lagDays()) {
                cap = Math.max(cap, t.cap());
                rate = Math.max(rate, t.rate());
                any = true;
            } else if (in instanceof Instrument.MineralsDeal d && d.partner().equals(faction)
                    && since >= d.lagDays() && d.trainingRate() > 0) {
                cap = Math.max(cap, d.trainingCap());
                rate = Math.max(rate, d.trainingRate());
                any = true;
            }
        }
        return any ? new TrainingOffer(cap, rate) : TrainingOffer.NONE;
    }

    // ------------------------------------------------------------------ deal payments

    /** Clears the day's deal payments. */
    public void clearDealPayments() {
        Arrays.fill(dealPaidToday, 0);
    }

    /** Cash paid today under instrument e (a minerals-for-security deal), US$. */
    public double dealPaidToday(int e) {
        return dealPaidToday[e];
    }

    /** Adds to today's payment under instrument e. */
    public void addDealPaid(int e, double usd) {
        dealPaidToday[e] += usd;
    }
}
