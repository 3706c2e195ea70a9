/**
 * File formats and safe writing shared by every layer that writes results: CSV field quoting, the
 * locale-independent number format of CSV files, and putting a finished file into place atomically. A leaf: it
 * depends on no other ConflictSim package.
 */
package org.conflictsim.files;
