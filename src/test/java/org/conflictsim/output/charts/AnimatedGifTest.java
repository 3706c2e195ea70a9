package org.conflictsim.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The animated GIF: frames after the first are written as the rectangle where they differ from the frame before,
 * and a viewer that draws each rectangle over the picture so far (disposal "none") sees every frame exactly.
 */
class AnimatedGifTest {
    @TempDir
    Path tmp;

    @Test
    void everyFrameIsSeenExactlyAfterDifferencing() throws Exception {
        Random rnd = new Random(42);
        Color[] colours = {Color.WHITE, Color.RED, Color.BLUE, new Color(20, 120, 40), Color.BLACK};
        List<BufferedImage> frames = new ArrayList<>();
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g0 = img.createGraphics();
        for (int i = 0; i < colours.length; i++) {
            g0.setColor(colours[i]);
            g0.fillRect(i * 24, 0, 24, 80);
        }
        g0.dispose();
        for (int f = 0; f < 6; f++) {
            BufferedImage next = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.drawImage(f == 0 ? img : frames.get(f - 1), 0, 0, null);
            if (f > 0 && f != 3) { // frame 3 repeats frame 2
                g.setColor(colours[rnd.nextInt(colours.length)]);
                g.fillRect(rnd.nextInt(100), rnd.nextInt(60), 1 + rnd.nextInt(20), 1 + rnd.nextInt(20));
            }
            g.dispose();
            frames.add(next);
        }
        Path gif = tmp.resolve("a.gif");
        AnimatedGif.Palette palette = AnimatedGif.Palette.of(frames.get(0));
        try (AnimatedGif anim = AnimatedGif.open(gif)) {
            for (BufferedImage f : frames) {
                anim.add(palette.index(f), 100);
            }
            anim.finish();
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(frames.size(), reader.getNumImages(true));
            BufferedImage screen = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            int smaller = 0;
            for (int f = 0; f < frames.size(); f++) {
                BufferedImage part = reader.read(f);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(f).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode desc = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                int x = Integer.parseInt(desc.getAttribute("imageLeftPosition"));
                int y = Integer.parseInt(desc.getAttribute("imageTopPosition"));
                smaller += part.getWidth() * part.getHeight() < 120 * 80 ? 1 : 0;
                Graphics2D g = screen.createGraphics();
                g.drawImage(part, x, y, null);
                g.dispose();
                for (int py = 0; py < 80; py++) {
                    for (int px = 0; px < 120; px++) {
                        assertEquals(frames.get(f).getRGB(px, py), screen.getRGB(px, py), "frame " + f + " at " + px + "," + py);
                    }
                }
            }
            assertTrue(smaller >= frames.size() - 1, "frames after the first are rectangles of change: " + smaller);
        } finally {
            reader.dispose();
        }
        assertTrue(Files.size(gif) > 0);
    }
}
