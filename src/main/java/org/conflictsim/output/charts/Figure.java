package org.conflictsim.output.charts;

import org.jfree.chart.JFreeChart;

/**
 * One chart ready to be written: its file name stem ({@code territory} gives {@code territory.png} and
 * {@code territory.svg}), the chart and its size.
 *
 * @param name    file name stem, lower case with hyphens
 * @param title   title as the report lists it
 * @param caption one or two sentences for the report: what is shown, in which unit
 * @param chart   the JFreeChart
 * @param width   width, px (≥ 100)
 * @param height  height, px (≥ 100)
 */
public record Figure(String name, String title, String caption, JFreeChart chart, int width, int height) {
    public Figure {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("figure name must be lower case letters, digits and hyphens, got \""
                    + name + "\"");
        }
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("figure " + name + ": size must be at least 100x100 px, got "
                    + width + "x" + height);
        }
    }
}
