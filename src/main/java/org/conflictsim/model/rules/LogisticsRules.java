package org.conflictsim.model.rules;

/**
 * Supply and overstretch: the loss-of-strength gradient (Boulding 1962, <i>Conflict and Defense</i>: a
 * party's power declines with distance from its home base) and the garrisons that held ground ties down.
 */
public final class LogisticsRules {
    private LogisticsRules() {
    }

    /**
     * Combat strength left to a faction at a supply distance: {@code max(floor, exp(−km / rangeKm))}. Boulding's
     * gradient is linear in distance; the exponential keeps strength positive and halves it every
     * {@code ln 2 × rangeKm}; the floor is what a force cut off or at the end of its reach still fights with
     * (an assumption). An unreachable cell ({@code km} infinite) gets the floor.
     *
     * @param km      distance through its side's ground from its supply base, km (0 at the border)
     * @param rangeKm distance over which strength falls by a factor e, km
     * @param floor   strength left however far, 0–1
     */
    public static double supplyFactor(double km, double rangeKm, double floor) {
        return Math.max(floor, StrictMath.exp(-km / rangeKm));
    }

    /**
     * Combat strength left to a faction without a supply base in a pocket its side holds, cut off from the side's
     * main area: {@code 1 − encirclement × (1 − floor)} (1 outside a pocket). An army is supplied through the
     * ground its side holds; a pocket surrounded by the enemy gets no fuel, ammunition or relief, and an encircled
     * force's defence collapses sooner than the same force's in a continuous line (Dupuy 1987,
     * <i>Understanding War</i>, on the effects of envelopment; in January 2025 Goma fell days after M23 took Minova
     * and Sake, its road links to South Kivu and the west). With {@code encirclement} 1 a pocket fights with the
     * floor, as a based faction cut off from its base does ({@link #supplyFactor}); militias, which live off the
     * land, are exempt (the caller's choice).
     *
     * @param cutOff       whether the cell lies in a pocket cut off from its side's main area
     * @param encirclement share of the strength above the floor lost in a pocket, 0–1 (0: off)
     * @param floor        strength left however far or cut off, 0–1
     */
    public static double pocketFactor(boolean cutOff, double encirclement, double floor) {
        return cutOff ? 1.0 - encirclement * (1.0 - floor) : 1.0;
    }

    /**
     * A distance beyond which {@link #supplyFactor} is its floor: {@code rangeKm × ln(1 / floor)}, lengthened by a
     * relative 10⁻⁹ so that rounding in {@code exp} cannot put a farther cell a hair above the floor. A supply
     * search may stop there: every cell at least that far fights with the floor, reached or not. Infinite when
     * there is no floor (0) or no finite range.
     *
     * @param rangeKm distance over which strength falls by a factor e, km
     * @param floor   strength left however far, 0–1
     * @return km (0 when the floor is 1 or more: strength is the floor everywhere)
     */
    public static double floorKm(double rangeKm, double floor) {
        if (!(floor > 0) || !(rangeKm > 0) || Double.isInfinite(rangeKm)) {
            return Double.POSITIVE_INFINITY;
        }
        if (floor >= 1) {
            return 0;
        }
        return rangeKm * Math.log(1.0 / floor) * (1 + 1e-9);
    }

    /**
     * Fighters a faction ties down to hold the ground it occupies: {@code perThousand × people / 1000}
     * (counter-insurgency force ratios are usually given per 1,000 inhabitants; 20–25 is the classic figure for
     * full control, Quinlivan 1995; a rebel holding towns by intimidation needs far fewer, an assumption to
     * calibrate).
     *
     * @param perThousand fighters per 1,000 people
     * @param people      people in the cells it occupies
     */
    public static double garrison(double perThousand, double people) {
        return perThousand * people / 1000.0;
    }

    /** Fighters a faction wants on its front lines: {@code deployShare × max(0, fighters − garrison)}. */
    public static double frontWanted(double deployShare, double fighters, double garrison) {
        return deployShare * Math.max(0, fighters - garrison);
    }
}
