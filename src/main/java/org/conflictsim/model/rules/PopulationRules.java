package org.conflictsim.model.rules;

/**
 * Rules of displacement and return (model brief, "Displacement: a share of a cell's population flees each day
 * of fighting to the nearest safe cells ...; returns slowly once control is stable", as in the Flee model,
 * Suleimenova et al. 2017, in spirit) and of the recruitment pool.
 */
public final class PopulationRules {
    private PopulationRules() {
    }

    /** People who flee a cell today: {@code min(residents, residents × share)}. */
    public static double fleeing(double residents, double share) {
        return Math.min(residents, residents * share);
    }

    /** Days since a cell last saw fighting or changed hands, whichever was later. */
    public static int quietDays(int day, int lastFight, int lastChange) {
        return Math.min(day - lastFight, day - lastChange);
    }

    /**
     * People of a displaced group who go home today once their cell has been quiet for {@code returnDelay}
     * days: {@code returnRate} of the group, or all of a remainder below one person.
     */
    public static double returning(double group, double returnRate) {
        return group < 1 ? group : group * returnRate;
    }

    /**
     * Hardship a cell's people feel: the cell's hardship from fighting plus the share of its people who are
     * displaced guests ({@code hosted / people}); it may exceed 1 and is clamped by the grievance rule.
     */
    public static double hardship(double fightingHardship, double hosted, double people) {
        return fightingHardship + (people > 0 ? hosted / people : 0);
    }

    /**
     * Willing recruits a cell adds to its holder's pool per day: {@code people × grievance × recruitRate}
     * (grievance {@code G = H(1 − L)}, Epstein 2002; see {@link SocialRules#grievance}).
     */
    public static double recruitPool(double people, double grievance, double recruitRate) {
        return people * grievance * recruitRate;
    }
}
