package org.conflictsim.model.observe;

import java.util.Locale;

/**
 * The daily metrics of a run: the {@code metric} column of {@code timeseries.csv}, with their units and
 * meaning. One registry used by the model's collector, the per-run outcomes, the charts and the GUI, so a
 * metric's name is written once. A metric of a family ({@link #family()}) is named {@code id.suffix}, e.g.
 * {@code revenue_usd.mine_tax}, {@code flow_kg.coltan} ({@link #of(String)}).
 */
public enum Metric {
    TERRITORY_SHARE("territory_share", "share of theatre cells", "faction", "cells held / theatre cells"),
    TERRITORY_KM2("territory_km2", "km²", "faction", "area held"),
    POPULATION_HELD("population_held", "people", "faction", "residents and displaced people in the cells held"),
    FIGHTERS("fighters", "fighters", "faction", "fighters, reserve and deployed"),
    EFFECTIVE_FORCE("effective_force", "effective fighters", "faction", "fighters × training × equipment × morale"),
    TRAINING("training", "multiplier", "faction", "training multiplier of effective force"),
    MORALE("morale", "multiplier", "faction", "morale multiplier of effective force"),
    TREASURY_USD("treasury_usd", "US$", "faction", "cash in hand"),
    LEGITIMACY("legitimacy", "0–1", "faction", "legitimacy of its authority"),
    MINES_HELD("mines_held", "mines", "faction", "mines in cells held"),
    MINE_OUTPUT_KG("mine_output_kg", "kg/day", "faction", "output of the mines held"),
    COMBAT_CASUALTIES_CUM("combat_casualties_cum", "fighters", "faction", "fighters killed since the start"),
    /** Family: one per money flow of revenue, {@code revenue_usd.<flow>} (mine_tax, royalties, ...). */
    REVENUE_USD("revenue_usd", "US$/day", "faction", "revenue by source"),
    POWER_TREASURY_USD("power_treasury_usd", "US$", "power", "a power's money for foreign policy"),
    SMUGGLING_INCOME_USD("smuggling_income_usd", "US$/day", "power", "margin on minerals smuggled across its border"),
    OFFTAKE_KG("offtake_kg", "kg/day", "power", "minerals taken under its deals"),
    SPONSOR_CASH_USD("sponsor_cash_usd", "US$/day", "power", "cash it paid to proxies"),
    SANCTION_SEVERITY("sanction_severity", "0–1", "faction or power", "combined severity of sanctions on it"),
    /** Family: {@code flow_kg.<mineral>}, by destination. */
    FLOW_KG("flow_kg", "kg/day", "destination", "where the mineral's output went"),
    /** Family: {@code flow_usd.<mineral>}, by destination. */
    FLOW_USD("flow_usd", "US$/day", "destination", "world value of where the mineral's output went"),
    PRICE_USD_PER_KG("price_usd_per_kg", "US$/kg", "mineral", "world price"),
    MINE_TAX_USD("mine_tax_usd", "US$/day", "named mine", "tax its holder collected"),
    MINE_CONTROLLER("mine_controller", "faction index", "named mine", "index of the faction holding it, −1 none"),
    SUPPORT_LEVEL("support_level", "multiplier", "power", "its support level (1 = as scripted)"),
    /** Family: {@code access_kg.<mineral>}, by power. */
    ACCESS_KG("access_kg", "kg/day", "power", "mineral reaching it, smuggled or as offtake"),
    /** Family: {@code access_usd.<mineral>}, by power. */
    ACCESS_USD("access_usd", "US$/day", "power", "world value of the mineral reaching it"),
    SANCTION_LOSS_USD("sanction_loss_usd", "US$/day", "faction or power", "revenue sanctions took from it"),
    DEAL_ACTIVE("deal_active", "0/1", "deal", "whether a minerals-for-security deal is in force"),
    DEAL_PAID_USD("deal_paid_usd", "US$/day", "deal", "cash paid under the deal"),
    DISPLACED("displaced", "people", "all", "people displaced now"),
    RESIDENTS("residents", "people", "all", "residents of the map"),
    CIVILIAN_DEATHS_CUM("civilian_deaths_cum", "people", "all", "civilians killed since the start"),
    BATTLES("battles", "battles/day", "all", "battles fought"),
    CEASEFIRE("ceasefire", "0/1", "all", "whether a ceasefire binds anyone");

    /** Entity of the metrics with one series for the whole run ({@code displaced}, {@code battles}, ...). */
    public static final String ALL = "all";

    private final String id;
    private final String unit;
    private final String entity;
    private final String meaning;

    Metric(String id, String unit, String entity, String meaning) {
        this.id = id;
        this.unit = unit;
        this.entity = entity;
        this.meaning = meaning;
    }

    /** Name in {@code timeseries.csv} (for a family, the prefix). */
    public String id() {
        return id;
    }

    /** Unit of its values. */
    public String unit() {
        return unit;
    }

    /** What its entity column holds (faction, power, destination, ...). */
    public String entity() {
        return entity;
    }

    /** What it measures. */
    public String meaning() {
        return meaning;
    }

    /** Whether it is a family of metrics named {@code id.suffix}. */
    public boolean family() {
        return this == REVENUE_USD || this == FLOW_KG || this == FLOW_USD || this == ACCESS_KG || this == ACCESS_USD;
    }

    /** The name of one member of a family: {@code id.suffix}. */
    public String of(String suffix) {
        if (!family()) {
            throw new IllegalStateException(id + " is not a family of metrics");
        }
        return id + "." + suffix;
    }

    /**
     * The suffix of a member of this family: {@code flow_kg.coltan} gives {@code coltan}.
     *
     * @throws IllegalArgumentException if the name is not a member of this family
     */
    public String suffix(String metric) {
        if (!family() || !names(metric)) {
            throw new IllegalArgumentException(metric + " is not a member of the family " + id);
        }
        return metric.substring(id.length() + 1);
    }

    /** Whether a metric name belongs to this metric (is it, or a member of its family). */
    public boolean names(String metric) {
        return family() ? metric.startsWith(id + ".") : metric.equals(id);
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
