package org.conflictsim.output.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.CompactFormat;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.Band;
import org.conflictsim.output.results.RunFolder;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * A sentence that answers a run's question from its {@code runs.csv}: for what the question names
 * ({@link Mentions}), how often and when each place fell and to whom, the territory and mine tax of the
 * factions it names, where the minerals' value went, and the humanitarian toll, each with the spread across
 * runs (the 5% and 95% quantiles: "90% of runs"). A question that names none of these gets the places that
 * fell in most runs and the territory at the end. Made from the results alone; it never says more than the
 * runs show.
 */
final class RunAnswer {
    /** Clauses at most. */
    static final int MAX_CLAUSES = 6;

    private RunAnswer() {
    }

    /** The sentence for the results of a run folder. */
    static String of(RunFolder r) {
        return of(r.scenario(), r.runs(), r.start());
    }

    /**
     * The sentence.
     *
     * @param s     the scenario as data (question and names)
     * @param t     {@code runs.csv}
     * @param start calendar date of day 0
     */
    static String of(ScenarioInfo s, RunsTable t, LocalDate start) {
        Mentions m = Mentions.of(s.question(), s);
        int n = t.runs();
        List<String> clauses = new ArrayList<>();
        for (String id : m.places()) {
            if (t.has(Outcome.CAPTURE_DAY.of(id))) {
                clauses.add(place(s, t, start, id));
            }
        }
        List<String> factions = m.factions().stream().filter(f -> t.numeric(Outcome.FINAL_SHARE.of(f))).toList();
        if (m.topics().contains(Mentions.Topic.TERRITORY) || !factions.isEmpty() || m.none()) {
            List<String> shown = new ArrayList<>(factions);
            holders(t).stream().filter(f -> !shown.contains(f) && shown.size() < 3).forEach(shown::add);
            if (!shown.isEmpty()) {
                clauses.add("at the end " + String.join(", ", shown.stream().map(f -> territory(s, t, f)).toList()));
            }
        }
        if (m.topics().contains(Mentions.Topic.MONEY)) {
            List<String> taxed = m.factions().stream().filter(f -> t.numeric(Outcome.MINE_TAX_USD.of(f))).toList();
            for (String f : taxed.isEmpty() ? largest(t, Outcome.MINE_TAX_USD, 2) : taxed) {
                clauses.add(spread(s, t, Outcome.MINE_TAX_USD.of(f), f + " collects ", " in mine tax"));
            }
        }
        if (m.topics().contains(Mentions.Topic.MINERALS) || !m.powers().isEmpty()) {
            String flows = flows(s, t);
            if (!flows.isEmpty()) {
                clauses.add(flows);
            }
        }
        if (m.topics().contains(Mentions.Topic.HUMANITARIAN) && t.numeric(Outcome.CIVILIAN_DEATHS.id())) {
            clauses.add(spread(s, t, Outcome.CIVILIAN_DEATHS.id(), "civilian deaths " + ComparisonSummary.INDICATIVE + ": ", ""));
        }
        if (m.places().isEmpty() && (m.none() || m.topics().contains(Mentions.Topic.TERRITORY))) {
            clauses.addAll(0, firstTaken(s, t, start, 3));
        }
        if (clauses.isEmpty()) {
            return "";
        }
        List<String> kept = clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size()));
        String text = String.join("; ", kept);
        return "In " + n + (n == 1 ? " run: " : " runs: ") + Character.toUpperCase(text.charAt(0)) + text.substring(1)
                + ".";
    }

    /** {@code Goma is taken in 20 of 20 runs (by M23), median 3 Feb 2025 (90% of them between ... and ...)}. */
    static String place(ScenarioInfo s, RunsTable t, LocalDate start, String id) {
        String name = s.placeName(id);
        int n = t.runs();
        String column = Outcome.CAPTURE_DAY.of(id);
        double[] days = t.numeric(column) ? t.numbers(column) : new double[0];
        double[] taken = Arrays.stream(days).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (taken.length == 0) {
            return name + " is not taken in any of the " + n + " runs";
        }
        String by = captors(t, id);
        String text = name + " is taken in " + taken.length + " of " + n + " runs" + (by.isEmpty() ? "" : " (" + by + ")")
                + ", median " + ChartKit.day(start.plusDays(Math.round(Band.quantile(taken, 0.5))));
        if (taken.length >= 2) {
            text += " (90% of those between " + ChartKit.day(start.plusDays(Math.round(Band.quantile(taken, Band.LOW))))
                    + " and " + ChartKit.day(start.plusDays(Math.round(Band.quantile(taken, Band.HIGH)))) + ")";
        }
        return text;
    }

    /**
     * The places taken in most runs, by whom, and the first of them: {@code M23 takes 18 of the 21 named
     * places in most runs, first Masisi (median 11 Dec 2024), ...}; empty when none is.
     */
    private static List<String> firstTaken(ScenarioInfo s, RunsTable t, LocalDate start, int count) {
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, Integer> byCaptor = new LinkedHashMap<>();
        int named = 0;
        for (String c : t.columns()) {
            if (Outcome.CAPTURE_DAY.names(c) && t.numeric(c)) {
                named++;
                double[] taken = Arrays.stream(t.numbers(c)).filter(v -> !Double.isNaN(v)).sorted().toArray();
                if (taken.length * 2 > t.runs()) {
                    String id = Outcome.CAPTURE_DAY.suffix(c);
                    median.put(id, Band.quantile(taken, 0.5));
                    byCaptor.merge(mainCaptor(t, id), 1, Integer::sum);
                }
            }
        }
        if (median.isEmpty()) {
            return List.of();
        }
        String who = byCaptor.size() == 1 && !byCaptor.containsKey("") ? byCaptor.keySet().iterator().next()
                + " takes " + median.size() + " of the " + named + " named places in most runs"
                : median.size() + " of the " + named + " named places change hands in most runs ("
                        + String.join(", ", byCaptor.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "?"
                                : "to " + e.getKey()) + " " + e.getValue()).toList()) + ")";
        List<String> first = median.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(count)
                .map(e -> s.placeName(e.getKey()) + " (median " + ChartKit.day(start.plusDays(Math.round(e.getValue())))
                        + ")").toList();
        return List.of(who + ", first " + String.join(", ", first));
    }

    /** The faction that took a place in most runs, or empty. */
    private static String mainCaptor(RunsTable t, String id) {
        return captorCounts(t, id).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
    }

    /** Per faction, the runs in which it took the place first ({@code captured_by.PLACE}), in order of appearance. */
    static Map<String, Integer> captorCounts(RunsTable t, String id) {
        Map<String, Integer> count = new LinkedHashMap<>();
        String col = Outcome.CAPTURED_BY.of(id);
        if (t.has(col)) {
            t.texts(col).stream().filter(x -> !x.isEmpty()).forEach(x -> count.merge(x, 1, Integer::sum));
        }
        return count;
    }

    private static String captors(RunsTable t, String id) {
        Map<String, Integer> count = captorCounts(t, id);
        if (count.isEmpty()) {
            return "";
        }
        if (count.size() == 1) {
            return "by " + count.keySet().iterator().next();
        }
        List<String> parts = count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " in " + e.getValue()).toList();
        return "by " + String.join(", ", parts);
    }

    /** Factions that hold some territory at the end in the mean, largest first, at most three. */
    private static List<String> holders(RunsTable t) {
        return largest(t, Outcome.FINAL_SHARE, 3).stream().filter(f -> mean(t, Outcome.FINAL_SHARE.of(f)) >= 0.005)
                .toList();
    }

    /** Suffixes (ids) of the {@code count} columns of an outcome's family with the largest mean. */
    private static List<String> largest(RunsTable t, Outcome family, int count) {
        return t.columns().stream().filter(c -> family.names(c) && t.numeric(c))
                .sorted(Comparator.comparingDouble((String c) -> -mean(t, c))).limit(count)
                .map(family::suffix).toList();
    }

    private static String territory(ScenarioInfo s, RunsTable t, String f) {
        return spread(s, t, Outcome.FINAL_SHARE.of(f), f + " holds ", " of the theatre");
    }

    /** {@code before + mean + after + " (90% of runs: p5–p95)"}, in the outcome's unit. */
    private static String spread(ScenarioInfo s, RunsTable t, String column, String before, String after) {
        OutcomeLabel l = OutcomeLabel.of(s, column);
        double[] v = Arrays.stream(t.numbers(column)).filter(x -> !Double.isNaN(x)).sorted().toArray();
        String text = before + l.amount(mean(t, column)) + after;
        double lo = Band.quantile(v, Band.LOW);
        double hi = Band.quantile(v, Band.HIGH);
        if (v.length >= 2 && !l.format(lo).equals(l.format(hi))) {
            text += " (90% of runs: " + l.amount(lo) + " to " + l.amount(hi) + ")";
        }
        return text;
    }

    /** Shares of the minerals' value by destination, largest first: where the minerals go. */
    private static String flows(ScenarioInfo s, RunsTable t) {
        Map<String, Double> value = new LinkedHashMap<>();
        double total = 0;
        for (String c : t.columns()) {
            if (Outcome.FLOW_USD.names(c) && t.numeric(c)) {
                double v = mean(t, c);
                value.put(Outcome.FLOW_USD.suffix(c), v);
                total += v;
            }
        }
        if (total <= 0) {
            return "";
        }
        double all = total;
        List<String> parts = value.entrySet().stream().filter(e -> e.getValue() / all >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .map(e -> String.format(Locale.ROOT, "%.0f%% %s", 100 * e.getValue() / all,
                        s.destinationName(e.getKey())))
                .toList();
        return "of the minerals' value (US$" + CompactFormat.text(total) + " a run on average), " + String.join(", ", parts);
    }

    private static double mean(RunsTable t, String column) {
        return Arrays.stream(t.numbers(column)).filter(x -> !Double.isNaN(x)).average().orElse(0);
    }
}
