package org.conflictsim.model.space;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictsim.model.agent.Faction;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.CombatRules;
import org.conflictsim.model.rules.PopulationRules;
import org.conflictsim.model.rules.SocialRules;
import org.conflictsim.model.world.Place;
import org.conflictsim.model.world.World;

/**
 * The people of the map, per cell (not individual agents, for speed): residents, displaced people hosted,
 * hardship; the displaced as groups by origin and host cell, so that they can go home; and the dead. People
 * are conserved: residents + displaced + civilian deaths equal the people at the start.
 */
public final class Population {
    private final World world;
    private final int cells;
    private final double[] residents;
    private final double[] hosted;
    private final double[] hardship;
    private final List<int[]> groupKeys = new ArrayList<>();
    private final List<double[]> groupCounts = new ArrayList<>();
    private final Map<Long, Integer> groupIndex = new HashMap<>();
    private double dead;
    private double initialPeople;
    private double displacedTotal;
    private double residentsTotal;
    private double nonTheatreResidents;

    public Population(World world) {
        this.world = world;
        this.cells = world.cells();
        residents = new double[cells];
        hosted = new double[cells];
        hardship = new double[cells];
    }

    /** Places the map's people in their cells. */
    public void init() {
        for (int c = 0; c < cells; c++) {
            residents[c] = world.population(c);
            initialPeople += residents[c];
            if (!world.theatre(c)) {
                nonTheatreResidents += residents[c];
            }
        }
    }

    /** Residents of a cell (not counting displaced people hosted there). */
    public double residents(int cell) {
        return residents[cell];
    }

    /** Displaced people hosted in a cell. */
    public double hosted(int cell) {
        return hosted[cell];
    }

    /** Civilian deaths since the start. */
    public double dead() {
        return dead;
    }

    /** People displaced now. */
    public double displaced() {
        return displacedTotal;
    }

    /** Residents of the whole map, as of the last census. */
    public double residentsTotal() {
        return residentsTotal;
    }

    /** People on the map at the start. */
    public double initialPeople() {
        return initialPeople;
    }

    /** Displaced people counted group by group (for the conservation check). */
    public double displacedInGroups() {
        double sum = 0;
        for (double[] g : groupCounts) {
            sum += g[0];
        }
        return sum;
    }

    /** Hardship of a cell from fighting, 0–1. */
    public double hardship(int cell) {
        return hardship[cell];
    }

    /**
     * A day of fighting in a cell: {@code deaths} civilians are killed and the cell's hardship rises
     * ({@link CombatRules#hardshipAfterFight}).
     */
    public void fight(int cell, double deaths, double fightHardship) {
        residents[cell] -= deaths;
        dead += deaths;
        hardship[cell] = CombatRules.hardshipAfterFight(hardship[cell], fightHardship);
    }

    /**
     * Residents flee a cell with fighting to the nearest place that is quiet and not held by the enemy of
     * their former authority (Flee, Suleimenova et al. 2017, in spirit: nearest safe destination); without one
     * within {@code maxFleeKm} they are displaced within their own cell.
     *
     * @param cell       the cell they flee
     * @param share      share of its residents who flee ({@link PopulationRules#fleeing})
     * @param victimSide side of the cell's former authority
     * @param territory  who holds what
     * @param pr         population rules
     * @param day        today
     */
    public void displace(int cell, double share, int victimSide, Territory territory, Rules.Population pr, int day) {
        double flee = PopulationRules.fleeing(residents[cell], share);
        if (flee <= 0) {
            return;
        }
        double maxKm = pr.maxFleeKm();
        int best = -1;
        double bestKm = Double.MAX_VALUE;
        List<Place> places = world.places();
        for (int p = 0; p < places.size(); p++) {
            int c = places.get(p).cell();
            if (c < 0 || c == cell || territory.onFront(c) || territory.lastFight(c) >= day - pr.returnDelay()) {
                continue;
            }
            int o = world.theatre(c) ? territory.controller(c) : -1;
            if (o >= 0 && territory.side(o) != victimSide) {
                continue;
            }
            double km = world.distanceKm(cell, c);
            if (km < bestKm && km <= maxKm) {
                bestKm = km;
                best = c;
            }
        }
        int host = best >= 0 ? best : cell;
        residents[cell] -= flee;
        hosted[host] += flee;
        displacedTotal += flee;
        long key = (long) cell * cells + host;
        Integer g = groupIndex.get(key);
        if (g == null) {
            groupIndex.put(key, groupKeys.size());
            groupKeys.add(new int[] {cell, host});
            groupCounts.add(new double[] {flee});
        } else {
            groupCounts.get(g)[0] += flee;
        }
    }

    /**
     * The displaced go home slowly once their cell has been quiet (no fighting, no change of hands) for
     * {@code returnDelay} days ({@link PopulationRules#returning}).
     */
    public void returnHome(Territory territory, Rules.Population pr, int day) {
        for (int g = 0; g < groupKeys.size(); g++) {
            double[] count = groupCounts.get(g);
            if (count[0] <= 0) {
                continue;
            }
            int origin = groupKeys.get(g)[0];
            int host = groupKeys.get(g)[1];
            int quiet = PopulationRules.quietDays(day, territory.lastFight(origin), territory.lastChange(origin));
            if (quiet >= pr.returnDelay()) {
                double r = PopulationRules.returning(count[0], pr.returnRate());
                count[0] -= r;
                hosted[host] -= r;
                residents[origin] += r;
                displacedTotal -= r;
            }
        }
    }

    /**
     * The daily census over theatre cells: hardship fades; each faction's cells, people and willing recruits
     * (grievance of its people, {@link PopulationRules#recruitPool}), the people of the cells it occupies and its
     * cells beyond its side's war aims are counted; so are cells nobody holds.
     */
    public void census(Territory territory, List<Faction> factions, Rules rules, WarAims aims) {
        double decay = 1.0 - rules.population().hardshipDecay();
        double recruitRate = rules.manpower().recruitRate();
        for (Faction f : factions) {
            f.holdings().clearCensus();
        }
        int nT = world.theatreCellCount();
        double res = nonTheatreResidents;
        int uncontrolled = 0;
        for (int i = 0; i < nT; i++) {
            int c = world.theatreCell(i);
            res += residents[c];
            hardship[c] *= decay;
            int f = territory.controller(c);
            if (f < 0) {
                uncontrolled++;
                continue;
            }
            Faction holder = factions.get(f);
            double pop = residents[c] + hosted[c];
            double h = PopulationRules.hardship(hardship[c], hosted[c], pop);
            holder.holdings().countCell(pop, PopulationRules.recruitPool(pop, SocialRules.grievance(h, holder.getLegitimacy()),
                    recruitRate));
            if (territory.occupied(c)) {
                holder.holdings().countOccupied(pop);
            }
            if (!aims.within(holder.side(), c)) {
                holder.holdings().countBeyondAims();
            }
        }
        residentsTotal = res;
        territory.setUncontrolledCells(uncontrolled);
    }
}
