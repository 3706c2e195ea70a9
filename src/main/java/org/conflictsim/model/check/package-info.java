/**
 * Argument checks of the model's value records, with messages that name the bad value, and the one declaration
 * of each numeric scenario parameter ({@link org.conflictsim.model.check.Param}) that those records, the loader,
 * the JSON Schema and docs/ODD.md §8 follow (a leaf package).
 */
package org.conflictsim.model.check;
