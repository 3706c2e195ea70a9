package org.conflictsim.model.economy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the day's mineral output went, kg and world US$ per mineral and destination (model brief, "The seed's
 * claim, as a metric": every kilogram produced ends somewhere). Destinations, in this order:
 * {@code official} exports, {@code smuggled:<country>} for each country of the map, {@code smuggled:elsewhere}
 * (a mine with no neighbour route), {@code offtake:<power>} for each power's minerals-for-security offtake.
 */
public final class MineralFlows {
    /** Destination index of official exports. */
    public static final int OFFICIAL = 0;

    private final int countries;
    private final int destinations;
    private final double[][] kg;
    private final double[][] usd;

    /**
     * @param minerals  number of minerals
     * @param countries number of countries on the map
     * @param powers    number of foreign powers
     */
    public MineralFlows(int minerals, int countries, int powers) {
        this.countries = countries;
        this.destinations = 2 + countries + powers;
        this.kg = new double[minerals][destinations];
        this.usd = new double[minerals][destinations];
    }

    /** Names of the destinations, in index order. */
    public static List<String> destinationNames(List<String> countries, List<String> powers) {
        List<String> d = new ArrayList<>();
        d.add("official");
        for (String c : countries) {
            d.add("smuggled:" + c);
        }
        d.add("smuggled:elsewhere");
        for (String p : powers) {
            d.add("offtake:" + p);
        }
        return d;
    }

    /** Destination index of output smuggled through a country (an index of the map's countries), or elsewhere (−1). */
    public int smuggledThrough(int country) {
        return country < 0 ? 1 + countries : 1 + country;
    }

    /** Destination index of power p's offtake. */
    public int offtake(int power) {
        return 2 + countries + power;
    }

    /** Starts a new day. */
    public void clear() {
        for (double[] d : kg) {
            Arrays.fill(d, 0);
        }
        for (double[] d : usd) {
            Arrays.fill(d, 0);
        }
    }

    /** Adds {@code kgToday} of a mineral to a destination, valued at the world price. */
    public void add(int mineral, int destination, double kgToday, double worldPrice) {
        kg[mineral][destination] += kgToday;
        usd[mineral][destination] += kgToday * worldPrice;
    }

    public int destinations() {
        return destinations;
    }

    /** Today's kg of a mineral to a destination. */
    public double kg(int mineral, int destination) {
        return kg[mineral][destination];
    }

    /** Today's world value of a mineral to a destination, US$. */
    public double usd(int mineral, int destination) {
        return usd[mineral][destination];
    }
}
