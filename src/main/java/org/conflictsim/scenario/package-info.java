/**
 * Scenarios: loading a YAML scenario into the model's immutable parameters with every problem reported as
 * {@code file:line:col: key.path: message}, overrides ({@code --set}), the map built from geodata (and its
 * cache), the rule parameters, and the JSON Schema that the loader's declarations give
 * ({@link org.conflictsim.scenario.ScenarioSchema}).
 */
package org.conflictsim.scenario;
