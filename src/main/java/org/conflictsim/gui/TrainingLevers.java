package org.conflictsim.gui;

import java.util.List;
import java.util.Locale;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.FactionKind;

/**
 * The training lever of the {@link LeverBoard}: who trains (a power) which faction, toward which training
 * level, and at what rate (share of the gap closed per day), replacing the training in force between them
 * from the next day. It starts on the government faction and on the given trainer.
 */
final class TrainingLevers {
    private final LeverContext c;
    private int by;
    private int of;
    private double cap = LeverBoard.DEFAULT_TRAINING_CAP;

    /**
     * @param c  the board's shared state
     * @param by the trainer the lever starts on, an index into the powers
     */
    TrainingLevers(LeverContext c, int by) {
        this.c = c;
        this.by = by;
        for (int f = 0; f < c.factions().size(); f++) {
            if (c.scenario().factions().get(f).kind() == FactionKind.GOVERNMENT) {
                of = f;
                break;
            }
        }
    }

    /** The trainer, an index into the powers. */
    int by() {
        return by;
    }

    void by(int i) {
        by = LeverContext.check("trainer", i, c.powers().size());
    }

    /** The faction trained, an index into the factions. */
    int of() {
        return of;
    }

    void of(int i) {
        of = LeverContext.check("trained faction", i, c.factions().size());
    }

    /** The training level a training started or sped up from now aims at. */
    double cap() {
        return cap;
    }

    void cap(double level) {
        Param p = Instrument.TrainingDeal.CAP;
        if (!(level >= p.min() && level <= p.max())) {
            throw new IllegalArgumentException("training cap must be between " + Check.fmt(p.min()) + " and "
                    + Check.fmt(p.max()) + ", got " + level);
        }
        cap = level;
    }

    /** Rate of the training in force (share of the gap closed per day), or the one requested until the next day. */
    double rate() {
        return c.shown(key(), m -> trainingInForce(m, c.powers().get(by), c.factions().get(of)), 4);
    }

    /** Sets the training toward {@link #cap()} at {@code rate} from the next day; 0 ends it. */
    void rate(double rate) {
        if (!(rate >= 0 && rate <= LeverBoard.MAX_TRAINING_RATE)) {
            throw new IllegalArgumentException("training rate must be between 0 and " + LeverBoard.MAX_TRAINING_RATE
                    + " per day, got " + rate);
        }
        c.requirePowers();
        String byId = c.powers().get(by);
        String ofId = c.factions().get(of);
        ConflictModel m = c.model();
        synchronized (m.schedule) {
            double now = rate();
            if (rate == now) {
                return;
            }
            c.levers().setTraining(byId, ofId, cap, rate);
            c.remember(key(), rate);
        }
        c.note(rate == 0 ? byId + " ends its training of " + ofId : String.format(Locale.UK,
                "%s trains %s toward %.2f at %.3f of the gap per day", byId, ofId, cap, rate));
    }

    private String key() {
        return "training " + by + ">" + of;
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
}
