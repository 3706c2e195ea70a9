package org.conflictsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.economy.Flow;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;

/** Per-run outcomes computed from a finished model: the columns of {@code runs.csv}, named by {@link Outcome}. */
public final class Outcomes {
    /** Days per month used for monthly figures (365.25 / 12). */
    public static final double DAYS_PER_MONTH = 30.4375;

    private Outcomes() {
    }

    /** Runs a scenario once and collects its outcomes. */
    public static RunResult run(org.conflictsim.model.params.Scenario scenario, int run, long seed, int days) {
        return run(scenario, run, seed, days, null);
    }

    /**
     * Runs one replicate, calling {@code afterDay} with the model and the day after each day (the same run as
     * without it: it only reads the model).
     *
     * @param afterDay an observer of each day, or null
     */
    public static RunResult run(org.conflictsim.model.params.Scenario scenario, int run, long seed, int days,
                                java.util.function.ObjIntConsumer<ConflictModel> afterDay) {
        ConflictModel m = new ConflictModel(scenario, seed, days);
        m.runToEnd(afterDay);
        return of(m, run, seed);
    }

    /** Collects the outcomes of a finished model. */
    public static RunResult of(ConflictModel m, int run, long seed) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Series s = m.series();
        int last = m.days() - 1;
        List<Place> places = m.world().places();
        List<FactionSpec> factions = m.scenario().factions();
        for (int p = 0; p < places.size(); p++) {
            if (places.get(p).cell() < 0 || !m.world().theatre(places.get(p).cell())) {
                continue;
            }
            int d = m.captureDay(p);
            out.put(Outcome.CAPTURE_DAY.of(places.get(p).id()), d < 0 ? Double.NaN : d);
            labels.put(Outcome.CAPTURED_BY.of(places.get(p).id()), d < 0 ? "" : factions.get(m.capturedBy(p)).id());
        }
        for (FactionSpec f : factions) {
            if (f.kind().holdsTerritory()) {
                out.put(Outcome.FINAL_SHARE.of(f.id()), s.get(s.id(Metric.TERRITORY_SHARE.id(), f.id()), last));
            }
        }
        for (FactionSpec f : factions) {
            out.put(Outcome.FIGHTERS_FINAL.of(f.id()), s.get(s.id(Metric.FIGHTERS.id(), f.id()), last));
            out.put(Outcome.CASUALTIES.of(f.id()), s.get(s.id(Metric.COMBAT_CASUALTIES_CUM.id(), f.id()), last));
        }
        for (FactionSpec f : factions) {
            out.put(Outcome.MINE_TAX_USD.of(f.id()), sum(s, Metric.REVENUE_USD.of(Flow.MINE_TAX.label()), f.id()));
            double total = 0;
            for (Series.Key k : s.keys()) {
                if (Metric.REVENUE_USD.names(k.metric()) && k.entity().equals(f.id())) {
                    total += sum(s, k.metric(), k.entity());
                }
            }
            out.put(Outcome.REVENUE_USD.of(f.id()), total);
        }
        for (MineSite mine : m.world().mines()) {
            if (mine.named()) {
                out.put(Outcome.MINE_TAX_USD_PER_MONTH.of(mine.id()),
                        sum(s, Metric.MINE_TAX_USD.id(), mine.id()) / m.days() * DAYS_PER_MONTH);
            }
        }
        List<String> dest = m.destinations();
        for (String d : dest) {
            double kg = 0;
            double usd = 0;
            for (MineralSpec mineral : m.scenario().minerals()) {
                kg += sum(s, Metric.FLOW_KG.of(mineral.id()), d);
                usd += sum(s, Metric.FLOW_USD.of(mineral.id()), d);
            }
            out.put(Outcome.FLOW_KG.of(d), kg);
            out.put(Outcome.FLOW_USD.of(d), usd);
        }
        for (PowerSpec p : m.scenario().powers()) {
            out.put(Outcome.SMUGGLING_INCOME_USD.of(p.id()), sum(s, Metric.SMUGGLING_INCOME_USD.id(), p.id()));
            out.put(Outcome.OFFTAKE_KG.of(p.id()), sum(s, Metric.OFFTAKE_KG.id(), p.id()));
            double kg = 0;
            double usd = 0;
            for (MineralSpec mineral : m.scenario().minerals()) {
                kg += sum(s, Metric.ACCESS_KG.of(mineral.id()), p.id());
                usd += sum(s, Metric.ACCESS_USD.of(mineral.id()), p.id());
            }
            out.put(Outcome.ACCESS_KG.of(p.id()), kg);
            out.put(Outcome.ACCESS_USD.of(p.id()), usd);
            out.put(Outcome.SUPPORT_LEVEL_MEAN.of(p.id()), sum(s, Metric.SUPPORT_LEVEL.id(), p.id()) / m.days());
            out.put(Outcome.SPONSOR_CASH_USD.of(p.id()), sum(s, Metric.SPONSOR_CASH_USD.id(), p.id()));
        }
        for (Series.Key k : s.keys()) {
            if (Metric.SANCTION_LOSS_USD.names(k.metric())) {
                out.put(Outcome.SANCTION_LOSS_USD.of(k.entity()), sum(s, k.metric(), k.entity()));
            } else if (Metric.DEAL_ACTIVE.names(k.metric())) {
                out.put(Outcome.DEAL_DAYS_ACTIVE.of(k.entity()), sum(s, k.metric(), k.entity()));
                out.put(Outcome.DEAL_PAID_USD.of(k.entity()), sum(s, Metric.DEAL_PAID_USD.id(), k.entity()));
            }
        }
        out.put(Outcome.CIVILIAN_DEATHS.id(), m.civilianDeaths());
        out.put(Outcome.DISPLACED_FINAL.id(), m.displaced());
        double peak = 0;
        int dId = s.id(Metric.DISPLACED.id(), Metric.ALL);
        for (int d = 0; d <= last; d++) {
            peak = Math.max(peak, s.get(dId, d));
        }
        out.put(Outcome.DISPLACED_PEAK.id(), peak);
        out.put(Outcome.BATTLES.id(), (double) m.battlesTotal());
        for (org.conflictsim.model.agent.Faction f : m.factions()) {
            if (f.kind().holdsTerritory()) {
                out.put(Outcome.RECAPTURES.of(f.getId()), (double) f.getRecaptures());
            }
        }
        return new RunResult(run, seed, s, m.events(), out, labels);
    }

    private static double sum(Series s, String metric, String entity) {
        int id = s.id(metric, entity);
        if (id < 0) {
            return 0;
        }
        double t = 0;
        for (int d = 0; d < s.days(); d++) {
            t += s.get(id, d);
        }
        return t;
    }
}
