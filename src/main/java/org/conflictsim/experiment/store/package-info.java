/**
 * The store of a sweep: one SQLite file ({@code sweep.sqlite}) with the design, every run's seed, status,
 * outcomes and optional daily series; opening, resuming, merging shards, reading tables back and exporting them
 * as tidy CSV files.
 */
package org.conflictsim.experiment.store;
