package org.conflictsim.model.phase;

import org.conflictsim.model.agent.Actor;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.economy.MineralFlows;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.SanctionRules;
import org.conflictsim.model.rules.SponsorRules;
import org.conflictsim.model.rules.TradeRules;
import org.conflictsim.model.space.Territory;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;

/**
 * Phase 3, production and revenue (model brief): every mine works and its output goes somewhere — to the
 * offtake of minerals-for-security deals, to official exports, or smuggled out by the route its holder's side
 * can use ({@link org.conflictsim.model.space.Routes}: the least-cost way to a border through its own ground). The
 * holder of the mine's cell taxes it, the state earns royalties on official exports, the transit country a
 * margin on smuggling; sanctions cut what sanctioned sellers and transit countries can take
 * ({@link TradeRules}, {@link SanctionRules}). Factions then tax their people and receive their budgets, and
 * powers their budgets.
 */
public final class ProductionPhase extends DayPhase {
    private static final long serialVersionUID = 1L;

    /** Side of the state's army (the first government faction), −1 without one. */
    private final int governmentSide;
    /** Today's sponsors of each faction (powers with military support in force for it). */
    private final java.util.List<java.util.List<ForeignPower>> sponsors = new java.util.ArrayList<>();

    public ProductionPhase(ModelState state) {
        super(state);
        int g = -1;
        for (Faction f : state.factions()) {
            if (f.kind() == FactionKind.GOVERNMENT) {
                g = f.side();
                break;
            }
        }
        governmentSide = g;
        for (int i = 0; i < state.factions().size(); i++) {
            sponsors.add(new java.util.ArrayList<>());
        }
    }

    @Override
    public void run() {
        MineralFlows flows = state.flows();
        Territory territory = state.territory();
        flows.clear();
        for (Faction f : state.factions()) {
            f.holdings().clearMines();
        }
        for (ForeignPower p : state.powers()) {
            p.clearDay();
        }
        for (Actor a : state.actors()) {
            a.clearSanctionLoss();
        }
        for (Mine mine : state.mines()) {
            territory.clearMineValue(mine.cell());
        }
        for (java.util.List<ForeignPower> l : sponsors) {
            l.clear();
        }
        for (ForeignPower p : state.powers()) {
            for (String f : state.agenda().supportedBy(p.getId())) {
                sponsors.get(state.faction(f).index()).add(p);
            }
        }
        state.routes().review(state.day(), (country, mineral) -> {
            ForeignPower p = state.powerOfCountry(country);
            return SanctionRules.withBan(p == null ? 0.0 : p.getSanctionSeverity(), state.banSeverity(country, mineral));
        });
        for (Mine mine : state.mines()) {
            produce(mine);
        }
        Books books = state.books();
        for (Faction f : state.factions()) {
            books.transfer(Books.OUTSIDE, f.account(), f.spec().popTaxPerDay() * f.getPopulationHeld(),
                    Flow.POPULATION_TAX);
            books.transfer(Books.OUTSIDE, f.account(), f.spec().incomePerDay(), Flow.BUDGET);
        }
        for (ForeignPower p : state.powers()) {
            books.transfer(Books.OUTSIDE, p.account(), p.spec().incomePerDay(), Flow.BUDGET);
        }
    }

    /** One mine's day: it works, and its output is taken, exported or smuggled, and taxed on the way. */
    private void produce(Mine mine) {
        Rules.Economy eco = state.rules().economy();
        Territory territory = state.territory();
        MineralFlows flows = state.flows();
        Books books = state.books();
        int c = mine.cell();
        Mine.Change change = mine.work(territory.onFront(c), territory.lastFight(c) >= state.day() - 1, eco);
        if (change == Mine.Change.SUSPENDED) {
            state.log().log("mine-suspended", mine.getId(), "", "industrial mine on a front line suspends operations");
        } else if (change == Mine.Change.RESUMED) {
            state.log().log("mine-resumed", mine.getId(), "", "front line has moved away");
        }
        int mi = mine.mineralIndex();
        MineralSpec ms = mine.mineralSpec();
        double kg = mine.getOutputKgPerDay();
        double worldPrice = state.market().price(mi);
        double localPrice = worldPrice * ms.localShare();
        territory.addMineValue(c, kg * localPrice);
        int f = territory.controller(c);
        int route = f < 0 ? mine.site().routeCountry() : state.routes().exit(territory.side(f), mi, c);
        mine.routeThrough(route < 0 ? "elsewhere" : state.world().countries().get(route));
        ForeignPower transit = state.powerOfCountry(route);
        if (f < 0) {
            mine.holdBy(null);
            flows.add(mi, flows.smuggledThrough(route), kg, worldPrice);
            if (transit != null) {
                transit.addAccess(mi, kg, worldPrice);
            }
            return;
        }
        Faction holder = state.faction(f);
        mine.holdBy(holder);
        holder.holdings().countMine(mi, kg, kg * worldPrice);
        double rest = kg;
        Agenda agenda = state.agenda();
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.active(e) && agenda.instrument(e) instanceof Instrument.MineralsDeal d
                    && state.scenario().factionIndex(d.partner()) == f && rest > 0) {
                ForeignPower buyer = state.power(d.power());
                double bought = books.transfer(buyer.account(), Books.OUTSIDE, d.offtakeShare() * rest * localPrice,
                        Flow.OFFTAKE_PURCHASE);
                double take = localPrice > 0 ? bought / localPrice : 0;
                rest -= take;
                buyer.addOfftake(take);
                buyer.addAccess(mi, take, worldPrice);
                buyer.addGain(take * (worldPrice - localPrice) * buyer.spec().interest(mi));
                flows.add(mi, flows.offtake(buyer.index()), take, worldPrice);
            }
        }
        boolean government = holder.kind() == FactionKind.GOVERNMENT;
        double smuggled = TradeRules.smuggledKg(rest, government, ms.smuggledShare());
        double official = rest - smuggled;
        flows.add(mi, MineralFlows.OFFICIAL, official, worldPrice);
        flows.add(mi, flows.smuggledThrough(route), smuggled, worldPrice);
        double rate = ms.bulky() ? holder.spec().mineTax() : holder.spec().goldTax();
        double ban = state.banSeverity(route, mi);
        double severity = SanctionRules.withBan(holder.getSanctionSeverity(), ban);
        holder.addSanctionLoss(TradeRules.mineTaxLostToSanctions(rate, localPrice, smuggled, severity));
        mine.taxed(books.transfer(Books.OUTSIDE, f, TradeRules.mineTax(rate, localPrice, kg, smuggled, severity),
                Flow.MINE_TAX));
        if (government && official > 0) {
            books.transfer(Books.OUTSIDE, f, TradeRules.royalty(eco.royaltyRate(), eco.royaltyLeakage(), official,
                    worldPrice), Flow.ROYALTIES);
        }
        if (smuggled > 0 && transit != null) {
            transit.addAccess(mi, smuggled, worldPrice);
            double margin = TradeRules.smugglingMargin(eco.smugglerMargin(), smuggled, worldPrice);
            double sev = SanctionRules.withBan(transit.getSanctionSeverity(), ban);
            transit.addSanctionLoss(margin * sev);
            double got = books.transfer(Books.OUTSIDE, transit.account(), SanctionRules.passedThrough(margin, sev),
                    Flow.SMUGGLING);
            transit.addGain(got * transit.spec().interest(mi));
        }
        marginalGains(holder, c, mi, rest, smuggled > 0 && transit != null ? transit : null, smuggled, worldPrice);
    }

    /**
     * Credits each sponsor of a non-state holder with the marginal gain of its control of this mine: the margin the
     * sponsor earned on its output minus what the government would have sent across the sponsor's border from it
     * (its smuggled share, by the government side's route; {@link SponsorRules#marginalGain}).
     */
    private void marginalGains(Faction holder, int c, int mi, double rest, ForeignPower transit, double smuggled,
                               double worldPrice) {
        if (governmentSide < 0 || holder.side() == governmentSide || sponsors.get(holder.index()).isEmpty()) {
            return;
        }
        Rules.Economy eco = state.rules().economy();
        int cfRoute = state.routes().exit(governmentSide, mi, c);
        double cfSmuggled = TradeRules.smuggledKg(rest, true, state.scenario().minerals().get(mi).smuggledShare());
        int route = state.routes().exit(holder.side(), mi, c);
        for (ForeignPower p : sponsors.get(holder.index())) {
            double interest = p.spec().interest(mi);
            double earned = p == transit
                    ? SanctionRules.passedThrough(TradeRules.smugglingMargin(eco.smugglerMargin(), smuggled, worldPrice),
                            SanctionRules.withBan(p.getSanctionSeverity(), state.banSeverity(route, mi))) * interest
                    : 0.0;
            double cf = state.powerOfCountry(cfRoute) == p
                    ? SanctionRules.passedThrough(TradeRules.smugglingMargin(eco.smugglerMargin(), cfSmuggled,
                            worldPrice), SanctionRules.withBan(p.getSanctionSeverity(), state.banSeverity(cfRoute, mi)))
                            * interest : 0.0;
            p.addMarginalGain(SponsorRules.marginalGain(earned, cf));
        }
    }
}
