/**
 * Sweep designs over scenario parameters: the sweep file (its loader and spec), parameters and their
 * distributions, the designs (full factorial, Latin hypercube, Morris, Saltelli), shards, and the runner that
 * records every run in the store.
 */
package org.conflictsim.experiment.sweep;
