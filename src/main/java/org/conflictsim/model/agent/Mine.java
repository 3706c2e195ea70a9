package org.conflictsim.model.agent;

import org.conflictsim.model.params.MineralSpec;
import org.conflictsim.model.params.Rules;
import org.conflictsim.model.rules.TradeRules;
import org.conflictsim.model.world.MineSite;

/**
 * A mine (or a cluster of artisanal sites) as an agent of a run: its site on the map ({@link MineSite}: mineral,
 * capacity, smuggling route), its operating level, whether it has suspended work, and the tax its holder took
 * today. Its holder is whoever controls its cell. Each day it works ({@link #work}) and its output goes to
 * offtake deals, official exports and smuggling routes (the production phase).
 *
 * <p>The {@code getX} methods are its properties as MASON's inspector shows them, live.
 */
public final class Mine {
    /** What happened to a mine's work today. */
    public enum Change {
        /** Nothing new. */
        NONE,
        /** An industrial mine stopped work because its cell is on a front line. */
        SUSPENDED,
        /** It started again: the front moved away. */
        RESUMED
    }

    private final MineSite site;
    private final MineralSpec mineral;
    private final int index;
    private double operating = 1.0;
    private boolean suspended;
    private double taxToday;
    private String route;
    private Faction heldBy;

    /**
     * @param site    its site on the map
     * @param mineral its mineral
     * @param index   its index among the map's mines
     * @param route   the country its smuggled output passes through at first ({@code elsewhere} for none)
     */
    public Mine(MineSite site, MineralSpec mineral, int index, String route) {
        this.site = site;
        this.mineral = mineral;
        this.index = index;
        this.route = route;
    }

    public MineSite site() {
        return site;
    }

    /** Index among the map's mines. */
    public int index() {
        return index;
    }

    /** Cell of the map it is in. */
    public int cell() {
        return site.cell();
    }

    /** Index of its mineral in the scenario. */
    public int mineralIndex() {
        return site.mineral();
    }

    public MineralSpec mineralSpec() {
        return mineral;
    }

    public String getId() {
        return site.id();
    }

    public String getName() {
        return site.name();
    }

    public String getMineral() {
        return mineral.id();
    }

    /** Industrial (suspends work on a front line) or artisanal. */
    public boolean isIndustrial() {
        return site.industrial();
    }

    /** Output at full operation, kg per day. */
    public double getCapacityKgPerDay() {
        return site.capacityKgDay();
    }

    /** Operating level, 0–1. */
    public double getOperating() {
        return operating;
    }

    /** Whether it has suspended work (an industrial mine on a front line). */
    public boolean isSuspended() {
        return suspended;
    }

    /** Today's output, kg. */
    public double getOutputKgPerDay() {
        return site.capacityKgDay() * operating;
    }

    /** Tax its holder collected on it today, US$. */
    public double getTaxToday() {
        return taxToday;
    }

    /** The faction that holds its cell (null when nobody does), as of today's production. */
    public Faction getHeldBy() {
        return heldBy;
    }

    /** Reported diggers (0 for industrial mines or when unknown). */
    public int getWorkers() {
        return site.workers();
    }

    /**
     * The country its smuggled output passes through ({@code elsewhere}: no neighbour on the map): the route its
     * holder's side can use, as of today's production (before the first day, the nearest border).
     */
    public String getSmugglingRoute() {
        return route;
    }

    /** Records the country its smuggled output passes through today. */
    public void routeThrough(String country) {
        route = country;
    }

    /**
     * Today's work (brief, "Production"): an industrial mine on a front line suspends and produces nothing;
     * otherwise its operating level falls after fighting in its cell and recovers on quiet days
     * ({@link TradeRules#nextOperating}).
     *
     * @param onFront        whether its cell is on a front line
     * @param fightingNearby whether its cell saw fighting yesterday or today
     * @param eco            the economy rules
     * @return whether it suspended or resumed work today
     */
    public Change work(boolean onFront, boolean fightingNearby, Rules.Economy eco) {
        Change change = Change.NONE;
        if (TradeRules.suspends(site.industrial(), onFront)) {
            if (!suspended) {
                suspended = true;
                change = Change.SUSPENDED;
            }
            operating = 0;
        } else {
            if (suspended) {
                suspended = false;
                change = Change.RESUMED;
            }
            operating = TradeRules.nextOperating(operating, fightingNearby, eco.fightingDrop(), eco.recovery());
        }
        return change;
    }

    /** Records today's holder (null for none) and clears today's tax. */
    public void holdBy(Faction holder) {
        heldBy = holder;
        taxToday = 0;
    }

    /** Records the tax its holder collected today. */
    public void taxed(double usd) {
        taxToday = usd;
    }

    @Override
    public String toString() {
        return site.name() + " (" + mineral.id() + ")";
    }
}
