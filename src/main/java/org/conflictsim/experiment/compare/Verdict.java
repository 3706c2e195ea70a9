package org.conflictsim.experiment.compare;

import java.util.Arrays;

/**
 * How one outcome of a compared scenario stands against the reference, in one word, so that "differs in
 * some replicate" is never read as an effect.
 */
public enum Verdict {
    /** The reference itself, or no difference could be computed. */
    NONE(""),
    /** Equal to the reference in every replicate. */
    SAME("same"),
    /**
     * Differs in some replicate, but the mean difference is below the outcome's resolution and so is the
     * difference's 95% interval, or the interval leaves out zero (a tiny but consistent difference).
     */
    NEGLIGIBLE("negligible"),
    /** The 95% interval of the difference includes zero and reaches beyond the resolution. */
    UNCLEAR("unclear"),
    /** At least the resolution, and the 95% interval of the difference leaves out zero. */
    DIFFERS("differs");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    /** The word as {@code comparison.csv} writes it (empty for {@link #NONE}). */
    public String text() {
        return text;
    }

    /**
     * The verdict written as {@code text}.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Verdict parse(String text) {
        return Arrays.stream(values()).filter(v -> v.text.equals(text)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("not a verdict: \"" + text + "\" (same, negligible, unclear, "
                        + "differs or empty)"));
    }

    /**
     * The verdict on a difference.
     *
     * @param d          the paired difference
     * @param identical  whether the two scenarios are equal in every replicate
     * @param resolution smallest meaningful difference in the outcome's unit (≥ 0)
     */
    public static Verdict of(PairedDifference d, boolean identical, double resolution) {
        if (identical) {
            return SAME;
        }
        if (d == PairedDifference.NONE || Double.isNaN(d.diff())) {
            return NONE;
        }
        boolean small = Math.abs(d.diff()) < resolution;
        if (d.excludesZero()) {
            return small ? NEGLIGIBLE : DIFFERS;
        }
        boolean withinResolution = !Double.isNaN(d.ciLow()) && d.ciLow() > -resolution && d.ciHigh() < resolution;
        return small && withinResolution ? NEGLIGIBLE : UNCLEAR;
    }
}
