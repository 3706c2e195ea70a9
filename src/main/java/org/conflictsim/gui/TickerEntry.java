package org.conflictsim.gui;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.state.LoggedEvent;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.world.MineSite;

/**
 * One line of the event ticker: a date, a short tag (Capture, Sanctions, Aid freeze, Minerals deal, Ceasefire,
 * Lever, ...), a sentence, and the colour of its tag (the taker's faction colour for captures).
 *
 * @param date   the simulated date it happened (or, for lever requests, the date they were made)
 * @param tag    short kind
 * @param text   what happened
 * @param colour colour of the tag
 */
public record TickerEntry(LocalDate date, String tag, String text, Color colour) {
    private static final Color SANCTIONS = new Color(0x8e24aa);
    private static final Color AID = new Color(0x2e7d32);
    private static final Color FREEZE = new Color(0xe65100);
    private static final Color SUPPORT = new Color(0xc62828);
    private static final Color TRAINING = new Color(0x1565c0);
    private static final Color DEAL = new Color(0x6d4c41);
    private static final Color CEASEFIRE = new Color(0x00838f);
    private static final Color MINE = new Color(0x757575);
    /** Colour of the instructor's lever requests. */
    public static final Color LEVER = new Color(0x000000);
    /** Colour of notes (a refused lever, the end of the run). */
    public static final Color NOTE = new Color(0xb71c1c);

    /** The ticker line of a logged event (model thread: it reads the model's instruments and names). */
    public static TickerEntry of(LoggedEvent e, ConflictModel model, Palette palette) {
        String type = e.type();
        switch (type) {
            case "capture" -> {
                int f = model.scenario().factionIndex(e.actor());
                return new TickerEntry(e.date(), "Capture", e.detail(), f < 0 ? Color.BLACK : palette.faction(f));
            }
            case "instrument-start", "trigger", "instrument-end" -> {
                EventSpec ev = event(model, e.subject());
                Instrument in = ev == null ? null : ev.instrument();
                String label = ev != null && ev.label() != null && !ev.label().isEmpty() ? ev.label()
                        : e.detail().isEmpty() ? e.subject() : e.detail();
                String text = type.equals("instrument-end") ? label + ": ends"
                        : type.equals("trigger") && ev != null ? label + because(ev.trigger()) : label;
                return new TickerEntry(e.date(), tag(in), text, colour(in));
            }
            case "ceasefire-breakdown" -> {
                return new TickerEntry(e.date(), "Ceasefire", "breaks down: " + e.detail(), CEASEFIRE);
            }
            case "mine-suspended", "mine-resumed" -> {
                String name = mineName(model, e.subject());
                String what = type.equals("mine-suspended") ? " suspends operations (front line)"
                        : " resumes operations";
                return new TickerEntry(e.date(), "Mine", name + what, MINE);
            }
            case "deal-offered", "deal-abandoned" -> {
                String verb = type.equals("deal-offered") ? " offers the deal " : " abandons the deal ";
                return new TickerEntry(e.date(), "Minerals deal", e.actor() + verb + e.subject() + ": " + e.detail(),
                        DEAL);
            }
            default -> {
                return new TickerEntry(e.date(), type, (e.subject() + " " + e.detail()).strip(), Color.DARK_GRAY);
            }
        }
    }

    private static EventSpec event(ConflictModel model, String id) {
        List<EventSpec> evs = model.instruments();
        for (EventSpec ev : evs) {
            if (ev.id().equals(id)) {
                return ev;
            }
        }
        return null;
    }

    /** Why a triggered event started, in words ("" for a lever, which the ticker has shown already). */
    static String because(Trigger t) {
        if (t instanceof Trigger.Captured c) {
            return " (" + c.place() + " captured" + (c.by() == null ? "" : " by " + c.by()) + ")";
        } else if (t instanceof Trigger.MinesShare m) {
            return String.format(java.util.Locale.UK, " (%s's side holds %.0f%% of the mines)", m.faction(),
                    100 * m.atLeast());
        } else if (t instanceof Trigger.TerritoryShare ts) {
            return String.format(java.util.Locale.UK, " (%s holds %.0f%% of the territory)", ts.faction(),
                    100 * ts.atLeast());
        } else if (t instanceof Trigger.CivilianDeaths d) {
            return " (" + Format.count(d.atLeast()) + " civilian deaths)";
        } else if (t instanceof Trigger.DealWorthwhile w) {
            return " (" + w.power() + " finds the deal worthwhile)";
        }
        return "";
    }

    private static String mineName(ConflictModel model, String id) {
        for (MineSite m : model.world().mines()) {
            if (m.id().equals(id)) {
                return m.name();
            }
        }
        return id;
    }

    /** The tag of an instrument. */
    static String tag(Instrument in) {
        if (in instanceof Instrument.Sanction) {
            return "Sanctions";
        } else if (in instanceof Instrument.Aid) {
            return "Aid";
        } else if (in instanceof Instrument.AidFreeze) {
            return "Aid freeze";
        } else if (in instanceof Instrument.MilitarySupport) {
            return "Military support";
        } else if (in instanceof Instrument.TrainingDeal) {
            return "Training";
        } else if (in instanceof Instrument.MineralsDeal) {
            return "Minerals deal";
        } else if (in instanceof Instrument.Ceasefire) {
            return "Ceasefire";
        } else if (in instanceof Instrument.ForceControl) {
            return "Capture";
        }
        return "Event";
    }

    private static Color colour(Instrument in) {
        if (in instanceof Instrument.Sanction) {
            return SANCTIONS;
        } else if (in instanceof Instrument.Aid) {
            return AID;
        } else if (in instanceof Instrument.AidFreeze) {
            return FREEZE;
        } else if (in instanceof Instrument.MilitarySupport) {
            return SUPPORT;
        } else if (in instanceof Instrument.TrainingDeal) {
            return TRAINING;
        } else if (in instanceof Instrument.MineralsDeal) {
            return DEAL;
        } else if (in instanceof Instrument.Ceasefire) {
            return CEASEFIRE;
        }
        return Color.DARK_GRAY;
    }
}
