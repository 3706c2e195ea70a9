package org.conflictsim.scenario.geo;

import java.nio.file.Path;

/**
 * A geographic data file could not be read or does not have the expected content.
 *
 * <p>The message always starts with the file name (and, for CSV files, the 1-based line number),
 * followed by what is wrong, e.g. {@code "countries-east-drc.geojson: feature 3: geometry type
 * LineString is not supported"} or {@code "ipis-mine-sites-east-drc.csv:12: 23 fields, header has 24"}.
 */
public final class GeoDataException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message full message, starting with the file name
     */
    public GeoDataException(String message) {
        super(message);
    }

    /**
     * @param message full message, starting with the file name
     * @param cause   the underlying error
     */
    public GeoDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The name used in messages for {@code file}: its last path element. */
    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
