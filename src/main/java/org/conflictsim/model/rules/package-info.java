/**
 * Every decision and formula of the model as a small pure function: static, no state, no randomness (a draw is
 * passed in), with javadoc giving its source (paper or the model brief), units and the meaning of each
 * parameter, and a table test ({@code @CsvSource}). {@code docs/ODD.md} §7 names the rules of each submodel.
 */
package org.conflictsim.model.rules;
