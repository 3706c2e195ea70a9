/**
 * Proper scoring rules for ensemble forecasts (CRPS, Brier, log score) and skill scores against stated null
 * models.
 */
package org.conflictsim.experiment.scoring;
