/**
 * Calibration: the calibration file (targets with their uncertainty and source, split into calibration and
 * validation sets; parameters with priors; the method), ABC-SMC with replicated runs, each generation run as a
 * sweep of given points into its own store, and the posterior with its predictive check and proper scores.
 */
package org.conflictsim.experiment.calibrate;
