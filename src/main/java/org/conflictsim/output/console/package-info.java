/**
 * What commands print on the terminal about their results: the summary of a run and the table of a
 * comparison.
 */
package org.conflictsim.output.console;
