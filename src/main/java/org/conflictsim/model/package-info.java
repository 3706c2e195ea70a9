/**
 * The model: a MASON {@code SimState} ({@link org.conflictsim.model.ConflictModel}) that runs one history of a
 * resource conflict, one tick a day, headless and deterministic (one seed, one history). Its
 * {@link org.conflictsim.model.Phase}s are the day; {@link org.conflictsim.model.Levers} change a running model
 * from outside (the GUI's instructor). The subpackages, from the leaves up: {@code check} (argument checks),
 * {@code world} (the static map), {@code instruments} and {@code params} (what a scenario declares),
 * {@code rules} (pure decision rules), {@code economy} (books, prices, mineral flows), {@code agent} (factions,
 * foreign powers, mines), {@code space} (territory and population per cell), {@code state} (a run's registry),
 * {@code phase} (the day's phases), {@code observe} (metrics and conservation checks, read from outside).
 * Nothing here reads files or draws: the model imports no GUI, chart, YAML or file code.
 */
package org.conflictsim.model;
