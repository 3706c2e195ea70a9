package org.conflictsim.gui;

import java.awt.Font;

/**
 * Sizes of text and symbols: the ordinary desk layout, or presentation mode for a projector (large fonts,
 * thicker lines, bigger symbols).
 *
 * @param presentation whether this is presentation mode
 * @param text         body text, points
 * @param title        chart titles, points
 * @param date         the date readout, points
 * @param symbol       diameter of a town symbol on the map, pixels; mine symbols are a little smaller
 * @param line         width of the front line, pixels
 */
public record Style(boolean presentation, float text, float title, float date, double symbol, float line) {
    /** The desk layout. */
    public static final Style NORMAL = new Style(false, 12f, 14f, 22f, 8, 2f);
    /** Presentation mode. */
    public static final Style PRESENTATION = new Style(true, 19f, 23f, 38f, 13, 3f);

    /** The style for a mode. */
    public static Style of(boolean presentation) {
        return presentation ? PRESENTATION : NORMAL;
    }

    /** Plain body font. */
    public Font plain() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(text));
    }

    /** Bold body font. */
    public Font bold() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(text));
    }

    /** Smaller font for tick labels and map labels. */
    public Font small() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(text * 0.9f));
    }

    /** Chart titles. */
    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(title));
    }

    /** The date readout. */
    public Font dateFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(date));
    }
}
