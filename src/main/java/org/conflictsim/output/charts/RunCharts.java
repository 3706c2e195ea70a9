package org.conflictsim.output.charts;

import org.conflictsim.experiment.Outcome;
import org.conflictsim.model.observe.Metric;
import org.conflictsim.output.results.Caveats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of one {@code run} results folder, built from {@link RunFolder} alone:
 * territory share per faction, capture dates of places, mineral flows by destination (US$ and mass),
 * revenue by source per faction, fighters per faction, displaced people and sponsor support per power.
 * Time series are summarised across runs as a {@link Band} (mean line, 5–95% shaded range) or, for stacked
 * charts, as the mean; all time axes are calendar dates; scenario events are numbered dashed lines.
 *
 * <p>Each method returns the chart, or adds a note to {@code notes} and returns null when the results have
 * nothing to show (e.g. no place changed hands in any run). Comparisons of several folders and parameter
 * sweeps reuse the same parts ({@link Band}, {@link FactionPalette}, the date axis and event lines).
 */
public final class RunCharts {
    /** Chart width, px. */
    public static final int WIDTH = 1100;
    /** Height of a single-plot time chart without the event key, px. */
    public static final int HEIGHT = 560;
    /** Days per month for monthly rates (365.25 / 12), as in {@code runs.csv}. */
    public static final double DAYS_PER_MONTH = Outcomes.DAYS_PER_MONTH;

    private static final int SUBPLOT_PX = 230;

    private RunCharts() {
    }

    /**
     * The charts and the notes on charts left out.
     *
     * @param figures charts in report order
     * @param notes   one sentence per chart left out, saying why
     */
    public record ChartSet(List<Figure> figures, List<String> notes) {
        public ChartSet {
            figures = List.copyOf(figures);
            notes = List.copyOf(notes);
        }
    }

    /** All charts of a run, in report order. */
    public static ChartSet all(RunFolder r) {
        List<String> notes = new ArrayList<>();
        List<Figure> out = new ArrayList<>();
        add(out, territory(r, notes));
        add(out, captureDates(r, notes));
        add(out, mineralFlowsUsd(r, notes));
        add(out, mineralFlowsMass(r, notes));
        add(out, revenue(r, notes));
        add(out, fighters(r, notes));
        add(out, displaced(r, notes));
        add(out, sponsorSupport(r, notes));
        return new ChartSet(out, notes);
    }

    /** Why a series is missing: no daily series written at all, or none of this metric. */
    private static String noSeries(RunFolder r, String metric) {
        return r.series().metrics().isEmpty() && r.manifest().series().equals("none")
                ? "no daily series were written (run --series none)."
                : "the daily series have no " + metric + " series.";
    }

    private static void add(List<Figure> out, Figure f) {
        if (f != null) {
            out.add(f);
        }
    }

    // ------------------------------------------------------------------ band charts

    /** Territory share of each territorial faction (share of theatre cells, 0–100%), mean and 5–95% band. */
    public static Figure territory(RunFolder r, List<String> notes) {
        FactionPalette pal = FactionPalette.of(r.scenario());
        List<BandPlot.Line> lines = new ArrayList<>();
        for (ScenarioInfo.Faction f : r.scenario().factions()) {
            if (f.kind().holdsTerritory() && r.series().has(Metric.TERRITORY_SHARE.id(), f.id())) {
                lines.add(factionLine(r, f.id(), Band.of(r.series().series(Metric.TERRITORY_SHARE.id(), f.id()), 1)));
            }
        }
        if (lines.isEmpty()) {
            notes.add("Territory: " + noSeries(r, Metric.TERRITORY_SHARE.id()));
            return null;
        }
        NumberAxis y = ChartKit.valueAxis(Metric.TERRITORY_SHARE.unit());
        y.setNumberFormatOverride(ChartKit.percent());
        y.setAutoRange(false);
        y.setRange(0, 1.0001);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1, ChartKit.percent()));
        return bandFigure(r, "territory", "Territory held by each faction",
                "Share of the theatre's land cells each faction controls, per day. " + bandText(r), y, lines,
                "Share of the theatre's land cells held by each faction: mean across runs (line) and 5–95% range "
                        + "(shaded).");
    }

    /** Fighters of every faction (persons under arms), mean and 5–95% band. */
    public static Figure fighters(RunFolder r, List<String> notes) {
        FactionPalette pal = FactionPalette.of(r.scenario());
        List<BandPlot.Line> lines = new ArrayList<>();
        for (ScenarioInfo.Faction f : r.scenario().factions()) {
            if (!r.series().allZero(Metric.FIGHTERS.id(), f.id())) {
                lines.add(factionLine(r, f.id(), Band.of(r.series().series(Metric.FIGHTERS.id(), f.id()), 1)));
            }
        }
        if (lines.isEmpty()) {
            notes.add("Fighters: no faction has fighters in any run.");
            return null;
        }
        return bandFigure(r, "fighters", "Fighters per faction",
                "Fighters in the theatre (reserve and deployed), per day. " + bandText(r),
                ChartKit.valueAxis(Metric.FIGHTERS.unit()), lines,
                "Fighters of each faction in the theatre (reserve and deployed): mean across runs and 5–95% range.");
    }

    /** Displaced people (persons away from home), mean and 5–95% band. */
    public static Figure displaced(RunFolder r, List<String> notes) {
        if (!r.series().has(Metric.DISPLACED.id(), Metric.ALL)) {
            notes.add("Displaced people: " + noSeries(r, Metric.DISPLACED.id()));
            return null;
        }
        BandPlot.Line l = new BandPlot.Line("displaced people", Band.of(r.series().series(Metric.DISPLACED.id(), Metric.ALL), 1),
                r.start(), CategoryPalette.colour(8), CategoryPalette.bandFill(8), CategoryPalette.line(0));
        return bandFigure(r, "displaced", "Displaced people",
                "People displaced from their home cell by fighting, per day. " + bandText(r),
                ChartKit.valueAxis("persons"), List.of(l),
                "People displaced from their home cell (persons): mean across runs and 5–95% range. "
                        + Caveats.HUMANITARIAN);
    }

    /** Cash each power pays to the factions it sponsors (US$/month), mean and 5–95% band. */
    public static Figure sponsorSupport(RunFolder r, List<String> notes) {
        List<BandPlot.Line> lines = new ArrayList<>();
        List<ScenarioInfo.Power> powers = r.scenario().powers();
        for (int p = 0; p < powers.size(); p++) {
            String id = powers.get(p).id();
            if (!r.series().allZero(Metric.SPONSOR_CASH_USD.id(), id)) {
                lines.add(new BandPlot.Line(powers.get(p).name() + label(id, powers.get(p).name()),
                        Band.of(r.series().series(Metric.SPONSOR_CASH_USD.id(), id), DAYS_PER_MONTH), r.start(),
                        CategoryPalette.colour(p), CategoryPalette.bandFill(p), CategoryPalette.line(p)));
            }
        }
        if (lines.isEmpty()) {
            notes.add("Sponsor support: no power paid sponsor cash in any run, so there is no chart of it.");
            return null;
        }
        return bandFigure(r, "sponsor-support", "Sponsor support by power",
                "Cash paid under military support, as a monthly rate (daily payment × 30.44). " + bandText(r),
                ChartKit.valueAxis("US$ per month"), lines,
                "Cash each foreign power pays to the factions it sponsors, US$ per month: mean across runs and "
                        + "5–95% range.");
    }

    private static BandPlot.Line factionLine(RunFolder r, String id, Band band) {
        FactionPalette pal = FactionPalette.of(r.scenario());
        return new BandPlot.Line(pal.label(id), band, r.start(), pal.colour(id), pal.bandFill(id), pal.line(id));
    }

    private static String label(String id, String name) {
        return name.equals(id) ? "" : " (" + id + ")";
    }

    private static String bandText(RunFolder r) {
        int n = r.manifest().replications();
        return n == 1 ? "One run." : "Line: mean of " + n + " runs; shaded: 5–95% range across runs.";
    }

    private static Figure bandFigure(RunFolder r, String name, String title, String subtitle, NumberAxis y,
                                     List<BandPlot.Line> lines, String caption) {
        XYPlot plot = BandPlot.plot(lines, y);
        plot.setDomainAxis(ChartKit.dateAxis(r.start(), r.end()));
        List<ChartKit.EventGroup> events = events(r);
        ChartKit.addEventLines(plot, events, true);
        JFreeChart chart = ChartKit.chart(title, subtitle, plot, true, events);
        return new Figure(name, title, caption, chart, WIDTH, HEIGHT + ChartKit.keyHeight(events));
    }

    // ------------------------------------------------------------------ stacked charts

    /** Mineral flows by destination, all minerals together, US$/month (mean across runs), stacked. */
    public static Figure mineralFlowsUsd(RunFolder r, List<String> notes) {
        List<String> dest = destinations(r);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < dest.size(); i++) {
            double[] sum = new double[r.manifest().days()];
            boolean any = false;
            for (String m : r.scenario().minerals()) {
                if (!r.series().allZero(Metric.FLOW_USD.of(m), dest.get(i))) {
                    any = true;
                    addInto(sum, meanByDay(r.series().series(Metric.FLOW_USD.of(m), dest.get(i)), DAYS_PER_MONTH));
                }
            }
            if (any) {
                layers.add(new Layer(r.scenario().destinationName(dest.get(i)), sum, CategoryPalette.colour(i)));
            }
        }
        if (layers.isEmpty()) {
            notes.add("Mineral flows: no minerals left the mines in any run.");
            return null;
        }
        XYPlot plot = stackedPlot(r, layers, ChartKit.valueAxis("US$ per month"));
        plot.setDomainAxis(ChartKit.dateAxis(r.start(), r.end()));
        List<ChartKit.EventGroup> events = events(r);
        ChartKit.addEventLines(plot, events, true);
        String sub = "World-price value of all minerals (" + String.join(", ", r.scenario().minerals())
                + ") by where they go, as a monthly rate (daily flow × 30.44); mean of "
                + r.manifest().replications() + " runs.";
        JFreeChart chart = ChartKit.chart("Mineral flows by destination (value)", sub, plot, true, events);
        return new Figure("mineral-flows-usd", "Mineral flows by destination (value)",
                "World-price value of the minerals leaving the mines, stacked by destination (official exports, "
                        + "each smuggling route, each deal's offtake), US$ per month; mean across runs.",
                chart, WIDTH, HEIGHT + ChartKit.keyHeight(events));
    }

    /**
     * Mineral flows by destination per mineral, one panel per mineral, in t/month (kg/month for minerals
     * whose largest monthly flow is under one tonne), mean across runs, stacked.
     */
    public static Figure mineralFlowsMass(RunFolder r, List<String> notes) {
        List<String> dest = destinations(r);
        DateAxis x = ChartKit.dateAxis(r.start(), r.end());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(14);
        Map<Integer, LegendItem> legend = new java.util.TreeMap<>();
        List<ChartKit.EventGroup> events = events(r);
        List<String> shown = new ArrayList<>();
        for (String m : r.scenario().minerals()) {
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < dest.size(); i++) {
                if (!r.series().allZero(Metric.FLOW_KG.of(m), dest.get(i))) {
                    double[] kg = meanByDay(r.series().series(Metric.FLOW_KG.of(m), dest.get(i)), DAYS_PER_MONTH);
                    String label = r.scenario().destinationName(dest.get(i));
                    layers.add(new Layer(label, kg, CategoryPalette.colour(i)));
                    legend.putIfAbsent(i, ChartKit.legendBox(label, CategoryPalette.colour(i)));
                }
            }
            if (layers.isEmpty()) {
                continue;
            }
            double[] total = new double[r.manifest().days()];
            layers.forEach(l -> addInto(total, l.perDay()));
            double peak = Arrays.stream(total).max().orElse(0);
            boolean tonnes = peak >= 1000;
            if (tonnes) {
                for (Layer l : layers) {
                    for (int d = 0; d < l.perDay().length; d++) {
                        l.perDay()[d] /= 1000;
                    }
                }
            }
            XYPlot sub = stackedPlot(r, layers, ChartKit.valueAxis(m + (tonnes ? " (t/month)" : " (kg/month)")));
            combined.add(sub, 1);
            ChartKit.addEventLines(sub, events, shown.isEmpty());
            shown.add(m);
        }
        if (shown.isEmpty()) {
            notes.add("Mineral flows by mass: no minerals left the mines in any run.");
            return null;
        }
        LegendItemCollection items = new LegendItemCollection();
        legend.values().forEach(items::add);
        combined.setFixedLegendItems(items);
        ChartKit.stylePlot(combined);
        String subtitle = "Mass of each mineral leaving the mines by destination, as a monthly rate (daily flow × "
                + "30.44); mean of " + r.manifest().replications() + " runs. Each panel has its own scale.";
        JFreeChart chart = ChartKit.chart("Mineral flows by destination (mass)", subtitle, combined, true, events);
        return new Figure("mineral-flows-mass", "Mineral flows by destination (mass)",
                "Mass of each mineral leaving the mines, stacked by destination, in tonnes per month (kilograms per "
                        + "month where less than a tonne flows); one panel per mineral; mean across runs.",
                chart, WIDTH, 200 + SUBPLOT_PX * shown.size() + ChartKit.keyHeight(events));
    }

    /** Revenue of each faction by source (US$/month, mean across runs), one stacked panel per faction. */
    public static Figure revenue(RunFolder r, List<String> notes) {
        List<String> sources = new ArrayList<>();
        for (String m : r.series().metrics()) {
            if (Metric.REVENUE_USD.names(m)) {
                sources.add(Metric.REVENUE_USD.suffix(m));
            }
        }
        DateAxis x = ChartKit.dateAxis(r.start(), r.end());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(14);
        Map<Integer, LegendItem> legend = new java.util.TreeMap<>();
        List<ChartKit.EventGroup> events = events(r);
        int panels = 0;
        for (ScenarioInfo.Faction f : r.scenario().factions()) {
            List<Layer> layers = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                String metric = Metric.REVENUE_USD.of(sources.get(i));
                if (!r.series().allZero(metric, f.id())) {
                    layers.add(new Layer(sourceLabel(sources.get(i)),
                            meanByDay(r.series().series(metric, f.id()), DAYS_PER_MONTH), CategoryPalette.colour(i)));
                    legend.putIfAbsent(i, ChartKit.legendBox(sourceLabel(sources.get(i)), CategoryPalette.colour(i)));
                }
            }
            if (layers.isEmpty()) {
                continue;
            }
            XYPlot sub = stackedPlot(r, layers, ChartKit.valueAxis(f.id() + ", US$/month"));
            combined.add(sub, 1);
            ChartKit.addEventLines(sub, events, panels == 0);
            panels++;
        }
        if (panels == 0) {
            notes.add("Revenue: no faction had revenue in any run.");
            return null;
        }
        LegendItemCollection items = new LegendItemCollection();
        legend.values().forEach(items::add);
        combined.setFixedLegendItems(items);
        ChartKit.stylePlot(combined);
        String subtitle = "Income of each faction by source, as a monthly rate (daily income × 30.44); mean of "
                + r.manifest().replications() + " runs. Factions without income are left out; each panel has its "
                + "own scale.";
        JFreeChart chart = ChartKit.chart("Revenue by source", subtitle, combined, true, events);
        return new Figure("revenue", "Revenue by source",
                "Income of each faction by source (mine tax, royalties, population tax, budget, aid, sponsor cash, "
                        + "deal cash), US$ per month, stacked; one panel per faction; mean across runs.",
                chart, WIDTH, 200 + SUBPLOT_PX * panels + ChartKit.keyHeight(events));
    }

    /** One stacked layer: a label, a value per day and a colour. */
    private record Layer(String label, double[] perDay, Color colour) {
    }

    /**
     * A stacked area plot drawn as cumulative totals: series {@code i} of the dataset is the sum of layers
     * {@code 0..i}, filled down to zero, and the higher totals are drawn first so that each layer shows as the
     * band between its total and the one below. One filled shape per layer keeps the SVG small.
     */
    private static XYPlot stackedPlot(RunFolder r, List<Layer> layers, NumberAxis y) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        double[] total = new double[r.manifest().days()];
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            XYSeries s = new XYSeries(l.label(), false, false);
            for (int d = 0; d < total.length; d++) {
                double v = l.perDay()[d];
                total[d] += Double.isNaN(v) ? 0 : v;
                s.add(ChartKit.millis(r.start().plusDays(d)), total[d], false);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, l.colour());
        }
        XYPlot plot = new XYPlot(data, null, y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        ChartKit.stylePlot(plot);
        return plot;
    }


    private static double[] meanByDay(double[][] byRunAndDay, double scale) {
        return Band.of(byRunAndDay, scale).mean();
    }

    private static void addInto(double[] sum, double[] v) {
        for (int d = 0; d < sum.length; d++) {
            if (!Double.isNaN(v[d])) {
                sum[d] += v[d];
            }
        }
    }

    /** Destinations in the order of the first mineral's flow series (the model's order). */
    private static List<String> destinations(RunFolder r) {
        List<String> dest = new ArrayList<>();
        for (String m : r.scenario().minerals()) {
            for (String d : r.series().entities(Metric.FLOW_USD.of(m))) {
                if (!dest.contains(d)) {
                    dest.add(d);
                }
            }
        }
        return dest;
    }

    private static String sourceLabel(String source) {
        return source.replace('_', ' ');
    }

    // ------------------------------------------------------------------ capture dates

    /**
     * Capture dates of each place that changed hands in at least one run: one dot per run and place at the
     * date it first passed from its initial side, coloured and shaped by the captor, with the median date
     * as a black bar. Places are sorted by median date, earliest at the top.
     */
    public static Figure captureDates(RunFolder r, List<String> notes) {
        RunsTable t = r.runs();
        List<Place> places = new ArrayList<>();
        for (String c : t.columns()) {
            if (!Outcome.CAPTURE_DAY.names(c) || !t.numeric(c)) {
                continue;
            }
            String id = Outcome.CAPTURE_DAY.suffix(c);
            double[] days = t.numbers(c);
            double[] present = Arrays.stream(days).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (present.length > 0) {
                String captors = Outcome.CAPTURED_BY.of(id);
                List<String> by = t.has(captors) ? t.texts(captors) : null;
                places.add(new Place(id, r.scenario().placeName(id), days, by, Band.quantile(present, 0.5),
                        present.length));
            }
        }
        if (places.isEmpty()) {
            notes.add("Capture dates: no named place changed hands in any run.");
            return null;
        }
        places.sort(Comparator.comparingDouble(Place::median).thenComparing(Place::id));
        int n = t.runs();
        String[] symbols = new String[places.size()];
        for (int i = 0; i < places.size(); i++) {
            symbols[i] = places.get(i).name() + " (" + places.get(i).captured() + "/" + n + ")";
        }
        FactionPalette pal = FactionPalette.of(r.scenario());
        Map<String, XYSeries> byCaptor = new LinkedHashMap<>();
        XYSeries median = new XYSeries("median date", false, true);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            for (int run = 0; run < p.days().length; run++) {
                if (Double.isNaN(p.days()[run])) {
                    continue;
                }
                String captor = p.by() == null || p.by().get(run).isEmpty() ? "?" : p.by().get(run);
                double jitter = ((run % 5) - 2) * 0.09;
                byCaptor.computeIfAbsent(captor, k -> new XYSeries(k, false, true))
                        .add(ChartKit.millis(r.start().plusDays((long) p.days()[run])), i + jitter);
            }
            median.add(ChartKit.millis(r.start().plusDays(Math.round(p.median()))), i);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        int k = 0;
        List<String> captors = new ArrayList<>(byCaptor.keySet());
        captors.sort(Comparator.comparingInt(c -> pal.contains(c) ? pal.index(c) : Integer.MAX_VALUE));
        for (String captor : captors) {
            XYSeries s = byCaptor.get(captor);
            boolean known = pal.contains(captor);
            s.setKey("captured by " + (known ? pal.label(captor) : captor));
            data.addSeries(s);
            renderer.setSeriesPaint(k, known ? pal.colour(captor) : Color.GRAY);
            renderer.setSeriesFillPaint(k, known ? pal.colour(captor) : Color.GRAY);
            renderer.setSeriesOutlinePaint(k, new Color(0x33, 0x33, 0x33));
            renderer.setSeriesShape(k, known ? pal.marker(captor, 10) : FactionPalette.shape(5, 10));
            renderer.setSeriesOutlineStroke(k, new BasicStroke(0.8f));
            k++;
        }
        data.addSeries(median);
        renderer.setSeriesPaint(k, Color.BLACK);
        renderer.setSeriesOutlinePaint(k, Color.BLACK);
        Shape bar = new Rectangle2D.Double(-1.8, -13, 3.6, 26);
        renderer.setSeriesShape(k, bar);
        SymbolAxis y = new SymbolAxis(null, symbols);
        ChartKit.styleAxis(y);
        y.setInverted(true);
        y.setGridBandsVisible(true);
        y.setGridBandPaint(Color.WHITE);
        y.setGridBandAlternatePaint(new Color(0xf3, 0xf3, 0xf3));
        y.setRange(-0.6, places.size() - 0.4);
        y.setAutoRange(false);
        DateAxis x = ChartKit.dateAxis(r.start(), r.end());
        long margin = Math.max(1, r.manifest().days() / 60) * 86_400_000L;
        x.setRange(ChartKit.millis(r.start()) - margin, ChartKit.millis(r.end()) + margin);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartKit.stylePlot(plot);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setRangeGridlinesVisible(false);
        List<ChartKit.EventGroup> events = events(r);
        ChartKit.addEventLines(plot, events, true);
        String subtitle = "First capture from the side holding it at the start: one dot per run, coloured by "
                + "captor; black bar: median date; (k/" + n + "): taken in k of " + n + " runs.";
        JFreeChart chart = ChartKit.chart("When places changed hands", subtitle, plot, true, events);
        return new Figure("capture-dates", "When places changed hands",
                "Date each named place was first taken from its initial side, one dot per run, coloured by captor; "
                        + "the black bar is the median date over the runs in which it fell.",
                chart, WIDTH, 210 + 32 * places.size() + ChartKit.keyHeight(events));
    }

    /** A place that changed hands in some run. */
    private record Place(String id, String name, double[] days, List<String> by, double median, int captured) {
    }

    // ------------------------------------------------------------------ shared

    private static List<ChartKit.EventGroup> events(RunFolder r) {
        return ChartKit.group(r.events().marks(), r.start(), r.end());
    }


}
