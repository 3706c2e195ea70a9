package org.conflictsim.model.rules;

/**
 * Local resistance behind the lines: occupation breeds armed opposition (Kalyvas 2006, <i>The Logic of Violence
 * in Civil War</i>: control without legitimacy invites defection and local insurgency; in 2025 the Wazalendo
 * retook villages behind M23's lines, Critical Threats' Congo War Security Review). Hidden resistance grows with
 * the grievance of an occupied cell's people and rises when it outweighs the local defence.
 */
public final class ResistanceRules {
    private ResistanceRules() {
    }

    /**
     * Tomorrow's hidden resistance in an occupied cell: what is left after a day's losses plus the recruits of
     * the day, {@code min(cap, hidden × (1 − decay) + rate × people × grievance)}.
     *
     * @param hidden    hidden resistance fighters now
     * @param decay     share lost per day (suppression, desertion), 0–1
     * @param rate      fighters raised per person per unit of grievance per day
     * @param people    residents and displaced people of the cell
     * @param grievance grievance of its people against the occupier, 0–1 ({@link SocialRules#grievance})
     * @param maxShare  most of the cell's people who can be in it, 0–1
     */
    public static double grow(double hidden, double decay, double rate, double people, double grievance,
                              double maxShare) {
        return Math.min(maxShare * people, hidden * (1 - decay) + rate * people * grievance);
    }

    /**
     * Whether the resistance rises: its effective force reaches {@code threshold} times the local defence.
     *
     * @param resistance effective force of the hidden resistance (fighters × the militia's quality)
     * @param defence    effective local defence (rear guard and the occupier's fighters in the cell, terrain
     *                   included)
     * @param threshold  ratio needed, &gt; 0
     */
    public static boolean rises(double resistance, double defence, double threshold) {
        return resistance > 0 && resistance >= threshold * defence;
    }

    /** Hardship the people of an occupied cell feel: the cell's hardship plus the occupation's. */
    public static double occupiedHardship(double hardship, double occupationHardship) {
        return hardship + occupationHardship;
    }
}
