package org.conflictsim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.model.observe.Series;
import org.conflictsim.model.instruments.EventSpec;
import org.conflictsim.model.instruments.Instrument;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.PowerSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.MineSite;

/**
 * The five live charts of the dashboard, built for a scenario: territory share per faction (with the
 * ensemble band when given), mines held per faction, mineral flows by destination, displaced people, and
 * the support level of each sponsoring power. Factions use their scenario colours, as on the map.
 */
public final class DashboardCharts {
    /**
     * Least time between two redraws of the charts, milliseconds. New days are added to the charts as they
     * come, but the charts are redrawn at most about seven times a second: redrawing five charts takes tens of
     * milliseconds, and MASON's Console waits for the Swing thread after every simulated day.
     */
    public static final int REFRESH_MS = 150;

    private final LiveChart territory;
    private final LiveChart mines;
    private final LiveChart flows;
    private final LiveChart displaced;
    private final LiveChart support;
    private final javax.swing.Timer timer = new javax.swing.Timer(REFRESH_MS, e -> refreshNow());
    private long lastRefresh;
    private boolean dirty;

    /**
     * @param scenario the scenario
     * @param palette  its colours
     * @param days     days of the run
     * @param band     an ensemble band for the territory chart, or null
     */
    public DashboardCharts(Scenario scenario, Palette palette, int days, EnsembleBand band) {
        timer.setRepeats(false);
        List<LiveChart.Line> share = new ArrayList<>();
        List<LiveChart.Line> held = new ArrayList<>();
        List<EnsembleBand.Band> bands = new ArrayList<>();
        List<Color> bandFills = new ArrayList<>();
        for (int f = 0; f < scenario.factions().size(); f++) {
            FactionSpec s = scenario.factions().get(f);
            if (s.kind() == FactionKind.FOREIGN_FORCE) {
                continue;
            }
            share.add(LiveChart.Line.of(s.id(), palette.faction(f), palette.factionLine(f), Metric.TERRITORY_SHARE.id(),
                    s.id()));
            held.add(LiveChart.Line.of(s.id(), palette.faction(f), palette.factionLine(f), Metric.MINES_HELD.id(), s.id()));
            bands.add(band == null ? null : band.band(s.id()));
            bandFills.add(palette.factionBand(f));
        }
        territory = new LiveChart("Territory held", "% of the theatre", 100, share, scenario.start(), days);
        territory.setValueRange(0, 100);
        if (band != null) {
            territory.setBand(bands, bandFills, String.format(java.util.Locale.UK,
                    "shaded: 5-95%% range of %d earlier runs", band.runs()));
        }
        mines = new LiveChart("Mines held", Metric.MINES_HELD.unit(), 1, held, scenario.start(), days);
        mines.setIntegerValues();
        flows = new LiveChart("Mineral flows by destination", "US$ M/day at world prices", 1e-6,
                flowLines(scenario), scenario.start(), days);
        displaced = new LiveChart("Displaced people", "thousand people", 1e-3,
                List.of(LiveChart.Line.of(Metric.DISPLACED.id(), Palette.category(Palette.DISPLACED),
                        Palette.categoryLine(0), Metric.DISPLACED.id(), Metric.ALL)), scenario.start(), days);
        support = new LiveChart("Sponsor support level", "x scripted (1 = as scripted)", 1,
                supportLines(scenario), scenario.start(), days);
    }

    /**
     * Destinations that can receive minerals in this scenario: official exports, smuggling through each
     * neighbour that a mine's route crosses (or elsewhere), and the offtake of powers with a minerals deal.
     * Each keeps the colour of its position in the model's full list of destinations, as in the results charts.
     */
    static List<LiveChart.Line> flowLines(Scenario scenario) {
        List<String> countries = scenario.world().countries();
        List<String> all = new ArrayList<>();
        all.add("official");
        countries.forEach(c -> all.add("smuggled:" + c));
        all.add("smuggled:elsewhere");
        scenario.powers().forEach(p -> all.add("offtake:" + p.id()));
        Set<String> possible = new LinkedHashSet<>();
        possible.add("official");
        for (MineSite m : scenario.world().mines()) {
            possible.add(m.routeCountry() < 0 ? "smuggled:elsewhere" : "smuggled:" + countries.get(m.routeCountry()));
        }
        for (EventSpec ev : scenario.events()) {
            if (ev.instrument() instanceof Instrument.MineralsDeal d) {
                possible.add("offtake:" + d.power());
            }
        }
        List<LiveChart.Line> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String d = all.get(i);
            if (!possible.contains(d)) {
                continue;
            }
            List<Series.Key> keys = new ArrayList<>();
            for (MineralSpec m : scenario.minerals()) {
                keys.add(new Series.Key(Metric.FLOW_USD.of(m.id()), d));
            }
            out.add(new LiveChart.Line(destinationLabel(scenario, d), Palette.category(i), null, keys, true));
        }
        return out;
    }

    /** "official exports", "smuggled via Rwanda", "smuggled elsewhere", "offtake by United States". */
    static String destinationLabel(Scenario scenario, String destination) {
        if (destination.equals("official")) {
            return "official exports";
        } else if (destination.equals("smuggled:elsewhere")) {
            return "smuggled elsewhere";
        } else if (destination.startsWith("smuggled:")) {
            return "smuggled via " + scenario.countryName(destination.substring("smuggled:".length()));
        }
        String power = destination.substring("offtake:".length());
        int p = scenario.powerIndex(power);
        return "offtake by " + (p < 0 ? power : scenario.powers().get(p).name());
    }

    /**
     * Sponsoring powers: adaptive powers and powers giving military support in the scenario, each in the colour
     * and line of its position among the scenario's powers, as in the results charts; the legend names the
     * faction it backs.
     */
    static List<LiveChart.Line> supportLines(Scenario scenario) {
        List<LiveChart.Line> out = new ArrayList<>();
        for (String id : sponsors(scenario)) {
            String backs = backs(scenario, id);
            int p = scenario.powerIndex(id);
            out.add(LiveChart.Line.of(id + (backs == null ? "" : " (backs " + backs + ")"), Palette.category(p),
                    Palette.categoryLine(p), Metric.SUPPORT_LEVEL.id(), id));
        }
        return out;
    }

    /** Ids of sponsoring powers: adaptive ones and those with military support, in scenario order. */
    public static List<String> sponsors(Scenario scenario) {
        List<String> out = new ArrayList<>();
        for (PowerSpec p : scenario.powers()) {
            if (p.adaptive() || backs(scenario, p.id()) != null) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** The faction a power backs with military support in the scenario, or null. */
    static String backs(Scenario scenario, String power) {
        for (EventSpec ev : scenario.events()) {
            if (ev.instrument() instanceof Instrument.MilitarySupport m && m.from().equals(power)) {
                return m.to();
            }
        }
        return null;
    }

    /** Notes that days were appended; redraws now, or when {@link #REFRESH_MS} have passed (Swing thread). */
    public void changed() {
        dirty = true;
        if (System.nanoTime() - lastRefresh >= REFRESH_MS * 1_000_000L) {
            refreshNow();
        } else if (!timer.isRunning()) {
            timer.start();
        }
    }

    /** Redraws the charts if days were appended since the last redraw (Swing thread). */
    public void refreshNow() {
        if (!dirty) {
            return;
        }
        dirty = false;
        timer.stop();
        lastRefresh = System.nanoTime();
        for (LiveChart c : all()) {
            c.refresh();
        }
    }

    /** All five, in dashboard order. */
    public List<LiveChart> all() {
        return List.of(territory, mines, flows, displaced, support);
    }

    /** Territory share per faction, % of the theatre. */
    public LiveChart territory() {
        return territory;
    }

    /** Mines held per faction. */
    public LiveChart mines() {
        return mines;
    }

    /** Mineral flows by destination, US$ million per day at world prices. */
    public LiveChart flows() {
        return flows;
    }

    /** Displaced people, thousands. */
    public LiveChart displaced() {
        return displaced;
    }

    /** Support level of each sponsoring power. */
    public LiveChart support() {
        return support;
    }
}
