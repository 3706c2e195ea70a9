package org.conflictsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.conflictsim.output.Pixels;
import org.conflictsim.output.SmallCompare;
import org.conflictsim.output.SmallRun;
import org.conflictsim.output.SmallSweeps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of a run and of a comparison open in a real browser (headless Chromium) with no network. */
class ReportScreenshotTest {
    @TempDir
    Path tmp;

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    @Test
    void reportRendersInHeadlessChromium() throws IOException, InterruptedException {
        assertNotBlank(screenshot(SmallRun.dir().resolve(ResultsRendering.REPORT)));
    }

    @Test
    void compareReportRendersInHeadlessChromium() throws IOException, InterruptedException {
        assertNotBlank(screenshot(SmallCompare.dir().resolve(ResultsRendering.REPORT)));
    }

    @Test
    void sweepReportRendersInHeadlessChromium() throws IOException, InterruptedException {
        assertNotBlank(screenshot(SmallSweeps.dir(SmallSweeps.Kind.FACTORIAL).resolve(ResultsRendering.REPORT)));
    }

    private static void assertNotBlank(BufferedImage img) {
        assertTrue(Pixels.colours(img) > 200, "a page with text and charts has many colours, got "
                + Pixels.colours(img));
        assertTrue(Pixels.inked(img) > 0.05, "the page is nearly blank: " + Pixels.inked(img));
    }

    /** A 1280 × 2000 px screenshot of a report by headless Chromium (the test is skipped without one). */
    private BufferedImage screenshot(Path report) throws IOException, InterruptedException {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null,
                "no chromium binary on the PATH (Debian: apt-get install chromium); screenshot test skipped");
        Path shot = tmp.resolve("report.png");
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        Process p = new ProcessBuilder(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--screenshot=" + shot, "--window-size=1280,2000",
                report.toAbsolutePath().toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(tmp.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(2000, img.getHeight());
        return img;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
