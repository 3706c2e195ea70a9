package org.conflictsim.model.params;

import java.util.List;
import java.util.Objects;
import org.conflictsim.model.check.Check;
import org.conflictsim.model.check.Param;

/**
 * A faction at the start of a run.
 *
 * @param id               identifier ({@code FARDC}, {@code M23}, ...)
 * @param name             display name
 * @param kind             government, rebel, militia or foreign force
 * @param colour           display colour, {@code #rrggbb}
 * @param fighters         fighters in the theatre at the start
 * @param training         training multiplier of effective force, 0.1–3
 * @param trainingCap      ceiling that training deals move training toward, ≥ training
 * @param equipment        equipment multiplier, 0.1–5
 * @param morale           morale multiplier at the start, 0.1–1.5
 * @param baseMorale       morale when paid and not losing, 0.1–1.5
 * @param treasury         cash at the start, US$
 * @param incomePerDay     external income (state budget for the army, a movement's outside finance), US$/day
 * @param wagePerDay       pay per fighter-day, US$
 * @param signOnCost       one-off cost of a recruit, US$
 * @param mineTax          tax on the local value of bulky minerals from held mines, 0–1
 * @param goldTax          effective tax on the local value of gold from held mines, 0–1
 * @param popTaxPerDay     tax on residents of held cells, US$ per person-day
 * @param posture          offensive or defensive
 * @param riskThreshold    minimum ratio of attacking to defending effective force to attack, &gt; 0
 * @param deployShare      share of fighters a faction keeps on its front lines (the rest is reserve), 0–1
 * @param allies           factions it never fights (the relation is made symmetric)
 * @param fightsFor        for a foreign force: the faction whose front it joins and for whom it captures
 * @param operatingArea    provinces it may deploy to (empty: anywhere in the theatre)
 * @param maxFighters      manpower ceiling (recruitment stops there)
 * @param reach            where it draws supply from and what it fights for
 */
public record FactionSpec(String id, String name, FactionKind kind, String colour, double fighters,
                          double training, double trainingCap, double equipment, double morale,
                          double baseMorale, double treasury, double incomePerDay, double wagePerDay,
                          double signOnCost, double mineTax, double goldTax, double popTaxPerDay,
                          Posture posture, double riskThreshold, double deployShare, List<String> allies,
                          String fightsFor, List<String> operatingArea, double maxFighters, Reach reach) {
    /** The declarations of its numeric keys ({@code factions[]} in a scenario file). */
    public static final List<Param> PARAMS = List.of(
            Param.required("fighters", 0, 1e7, "fighters", "fighters in the theatre at the start"),
            Param.number("training", 1.0, 0.1, 3, "1", "training multiplier of effective force"),
            Param.number("trainingCap", 3.0, 0.1, 3, "1",
                    "ceiling that training deals move training toward, at least training (3: no ceiling)"),
            Param.number("equipment", 1.0, 0.1, 5, "1", "equipment multiplier of effective force"),
            Param.number("morale", 1.0, 0.1, 1.5, "1", "morale multiplier at the start"),
            Param.number("baseMorale", 1.0, 0.1, 1.5, "1", "morale when paid and not losing (default: morale)"),
            Param.number("treasury", 0, 0, 1e12, "US$", "cash at the start"),
            Param.number("incomePerDay", 0, 0, 1e10, "US$ per day",
                    "external income: a state's budget for its army, a movement's outside finance"),
            Param.number("wagePerDay", 0, 0, 1e4, "US$ per fighter-day", "pay of one fighter for one day"),
            Param.number("signOnCost", 0, 0, 1e6, "US$ per recruit", "one-off cost of a recruit"),
            Param.number("mineTax", 0, 0, 1, "1", "tax on the local value of bulky minerals from the mines it holds"),
            Param.number("goldTax", 0, 0, 1, "1", "effective tax on the local value of gold from the mines it holds"),
            Param.number("popTaxPerDay", 0, 0, 100, "US$ per person-day", "tax on the residents of the cells it holds"),
            Param.number("riskThreshold", 1.0, 0.01, 100, "1",
                    "smallest ratio of attacking to defending effective force at which it attacks"),
            Param.number("deployShare", 0.5, 0, 1, "1",
                    "share of its fighters kept on the front lines (the rest is reserve)"),
            Param.number("maxFighters", 1e6, 0, 1e7, "fighters", "manpower ceiling: recruitment stops there"),
            Param.number("aims.depthKm", 0, 0, 2000, "km",
                    "depth from the aims' countries within which ground is within the faction's aims"));

    /**
     * Where a faction draws supply from and what it fights for.
     *
     * @param base       country codes of the map whose border is its supply base (empty: no supply gradient, as
     *                   for an army at home or a local militia)
     * @param aimPlaces  place ids it aims to hold
     * @param aimDepthKm depth from the borders of {@code aimFrom} within which ground is within its aims
     * @param aimFrom    country codes the depth is measured from
     */
    public record Reach(List<String> base, List<String> aimPlaces, double aimDepthKm, List<String> aimFrom) {
        /** No base and no aims. */
        public static final Reach NONE = new Reach(List.of(), List.of(), 0, List.of());

        public Reach {
            base = List.copyOf(base);
            aimPlaces = List.copyOf(aimPlaces);
            aimFrom = List.copyOf(aimFrom);
        }

        /** Whether it has a supply base (and so a supply gradient). */
        public boolean hasBase() {
            return !base.isEmpty();
        }

        /** Whether it has war aims (without, all ground is within its aims). */
        public boolean hasAims() {
            return !aimPlaces.isEmpty() || (!aimFrom.isEmpty() && aimDepthKm > 0);
        }
    }

    /** The declaration of one of its numeric keys. */
    public static Param param(String key) {
        return Objects.requireNonNull(Param.find(PARAMS, key), key);
    }

    public FactionSpec {
        Check.notNull("faction id", id);
        Check.notNull(id + ".kind", kind);
        param("fighters").check(id, fighters);
        param("training").check(id, training);
        Check.range(id + ".trainingCap", trainingCap, training, param("trainingCap").max());
        param("equipment").check(id, equipment);
        param("morale").check(id, morale);
        param("baseMorale").check(id, baseMorale);
        param("treasury").check(id, treasury);
        param("incomePerDay").check(id, incomePerDay);
        param("wagePerDay").check(id, wagePerDay);
        param("signOnCost").check(id, signOnCost);
        param("mineTax").check(id, mineTax);
        param("goldTax").check(id, goldTax);
        param("popTaxPerDay").check(id, popTaxPerDay);
        param("riskThreshold").check(id, riskThreshold);
        param("deployShare").check(id, deployShare);
        param("maxFighters").check(id, maxFighters);
        Check.notNull(id + ".reach", reach);
        param("aims.depthKm").check(id, reach.aimDepthKm());
        allies = List.copyOf(allies);
        operatingArea = List.copyOf(operatingArea);
        if (kind == FactionKind.FOREIGN_FORCE && fightsFor == null) {
            throw new IllegalArgumentException(id + ": a foreign force needs fightsFor");
        }
    }
}
