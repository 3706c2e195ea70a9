package org.conflictsim.model.observe;

import java.util.ArrayList;
import java.util.List;
import org.conflictsim.model.agent.Actor;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.ForeignPower;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.economy.Books;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.economy.MineralFlows;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.state.Agenda;
import org.conflictsim.model.state.ModelState;
import org.conflictsim.model.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the day's {@link Metric}s into a {@link Series}, reading the agents and the territory from outside
 * after the day's phases (as Mesa's DataCollector does), and then checks conservation
 * ({@link Conservation}). Scheduled last in the day; it changes nothing in the model.
 */
public final class DailyCollector implements Steppable {
    private static final long serialVersionUID = 1L;
    /** The money flows counted as a faction's revenue, in the order of their series. */
    public static final Flow[] REVENUE = {Flow.MINE_TAX, Flow.ROYALTIES, Flow.POPULATION_TAX, Flow.BUDGET, Flow.AID,
        Flow.SPONSOR_CASH, Flow.DEAL_CASH};

    private final transient ModelState state;
    private final Series series;
    private boolean check;
    private final int sTerritory;
    private final int sArea;
    private final int sPopHeld;
    private final int sFighters;
    private final int sEffective;
    private final int sTraining;
    private final int sMorale;
    private final int sTreasury;
    private final int sLegit;
    private final int sMines;
    private final int sMineKg;
    private final int sCasualties;
    private final int sRevenue;
    private final int sPowerTreasury;
    private final int sPowerSmuggling;
    private final int sPowerOfftake;
    private final int sSponsor;
    private final int sSanction;
    private final int sFlowKg;
    private final int sFlowUsd;
    private final int sPrice;
    private final int sNamedMineTax;
    private final int sNamedMineController;
    private final int sSupport;
    private final int sAccessKg;
    private final int sAccessUsd;
    private final int sSanctionLoss;
    private final int sDealActive;
    private final int sDealPaid;
    private final int sDisplaced;
    private final int sResidents;
    private final int sDead;
    private final int sBattles;
    private final int sCeasefire;
    private final int[] dealEvents;
    private final List<Mine> namedMines = new ArrayList<>();

    /**
     * Defines the series, in a fixed order (so outputs are ordered the same way in every run).
     *
     * @param state  the run's state
     * @param series where the values go
     * @param check  whether to check conservation every day
     */
    public DailyCollector(ModelState state, Series series, boolean check) {
        this.state = state;
        this.series = series;
        this.check = check;
        List<String> factions = new ArrayList<>();
        for (Faction f : state.factions()) {
            factions.add(f.getId());
        }
        List<String> powers = new ArrayList<>();
        for (ForeignPower p : state.powers()) {
            powers.add(p.getId());
        }
        List<String> minerals = new ArrayList<>();
        for (MineralSpec m : state.scenario().minerals()) {
            minerals.add(m.id());
        }
        sTerritory = block(Metric.TERRITORY_SHARE.id(), factions);
        sArea = block(Metric.TERRITORY_KM2.id(), factions);
        sPopHeld = block(Metric.POPULATION_HELD.id(), factions);
        sFighters = block(Metric.FIGHTERS.id(), factions);
        sEffective = block(Metric.EFFECTIVE_FORCE.id(), factions);
        sTraining = block(Metric.TRAINING.id(), factions);
        sMorale = block(Metric.MORALE.id(), factions);
        sTreasury = block(Metric.TREASURY_USD.id(), factions);
        sLegit = block(Metric.LEGITIMACY.id(), factions);
        sMines = block(Metric.MINES_HELD.id(), factions);
        sMineKg = block(Metric.MINE_OUTPUT_KG.id(), factions);
        sCasualties = block(Metric.COMBAT_CASUALTIES_CUM.id(), factions);
        sRevenue = series.size();
        for (Flow fl : REVENUE) {
            block(Metric.REVENUE_USD.of(fl.label()), factions);
        }
        sPowerTreasury = block(Metric.POWER_TREASURY_USD.id(), powers);
        sPowerSmuggling = block(Metric.SMUGGLING_INCOME_USD.id(), powers);
        sPowerOfftake = block(Metric.OFFTAKE_KG.id(), powers);
        sSponsor = block(Metric.SPONSOR_CASH_USD.id(), powers);
        List<String> accounts = new ArrayList<>(factions);
        accounts.addAll(powers);
        sSanction = block(Metric.SANCTION_SEVERITY.id(), accounts);
        List<String> dest = MineralFlows.destinationNames(state.world().countries(), powers);
        sFlowKg = series.size();
        for (String m : minerals) {
            block(Metric.FLOW_KG.of(m), dest);
        }
        sFlowUsd = series.size();
        for (String m : minerals) {
            block(Metric.FLOW_USD.of(m), dest);
        }
        sPrice = block(Metric.PRICE_USD_PER_KG.id(), minerals);
        List<String> named = new ArrayList<>();
        for (Mine mine : state.mines()) {
            if (mine.site().named()) {
                named.add(mine.getId());
                namedMines.add(mine);
            }
        }
        sNamedMineTax = block(Metric.MINE_TAX_USD.id(), named);
        sNamedMineController = block(Metric.MINE_CONTROLLER.id(), named);
        sSupport = block(Metric.SUPPORT_LEVEL.id(), powers);
        sAccessKg = series.size();
        for (String m : minerals) {
            block(Metric.ACCESS_KG.of(m), powers);
        }
        sAccessUsd = series.size();
        for (String m : minerals) {
            block(Metric.ACCESS_USD.of(m), powers);
        }
        sSanctionLoss = block(Metric.SANCTION_LOSS_USD.id(), accounts);
        List<String> deals = new ArrayList<>();
        List<Integer> dealIdx = new ArrayList<>();
        Agenda agenda = state.agenda();
        for (int e = 0; e < agenda.size(); e++) {
            if (agenda.instrument(e) instanceof Instrument.MineralsDeal) {
                deals.add(agenda.event(e).id());
                dealIdx.add(e);
            }
        }
        dealEvents = dealIdx.stream().mapToInt(Integer::intValue).toArray();
        sDealActive = block(Metric.DEAL_ACTIVE.id(), deals);
        sDealPaid = block(Metric.DEAL_PAID_USD.id(), deals);
        sDisplaced = series.define(Metric.DISPLACED.id(), Metric.ALL);
        sResidents = series.define(Metric.RESIDENTS.id(), Metric.ALL);
        sDead = series.define(Metric.CIVILIAN_DEATHS_CUM.id(), Metric.ALL);
        sBattles = series.define(Metric.BATTLES.id(), Metric.ALL);
        sCeasefire = series.define(Metric.CEASEFIRE.id(), Metric.ALL);
    }

    private int block(String metric, List<String> entities) {
        int first = series.size();
        for (String e : entities) {
            series.define(metric, e);
        }
        return first;
    }

    /** Turns the daily conservation checks on or off. */
    public void setCheck(boolean on) {
        check = on;
    }

    @Override
    public void step(SimState sim) {
        record(state.day());
        if (check) {
            Conservation.check(state);
        }
    }

    /** Records the state at the end of {@code day}. */
    private void record(int day) {
        World world = state.world();
        Books books = state.books();
        double theatre = world.theatreCellCount();
        List<Faction> factions = state.factions();
        int nF = factions.size();
        for (int f = 0; f < nF; f++) {
            Faction x = factions.get(f);
            series.set(sTerritory + f, day, x.cellsHeld() / theatre);
            series.set(sArea + f, day, x.cellsHeld() * world.cellAreaKm2());
            series.set(sPopHeld + f, day, x.getPopulationHeld());
            series.set(sFighters + f, day, x.getFighters());
            series.set(sEffective + f, day, x.getFighters() * x.getQuality());
            series.set(sTraining + f, day, x.getTraining());
            series.set(sMorale + f, day, x.getMorale());
            series.set(sTreasury + f, day, x.getTreasury());
            series.set(sLegit + f, day, x.getLegitimacy());
            series.set(sMines + f, day, x.getMinesHeld());
            series.set(sMineKg + f, day, x.getMineOutputKg());
            series.set(sCasualties + f, day, x.getCasualties());
            for (int r = 0; r < REVENUE.length; r++) {
                series.set(sRevenue + r * nF + f, day, books.inflowToday(x.account(), REVENUE[r]));
            }
        }
        List<ForeignPower> powers = state.powers();
        int nP = powers.size();
        for (int p = 0; p < nP; p++) {
            ForeignPower x = powers.get(p);
            series.set(sPowerTreasury + p, day, x.getTreasury());
            series.set(sPowerSmuggling + p, day, books.inflowToday(x.account(), Flow.SMUGGLING));
            series.set(sPowerOfftake + p, day, x.getOfftakeKgToday());
            series.set(sSponsor + p, day, x.getSponsorCashToday());
        }
        List<Actor> actors = state.actors();
        for (int a = 0; a < actors.size(); a++) {
            series.set(sSanction + a, day, actors.get(a).getSanctionSeverity());
            series.set(sSanctionLoss + a, day, actors.get(a).getSanctionLossToday());
        }
        int nMin = state.market().size();
        for (int p = 0; p < nP; p++) {
            ForeignPower x = powers.get(p);
            series.set(sSupport + p, day, x.getSupportLevel());
            for (int m = 0; m < nMin; m++) {
                series.set(sAccessKg + m * nP + p, day, x.accessKg(m));
                series.set(sAccessUsd + m * nP + p, day, x.accessUsd(m));
            }
        }
        Agenda agenda = state.agenda();
        for (int i = 0; i < dealEvents.length; i++) {
            series.set(sDealActive + i, day, agenda.active(dealEvents[i]) ? 1 : 0);
            series.set(sDealPaid + i, day, agenda.dealPaidToday(dealEvents[i]));
        }
        MineralFlows flows = state.flows();
        int nDest = flows.destinations();
        for (int m = 0; m < nMin; m++) {
            for (int d = 0; d < nDest; d++) {
                series.set(sFlowKg + m * nDest + d, day, flows.kg(m, d));
                series.set(sFlowUsd + m * nDest + d, day, flows.usd(m, d));
            }
            series.set(sPrice + m, day, state.market().price(m));
        }
        for (int i = 0; i < namedMines.size(); i++) {
            Mine mine = namedMines.get(i);
            series.set(sNamedMineTax + i, day, mine.getTaxToday());
            series.set(sNamedMineController + i, day, state.territory().controller(mine.cell()));
        }
        series.set(sDisplaced, day, state.population().displaced());
        series.set(sResidents, day, state.population().residentsTotal());
        series.set(sDead, day, state.population().dead());
        series.set(sBattles, day, state.battlesToday());
        series.set(sCeasefire, day, state.agenda().ceasefireInForce() ? 1 : 0);
    }
}
