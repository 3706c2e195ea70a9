package org.conflictsim.gui;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Helpers for GUI tests: they run where there is a display (an X server such as {@code Xvfb :99} with
 * {@code DISPLAY=:99}) and are skipped, with a message saying so, where there is none. The build starts test
 * JVMs with {@code -Djava.awt.headless=true}; with a DISPLAY set this class turns that off before AWT
 * first decides whether it is headless.
 */
final class Screen {
    /** Where screenshots go. */
    static final Path SHOTS = Path.of("target", "gui-screenshots");

    static {
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            System.setProperty("java.awt.headless", "false");
        }
    }

    private Screen() {
    }

    /** Skips the calling test when there is no display. */
    static void require() {
        assumeFalse(System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank(),
                "GUI test skipped: no display (DISPLAY is not set); run e.g. 'Xvfb :99 -screen 0 1920x1080x24 &' "
                        + "and DISPLAY=:99");
        assumeFalse(GraphicsEnvironment.isHeadless(), "GUI test skipped: this JVM already runs headless (AWT was "
                + "initialised headless by an earlier test in the same JVM before DISPLAY could be honoured)");
    }

    /** Runs on the Swing thread and waits. */
    static void onSwing(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) {
                r.run();
            } else {
                SwingUtilities.invokeAndWait(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Computes on the Swing thread. */
    static <T> T onSwing(Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        onSwing(() -> out.set(s.get()));
        return out.get();
    }

    /** Lets the Swing thread apply what the model thread handed it, and redraws charts that wait for it. */
    static void settle() {
        onSwing(() -> { });
        onSwing(() -> { });
        try {
            Thread.sleep(DashboardCharts.REFRESH_MS + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onSwing(() -> { });
    }

    /** Paints a component (and its children) into an image, on the Swing thread. */
    static BufferedImage paint(Component c) {
        return onSwing(() -> {
            BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            c.paint(g);
            g.dispose();
            return img;
        });
    }

    /** Writes a PNG under {@link #SHOTS}. */
    static Path save(BufferedImage img, String name) {
        try {
            Files.createDirectories(SHOTS);
            Path f = SHOTS.resolve(name + ".png");
            ImageIO.write(img, "png", f.toFile());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels within {@code tolerance} of a colour in each channel. */
    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (Palette.near(img.getRGB(x, y), c, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }
}
