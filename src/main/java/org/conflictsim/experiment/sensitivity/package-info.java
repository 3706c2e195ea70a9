/**
 * Sensitivity indices of a sweep computed from its store: first-order and total Sobol indices (Saltelli
 * design), Morris elementary effects, their bootstrap intervals, and the file {@code sensitivity.csv}.
 */
package org.conflictsim.experiment.sensitivity;
