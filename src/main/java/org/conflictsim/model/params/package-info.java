/**
 * A validated scenario as the model receives it: {@link org.conflictsim.model.params.Scenario} with the
 * factions', powers' and minerals' specs and the global {@link org.conflictsim.model.params.Rules}. Immutable;
 * every value is checked when its record is built. Built by the {@code scenario} layer from YAML.
 */
package org.conflictsim.model.params;
