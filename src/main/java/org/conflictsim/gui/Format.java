package org.conflictsim.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.conflictsim.model.ConflictModel;

/** Text for people: dates, counts, money and shares as the GUI shows them (English, UK date order). */
public final class Format {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Format() {
    }

    /** "10 Jan 2025". */
    public static String date(LocalDate d) {
        return d.format(SHORT);
    }

    /** "Friday 10 January 2025". */
    public static String longDate(LocalDate d) {
        return d.format(LONG);
    }

    /** A count of people or fighters: "12,345". */
    public static String count(double v) {
        return String.format(Locale.UK, "%,.0f", v);
    }

    /** Money: "US$1.25 M", "US$830 k", "US$12". */
    public static String usd(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.UK, "US$%.2f bn", v / 1e9);
        } else if (a >= 1e6) {
            return String.format(Locale.UK, "US$%.2f M", v / 1e6);
        } else if (a >= 1e4) {
            return String.format(Locale.UK, "US$%.0f k", v / 1e3);
        }
        return String.format(Locale.UK, "US$%.0f", v);
    }

    /** A share as a percentage: "12.3%". */
    public static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", 100 * share);
    }

    /** A number with two decimals: "1.25". */
    public static String decimal(double v) {
        return String.format(Locale.UK, "%.2f", v);
    }

    /**
     * The last day the model has completed (its metrics are recorded), or -1 before the first step. One
     * schedule step is one day; after k steps days 0..k-1 are done.
     */
    public static int lastDay(ConflictModel model) {
        return model.schedule.getSteps() > 0 ? model.day() : -1;
    }
}
