/**
 * Money and minerals: the double-entry {@link org.conflictsim.model.economy.Books} of every faction and power
 * (each transfer tagged with a {@link org.conflictsim.model.economy.Flow}), the world
 * {@link org.conflictsim.model.economy.Market} prices, and the day's
 * {@link org.conflictsim.model.economy.MineralFlows} by destination.
 */
package org.conflictsim.model.economy;
