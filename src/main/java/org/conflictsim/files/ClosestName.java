package org.conflictsim.files;

import java.util.Locale;

/**
 * The known name closest to one that is not known, for the "did you mean" of every error message (scenario,
 * sweep, calibration and store files alike): closest by
 * edit distance ignoring case (the first of equally close names in the order given), and close enough only
 * within max(2, a third of its length) edits and at most one edit for every two of its letters (so a
 * three-letter code such as 'RWA' is never offered 'REB', two letters away).
 */
public final class ClosestName {
    private ClosestName() {
    }

    /**
     * {@code " (did you mean 'NAME'?)"} for the known name closest to {@code name}, or {@code ""} when none is
     * close enough (or {@code name} is longer than 40 characters), for a message about an unknown name.
     */
    public static String suggestion(String name, Iterable<String> known) {
        String closest = name.length() > 40 ? null : among(name, known);
        return closest == null ? "" : " (did you mean '" + closest + "'?)";
    }

    /** The known name closest to {@code name}, or null when none is close enough. */
    public static String among(String name, Iterable<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = editDistance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, name.length() / 3) && 2 * bestD <= name.length() ? best : null;
    }

    /**
     * Edits (insertions, deletions, substitutions and swaps of two neighbouring letters) that turn {@code a}
     * into {@code b}: the optimal string alignment distance, so "titel" is one edit from "title". Keys longer
     * than 200 characters are never close to a known key.
     */
    public static int editDistance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
