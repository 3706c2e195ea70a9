package org.conflictsim.model.phase;

import java.util.List;
import java.util.Locale;
import org.conflictsim.model.agent.Actor;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.instruments.Trigger;
import org.conflictsim.model.rules.SanctionRules;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;

/**
 * Phase 4, foreign powers act (model brief): the instruments in force pay out, in the order of the scenario —
 * aid unless frozen, sponsors' cash scaled by their support level (with the penalty sanctions add), training
 * costs, deal cash; sanctions on a recipient cut what reaches it ({@link SanctionRules#passedThrough}). Every
 * {@link ForeignPower#DECISION_PERIOD_DAYS} days each power reviews its policy: an adaptive sponsor its support
 * level, a deal seeker its minerals-for-security deals.
 */
public final class ForeignPowersPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    public ForeignPowersPhase(ModelState state) {
        super(state);
    }

    @Override
    public void run() {
        for (Actor a : state.actors()) {
            a.clearPayments();
        }
        Agenda agenda = state.agenda();
        agenda.clearDealPayments();
        for (int e = 0; e < agenda.size(); e++) {
            Instrument in = agenda.instrument(e);
            if (in instanceof Instrument.Aid a && agenda.active(e) && agenda.aidFrozen(a.from(), a.to())
                    && state.actor(a.to()) instanceof ForeignPower recipient) {
                recipient.addAidLost(a.usdPerDay());
            }
            if (!agenda.active(e)) {
                continue;
            }
            if (in instanceof Instrument.Aid a) {
                if (!agenda.aidFrozen(a.from(), a.to())) {
                    pay(state.actor(a.from()), state.actor(a.to()), a.usdPerDay(), Flow.AID);
                }
            } else if (in instanceof Instrument.MilitarySupport m) {
                sponsor(m);
            } else if (in instanceof Instrument.TrainingDeal t) {
                state.books().transfer(state.actor(t.from()).account(), Books.OUTSIDE, t.costPerDay(), Flow.TRAINING);
            } else if (in instanceof Instrument.MineralsDeal d) {
                agenda.addDealPaid(e, pay(state.power(d.power()), state.actor(d.partner()), d.cashPerDay(),
                        Flow.DEAL_CASH));
            }
        }
        for (ForeignPower p : state.powers()) {
            for (String troops : agenda.troopsOf(p.getId())) {
                p.addTroopDays(state.faction(troops).getFighters());
            }
        }
        int day = state.day();
        if (day > 0 && day % ForeignPower.DECISION_PERIOD_DAYS == 0) {
            review();
        }
    }

    /**
     * A payment from one actor to another, through sanctions on the recipient: the payer pays up to its
     * balance; the recipient gets {@link SanctionRules#passedThrough} of it and loses the rest.
     *
     * @return what the payer paid
     */
    private double pay(Actor from, Actor to, double usd, Flow flow) {
        Books books = state.books();
        double paid = books.transfer(from.account(), Books.OUTSIDE, usd, flow);
        double received = SanctionRules.passedThrough(paid, to.getSanctionSeverity());
        to.addSanctionLoss(paid - received);
        books.transfer(Books.OUTSIDE, to.account(), received, flow);
        if (flow == Flow.AID) {
            to.addAidReceived(received);
        }
        return paid;
    }

    /** Military support pays cash scaled by the sponsor's support level, and the sponsor pays a sanction penalty. */
    private void sponsor(Instrument.MilitarySupport m) {
        Actor from = state.actor(m.from());
        Actor to = state.actor(m.to());
        double level = from instanceof ForeignPower p ? p.getSupportLevel() : 1.0;
        double paid = pay(from, to, m.cashPerDay() * level, Flow.SPONSOR_CASH);
        from.addSponsorCash(paid);
        double penalty = SanctionRules.sponsorPenalty(from.getSanctionSeverity(), to.getSanctionSeverity(), paid);
        double penaltyPaid = state.books().transfer(from.account(), Books.OUTSIDE, penalty, Flow.SANCTION_COST);
        if (from instanceof ForeignPower p) {
            p.addSponsorship(paid, penaltyPaid);
        }
    }

    /** Every power reviews its support level and its deals, in scenario order. */
    private void review() {
        boolean changed = false;
        int theatre = state.world().theatreCellCount();
        for (ForeignPower p : state.powers()) {
            List<String> supported = state.agenda().supportedBy(p.getId());
            double within = 0;
            double beyond = 0;
            int aimed = theatre;
            for (String f : supported) {
                Faction x = state.faction(f);
                within += x.cellsHeld() - x.holdings().cellsBeyondAims();
                beyond += x.holdings().cellsBeyondAims();
            }
            if (!supported.isEmpty()) {
                // the aims of the supported factions' side (a sponsor supports one side); none in the theatre: all
                int cells = state.aims().cellsWithin(state.faction(supported.get(0)).side(), state.world());
                aimed = cells > 0 ? cells : theatre;
            }
            double severity = p.getSanctionSeverity();
            for (String f : supported) {
                severity += state.faction(f).getSanctionSeverity();
            }
            double killed = 0;
            for (String troops : state.agenda().troopsOf(p.getId())) {
                killed += state.faction(troops).getCasualties();
            }
            if (p.reviewSupport(within / aimed, beyond / theatre, severity, killed)) {
                changed = true;
            }
            for (EventSpec ev : state.agenda().events()) {
                if (ev.trigger() instanceof Trigger.DealWorthwhile dw && dw.power().equals(p.getId())
                        && ev.instrument() instanceof Instrument.MineralsDeal d) {
                    Faction partner = state.faction(d.partner());
                    ForeignPower.DealReview r = p.reviewDeal(d, partner, state.scenario().minerals());
                    if (r.changed()) {
                        state.log().log(r.wanted() ? "deal-offered" : "deal-abandoned", ev.id(), p.getId(),
                                String.format(Locale.ROOT, "expected access US$%.0f/month vs cost US$%.0f/month",
                                        r.expectedAccessUsd(), r.costUsd()));
                    }
                }
            }
        }
        if (changed) {
            StandingEffects.apply(state);
        }
    }
}
