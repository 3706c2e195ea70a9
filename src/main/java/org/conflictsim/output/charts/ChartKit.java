package org.conflictsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.conflictsim.output.results.EventsTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The common look of ConflictSim charts: white plots with light grid lines, calendar dates on the time axis
 * (UTC, so a date never shifts with the reader's time zone), compact numbers, a subtitle saying what lines
 * and bands mean, and scenario events as numbered vertical lines with a key under the plot.
 */
public final class ChartKit {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 13);
    static final Font TICK = new Font(FONT, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FONT, Font.PLAIN, 13);
    static final Font KEY = new Font(FONT, Font.PLAIN, 12);
    static final Font MARKER = new Font(FONT, Font.BOLD, 12);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color EVENT_LINE = new Color(0x44, 0x44, 0x44);
    private static final int KEY_LINE_PX = 17;
    /** Width the event key may take before it wraps, px (charts are 1,100 px wide, less the key's padding). */
    private static final int KEY_WIDTH_PX = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ChartKit() {
    }

    /** Scenario events that start on one date, numbered in date order from 1. */
    public record EventGroup(int number, LocalDate date, List<String> labels) {
    }

    /** Milliseconds since 1970 of a date's midnight in UTC (the x value of that day in charts). */
    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A date as charts print it, e.g. {@code 1 Dec 2024}. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A date axis from {@code start} to {@code end} (inclusive), ticks on calendar days, weeks or months. */
    static DateAxis dateAxis(LocalDate start, LocalDate end) {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        TickUnits units = new TickUnits();
        SimpleDateFormat dayMonth = format("d MMM yyyy");
        SimpleDateFormat monthYear = format("MMM yyyy");
        units.add(new DateTickUnit(DateTickUnitType.DAY, 1, dayMonth));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 2, dayMonth));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, dayMonth));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, dayMonth));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, monthYear));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, monthYear));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, monthYear));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, monthYear));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 5, format("yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 10, format("yyyy")));
        axis.setStandardTickUnits(units);
        long lo = millis(start);
        long hi = millis(end.isAfter(start) ? end : start.plusDays(1));
        axis.setRange(lo, hi);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        styleAxis(axis);
        return axis;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
        f.setTimeZone(UTC);
        return f;
    }

    /** A value axis from zero with compact tick labels (1.5 k, 3 M) and the given label. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new CompactFormat());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.06);
        styleAxis(axis);
        return axis;
    }

    static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED);
        axis.setTickMarkPaint(MUTED);
    }

    /** White plot background, light grid, no outline. */
    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * A chart around a plot: bold title, a grey explanatory subtitle, the legend at the bottom, and the
     * key of numbered event lines under the legend when there are events.
     */
    static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot, boolean legend,
                            List<EventGroup> events) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setPadding(new RectangleInsets(8, 8, 2, 8));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(MUTED);
            sub.setPadding(new RectangleInsets(0, 8, 6, 8));
            chart.addSubtitle(sub);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            chart.removeLegend();
        }
        if (!events.isEmpty()) {
            TextTitle key = new TextTitle(eventKey(events), KEY);
            key.setPaint(TEXT);
            key.setPosition(RectangleEdge.BOTTOM);
            key.setHorizontalAlignment(HorizontalAlignment.LEFT);
            key.setTextAlignment(HorizontalAlignment.LEFT);
            key.setPadding(new RectangleInsets(2, 12, 8, 12));
            chart.addSubtitle(key);
        }
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setPadding(new RectangleInsets(6, 8, 6, 8));
            chart.addLegend(l);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        return chart;
    }

    /**
     * Groups scenario events by date (only dates from {@code start} to {@code end}) and numbers the groups
     * in date order.
     */
    public static List<EventGroup> group(List<EventsTable.Marked> marked, LocalDate start, LocalDate end) {
        List<EventGroup> out = new ArrayList<>();
        LocalDate current = null;
        List<String> labels = null;
        for (EventsTable.Marked m : marked) {
            if (m.date().isBefore(start) || m.date().isAfter(end)) {
                continue;
            }
            if (!m.date().equals(current)) {
                labels = new ArrayList<>();
                current = m.date();
                out.add(new EventGroup(out.size() + 1, current, labels));
            }
            if (!labels.contains(m.label())) {
                labels.add(m.label());
            }
        }
        return out;
    }

    /**
     * The key under a chart: one line per numbered date, {@code (2) 20 Feb 2025 – label; label}. The number
     * is in brackets because SVG viewers collapse repeated spaces, which would run it into the date.
     */
    public static String eventKey(List<EventGroup> events) {
        StringBuilder sb = new StringBuilder("Scenario events (dashed lines):");
        for (EventGroup g : events) {
            sb.append("\n(").append(g.number()).append(") ").append(day(g.date())).append(" – ")
                    .append(String.join("; ", g.labels()));
        }
        return sb.toString();
    }

    /**
     * Extra height of a chart for the key of its event lines, px (0 without events): a line per date and one
     * more for each time a long line wraps on a chart {@link #KEY_WIDTH_PX} wide.
     */
    static int keyHeight(List<EventGroup> events) {
        if (events.isEmpty()) {
            return 0;
        }
        FontMetrics fm = metrics(KEY);
        int lines = 0;
        for (String line : eventKey(events).split("\n")) {
            lines += Math.max(1, (int) Math.ceil(fm.stringWidth(line) / (double) KEY_WIDTH_PX));
        }
        return KEY_LINE_PX * lines + 10;
    }

    /** Metrics of a font as charts draw it (to measure text before drawing). */
    static FontMetrics metrics(Font font) {
        java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** Whole percent, e.g. {@code 40%}, for axes of shares 0–1. */
    static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(0);
        return f;
    }

    /** A legend item with a filled square, for stacked areas and combined plots with fixed legends. */
    static LegendItem legendBox(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), paint);
        item.setLabelFont(LEGEND);
        return item;
    }

    /**
     * Adds a dashed vertical line per event date to a plot, labelled with its number when asked. Numbers of
     * dates closer than about 15 px (a 70th of the plot's time axis, when the plot or its parent has one
     * already) alternate between two heights, so that 4 and 5 do not read as 45.
     */
    static void addEventLines(XYPlot plot, List<EventGroup> events, boolean numbered) {
        ValueAxis x = plot.getDomainAxis();
        double close = x == null ? 0 : x.getRange().getLength() / 70;
        boolean raised = false;
        long previous = Long.MIN_VALUE;
        for (EventGroup g : events) {
            long at = millis(g.date());
            raised = !raised && previous != Long.MIN_VALUE && at - previous < close;
            previous = at;
            ValueMarker m = new ValueMarker(at, EVENT_LINE,
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            if (numbered) {
                m.setLabel(Integer.toString(g.number()));
                m.setLabelFont(MARKER);
                m.setLabelPaint(TEXT);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(raised ? 17 : 2, 3, 2, 3));
            }
            plot.addDomainMarker(m, org.jfree.ui.Layer.FOREGROUND);
        }
    }
}
