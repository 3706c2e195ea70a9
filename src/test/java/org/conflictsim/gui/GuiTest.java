package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.TestScenarios;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.agent.Mine;
import org.conflictsim.model.world.MineSite;
import org.conflictsim.model.world.Place;
import org.conflictsim.output.results.RunWriter;
import org.conflictsim.scenario.ScenarioLoader;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The GUI opened on the shipped scenarios under a real (virtual) display: the map shows the factions'
 * colours, the charts fill, the date and the ticker follow the model, levers reach the model the next day,
 * clicks open inspectors, presentation mode fills the screen, restarts replay, and the scenario menu
 * reloads. Screenshots are written to {@code target/gui-screenshots/}.
 */
class GuiTest {
    private final List<Gui.Session> sessions = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeEach
    void needsADisplay() {
        Screen.require();
    }

    @AfterEach
    void closeAll() {
        for (Gui.Session s : sessions) {
            s.close();
        }
    }

    private Gui.Session open(ScenarioLoader.Loaded l, EnsembleBand band) {
        Scenario sc = l.scenario();
        Gui.Session s = Gui.open(new GuiSetup(sc, l.file(), List.of(), sc.seed(), sc.days(), false, band));
        sessions.add(s);
        return s;
    }

    /** Starts the simulation paused through the Console (it sets the seed and calls start), then steps. */
    private static void run(Gui.Session s, int days) {
        Screen.onSwing(() -> s.console().pressPause());
        for (int d = 0; d < days; d++) {
            assertTrue(s.gui().step(), "day " + d);
        }
        Screen.settle();
    }

    private static BufferedImage map(Gui.Session s) {
        return Screen.paint(s.gui().map().display().display);
    }

    private static int share(BufferedImage img, Color c) {
        return (int) Math.round(1000.0 * Screen.count(img, c, 6) / (img.getWidth() * img.getHeight()));
    }

    @Test
    void islandMapShowsBothFactionsAndTheChartsFill() {
        Gui.Session s = open(TestScenarios.island(), null);
        Scenario sc = s.gui().setup().scenario();
        run(s, 60);
        Screen.save(Screen.paint(s.gui().dashboard().frame().getRootPane()), "island-day60");
        BufferedImage map = map(s);
        Screen.save(map, "island-day60-map");
        Palette p = s.gui().palette();
        int gov = share(map, p.faction(sc.factionIndex("GOV")));
        int reb = share(map, p.faction(sc.factionIndex("REB")));
        assertTrue(gov >= 50 && reb >= 50, "per mille of the map in GOV and REB colours: " + gov + ", " + reb);

        DashboardCharts c = s.gui().charts();
        assertEquals(2 * 60, c.territory().items());
        assertEquals(2 * 60, c.mines().items());
        assertTrue(c.flows().items() >= 60 && c.flows().linesShown() >= 1, "flows: " + c.flows().items());
        assertEquals(60, c.displaced().items());
        assertEquals(60, c.support().items());
        assertEquals("Saturday 1 March 2025", Screen.onSwing(() -> s.gui().dashboard().dateText()));
        List<TickerEntry> ticker = Screen.onSwing(() -> s.gui().ticker().entries());
        assertTrue(ticker.stream().anyMatch(e -> e.tag().equals("Military support")), ticker.toString());
    }

    @Test
    void kivuMapShowsSeveralFactionsAndTheChartsFill() {
        Gui.Session s = open(TestScenarios.kivu(), null);
        Scenario sc = s.gui().setup().scenario();
        run(s, 120);
        Screen.save(Screen.paint(s.gui().dashboard().frame().getRootPane()), "kivu-day120");
        BufferedImage map = map(s);
        Screen.save(map, "kivu-day120-map");
        Palette p = s.gui().palette();
        int fardc = share(map, p.faction(sc.factionIndex("FARDC")));
        int m23 = share(map, p.faction(sc.factionIndex("M23")));
        int waz = Screen.count(map, p.faction(sc.factionIndex("WAZ")), 6);
        assertTrue(fardc >= 100, "FARDC per mille of the map: " + fardc);
        assertTrue(m23 >= 5, "M23 per mille of the map: " + m23);
        assertTrue(waz >= 30, "WAZ pixels: " + waz);
        assertTrue(Screen.count(map, Palette.WATER, 4) > 1000, "lakes are drawn");

        DashboardCharts c = s.gui().charts();
        assertEquals(3 * 120, c.territory().items(), "FARDC, M23 and WAZ");
        assertEquals(3 * 120, c.mines().items());
        assertTrue(c.flows().linesShown() >= 3, "official and smuggled flows: " + c.flows().linesShown());
        assertEquals(120, c.displaced().items());
        assertEquals(2 * 120, c.support().items(), "RWA and SADC");
        List<TickerEntry> ticker = Screen.onSwing(() -> s.gui().ticker().entries());
        assertTrue(ticker.stream().anyMatch(e -> e.tag().equals("Capture")), "captures appear in the ticker");
        assertTrue(ticker.stream().anyMatch(e -> e.tag().equals("Sanctions")), "sanctions appear in the ticker");
        assertTrue(ticker.stream().anyMatch(e -> e.tag().equals("Aid freeze")), "aid freezes appear in the ticker");
        assertEquals(Format.longDate(sc.start().plusDays(119)), Screen.onSwing(() -> s.gui().dashboard().dateText()));
    }

    @Test
    void aLeverSetThroughTheInspectorFacadeReachesTheModelTheNextDay() {
        Gui.Session s = open(TestScenarios.kivu(), null);
        run(s, 10);
        LeverBoard levers = (LeverBoard) s.gui().getSimulationInspectedObject();
        Screen.onSwing(() -> levers.setSanctionSeverity(0.6));
        ConflictModel m = s.gui().model();
        int id = m.series().id("sanction_severity", "RWA");
        assertEquals(0.0, m.series().get(id, 9));
        assertTrue(s.gui().step());
        assertEquals(0.6, m.series().get(id, 10), 1e-12);
        Screen.onSwing(() -> levers.setSupportLevel(0.0));
        assertTrue(s.gui().step());
        assertEquals(0.0, m.series().get(m.series().id("support_level", "RWA"), 11));
        Screen.settle();
        List<TickerEntry> ticker = Screen.onSwing(() -> s.gui().ticker().entries());
        assertTrue(ticker.stream().anyMatch(e -> e.tag().equals("Lever")
                && e.text().equals("USA sanctions on RWA set to severity 0.60")), ticker.toString());
        assertTrue(s.console().getModelInspector() instanceof LeverInspector);
    }

    @Test
    void theGuiRunsReplicateZeroOfRunWithTheSameMasterSeed() {
        Gui.Session s = open(TestScenarios.island(), null);
        run(s, 50);
        Scenario sc = s.gui().setup().scenario();
        assertEquals(sc.seed(), s.gui().masterSeed());
        ConflictModel headless = new ConflictModel(sc, Seeds.runSeed(sc.seed(), 0, 0), sc.days());
        headless.start();
        for (int d = 0; d < 50; d++) {
            headless.schedule.step(headless);
        }
        ConflictModel gui = s.gui().model();
        for (int k = 0; k < gui.series().size(); k++) {
            for (int d = 0; d < 50; d++) {
                assertEquals(headless.series().get(k, d), gui.series().get(k, d),
                        gui.series().keys().get(k) + " day " + d);
            }
        }
    }

    @Test
    void stopThenPlayReplaysTheSameHistory() {
        Gui.Session s = open(TestScenarios.island(), null);
        run(s, 40);
        ConflictModel first = s.gui().model();
        Screen.onSwing(() -> s.console().pressStop());
        run(s, 40);
        ConflictModel second = s.gui().model();
        assertTrue(first != second, "a restart builds a fresh model");
        int id = first.series().id("territory_share", "REB");
        for (int d = 0; d < 40; d++) {
            assertEquals(first.series().get(id, d), second.series().get(id, d));
        }
        assertEquals(2 * 40, s.gui().charts().territory().items(), "charts start again");
    }

    @Test
    void clickingAPlaceAMineOrACellOpensTheirInspectors() {
        Gui.Session s = open(TestScenarios.kivu(), null);
        run(s, 5);
        MapView map = s.gui().map();
        Display2D d = map.display();
        Scenario sc = s.gui().setup().scenario();
        Place goma = sc.world().places().stream().filter(p -> p.id().equals("goma")).findFirst().orElseThrow();
        Point2D.Double at = Screen.onSwing(() -> {
            DrawInfo2D info = d.getDrawInfo2D(map.placeLayer(), new Rectangle2D.Double(0, 0, 1, 1));
            return map.placeLayer().getLocationPosition(new Double2D((goma.lon() - sc.world().west())
                    / sc.world().cellDeg(), (sc.world().north() - goma.lat()) / sc.world().cellDeg()), info);
        });
        Rectangle2D.Double click = new Rectangle2D.Double(at.x - 1, at.y - 1, 3, 3);
        List<Object> hit = Screen.onSwing(() -> {
            List<Object> objects = new ArrayList<>();
            for (Bag b : d.objectsHitBy(click)) {
                for (Object o : b) {
                    LocationWrapper w = (LocationWrapper) o;
                    assertNotNull(w.getFieldPortrayal().getInspector(w, s.gui()));
                    objects.add(w.getFieldPortrayal() == map.controlLayer()
                            ? w.getFieldPortrayal().getName(w) : w.getObject());
                }
            }
            return objects;
        });
        assertTrue(hit.stream().anyMatch(o -> o instanceof PlaceView p && p.getName().equals("Goma")), hit.toString());
        assertTrue(hit.stream().anyMatch(o -> o instanceof String n && n.startsWith("Cell ")), hit.toString());

        MineSite mine = sc.world().mines().get(0);
        Point2D.Double mineAt = Screen.onSwing(() -> {
            DrawInfo2D info = d.getDrawInfo2D(map.mineLayer(), new Rectangle2D.Double(0, 0, 1, 1));
            return map.mineLayer().getLocationPosition(new Double2D(sc.world().col(mine.cell()) + 0.5,
                    sc.world().row(mine.cell()) + 0.5), info);
        });
        List<Object> mines = Screen.onSwing(() -> {
            List<Object> objects = new ArrayList<>();
            for (Bag b : d.objectsHitBy(new Rectangle2D.Double(mineAt.x, mineAt.y, 1, 1))) {
                for (Object o : b) {
                    objects.add(((LocationWrapper) o).getObject());
                }
            }
            return objects;
        });
        assertTrue(mines.stream().anyMatch(o -> o instanceof Mine), mines.toString());

        int before = Screen.onSwing(() -> s.console().getAllInspectors().size());
        Screen.onSwing(() -> d.createInspectors(click, s.gui()));
        int clicked = Screen.onSwing(() -> s.console().getAllInspectors().size());
        assertTrue(clicked >= before + 2, "cell and place inspectors: " + before + " -> " + clicked);
        // MASON's Console drops volatile inspectors when new ones are set, so the count may fall: what matters is
        // that the agent's own inspector is among those shown
        sim.portrayal.Inspector fi = Screen.onSwing(() -> s.gui().dashboard().inspectFaction(sc.factionIndex("M23")));
        assertTrue(Screen.onSwing(() -> s.console().getAllInspectors().contains(fi)), "the faction's inspector");
        // the inspectors show the agents themselves, live: a faction's and a mine's properties read through them
        Faction m23 = s.gui().model().factions().get(sc.factionIndex("M23"));
        sim.util.Properties fp = new BeanProperties(m23, x -> { }, AgentInspectors.FACTION);
        assertEquals("M23", fp.getValue(0));
        assertEquals(m23.getFighters(), (double) fp.getValue(java.util.Arrays.asList(AgentInspectors.FACTION)
                .indexOf("Fighters")), 0.0);
        assertTrue(m23.getFighters() > 0);
        for (int i = 0; i < fp.numProperties(); i++) {
            assertTrue(!fp.isReadWrite(i), "read-only: " + fp.getName(i));
        }
        Mine hitMine = (Mine) mines.stream().filter(o -> o instanceof Mine).findFirst().orElseThrow();
        assertTrue(hitMine == s.gui().model().mines().get(hitMine.index()), "the agent itself, not a copy");
        sim.portrayal.Inspector mi = Screen.onSwing(() -> map.mineLayer().getPortrayalForObject(hitMine)
                .getInspector(new LocationWrapper(hitMine, null, map.mineLayer()), s.gui()));
        assertTrue(mi instanceof sim.portrayal.SimpleInspector, "a mine opens MASON's inspector: " + mi);
        sim.util.Properties mp = new BeanProperties(hitMine, x -> { }, AgentInspectors.MINE);
        int operating = java.util.Arrays.asList(AgentInspectors.MINE).indexOf("Operating");
        assertEquals(hitMine.getOperating(), (double) mp.getValue(operating), 0.0);
        assertEquals(hitMine.getName(), mp.getValue(java.util.Arrays.asList(AgentInspectors.MINE).indexOf("Name")));
        sim.portrayal.Inspector pi = Screen.onSwing(() -> s.gui().dashboard().inspectPower(sc.powerIndex("RWA")));
        assertTrue(Screen.onSwing(() -> s.console().getAllInspectors().contains(pi)), "the power's inspector");
        sim.util.Properties pp = new BeanProperties(s.gui().model().powers().get(sc.powerIndex("RWA")), x -> { },
                AgentInspectors.POWER);
        assertEquals("RWA", pp.getValue(0));
    }

    @Test
    void presentationModeFillsTheScreenWithLargeFonts() {
        Gui.Session s = open(TestScenarios.kivu(), null);
        run(s, 90);
        Screen.onSwing(() -> s.gui().setPresentation(true));
        Screen.settle();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle frame = Screen.onSwing(() -> s.gui().dashboard().frame().getBounds());
        assertTrue(frame.width >= screen.width * 0.95 && frame.height >= screen.height * 0.9,
                "frame " + frame + " on screen " + screen);
        assertEquals(Math.round(Style.PRESENTATION.title()),
                s.gui().charts().territory().chart().getTitle().getFont().getSize());
        Screen.save(Screen.paint(s.gui().dashboard().frame().getRootPane()), "kivu-day90-presentation");
        Screen.onSwing(() -> s.gui().setPresentation(false));
        Screen.settle();
        assertEquals(Math.round(Style.NORMAL.title()),
                s.gui().charts().territory().chart().getTitle().getFont().getSize());
        assertTrue(Screen.onSwing(() -> s.gui().dashboard().frame().getWidth()) < screen.width);
    }

    @Test
    void theBandOfAnEarlierRunIsDrawnBehindTheTerritoryChart() throws Exception {
        ScenarioLoader.Loaded l = TestScenarios.island();
        Scenario sc = l.scenario();
        RunWriter.timeseries(tmp.resolve("timeseries.csv"), sc.start(),
                Replications.run(sc, sc.seed(), 5, 60, 2, n -> { }));
        EnsembleBand band = EnsembleBand.read(tmp);
        Gui.Session s = open(l, band);
        run(s, 30);
        XYPlot plot = s.gui().charts().territory().chart().getXYPlot();
        XYDataset shaded = plot.getDataset(1);
        assertNotNull(shaded, "the band is a second dataset");
        assertEquals(2, shaded.getSeriesCount(), "GOV and REB");
        assertEquals(60, shaded.getItemCount(0));
        Screen.save(Screen.paint(s.gui().dashboard().frame().getRootPane()), "island-day30-band");
    }

    @Test
    void theScenarioMenuListsTheShippedScenariosAndReloads() {
        List<Path> files = GuiMenu.scenarioFiles(TestScenarios.ISLAND);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("kivu-2025.yaml")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("island-deal.yaml")));
        Gui.Session s = open(TestScenarios.island(), null);
        Gui.Session next = Screen.onSwing(() -> Gui.reload(s.gui(), TestScenarios.DIR.resolve("island-deal.yaml")));
        sessions.add(next);
        assertEquals("island-deal", next.gui().setup().scenario().id());
        assertFalse(Console.allControllers.containsKey(s.console()), "the old Console is closed");
        assertFalse(Screen.onSwing(() -> s.console().isDisplayable()));
        run(next, 40);
        LeverBoard levers = next.gui().levers();
        assertEquals("FAR-deal", ((String[]) levers.domDeal())[0], "the new scenario's deal is a lever");
        assertEquals(40, next.gui().charts().territory().items() / 2);
    }

    @Test
    void theMapsSnapshotIsWrittenAsPdf() throws Exception {
        // the camera button's PDF choice: MASON draws the display through iText (a runtime dependency)
        Gui.Session s = open(TestScenarios.island(), null);
        run(s, 10);
        Path pdf = tmp.resolve("map.pdf");
        Display2D display = s.gui().map().display();
        Screen.onSwing(() -> {
            try {
                display.takeSnapshot(pdf.toFile(), Display2D.TYPE_PDF);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 2000, "a PDF with the map drawn in it: " + bytes.length + " bytes");
        String tail = new String(bytes, bytes.length - 64, 64, java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(tail.contains("%%EOF"), "a complete PDF");
    }
}
