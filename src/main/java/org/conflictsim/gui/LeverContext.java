package org.conflictsim.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.Levers;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Scenario;

/**
 * What the levers of the {@link LeverBoard} share: the running model (it changes when the simulation
 * restarts) and its scenario, the menus of powers, factions and accounts (factions, then powers), the values
 * requested by a lever that the model applies at the start of the next day (shown until then), and the ticker
 * that notes every lever pulled.
 */
final class LeverContext {
    private final Supplier<ConflictModel> model;
    private final Scenario scenario;
    private final Consumer<TickerEntry> notes;
    private final List<String> powers = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> factions = new ArrayList<>();
    private final Map<String, Request> requests = new HashMap<>();

    /** A value requested by a lever that the model applies at the start of the next day. */
    private record Request(String lever, Object value, long step) {
    }

    /**
     * @param model    the running model
     * @param scenario its scenario
     * @param notes    receives a ticker line for every lever pulled
     */
    LeverContext(Supplier<ConflictModel> model, Scenario scenario, Consumer<TickerEntry> notes) {
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
    }

    /** The running model. */
    ConflictModel model() {
        return model.get();
    }

    /** The running model's levers. */
    Levers levers() {
        return model().levers();
    }

    Scenario scenario() {
        return scenario;
    }

    /** The powers' ids, in the scenario's order. */
    List<String> powers() {
        return powers;
    }

    /** The factions' ids, in the scenario's order. */
    List<String> factions() {
        return factions;
    }

    /** The factions' ids, then the powers'. */
    List<String> accounts() {
        return accounts;
    }

    /** Refuses a lever that needs a foreign power when the scenario has none. */
    void requirePowers() {
        if (powers.isEmpty()) {
            throw new IllegalArgumentException("this scenario has no foreign power to pull the lever");
        }
    }

    /** Remembers the value requested for a lever until the model has stepped. */
    void remember(String lever, Object value) {
        requests.put(lever, new Request(lever, value, model().schedule.getSteps()));
    }

    /** The value requested for a lever that the model has not applied yet (no day has passed), or null. */
    Object requested(String lever) {
        Request r = requests.get(lever);
        return r != null && model().schedule.getSteps() == r.step() ? r.value() : null;
    }

    /**
     * The value a lever shows: the one requested until the model applies it, else the model's own (0 when the
     * scenario has no power), rounded to some decimals.
     */
    double shown(String lever, ToDoubleFunction<ConflictModel> inForce, int decimals) {
        ConflictModel m = model();
        synchronized (m.schedule) {
            Object r = requested(lever);
            return r != null ? (Double) r : powers.isEmpty() ? 0 : round(inForce.applyAsDouble(m), decimals);
        }
    }

    /** Notes a lever pulled in the ticker, dated the last simulated day (the start date before the first). */
    void note(String text) {
        ConflictModel m = model();
        notes.accept(new TickerEntry(Format.lastDay(m) < 0 ? scenario.start() : m.date(), "Lever", text,
                TickerEntry.LEVER));
    }

    /** A menu choice {@code i} checked against a menu of {@code n} entries. */
    static int check(String what, int i, int n) {
        if (i < 0 || i >= Math.max(1, n)) {
            throw new IllegalArgumentException(what + " must be one of the " + n + " listed, got index " + i);
        }
        return i;
    }

    /** A value rounded to some decimals for the inspector (the model keeps full precision). */
    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
