/**
 * Comparing scenarios under common random numbers: paired differences of outcomes between each scenario and
 * the reference, their confidence intervals, the paired t-test, the Wilcoxon signed-rank test and Cohen's d, and
 * the headline daily series a comparison keeps. The files of a comparison are written by
 * {@code output.results.ComparisonCsv} and {@code output.results.BandsTable}.
 */
package org.conflictsim.experiment.compare;
