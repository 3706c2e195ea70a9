/**
 * The batch scripts that run a sweep's shards as a Slurm job array on a cluster.
 */
package org.conflictsim.experiment.slurm;
