package org.conflictsim.model.params;

import java.util.List;
import org.conflictsim.model.check.Check;

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
 */
public record FactionSpec(String id, String name, FactionKind kind, String colour, double fighters,
                          double training, double trainingCap, double equipment, double morale,
                          double baseMorale, double treasury, double incomePerDay, double wagePerDay,
                          double signOnCost, double mineTax, double goldTax, double popTaxPerDay,
                          Posture posture, double riskThreshold, double deployShare, List<String> allies,
                          String fightsFor, List<String> operatingArea, double maxFighters) {
    public FactionSpec {
        Check.notNull("faction id", id);
        Check.notNull(id + ".kind", kind);
        Check.range(id + ".fighters", fighters, 0, 1e7);
        Check.range(id + ".training", training, 0.1, 3);
        Check.range(id + ".trainingCap", trainingCap, training, 3);
        Check.range(id + ".equipment", equipment, 0.1, 5);
        Check.range(id + ".morale", morale, 0.1, 1.5);
        Check.range(id + ".baseMorale", baseMorale, 0.1, 1.5);
        Check.range(id + ".treasury", treasury, 0, 1e12);
        Check.range(id + ".incomePerDay", incomePerDay, 0, 1e10);
        Check.range(id + ".wagePerDay", wagePerDay, 0, 1e4);
        Check.range(id + ".signOnCost", signOnCost, 0, 1e6);
        Check.range(id + ".mineTax", mineTax, 0, 1);
        Check.range(id + ".goldTax", goldTax, 0, 1);
        Check.range(id + ".popTaxPerDay", popTaxPerDay, 0, 100);
        Check.range(id + ".riskThreshold", riskThreshold, 0.01, 100);
        Check.range(id + ".deployShare", deployShare, 0, 1);
        Check.range(id + ".maxFighters", maxFighters, 0, 1e7);
        allies = List.copyOf(allies);
        operatingArea = List.copyOf(operatingArea);
        if (kind == FactionKind.FOREIGN_FORCE && fightsFor == null) {
            throw new IllegalArgumentException(id + ": a foreign force needs fightsFor");
        }
    }
}
