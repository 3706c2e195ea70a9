package org.conflictsim.output.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A sequential colour scale for heatmaps: viridis (van der Walt &amp; Smith, matplotlib), dark purple for
 * the lowest value to yellow for the highest. Its grey value rises steadily from end to end, so a heatmap
 * printed in grey still reads from dark (low) to light (high), and it is readable with the common forms
 * of colour blindness. A missing value (NaN) is white, which no value of the scale is.
 */
final class ColourScale implements PaintScale {
    /** Viridis at 11 evenly spaced stops. */
    private static final Color[] STOPS = {
        new Color(0x44, 0x01, 0x54), new Color(0x48, 0x24, 0x75), new Color(0x41, 0x44, 0x87),
        new Color(0x35, 0x5f, 0x8d), new Color(0x2a, 0x78, 0x8e), new Color(0x21, 0x91, 0x8c),
        new Color(0x22, 0xa8, 0x84), new Color(0x44, 0xbf, 0x70), new Color(0x7a, 0xd1, 0x51),
        new Color(0xbd, 0xdf, 0x26), new Color(0xfd, 0xe7, 0x25),
    };

    private final double lower;
    private final double upper;

    /**
     * A scale from {@code lower} to {@code upper}; when they are equal (every cell has the same value) the
     * scale is widened around the value, so that it still has a legend.
     */
    ColourScale(double lower, double upper) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("colour scale needs lower <= upper, got " + lower + " and " + upper);
        }
        if (lower == upper) {
            double pad = lower == 0 ? 1 : Math.abs(lower) * 0.05;
            lower -= pad;
            upper += pad;
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** The colour of a value: white for NaN, the end colours beyond the bounds. */
    Color colour(double value) {
        if (Double.isNaN(value)) {
            return Color.WHITE;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double pos = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** Black or white, whichever reads better on the colour of a value. */
    Color text(double value) {
        return FactionPalette.luma(colour(value)) < 0.5 ? Color.WHITE : Color.BLACK;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
