package org.conflictsim.gui;

import java.util.List;
import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;

/**
 * The aid lever of the {@link LeverBoard}: who gives (a power) to whom (a faction or power), the aid in force
 * between them in US$ per day, raised, cut or ended from the next day, and whether it is frozen. It starts on
 * the donor and recipient of the scenario's first aid event.
 */
final class AidLevers {
    private final LeverContext c;
    private int from;
    private int to;

    AidLevers(LeverContext c) {
        this.c = c;
        for (EventSpec ev : c.scenario().events()) {
            if (ev.instrument() instanceof Instrument.Aid a) {
                from = Math.max(0, c.powers().indexOf(a.from()));
                to = Math.max(0, c.accounts().indexOf(a.to()));
                break;
            }
        }
    }

    /** The donor, an index into the powers. */
    int from() {
        return from;
    }

    void from(int i) {
        from = LeverContext.check("donor", i, c.powers().size());
    }

    /** The recipient, an index into the accounts. */
    int to() {
        return to;
    }

    void to(int i) {
        to = LeverContext.check("recipient", i, c.accounts().size());
    }

    /** Aid in force, US$ per day (frozen aid counts), or the level requested until the next day. */
    double level() {
        return c.shown(levelKey(), m -> aidInForce(m, c.powers().get(from), c.accounts().get(to)), 0);
    }

    /** Sets the aid from the next day: a rise adds aid of the difference, a cut replaces it, 0 ends it. */
    void level(double usdPerDay) {
        if (!(usdPerDay >= 0 && usdPerDay <= LeverBoard.MAX_AID)) {
            throw new IllegalArgumentException("aid must be between 0 and " + (long) LeverBoard.MAX_AID
                    + " US$/day, got " + usdPerDay);
        }
        c.requirePowers();
        String fromId = c.powers().get(from);
        String toId = c.accounts().get(to);
        ConflictModel m = c.model();
        synchronized (m.schedule) {
            double now = level();
            if (usdPerDay == now) {
                return;
            }
            if (usdPerDay > now) {
                c.levers().giveAid(fromId, toId, usdPerDay - now);
            } else {
                c.levers().setAid(fromId, toId, usdPerDay);
            }
            c.remember(levelKey(), usdPerDay);
        }
        c.note(String.format(Locale.UK, usdPerDay == 0 ? "%s ends its aid to %s" : "%s aid to %s set to US$%,.0f per day",
                fromId, toId, usdPerDay));
    }

    /** Whether the aid is frozen, or the state requested until the next day. */
    boolean frozen() {
        ConflictModel m = c.model();
        synchronized (m.schedule) {
            Object r = c.requested(freezeKey());
            if (r != null) {
                return (Boolean) r;
            }
            List<EventSpec> evs = m.instruments();
            for (int e = 0; e < evs.size(); e++) {
                if (m.eventActive(e) && evs.get(e).instrument() instanceof Instrument.AidFreeze f
                        && f.from().equals(c.powers().get(from)) && f.to().equals(c.accounts().get(to))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Freezes or unfreezes all the aid from the next day. */
    void frozen(boolean frozen) {
        c.requirePowers();
        String fromId = c.powers().get(from);
        String toId = c.accounts().get(to);
        ConflictModel m = c.model();
        synchronized (m.schedule) {
            if (frozen) {
                c.levers().freezeAid(fromId, toId);
            } else {
                c.levers().unfreezeAid(fromId, toId);
            }
            c.remember(freezeKey(), frozen);
        }
        c.note(fromId + (frozen ? " freezes its aid to " : " unfreezes its aid to ") + toId);
    }

    private String levelKey() {
        return "aid " + from + ">" + to;
    }

    private String freezeKey() {
        return "freeze " + from + ">" + to;
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
}
