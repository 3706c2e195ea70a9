package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.conflictsim.output.Pixels;
import org.conflictsim.output.SmallSweeps.Kind;
import org.conflictsim.output.SmallSweeps;
import org.conflictsim.output.report.ReportHtml;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/**
 * Every chart type of a sweep, built from the small island sweeps: heatmaps (cells, axes, colour scale),
 * scatter plots (panels, dots, axes), Morris and Sobol bars (one per parameter, with their intervals) and
 * the files written headless (size and content).
 */
class SweepChartsTest {

    private static SweepOutcome outcome(SweepData d, String name) {
        return d.outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is charted by default"));
    }

    private static String text(Title t) {
        return t instanceof org.jfree.chart.title.TextTitle tt ? tt.getText() : "";
    }

    private static boolean subtitleContains(JFreeChart c, String s) {
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (text(c.getSubtitle(i)).contains(s)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void outcomesAreNamedAsTheScenarioNamesThem() {
        SweepData d = SmallSweeps.data(Kind.FACTORIAL);
        SweepOutcome port = outcome(d, "capture_day.port-sud");
        assertEquals("Day Port Sud was first taken", port.label().label(),
                "the store keeps the resolved base scenario, so places have their names");
        assertEquals("port-sud", OutcomeLabel.Names.IDS.place("port-sud"));
    }

    @Test
    void heatmapHasACellForEveryCombinationWithItsMean() throws SQLException {
        SweepData d = SmallSweeps.data(Kind.FACTORIAL);
        assertTrue(d.grid());
        List<Figure> figs = SweepHeatmaps.figures(d, outcome(d, "final_share.REB"));
        assertEquals(1, figs.size(), "one pair of parameters");
        Figure f = figs.get(0);
        XYPlot plot = (XYPlot) f.chart().getPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(3 * 2, data.getItemCount(0), "a cell per combination: 3 fighter levels x 2 postures");
        SymbolAxis x = assertInstanceOf(SymbolAxis.class, plot.getDomainAxis());
        SymbolAxis y = assertInstanceOf(SymbolAxis.class, plot.getRangeAxis());
        assertEquals("factions[REB].fighters", x.getLabel());
        assertEquals(List.of("1500", "3000", "4500"), List.of(x.getSymbols()));
        assertEquals("factions[GOV].posture", y.getLabel());
        assertEquals(List.of("offensive", "defensive"), List.of(y.getSymbols()));
        long labels = plot.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation).count();
        assertEquals(6, labels, "every cell has its value written in it");
        PaintScaleLegend legend = null;
        for (int i = 0; i < f.chart().getSubtitleCount(); i++) {
            if (f.chart().getSubtitle(i) instanceof PaintScaleLegend l) {
                legend = l;
            }
        }
        assertNotNull(legend, "a colour scale beside the plot");
        assertEquals("share of theatre cells", legend.getAxis().getLabel(), "the colour scale has the unit");
        assertTrue(f.chart().getTitle().getText().startsWith("Territory at the end, REB"));
        assertTrue(subtitleContains(f.chart(), "2 replicates per point"), "the subtitle says what a cell averages");
        for (int k = 0; k < data.getItemCount(0); k++) {
            String fighters = x.getSymbols()[(int) data.getXValue(0, k)];
            String posture = y.getSymbols()[(int) data.getYValue(0, k)];
            assertEquals(storeMean(SmallSweeps.store(Kind.FACTORIAL), "final_share.REB", fighters, posture),
                    data.getZValue(0, k), 1e-9, "cell " + fighters + ", " + posture);
        }
    }

    /** The mean of an outcome over the successful runs at two parameter values, straight from the store. */
    private static double storeMean(Path store, String outcome, String a, String b) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement("SELECT avg(o.value) FROM outcomes o JOIN runs r ON r.run ="
                     + " o.run JOIN points pa ON pa.point = r.point AND pa.parameter = 0 JOIN points pb ON pb.point ="
                     + " r.point AND pb.parameter = 1 WHERE o.name = ? AND r.status = 'ok' AND pa.value = ? AND"
                     + " pb.value = ?")) {
            ps.setString(1, outcome);
            ps.setString(2, a);
            ps.setString(3, b);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    @Test
    void threeParametersOfAFactorialGiveThreeHeatmapsAveragedOverTheThird() {
        SweepData d = SmallSweeps.data(Kind.FACTORIAL);
        List<SweepParameter> three = new ArrayList<>(d.parameters());
        three.add(d.parameters().get(0));
        SweepData wider = new SweepData(d.store(), d.meta(), three, d.ok(), d.failed(), d.sessions(), d.failures(),
                d.stats(), d.outcomes(), d.notes(), d.sensitivity());
        List<Figure> figs = SweepHeatmaps.figures(wider, outcome(d, "civilian_deaths"));
        assertEquals(3, figs.size(), "pairs (0,1), (0,2), (1,2)");
        assertTrue(subtitleContains(figs.get(0).chart(), "averaged over every value of factions[REB].fighters"),
                "the heatmap says which parameters it averages over");
    }

    @Test
    void scatterHasAPanelPerParameterAndADotPerPoint() {
        SweepData d = SmallSweeps.data(Kind.LHS);
        assertFalse(d.grid());
        SweepOutcome o = outcome(d, "final_share.REB");
        List<Figure> figs = SweepScatter.figures(d, o);
        assertEquals(1, figs.size());
        CombinedRangeXYPlot c = assertInstanceOf(CombinedRangeXYPlot.class, figs.get(0).chart().getPlot());
        assertEquals(3, c.getSubplots().size(), "a panel per parameter");
        assertEquals("Territory at the end, REB (share of theatre cells)", c.getRangeAxis().getLabel());
        List<String> labels = new ArrayList<>();
        for (Object p : c.getSubplots()) {
            XYPlot panel = (XYPlot) p;
            assertEquals(8, panel.getDataset().getItemCount(0), "a dot per point of the design");
            assertTrue(panel.getDataset().getItemCount(1) >= 2, "a line through the means");
            labels.add(panel.getDomainAxis().getLabel());
        }
        assertEquals(List.of("factions[REB].fighters", "rules.combat.tempo (log scale)", "factions[GOV].posture"),
                labels);
        assertInstanceOf(RoundLogAxis.class, ((XYPlot) c.getSubplots().get(1)).getDomainAxis(), "log-uniform");
        SymbolAxis posture = assertInstanceOf(SymbolAxis.class, ((XYPlot) c.getSubplots().get(2)).getDomainAxis());
        assertEquals(List.of("offensive", "defensive"), List.of(posture.getSymbols()));
        double mean = o.means()[0];
        XYPlot first = (XYPlot) c.getSubplots().get(0);
        boolean found = false;
        for (int i = 0; i < first.getDataset().getItemCount(0); i++) {
            found |= first.getDataset().getXValue(0, i) == d.parameters().get(0).number()[0]
                    && first.getDataset().getYValue(0, i) == mean;
        }
        assertTrue(found, "point 0 is drawn at its value and the mean of its runs");
    }

    @Test
    void morrisBarsHaveABarAndIntervalPerParameter() {
        SweepData d = SmallSweeps.data(Kind.MORRIS);
        SweepOutcome o = outcome(d, "civilian_deaths");
        List<Figure> figs = SensitivityCharts.morris(d, o, new ArrayList<>());
        assertEquals(2, figs.size(), "μ* bars and the μ*–σ plane");
        CategoryPlot bars = (CategoryPlot) figs.get(0).chart().getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, bars.getOrientation());
        CategoryDataset data = bars.getDataset();
        assertEquals(1, data.getRowCount());
        assertEquals(2, data.getColumnCount(), "a bar per parameter");
        WhiskerBarRenderer r = assertInstanceOf(WhiskerBarRenderer.class, bars.getRenderer());
        for (int c = 0; c < data.getColumnCount(); c++) {
            String p = (String) data.getColumnKey(c);
            SensitivityReport.Index muStar = index(d, o.name(), p, "mu_star");
            assertEquals(muStar.estimate().value(), data.getValue(0, c).doubleValue(), 1e-9, p);
            assertTrue(r.hasInterval(0, c), "μ* of " + p + " has its bootstrap interval");
            assertEquals(muStar.estimate().ciLow(), r.interval(0, c)[0], 1e-9);
            assertEquals(muStar.estimate().ciHigh(), r.interval(0, c)[1], 1e-9);
        }
        assertTrue(data.getValue(0, 0).doubleValue() >= data.getValue(0, 1).doubleValue(), "sorted by μ*");
        assertTrue(bars.getRangeAxis().getLabel().startsWith("μ* (mean |elementary effect|), persons per parameter"),
                bars.getRangeAxis().getLabel());
        XYPlot plane = (XYPlot) figs.get(1).chart().getPlot();
        assertEquals(2, plane.getDataset().getItemCount(0), "a point per parameter");
        List<String> names = new ArrayList<>();
        for (Object a : plane.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                names.add(t.getText().strip());
            }
        }
        assertTrue(names.containsAll(List.of("factions[REB].fighters", "rules.combat.tempo")), names.toString());
        assertEquals(1, plane.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYLineAnnotation).count(), "the line σ = μ*");
    }

    @Test
    void morrisOfAShareIsInPercentagePoints() {
        SweepData d = SmallSweeps.data(Kind.MORRIS);
        SweepOutcome o = outcome(d, "final_share.REB");
        CategoryPlot bars = (CategoryPlot) SensitivityCharts.morris(d, o, new ArrayList<>()).get(0).chart().getPlot();
        String p = (String) bars.getDataset().getColumnKey(0);
        assertEquals(100 * index(d, o.name(), p, "mu_star").estimate().value(),
                bars.getDataset().getValue(0, 0).doubleValue(), 1e-9);
        assertTrue(bars.getRangeAxis().getLabel().contains("percentage points per parameter range"));
    }

    @Test
    void sobolBarsHaveFirstOrderAndTotalWithIntervals() {
        SweepData d = SmallSweeps.data(Kind.SALTELLI);
        SweepOutcome o = outcome(d, "final_share.REB");
        Figure f = SensitivityCharts.sobol(d, o, new ArrayList<>());
        assertNotNull(f);
        CategoryPlot plot = (CategoryPlot) f.chart().getPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(2, data.getRowCount(), "S1 and ST");
        assertEquals(2, data.getColumnCount(), "a pair of bars per parameter");
        assertEquals(4, data.getRowCount() * data.getColumnCount(), "four bars");
        WhiskerBarRenderer r = (WhiskerBarRenderer) plot.getRenderer();
        for (int c = 0; c < 2; c++) {
            String p = (String) data.getColumnKey(c);
            SensitivityReport.Index s1 = index(d, o.name(), p, "S1");
            SensitivityReport.Index st = index(d, o.name(), p, "ST");
            assertEquals(s1.estimate().value(), data.getValue(0, c).doubleValue(), 1e-12);
            assertEquals(st.estimate().value(), data.getValue(1, c).doubleValue(), 1e-12);
            assertTrue(r.hasInterval(0, c) && r.hasInterval(1, c), "both bars of " + p + " have an interval");
            assertEquals(s1.estimate().ciLow(), r.interval(0, c)[0], 1e-12);
            assertEquals(st.estimate().ciHigh(), r.interval(1, c)[1], 1e-12);
            assertTrue(r.findRangeBounds(data).contains(st.estimate().ciHigh()), "the axis covers the whiskers");
        }
        assertTrue(plot.getRangeAxis().getLabel().startsWith("Sobol index"));
        assertTrue(data.getRowKey(0).toString().startsWith("first order S1"));
    }

    private static SensitivityReport.Index index(SweepData d, String outcome, String parameter, String index) {
        return d.indices(outcome, index).stream().filter(i -> i.parameter().equals(parameter)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyChartIsWrittenAsPngAndSvgHeadless() throws IOException {
        for (Kind k : Kind.values()) {
            SweepData d = SmallSweeps.data(k);
            List<Figure> figs = new ArrayList<>();
            for (SweepOutcome o : d.outcomes()) {
                figs.addAll(SweepCharts.figures(d, o, new ArrayList<>()));
            }
            assertFalse(figs.isEmpty(), k + " has charts");
            Path charts = SmallSweeps.dir(k).resolve("charts");
            for (Figure f : figs) {
                BufferedImage png = ImageIO.read(charts.resolve(f.name() + ".png").toFile());
                assertNotNull(png, f.name() + ".png is a PNG");
                assertEquals(f.width(), png.getWidth(), f.name());
                assertEquals(f.height(), png.getHeight(), f.name());
                assertTrue(Pixels.inked(png) > 0.03, f.name() + " is nearly blank: " + Pixels.inked(png));
                assertTrue(Pixels.colours(png) > 30, f.name() + " has few colours: " + Pixels.colours(png));
                String svg = Files.readString(charts.resolve(f.name() + ".svg"));
                java.util.regex.Matcher size = java.util.regex.Pattern
                        .compile("<svg[^>]*width='([0-9.]+)' height='([0-9.]+)'").matcher(svg);
                assertTrue(size.find(), f.name() + ".svg has no size");
                assertEquals(f.width(), Double.parseDouble(size.group(1)), f.name());
                assertEquals(f.height(), Double.parseDouble(size.group(2)), f.name());
                String title = f.chart().getTitle().getText();
                assertTrue(svg.contains(ReportHtml.esc(title.substring(0, Math.min(20, title.length())))),
                        f.name() + ".svg holds its title as text");
            }
        }
    }

    @Test
    void chartKindsFollowTheDesign() {
        for (Kind k : Kind.values()) {
            SweepData d = SmallSweeps.data(k);
            List<String> names = new ArrayList<>();
            for (SweepOutcome o : d.outcomes()) {
                SweepCharts.figures(d, o, new ArrayList<>()).forEach(f -> names.add(f.name()));
            }
            String prefixes = names.stream().map(n -> n.replaceFirst("-.*", "")).distinct().sorted().toList().toString();
            String expected = switch (k) {
                case FACTORIAL -> "[heatmap]";
                case LHS -> "[scatter]";
                case MORRIS -> "[morris, scatter]";
                case SALTELLI -> "[scatter, sobol]";
            };
            assertEquals(expected, prefixes, k.toString());
        }
    }

    @Test
    void annotationsOfTheMuSigmaPlaneDoNotOverlap() {
        List<double[]> pts = List.of(new double[] {1.0, 2.0}, new double[] {1.1, 1.9}, new double[] {8, 8});
        List<XYTextAnnotation> a = PointLabels.place(pts, List.of("factions[FARDC].morale", "rules.combat.fog", "x"),
                10, 10);
        assertEquals(3, a.size());
        assertFalse(a.get(0).getTextAnchor().equals(a.get(1).getTextAnchor()),
                "two close points get their names on different sides");
    }
}
