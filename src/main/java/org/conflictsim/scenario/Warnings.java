package org.conflictsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.Place;

/**
 * Settings that validate but cannot act: a pass over a loaded scenario that finds what a run would silently
 * ignore, each reported where it was written, with what would act instead.
 * <ul>
 * <li>an instrument that cannot act on its target: a sanction on a foreign force or a power that has no
 * revenue or external cash in the model (the model cuts a target's smuggling revenue and the cash it
 * receives; a foreign force holds no mines), an aid freeze with no aid to freeze, a minerals deal whose
 * only effect is an offtake from a partner that holds no mines;</li>
 * <li>an event outside the run: dated after its last day (by the scenario's {@code days} or cut off by
 * {@code --days}), ending before the start, or a training deal whose lag outlasts the run or the event;</li>
 * <li>a condition that can never become true: a place outside the theatre, the territory of a foreign
 * force (it takes cells for the faction it fights for), mines on a map without mines, a deal that is never
 * worth it to a power without interest in the minerals;</li>
 * <li>an instrument set to its no-effect value: aid of 0 a day, a sanction of severity 0, military support
 * with no cash, equipment or troops, a training deal with rate 0 or a cap not above the partner's training,
 * a ceasefire that breaks down on its first day, a mediation of intensity 0 or under rules that give
 * mediation no weight, a mediation's table ({@code between}) under rules where who talks does not matter.</li>
 * </ul>
 * These follow the model's phases (docs/ODD.md, "Instruments"); a setting the model could act on through
 * another instrument of the scenario is not reported.
 */
public final class Warnings {
    private final ScenarioLoader.Loaded loaded;
    private final Scenario sc;
    private final List<Problem> out = new ArrayList<>();

    private Warnings(ScenarioLoader.Loaded loaded) {
        this.loaded = loaded;
        this.sc = loaded.scenario();
    }

    private Warnings(Scenario scenario) {
        this.loaded = null;
        this.sc = scenario;
    }

    /**
     * The warnings of a loaded scenario run for {@code days} days.
     *
     * @param days          days the run simulates
     * @param daysOption    whether {@code days} comes from {@code --days} (the message then names it)
     */
    public static List<Problem> of(ScenarioLoader.Loaded loaded, int days, boolean daysOption) {
        Warnings w = new Warnings(loaded);
        for (EventSpec e : loaded.scenario().events()) {
            w.horizon(e, days, daysOption);
            if (e.trigger() != null) {
                w.trigger(e);
            }
            w.instrument(e);
        }
        return List.copyOf(w.out);
    }

    /** A warning as printed: {@code file:line:col: warning: key.path: message}. */
    public static String format(Problem p) {
        StringBuilder sb = new StringBuilder(p.file());
        if (p.line() > 0) {
            sb.append(':').append(p.line()).append(':').append(p.column());
        }
        sb.append(": warning: ");
        if (!p.path().isEmpty()) {
            sb.append(p.path()).append(": ");
        }
        return sb.append(p.message()).toString();
    }

    private void warn(EventSpec e, String key, String message) {
        out.add(loaded.site(e.id(), key).problem(message));
    }

    // ------------------------------------------------------------------------------------------- horizon

    private void horizon(EventSpec e, int days, boolean daysOption) {
        LocalDate start = sc.start();
        LocalDate end = start.plusDays(days);
        LocalDate last = end.minusDays(1);
        if (e.on() != null && !e.on().isBefore(end)) {
            boolean cut = daysOption && e.on().isBefore(start.plusDays(sc.days()));
            warn(e, "on", "starts on " + e.on() + ", after the last day simulated (" + last + (cut
                    ? ": --days " + days + " cuts the run short; the scenario's days: " + sc.days() + " would reach it)"
                    : ", day " + (days - 1) + " of days: " + days + ")") + "; it never acts");
            return;
        }
        if (e.on() != null && e.until() != null && !e.until().isAfter(start)) {
            warn(e, "until", "ends on " + e.until() + ", before the scenario starts (" + start + "); it never acts");
            return;
        }
        int lag = e.instrument() instanceof Instrument.TrainingDeal t ? t.lagDays() : 0;
        if (lag > 0 && e.on() != null) {
            LocalDate from = (e.on().isBefore(start) ? start : e.on()).plusDays(lag);
            LocalDate stop = end;
            if (e.until() != null && e.until().isBefore(stop)) {
                stop = e.until();
            }
            if (e.forDays() > 0 && e.on().plusDays(e.forDays()).isBefore(stop)) {
                stop = e.on().plusDays(e.forDays());
            }
            if (!from.isBefore(stop)) {
                warn(e, "trainingDeal.lagDays", "training starts after lagDays: " + lag + ", on " + from + ", but "
                        + (stop.equals(end) ? "the last day simulated is " + last : "the deal ends on " + stop)
                        + "; the deal only costs its provider");
            }
        }
    }

    // ----------------------------------------------------------------------------------------- triggers

    private void trigger(EventSpec e) {
        Trigger t = e.trigger();
        if (t instanceof Trigger.Captured c) {
            if (!inTheatre(c.place())) {
                warn(e, "when.captured", "'" + c.place() + "' lies outside the theatre, where no faction holds"
                        + " ground: this condition never becomes true; name a place inside the theatre");
            }
        } else if (t instanceof Trigger.TerritoryShare ts && ts.atLeast() > 0) {
            FactionSpec f = faction(ts.faction());
            if (f != null && f.kind() == FactionKind.FOREIGN_FORCE) {
                warn(e, "when.territoryShare", f.id() + " is a foreign force: the cells it takes are held by "
                        + f.fightsFor() + ", so its own share stays 0 and this condition never becomes true; use"
                        + " faction: " + f.fightsFor());
            }
        } else if (t instanceof Trigger.MinesShare && sc.world().mines().isEmpty()) {
            warn(e, "when.minesShare", "the map has no mines: this condition never becomes true");
        } else if (t instanceof Trigger.DealWorthwhile dw && e.instrument() instanceof Instrument.MineralsDeal d) {
            PowerSpec p = power(dw.power());
            boolean interested = false;
            for (int m = 0; m < sc.minerals().size(); m++) {
                interested |= p != null && p.interest(m) > 0;
            }
            if (!interested || d.offtakeShare() == 0 || sc.world().mines().isEmpty()) {
                warn(e, "", "the deal is never worth it to " + dw.power() + " (" + (d.offtakeShare() == 0
                        ? "offtakeShare is 0, so it gains no minerals" : !interested
                        ? "its interests in every mineral are 0" : "the map has no mines")
                        + "), so it is never offered");
            }
        }
    }

    // ------------------------------------------------------------------------------------- instruments

    private void instrument(EventSpec e) {
        Instrument in = e.instrument();
        if (in instanceof Instrument.Aid a && a.usdPerDay() == 0) {
            warn(e, "aid.usdPerDay", "usdPerDay: 0 pays nothing; this aid has no effect");
        } else if (in instanceof Instrument.AidFreeze f) {
            boolean any = sc.events().stream().anyMatch(o -> o.instrument() instanceof Instrument.Aid a
                    && a.from().equals(f.from()) && a.to().equals(f.to()));
            if (!any) {
                warn(e, "aidFreeze", f.from() + " gives no aid to " + f.to() + " in this scenario, so the freeze has"
                        + " nothing to stop; aid is an event like {id: ..., on: ..., aid: {from: " + f.from() + ", to: "
                        + f.to() + ", usdPerDay: ...}}");
            }
        } else if (in instanceof Instrument.Sanction s) {
            sanction(e, s);
        } else if (in instanceof Instrument.MilitarySupport m && m.cashPerDay() == 0 && m.equipmentBoost() == 0
                && m.troopsFaction() == null) {
            warn(e, "militarySupport", "no cashPerDay, equipmentBoost or troopsFaction: this support gives nothing");
        } else if (in instanceof Instrument.TrainingDeal t) {
            String why = trainingCannotAct(t.to(), t.cap(), t.rate());
            if (why != null) {
                warn(e, t.rate() == 0 ? "trainingDeal.rate" : "trainingDeal.cap", why + "; the deal only costs "
                        + t.from());
            }
        } else if (in instanceof Instrument.MineralsDeal d && e.trigger() == null) {
            mineralsDeal(e, d);
        } else if (in instanceof Instrument.Ceasefire c && c.breakdown() >= 1) {
            warn(e, "ceasefire.breakdown", "breakdown: 1 ends the ceasefire on the day it starts, before any"
                    + " fighting; it has no effect (0.005 a day lasts about 200 days)");
        } else if (in instanceof Instrument.Mediation md && (md.intensity() == 0
                || (sc.rules().negotiation().mediationWeight() == 0 && sc.rules().negotiation().mediationHold() == 0))) {
            warn(e, md.intensity() == 0 ? "mediation.intensity" : "mediation", md.intensity() == 0
                    ? "intensity: 0 adds nothing; this mediation has no effect"
                    : "rules.negotiation.mediationWeight and mediationHold are 0, so mediation neither makes a"
                            + " negotiated ceasefire likelier nor holds one; this mediation has no effect");
        } else if (in instanceof Instrument.Mediation md && !md.between().isEmpty()
                && sc.rules().negotiation().directTalks() == 0) {
            warn(e, "mediation.between", "rules.negotiation.directTalks is 0, so who sits at the table does not"
                    + " matter: this mediation counts for every negotiated ceasefire and 'between' has no effect");
        } else if (in instanceof Instrument.ImportBan b && b.severity() == 0) {
            warn(e, "importBan.severity", "severity: 0 refuses nothing; this import ban has no effect");
        } else if (in instanceof Instrument.ImportBan b && !exportsThrough(b.from())) {
            warn(e, "importBan.from", "no smuggling route can leave the theatre through " + b.from() + " (it has no"
                    + " land outside the theatre on a border or a lake shore of this map), so nothing crosses it and"
                    + " the ban has no effect; ban a neighbouring country the minerals leave through");
        } else if (in instanceof Instrument.ForceControl fc && !inTheatre(fc.place())) {
            warn(e, "forceControl.place", "'" + fc.place() + "' lies outside the theatre: no faction can hold it,"
                    + " so this changes nothing");
        }
    }

    /** Why a training deal (or a deal's training) cannot raise the partner's training, or null when it can. */
    private String trainingCannotAct(String partner, double cap, double rate) {
        FactionSpec f = faction(partner);
        if (rate == 0) {
            return "rate: 0 never moves " + partner + "'s training";
        }
        if (f != null && Math.min(cap, f.trainingCap()) <= f.training()) {
            return f.trainingCap() < cap
                    ? partner + "'s trainingCap " + num(f.trainingCap()) + " is not above its training "
                            + num(f.training()) + ", so no deal can raise it; raise trainingCap in factions["
                            + partner + "]"
                    : "cap " + num(cap) + " is not above " + partner + "'s training " + num(f.training())
                            + ", so it never raises it; a cap above " + num(f.training()) + " would";
        }
        return null;
    }

    private void mineralsDeal(EventSpec e, Instrument.MineralsDeal d) {
        FactionSpec f = faction(d.partner());
        boolean offtake = d.offtakeShare() > 0 && f != null && f.kind().holdsTerritory()
                && !sc.world().mines().isEmpty();
        boolean training = d.trainingRate() > 0
                && trainingCannotAct(d.partner(), d.trainingCap(), d.trainingRate()) == null;
        if (!offtake && !training && d.cashPerDay() == 0 && d.equipmentBoost() == 0 && d.deterrent() == 0) {
            warn(e, "mineralsDeal", d.offtakeShare() > 0 && f != null && !f.kind().holdsTerritory()
                    ? d.partner() + " is a foreign force and holds no mines, so there is no output to take; make the"
                            + " deal with " + f.fightsFor() + ", for whom it fights"
                    : "no offtake, cash, equipment, training or deterrent: this deal changes nothing");
        }
    }

    // -------------------------------------------------------------------------------------------- sanctions

    private void sanction(EventSpec e, Instrument.Sanction s) {
        if (s.severity() == 0) {
            warn(e, "sanction.severity", "severity: 0 cuts nothing; this sanction has no effect (severity 0.1 cuts"
                    + " the target's smuggling revenue and the cash it receives by 10%)");
            return;
        }
        String why = sanctionCannotAct(s.target());
        if (why != null) {
            warn(e, "sanction.target", why);
        }
    }

    /**
     * Why a sanction on {@code target} cannot act in this scenario (with what would), or null when it can:
     * for the GUI's sanction lever as for scenario files.
     */
    public static String sanctionWithoutEffect(Scenario scenario, String target) {
        return new Warnings(scenario).sanctionCannotAct(target);
    }

    private String sanctionCannotAct(String target) {
        FactionSpec f = faction(target);
        if (f != null) {
            if (receivesCash(f.id()) || paysSponsor(f.id())) {
                return null;
            }
            if (f.kind() == FactionKind.FOREIGN_FORCE) {
                List<String> sponsors = sponsorsOfTroops(f.id());
                return f.id() + " is a foreign force without revenue (it holds no mines, and no aid or cash goes to it"
                        + " in this scenario), so this sanction changes nothing; " + (sponsors.isEmpty() ? ""
                        : "sanction its sponsor " + String.join(" or ", sponsors) + " (target: " + sponsors.get(0)
                        + "), or ") + "the faction it fights for, " + f.fightsFor();
            }
            if (!taxesSmuggledOutput(f)) {
                return f.id() + " has no revenue a sanction cuts: it receives no aid or cash in this scenario and"
                        + " earns nothing from smuggled minerals (" + (sc.world().mines().isEmpty()
                        ? "the map has no mines" : "mineTax and goldTax are 0") + "), so this sanction changes nothing";
            }
            return null;
        }
        PowerSpec p = power(target);
        if (p == null || p.adaptive() || receivesCash(p.id()) || smuggledThrough(p) || paysSupport(p.id())) {
            return null;
        }
        return p.id() + " has no revenue a sanction cuts: no minerals are smuggled through "
                + "it (it has no country on the map)" + ", it receives no aid"
                + " and pays no military support in this scenario, and it does not revise its support (adaptive),"
                + " so this sanction changes nothing";
    }

    /** Whether aid, military support cash or deal cash goes to this account in some event. */
    private boolean receivesCash(String id) {
        for (EventSpec o : sc.events()) {
            Instrument in = o.instrument();
            if ((in instanceof Instrument.Aid a && a.to().equals(id) && a.usdPerDay() > 0)
                    || (in instanceof Instrument.MilitarySupport m && m.to().equals(id) && m.cashPerDay() > 0)
                    || (in instanceof Instrument.MineralsDeal d && d.partner().equals(id) && d.cashPerDay() > 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a power sponsors this faction (the sanction then costs the sponsor, and an adaptive one weighs it). */
    private boolean paysSponsor(String faction) {
        for (EventSpec o : sc.events()) {
            if (o.instrument() instanceof Instrument.MilitarySupport m && m.to().equals(faction)) {
                PowerSpec p = power(m.from());
                if (m.cashPerDay() > 0 || (p != null && p.adaptive())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether this power pays military support (a sanction on it adds a penalty to what it pays). */
    private boolean paysSupport(String power) {
        return sc.events().stream().anyMatch(o -> o.instrument() instanceof Instrument.MilitarySupport m
                && m.from().equals(power) && m.cashPerDay() > 0);
    }

    /** Powers whose military support sends this foreign force's troops. */
    private List<String> sponsorsOfTroops(String force) {
        Set<String> out = new LinkedHashSet<>();
        for (EventSpec o : sc.events()) {
            if (o.instrument() instanceof Instrument.MilitarySupport m && force.equals(m.troopsFaction())) {
                out.add(m.from());
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether a territorial faction's mine taxes include smuggled output (which a sanction cuts). */
    private boolean taxesSmuggledOutput(FactionSpec f) {
        if (sc.world().mines().isEmpty() || (f.mineTax() == 0 && f.goldTax() == 0)) {
            return false;
        }
        if (f.kind() != FactionKind.GOVERNMENT) {
            return true;
        }
        for (MineralSpec m : sc.minerals()) {
            if (m.smuggledShare() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this power's country is on the map: smuggled minerals may then cross it (its smugglers' margin is
     * cut by a sanction; routes follow control, so any border may carry them) and a sanction on it makes routes
     * through it dearer.
     */
    private boolean smuggledThrough(PowerSpec p) {
        return p.country() != null && sc.world().countries().contains(p.country());
    }

    // ------------------------------------------------------------------------------------------- lookups

    /** Whether smuggled minerals can leave through a country: it has a route exit ({@code World.routeExit}). */
    private boolean exportsThrough(String country) {
        var world = sc.world();
        int k = world.countries().indexOf(country);
        int[] nb = new int[4];
        for (int c = 0; k >= 0 && c < world.cells(); c++) {
            if (world.country(c) == k && world.routeExit(c, nb)) {
                return true;
            }
        }
        return false;
    }

    private boolean inTheatre(String place) {
        for (Place p : sc.world().places()) {
            if (p.id().equals(place)) {
                return p.cell() >= 0 && sc.world().theatre(p.cell());
            }
        }
        return true;
    }

    private FactionSpec faction(String id) {
        int i = sc.factionIndex(id);
        return i < 0 ? null : sc.factions().get(i);
    }

    private PowerSpec power(String id) {
        int i = sc.powerIndex(id);
        return i < 0 ? null : sc.powers().get(i);
    }

    private static String num(double v) {
        return org.conflictsim.model.check.Check.fmt(v);
    }
}
