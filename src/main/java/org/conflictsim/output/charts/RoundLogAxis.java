package org.conflictsim.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;

/**
 * A logarithmic axis with ticks at round values, 1, 2 and 5 times powers of ten ({@code 0.05, 0.1, 0.2,
 * 0.5}), labelled compactly; JFreeChart's own log axis puts ticks at even steps of the logarithm
 * ({@code 0.063, 0.1, 0.158}), which nobody reads easily. Spans of under a factor of three get every whole
 * multiple of the power of ten as well.
 */
final class RoundLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    RoundLogAxis(String label) {
        super(label);
        setNumberFormatOverride(new CompactFormat());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        List<Double> values = values(lo, hi, new double[] {1, 2, 5});
        if (values.size() < 3) {
            values = values(lo, hi, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        }
        List<NumberTick> out = new ArrayList<>();
        for (double v : values) {
            out.add(new NumberTick(TickType.MAJOR, v, CompactFormat.text(v), anchor, anchor, 0));
        }
        return out;
    }

    /** Round values in [lo, hi]: each multiplier times each power of ten. */
    static List<Double> values(double lo, double hi, double[] multipliers) {
        List<Double> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return out;
        }
        for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
            double pow = Math.pow(10, e);
            for (double m : multipliers) {
                double v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", m * pow));
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
