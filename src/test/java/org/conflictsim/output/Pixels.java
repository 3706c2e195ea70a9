package org.conflictsim.output;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Simple measures of an image for tests: distinct colours and the share of non-white pixels. */
public final class Pixels {
    private Pixels() {
    }

    /** Number of distinct RGB colours. */
    public static int colours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                s.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        return s.size();
    }

    /** Share of pixels that are not (near) white, 0–1. */
    public static double inked(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                if (((c >> 16) & 0xff) < 245 || ((c >> 8) & 0xff) < 245 || (c & 0xff) < 245) {
                    n++;
                }
            }
        }
        return (double) n / ((long) img.getWidth() * img.getHeight());
    }
}
