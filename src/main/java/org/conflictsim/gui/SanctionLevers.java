package org.conflictsim.gui;

import java.util.List;
import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.rules.SanctionRules;

/**
 * The sanctions lever of the {@link LeverBoard}: who sanctions (a power) whom (a faction or power), the
 * combined severity of the sanctions in force between them, set from the next day, and a new round imposed at
 * once. It starts on the power that sanctions in the scenario's events (else the first power that is not the
 * first sponsor) and on the first sponsor, or on the faction it backs when the sponsor would sanction itself.
 */
final class SanctionLevers {
    private final LeverContext c;
    private int by;
    private int on;

    /**
     * @param c        the board's shared state
     * @param sponsors the sponsoring powers, first the one the lever starts on
     */
    SanctionLevers(LeverContext c, List<String> sponsors) {
        this.c = c;
        List<String> powers = c.powers();
        List<String> accounts = c.accounts();
        String firstSponsor = sponsors.isEmpty() ? null : sponsors.get(0);
        int first = -1;
        for (EventSpec ev : c.scenario().events()) {
            if (first < 0 && ev.instrument() instanceof Instrument.Sanction s) {
                first = powers.indexOf(s.by());
            }
        }
        for (int p = 0; p < powers.size() && first < 0; p++) {
            if (!powers.get(p).equals(firstSponsor)) {
                first = p;
            }
        }
        by = Math.max(0, first);
        on = firstSponsor == null ? 0 : Math.max(0, accounts.indexOf(firstSponsor));
        if (!powers.isEmpty() && accounts.get(on).equals(powers.get(by)) && firstSponsor != null
                && DashboardCharts.backs(c.scenario(), firstSponsor) != null) {
            on = accounts.indexOf(DashboardCharts.backs(c.scenario(), firstSponsor));
        }
    }

    /** The sanctioning power, an index into the powers. */
    int by() {
        return by;
    }

    void by(int i) {
        by = LeverContext.check("sanctioning power", i, c.powers().size());
    }

    /** The sanctioned faction or power, an index into the accounts. */
    int on() {
        return on;
    }

    void on(int i) {
        on = LeverContext.check("sanctioned faction or power", i, c.accounts().size());
    }

    /** Combined severity (0–1) of the sanctions in force, or the one requested until the next day. */
    double severity() {
        return c.shown(key(), m -> severityInForce(m, c.powers().get(by), c.accounts().get(on)), 3);
    }

    /** Lifts the sanctions in force and, above 0, imposes one of severity {@code level}, from the next day. */
    void severity(double level) {
        Param sev = Instrument.Sanction.SEVERITY;
        if (!(level >= sev.min() && level <= sev.max())) {
            throw new IllegalArgumentException("sanction severity must be between " + Check.fmt(sev.min()) + " and "
                    + Check.fmt(sev.max()) + ", got " + level);
        }
        c.requirePowers();
        String byId = c.powers().get(by);
        String onId = c.accounts().get(on);
        ConflictModel m = c.model();
        synchronized (m.schedule) {
            if (level == severity()) {
                return;
            }
            c.levers().lift(byId, onId);
            if (level > 0) {
                c.levers().impose(byId, onId, level);
            }
            c.remember(key(), level);
        }
        c.note(level > 0 ? String.format(Locale.UK, "%s sanctions on %s set to severity %.2f", byId, onId, level)
                + noEffect(onId) : byId + " lifts its sanctions on " + onId);
    }

    /** Imposes a new round of sanctions of {@link LeverBoard#SANCTION_ROUND}. */
    void imposeRound() {
        c.requirePowers();
        String byId = c.powers().get(by);
        String onId = c.accounts().get(on);
        ConflictModel m = c.model();
        double after;
        synchronized (m.schedule) {
            double before = severity();
            after = SanctionRules.combined(before, LeverBoard.SANCTION_ROUND);
            c.levers().impose(byId, onId, LeverBoard.SANCTION_ROUND);
            c.remember(key(), after);
        }
        c.note(String.format(Locale.UK, "%s imposes a new round of sanctions on %s (severity now %.2f)", byId, onId,
                after) + noEffect(onId));
    }

    private String key() {
        return "sanctions " + by + ">" + on;
    }

    /** " - no effect: why" when a sanction on {@code target} cannot act in this scenario, else "". */
    private String noEffect(String target) {
        String why = org.conflictsim.scenario.Warnings.sanctionWithoutEffect(c.scenario(), target);
        return why == null ? "" : " - no effect: " + why;
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
}
