package org.conflictsim.scenario.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the IPIS artisanal mining sites CSV ({@code ipis-mine-sites-east-drc.csv}, ODC-BY 1.0,
 * credit "IPIS").
 *
 * <p>Expected columns (others are ignored): {@code pcode, name, province, territoire, latitude,
 * longitude, workers_numb, mineral1, presence, interference, armed_group1}. Coordinates are
 * decimal degrees. A row whose latitude or longitude is blank, not a number, out of range, or
 * exactly 0,0 (a common placeholder) is skipped and its line recorded. A blank {@code workers_numb}
 * reads as 0 workers; {@code presence} and {@code interference} are {@code 1} (true), {@code 0} or
 * blank (false, blank meaning not reported). Any other value in those three columns is an error.
 */
public final class IpisSites {

    private static final String[] REQUIRED = {"pcode", "name", "province", "territoire", "latitude", "longitude",
        "workers_numb", "mineral1", "presence", "interference", "armed_group1"};

    private IpisSites() {
    }

    /**
     * The sites read and the rows skipped for lack of usable coordinates.
     *
     * @param sites        sites in file order
     * @param skippedLines 1-based lines of the skipped rows
     */
    public record Result(List<IpisSite> sites, List<Integer> skippedLines) {
        public Result {
            sites = List.copyOf(sites);
            skippedLines = List.copyOf(skippedLines);
        }

        /** Number of rows skipped for missing or invalid coordinates. */
        public int skipped() {
            return skippedLines.size();
        }
    }

    /**
     * Reads the sites.
     *
     * @param csv the IPIS CSV file (UTF-8)
     * @throws GeoDataException if the file is unreadable or malformed, a required column is missing,
     *                          or a workers/presence/interference value is invalid (with file:line)
     */
    public static Result read(Path csv) throws GeoDataException {
        GeoCsv table = GeoCsv.read(csv);
        table.requireColumns(REQUIRED);
        List<IpisSite> sites = new ArrayList<>(table.rows().size());
        List<Integer> skipped = new ArrayList<>();
        for (GeoCsv.Row row : table.rows()) {
            double lat = coordinate(row.get("latitude"));
            double lon = coordinate(row.get("longitude"));
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || (lat == 0 && lon == 0)) {
                skipped.add(row.line());
                continue;
            }
            String where = table.source() + ":" + row.line() + ": ";
            sites.add(new IpisSite(
                    row.get("pcode").trim(),
                    row.get("name").trim(),
                    row.get("province").trim(),
                    row.get("territoire").trim(),
                    lat,
                    lon,
                    workers(row.get("workers_numb"), where),
                    row.get("mineral1").trim(),
                    flag(row.get("presence"), "presence", where),
                    flag(row.get("interference"), "interference", where),
                    row.get("armed_group1").trim()));
        }
        return new Result(sites, skipped);
    }

    /** The coordinate, or NaN if blank or not a number. */
    private static double coordinate(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int workers(String s, String where) throws GeoDataException {
        String t = s.trim();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            int w = Integer.parseInt(t);
            if (w >= 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GeoDataException(where + "workers_numb \"" + s + "\" is not a non-negative whole number");
    }

    private static boolean flag(String s, String column, String where) throws GeoDataException {
        switch (s.trim()) {
            case "1":
                return true;
            case "0":
            case "":
                return false;
            default:
                throw new GeoDataException(where + column + " \"" + s + "\" is not 0, 1 or blank");
        }
    }
}
