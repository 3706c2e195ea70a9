package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.conflictsim.output.Pixels;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.report.ResultsRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart of the small run written headless as PNG and SVG. */
class ChartFilesTest {
    @TempDir
    Path tmp;

    @Test
    void runsHeadless() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "charts must render without a display");
    }

    @Test
    void everyChartGivesAPngOfItsSizeAndAnSvg() throws IOException {
        RunCharts.ChartSet set = RunCharts.all(SmallRun.results());
        for (Figure f : set.figures()) {
            ChartFiles.Written w = ChartFiles.write(f, tmp);
            assertTrue(Files.size(w.png()) > 5_000, f.name() + ".png is nearly empty");
            BufferedImage img = ImageIO.read(w.png().toFile());
            assertEquals(f.width(), img.getWidth(), f.name());
            assertEquals(f.height(), img.getHeight(), f.name());
            assertTrue(Pixels.colours(img) > 20, f.name() + ".png has too few colours to be a chart");
            assertTrue(Pixels.inked(img) > 0.03, f.name() + ".png is nearly blank");
            String svg = Files.readString(w.svg(), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg"), f.name() + ".svg is no SVG");
            java.util.regex.Matcher size = java.util.regex.Pattern
                    .compile("<svg[^>]*width='([0-9.]+)' height='([0-9.]+)'").matcher(svg);
            assertTrue(size.find(), f.name() + ".svg has no size");
            assertEquals(f.width(), Double.parseDouble(size.group(1)), f.name());
            assertEquals(f.height(), Double.parseDouble(size.group(2)), f.name());
            assertTrue(svg.contains(f.chart().getTitle().getText().replace("&", "&amp;")), f.name()
                    + ".svg lacks its title text");
        }
    }

    /** The same results give the same SVG bytes: ids come from the file name, not from the clock. */
    @Test
    void svgIsReproducibleAndItsIdsNameTheChart() throws IOException {
        Figure f = RunCharts.all(SmallRun.results()).figures().get(0);
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        String first = Files.readString(ChartFiles.write(f, a).svg(), StandardCharsets.UTF_8);
        String second = Files.readString(ChartFiles.write(f, b).svg(), StandardCharsets.UTF_8);
        assertEquals(first, second);
        assertTrue(first.contains("id='_" + f.name().replaceAll("[^A-Za-z0-9]", "-") + "-"), "ids name the chart");
        assertEquals("_control-map-2025-01-27-", ChartFiles.defsPrefix(Path.of("x", "control.map-2025-01-27.svg")));
    }

    @Test
    void runWroteChartsIntoTheResultsFolder() throws IOException {
        Path charts = SmallRun.dir().resolve(ResultsRendering.CHARTS_DIR);
        for (String name : new String[] {"territory", "fighters", "displaced", "revenue", "mineral-flows-usd"}) {
            assertTrue(Files.size(charts.resolve(name + ".png")) > 0, name + ".png");
            assertTrue(Files.readString(charts.resolve(name + ".svg")).contains("<svg"), name + ".svg");
        }
        assertTrue(Files.size(SmallRun.dir().resolve(ResultsRendering.REPORT)) > 0);
        assertTrue(SmallRun.output().contains("report.html"), SmallRun.output());
    }
}
