/**
 * Scenario discovery: PRIM (peeling trajectory, coverage, density, quasi-p-values) over the runs of a sweep
 * store, marked by a condition on their outcomes.
 */
package org.conflictsim.experiment.discover;
