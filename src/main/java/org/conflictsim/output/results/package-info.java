/**
 * The files of a results folder and how they are written and read back: {@code runs.csv},
 * {@code timeseries.csv.gz} (which series: {@link org.conflictsim.output.results.SeriesChoice}) and
 * {@code events.csv} ({@link org.conflictsim.output.results.RunWriter}), the
 * manifest, a comparison's {@code comparison.csv} and {@code bands.csv}, the folder itself
 * ({@link org.conflictsim.output.results.ResultsFolder}: new folders, never overwriting) and the readers that
 * charts and reports are drawn from ({@link org.conflictsim.output.results.RunFolder},
 * {@link org.conflictsim.output.results.CompareFolder}). A file that cannot be read gives a
 * {@link org.conflictsim.output.results.MalformedResultsException} naming file and line.
 */
package org.conflictsim.output.results;
