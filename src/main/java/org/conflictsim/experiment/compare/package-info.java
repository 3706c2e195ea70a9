/**
 * Comparing scenarios under common random numbers: paired differences of outcomes between each scenario and
 * the reference, their confidence intervals, the paired t-test, the Wilcoxon signed-rank test, the effect sizes
 * d_z and d_av, paired shares of runs (Newcombe's interval, the exact McNemar test), times to capture censored at
 * the horizon, a verdict per outcome at its resolution, and the headline daily series a comparison keeps. The files of a comparison are written by
 * {@code output.results.ComparisonCsv} and {@code output.results.BandsTable}.
 */
package org.conflictsim.experiment.compare;
