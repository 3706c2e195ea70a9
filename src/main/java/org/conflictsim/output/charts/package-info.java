/**
 * Figures: the charts of a run, a comparison, a sweep and a backtest (JFreeChart, written as PNG and SVG by
 * {@link org.conflictsim.output.charts.ChartFiles}), the maps of control and their animated GIF, and the shared
 * look (palettes, axes, number formats, event markers). Charts are drawn from results, never from inside the
 * model.
 */
package org.conflictsim.output.charts;
