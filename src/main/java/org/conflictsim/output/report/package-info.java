/**
 * The {@code report.html} of a run, a comparison and a sweep (self-contained pages, no scripts), and the
 * renderings that draw a folder's charts, maps and report in one go
 * ({@link org.conflictsim.output.report.ResultsRendering}, {@link org.conflictsim.output.report.SweepRendering}),
 * and the sentences that answer a scenario's question from its results
 * ({@link org.conflictsim.output.report.RunAnswer}, {@link org.conflictsim.output.report.CompareHeadline}, which
 * the terminal shows too).
 */
package org.conflictsim.output.report;
