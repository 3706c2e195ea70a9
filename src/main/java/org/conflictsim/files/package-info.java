/**
 * File formats and safe writing shared by every layer that reads or writes files: the one strict CSV reader
 * ({@link org.conflictsim.files.CsvReader}, errors as {@code file:line}), CSV field quoting, the
 * locale-independent number format of CSV files, and the one way to write a file
 * ({@link org.conflictsim.files.AtomicWrite}: a temporary file renamed into place, with the mode of an ordinary
 * new file). A leaf: it depends on no other ConflictSim package.
 */
package org.conflictsim.files;
