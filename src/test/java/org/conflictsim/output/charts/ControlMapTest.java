package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.conflictsim.experiment.Outcomes;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.Seeds;
import org.conflictsim.model.ConflictModel;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.world.World;
import org.conflictsim.output.Pixels;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.results.ScenarioInfo;
import org.conflictsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maps of control: snapshots reproduce a run, the map shows the right colours, the GIF loops. */
class ControlMapTest {
    private static Scenario sc;
    private static FactionPalette palette;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        sc = ScenarioLoader.load(SmallRun.SCENARIO).scenario();
        palette = FactionPalette.of(sc.factions());
    }

    @Test
    void replayGivesTheSameHistoryAsARun() {
        long seed = Seeds.runSeed(sc.seed(), 0, 0);
        List<ControlSnapshot> snaps = ControlSnapshot.replay(new ConflictModel(sc, seed, 40), List.of(0, 20, 39, 99));
        assertEquals(List.of(0, 20, 39), snaps.stream().map(ControlSnapshot::day).toList(), "day 99 is not in the run");
        assertEquals(sc.start().plusDays(20), snaps.get(1).date());
        RunResult run = Outcomes.run(sc, 0, seed, 40);
        World w = sc.world();
        for (int f = 0; f < 2; f++) {
            int held = 0;
            for (int i = 0; i < w.theatreCellCount(); i++) {
                held += snaps.get(2).controller(w.theatreCell(i)) == f ? 1 : 0;
            }
            String id = sc.factions().get(f).id();
            assertEquals(run.outcomes().get("final_share." + id), (double) held / w.theatreCellCount(), 1e-12, id);
        }
    }

    /**
     * The maps of a run record replicate 0's control while it runs; the snapshots equal those of running it again,
     * and the replicates' results do not change for being observed.
     */
    @Test
    void snapshotsRecordedWhileReplicationsRunEqualAReplay() throws InterruptedException {
        ControlMaps.Request req = new ControlMaps.Request(sc, Seeds.runSeed(sc.seed(), 0, 0), 0, 45,
                List.of(sc.start().plusDays(10)));
        ControlSnapshot.Recorder rec = ControlMaps.recorder(req);
        List<RunResult> observed = Replications.run(sc, sc.seed(), 3, 45, 2, n -> { }, 0, rec);
        List<RunResult> plain = Replications.run(sc, sc.seed(), 3, 45, 2, n -> { });
        List<ControlSnapshot> recorded = rec.snapshots();
        List<ControlSnapshot> replayed = ControlMaps.replay(req);
        assertEquals(List.of(0, 7, 10, 14, 21, 28, 35, 42, 44), recorded.stream().map(ControlSnapshot::day).toList(),
                "a frame a week, the chosen date and the last day");
        assertEquals(replayed.size(), recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            ControlSnapshot a = recorded.get(i);
            ControlSnapshot b = replayed.get(i);
            assertEquals(b.day(), a.day());
            assertTrue(java.util.Arrays.equals(b.controller(), a.controller()), "controllers of day " + a.day());
            assertEquals(b.frontier(), a.frontier(), "front lines of day " + a.day());
        }
        for (int r = 0; r < 3; r++) {
            assertEquals(plain.get(r).outcomes(), observed.get(r).outcomes(), "replicate " + r);
        }
    }

    @Test
    void mapShowsFactionColoursWaterAndFrontLines() {
        ConflictModel m = new ConflictModel(sc, 1, 30);
        ControlSnapshot s = ControlSnapshot.replay(m, List.of(29)).get(0);
        ControlMap map = new ControlMap(sc, palette, List.of());
        BufferedImage img = map.image(s, "test");
        assertEquals(map.width(), img.getWidth());
        assertEquals(map.height(), img.getHeight());
        World w = sc.world();
        int water = 0;
        int gov = -1;
        int front = -1;
        for (int c = 0; c < w.cells(); c++) {
            if (gov < 0 && w.theatre(c) && s.controller(c) == 0 && !s.frontier(c) && w.placeAt(c) < 0
                    && !hasMine(w, c)) {
                gov = c;
            }
            if (front < 0 && w.theatre(c) && s.frontier(c) && s.controller(c) == 0) {
                front = c;
            }
        }
        assertTrue(gov >= 0 && front >= 0, "island has government and front-line cells after 30 days");
        Color govFill = ControlMap.tint(palette.colour("GOV"), 0.2);
        assertEquals(govFill.getRGB(), pixel(img, map, w, gov), "a government cell is in the government colour");
        assertEquals(ControlMap.shade(govFill, 0.66).getRGB(), pixel(img, map, w, front), "front line is darker");
        assertEquals(new Color(0xc4, 0xdb, 0xee).getRGB(), pixel(img, map, w, water), "cell 0 is sea");
        assertNotEquals(pixel(img, map, w, gov), pixel(img, map, w, water));
    }

    private static boolean hasMine(World w, int cell) {
        return w.mines().stream().anyMatch(mine -> mine.cell() == cell);
    }

    /** Colour at the centre of a cell (the map starts 16 px from the left, 64 px from the top). */
    private static int pixel(BufferedImage img, ControlMap map, World w, int cell) {
        int x = 16 + w.col(cell) * map.cellPx() + map.cellPx() / 2;
        int y = 64 + w.row(cell) * map.cellPx() + map.cellPx() / 2;
        return img.getRGB(x, y);
    }

    @Test
    void snapshotOfOtherGridIsRefused() {
        ControlMap map = new ControlMap(sc, palette, List.of());
        ControlSnapshot s = new ControlSnapshot(0, LocalDate.of(2025, 1, 1), new byte[3], new java.util.BitSet());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.image(s, ""));
        assertEquals("snapshot has 3 cells, the map " + sc.world().cells(), e.getMessage());
    }

    @Test
    void paletteWithoutAFactionIsRefused() {
        FactionPalette gov = FactionPalette.of(Map.of("GOV", "#1f77b4"), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ControlMap(sc, gov, List.of()));
        assertEquals("faction \"REB\" is not in the palette [GOV]", e.getMessage());
    }

    @Test
    void mapsAndLoopingAnimation() throws IOException {
        ControlMaps.Output out = ControlMaps.write(new ControlMaps.Request(sc, 5, 0, 30,
                List.of(sc.start(), sc.start().plusDays(29), sc.start().plusDays(400))), palette,
                List.of(ScenarioInfo.CREDIT_OSM), tmp);
        assertEquals(2, out.maps().size(), "the date after the run is dropped");
        for (ControlMaps.MapFile f : out.maps()) {
            BufferedImage img = ImageIO.read(f.png().toFile());
            assertEquals(out.width(), img.getWidth());
            assertEquals(out.height(), img.getHeight());
            assertTrue(Pixels.inked(img) > 0.3, "a map is mostly ink");
            String svg = Files.readString(f.svg());
            assertTrue(svg.contains("<svg") && svg.contains("Port Sud") && svg.contains("OpenStreetMap"));
        }
        assertEquals("map-2025-01-30.png", out.maps().get(1).png().getFileName().toString());
        assertEquals(6, out.frames(), "days 0, 7, 14, 21, 28 and the last day 29");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.gif().toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(1, loop[0]);
            assertEquals(0, loop[1] | loop[2], "loop count 0: forever");
            // frames after the first are the rectangles that changed: draw them over the picture, as a viewer does
            BufferedImage first = reader.read(0);
            BufferedImage last = new BufferedImage(first.getWidth(), first.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int f = 0; f < 6; f++) {
                IIOMetadataNode d = (IIOMetadataNode) ((IIOMetadataNode) reader.getImageMetadata(f)
                        .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("ImageDescriptor").item(0);
                java.awt.Graphics2D g = last.createGraphics();
                g.drawImage(reader.read(f), Integer.parseInt(d.getAttribute("imageLeftPosition")),
                        Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                g.dispose();
            }
            BufferedImage png = ImageIO.read(out.maps().get(1).png().toFile());
            int same = 0;
            for (int y = 0; y < png.getHeight(); y += 7) {
                for (int x = 0; x < png.getWidth(); x += 7) {
                    same += last.getRGB(x, y) == png.getRGB(x, y) ? 1 : 0;
                }
            }
            int total = ((png.getHeight() + 6) / 7) * ((png.getWidth() + 6) / 7);
            assertTrue(same > 0.9 * total, "the last frame is the map of the last day in its own colours: " + same
                    + " of " + total);
        } finally {
            reader.dispose();
        }
    }
}
