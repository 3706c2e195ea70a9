/**
 * Running the model for results: replications of a scenario ({@link org.conflictsim.experiment.Replications}),
 * the seed of every run ({@link org.conflictsim.experiment.Seeds}) and the outcomes a finished run yields
 * ({@link org.conflictsim.experiment.RunResult}, {@link org.conflictsim.experiment.Outcomes}), named and given
 * units by the registry {@link org.conflictsim.experiment.Outcome}. Experiments compute; writing results folders
 * belongs to {@code output}, which depends on this package, never the reverse.
 */
package org.conflictsim.experiment;
