package org.conflictsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The per-run outcomes: the columns of {@code runs.csv} that {@link Outcomes} computes from a finished run, and
 * the two columns derived from capture days by comparisons and sensitivity analyses, with their units and
 * meaning. One registry used by the outcomes, the analyses, charts, reports and commands, so an outcome's
 * name is written once (the daily series they are computed from are named by
 * {@link org.conflictsim.model.observe.Metric}). An outcome kept per place, faction, power, mine, destination or
 * deal ({@link #family()}) is a family of columns named {@code id.suffix}, e.g. {@code capture_day.goma},
 * {@code final_share.M23} ({@link #of(String)}); the others are one column each, e.g. {@code battles}.
 */
public enum Outcome {
    /** Day (from the scenario's start) a place first passed to a side other than its initial one; NaN if never. */
    CAPTURE_DAY("capture_day", "place", new OutcomeUnits.Unit("days from the start", 1, "1 day"),
            "first day it passed to a side other than its initial one; empty if never"),
    /** Text column: the faction that first took the place, empty if none. */
    CAPTURED_BY("captured_by", "place", OutcomeUnits.NONE, "the faction that first took it; empty if none"),
    FINAL_SHARE("final_share", "territorial faction",
            new OutcomeUnits.Unit("share of theatre cells (0-1)", 0.001, "0.1 percentage point"),
            "share of the theatre's cells held on the last day"),
    FIGHTERS_FINAL("fighters_final", "faction", OutcomeUnits.FIGHTERS, "fighters on the last day"),
    CASUALTIES("casualties", "faction", OutcomeUnits.FIGHTERS, "its fighters killed over the run"),
    MINE_TAX_USD("mine_tax_usd", "faction", OutcomeUnits.USD, "mine tax collected over the run"),
    REVENUE_USD("revenue_usd", "faction", OutcomeUnits.USD, "revenue from every flow over the run"),
    MINE_TAX_USD_PER_MONTH("mine_tax_usd_per_month", "named mine",
            new OutcomeUnits.Unit("US$/month", 100, "US$100 a month"),
            "tax its holders collected: run total / days × 30.4375"),
    FLOW_KG("flow_kg", "destination", OutcomeUnits.KG, "all minerals sent there over the run"),
    FLOW_USD("flow_usd", "destination", OutcomeUnits.USD, "world value of all minerals sent there over the run"),
    SMUGGLING_INCOME_USD("smuggling_income_usd", "power", OutcomeUnits.USD,
            "margin on minerals smuggled across its border over the run"),
    OFFTAKE_KG("offtake_kg", "power", OutcomeUnits.KG, "minerals taken under its deals over the run"),
    ACCESS_KG("access_kg", "power", OutcomeUnits.KG, "all minerals reaching it over the run, smuggled or as offtake"),
    ACCESS_USD("access_usd", "power", OutcomeUnits.USD, "world value of all minerals reaching it over the run"),
    SUPPORT_LEVEL_MEAN("support_level_mean", "power", new OutcomeUnits.Unit("support level", 0.001, "0.001"),
            "its support level (1 = as scripted), mean over the days"),
    SPONSOR_CASH_USD("sponsor_cash_usd", "power", OutcomeUnits.USD, "cash it paid to proxies over the run"),
    SANCTION_LOSS_USD("sanction_loss_usd", "faction or power", OutcomeUnits.USD,
            "revenue sanctions took from it over the run"),
    DEAL_DAYS_ACTIVE("deal_days_active", "deal", OutcomeUnits.DAYS, "days the minerals deal was in force"),
    DEAL_PAID_USD("deal_paid_usd", "deal", OutcomeUnits.USD, "cash paid under the deal over the run"),
    CIVILIAN_DEATHS("civilian_deaths", "", OutcomeUnits.PERSONS, "civilians killed over the run"),
    DISPLACED_FINAL("displaced_final", "", OutcomeUnits.PERSONS, "people displaced on the last day"),
    DISPLACED_PEAK("displaced_peak", "", OutcomeUnits.PERSONS, "most people displaced on any day"),
    BATTLES("battles", "", new OutcomeUnits.Unit("battles", 1, "1 battle"), "battles fought over the run"),
    RECAPTURES("recaptures", "territorial faction", OutcomeUnits.NONE,
            "cells with a named place or a mine it took back for the side that held them at the start"),
    /** Derived from {@link #CAPTURE_DAY} by comparisons and analyses (not in {@code runs.csv}). */
    CAPTURE_SHARE("capture_share", "place", new OutcomeUnits.Unit("share of runs (0-1)", 0, ""),
            "1 if it was taken in the run, 0 if not; its mean is the share of runs"),
    /** Derived from {@link #CAPTURE_DAY} by {@code compare} (not in {@code runs.csv}). */
    CAPTURE_RMST("capture_rmst", "place", OutcomeUnits.DAYS,
            "capture day, or the days simulated if not taken; its mean is the restricted mean time to capture");

    private static final Map<String, Outcome> BY_ID = new LinkedHashMap<>();

    static {
        for (Outcome o : values()) {
            BY_ID.put(o.id, o);
        }
    }

    private final String id;
    private final String entity;
    private final OutcomeUnits.Unit unit;
    private final String meaning;

    Outcome(String id, String entity, OutcomeUnits.Unit unit, String meaning) {
        this.id = id;
        this.entity = entity;
        this.unit = unit;
        this.meaning = meaning;
    }

    /** Name of the column (for a family, the prefix before the dot). */
    public String id() {
        return id;
    }

    /** What the suffix of a family's columns names (place, faction, power, ...); empty for a single column. */
    public String entity() {
        return entity;
    }

    /** Unit of its values and their resolution. */
    public OutcomeUnits.Unit unit() {
        return unit;
    }

    /** What it measures. */
    public String meaning() {
        return meaning;
    }

    /** Whether it is a family of columns named {@code id.suffix}. */
    public boolean family() {
        return !entity.isEmpty();
    }

    /**
     * The column of one member of the family: {@code id.suffix} ({@code *} gives the pattern of them all).
     *
     * @throws IllegalStateException if it is a single column
     */
    public String of(String suffix) {
        if (!family()) {
            throw new IllegalStateException(id + " is a single outcome, not a family");
        }
        return id + "." + suffix;
    }

    /** Whether a column belongs to this outcome (is it, or a member of its family). */
    public boolean names(String column) {
        return family() ? column.startsWith(id) && column.length() > id.length() && column.charAt(id.length()) == '.'
                : column.equals(id);
    }

    /**
     * The suffix of a member of this family: {@code capture_day.goma} gives {@code goma}.
     *
     * @throws IllegalArgumentException if the column is not a member of this family
     */
    public String suffix(String column) {
        if (!family() || !names(column)) {
            throw new IllegalArgumentException(column + " is not a column of the family " + id);
        }
        return column.substring(id.length() + 1);
    }

    /**
     * The outcome a column is of, read from its name up to the first dot ({@code capture_day.goma} is
     * {@link #CAPTURE_DAY}), or empty when no outcome has that name.
     */
    public static Optional<Outcome> kindOf(String column) {
        int dot = column.indexOf('.');
        return Optional.ofNullable(BY_ID.get(dot < 0 ? column : column.substring(0, dot)));
    }

    @Override
    public String toString() {
        return id;
    }
}
