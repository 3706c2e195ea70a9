/**
 * What commands print on the terminal about their results: the summary of a run, and the summary of a
 * comparison (each what-if's question answered, the headline outcomes that differ clearly, the counts of all
 * outcomes by verdict).
 */
package org.conflictsim.output.console;
