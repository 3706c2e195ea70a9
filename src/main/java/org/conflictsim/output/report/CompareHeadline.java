package org.conflictsim.output.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.OutcomeColumns;
import org.conflictsim.experiment.OutcomeUnits;
import org.conflictsim.experiment.compare.Comparison;
import org.conflictsim.experiment.compare.ComparisonRow;
import org.conflictsim.experiment.compare.PairedDifference;
import org.conflictsim.experiment.compare.Verdict;
import org.conflictsim.output.charts.ChartKit;
import org.conflictsim.output.charts.ForestChart;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.console.ComparisonSummary;
import org.conflictsim.output.results.Caveats;
import org.conflictsim.output.results.CompareFolder;
import org.conflictsim.output.results.RunsTable;
import org.conflictsim.output.results.ScenarioInfo;

/**
 * What a comparison says first, for each compared scenario against the reference: a sentence that answers
 * the scenario's question from the results ({@link Mentions}: the places, factions and powers it names and
 * the topics it asks about, each with its difference and 95% interval, or "no clear difference"), the
 * headline outcomes that clearly differ (places taken more or less often or later or earlier, territory at
 * the end, mine tax, mineral flow value, civilian deaths and displaced people), the headline outcomes whose
 * difference is unclear, and a count of all outcomes by {@link Verdict}. Both the terminal
 * ({@link ComparisonSummary}) and {@code report.html} ({@link CompareReport}) show it. Read from the files of
 * a compare folder alone.
 */
public final class CompareHeadline {
    /** Places listed one per line before the rest are summed up in a sentence. */
    static final int MAX_PLACE_LINES = 6;
    /** Other headline outcomes listed one per line before the rest are counted. */
    static final int MAX_OTHER_LINES = 10;
    /** Clauses of an answer at most. */
    static final int MAX_CLAUSES = 6;

    private CompareHeadline() {
    }

    /** The blocks of every compared scenario, in comparison order. */
    public static List<ComparisonSummary.Block> of(CompareFolder c) {
        List<ComparisonSummary.Block> out = new ArrayList<>();
        for (int k = 1; k < c.labels().size(); k++) {
            out.add(new View(c, k).block());
        }
        return out;
    }

    /** {@code +2.0 %}, {@code new} (from zero), or empty where a relative change means nothing. */
    static String change(String o, double refMean, ComparisonRow r) {
        double pct = Comparison.percentChange(o, refMean, r.paired().diff());
        if (Double.isNaN(pct)) {
            return OutcomeUnits.hasRelativeChange(o) && refMean == 0 && r.level().mean() > 0 ? "new" : "";
        }
        String s = String.format(Locale.ROOT, "%+.1f %%", pct);
        return s.replace('-', '−');
    }

    /** The statistics of one compared scenario against the reference, and the texts made of them. */
    private static final class View {
        private final CompareFolder c;
        private final int k;
        private final String label;
        private final String ref;
        private final ScenarioInfo names;
        private final int n;

        View(CompareFolder c, int k) {
            this.c = c;
            this.k = k;
            this.label = c.labels().get(k);
            this.ref = c.labels().get(0);
            this.names = c.names();
            this.n = c.manifest().replications();
        }

        ComparisonSummary.Block block() {
            String question = c.scenarios().get(k).question().isBlank() ? c.reference().question()
                    : c.scenarios().get(k).question();
            Mentions m = Mentions.of(question, names);
            Set<String> shown = new LinkedHashSet<>();
            List<ComparisonSummary.Line> lines = new ArrayList<>();
            List<String> places = differingPlaces(m);
            for (String id : places.subList(0, Math.min(MAX_PLACE_LINES, places.size()))) {
                lines.add(placeLine(id));
                shown.add(Outcome.CAPTURE_DAY.of(id));
            }
            List<String> morePlaces = morePlaces(places.subList(Math.min(MAX_PLACE_LINES, places.size()),
                    places.size()));
            places.forEach(id -> shown.add(Outcome.CAPTURE_DAY.of(id)));
            List<String> unclear = new ArrayList<>();
            for (String id : placeIds()) {
                if (!places.contains(id) && placeVerdict(id) == Verdict.UNCLEAR) {
                    unclear.add(names.placeName(id) + " taken");
                }
            }
            int others = 0;
            for (String o : headlineOutcomes()) {
                Verdict v = verdict(o);
                if (v == Verdict.DIFFERS && others < MAX_OTHER_LINES) {
                    lines.add(line(o));
                    shown.add(o);
                    others++;
                } else if (v == Verdict.UNCLEAR) {
                    unclear.add(OutcomeLabel.of(names, o).label());
                }
            }
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            int more = 0;
            for (String o : c.comparison().outcomes()) {
                ComparisonRow r = row(o);
                if (r == null) {
                    continue;
                }
                counts.merge(r.verdict(), 1, Integer::sum);
                if (r.verdict() == Verdict.DIFFERS && !shown.contains(OutcomeColumns.source(o))) {
                    more++;
                }
            }
            return new ComparisonSummary.Block(label, question, answer(m), lines, morePlaces, unclear, more, counts);
        }

        /**
         * The headline outcomes other than places, in the order of the forest plot's panels
         * ({@link ForestChart#group}), each panel's in column order.
         */
        List<String> headlineOutcomes() {
            return c.comparison().outcomes().stream().filter(o -> ForestChart.group(o) >= 0)
                    .sorted(Comparator.comparingInt(ForestChart::group)).toList();
        }

        // ------------------------------------------------------------------------------------- places

        /** Place ids of the comparison, in column order. */
        List<String> placeIds() {
            return c.comparison().outcomes().stream().filter(o -> Outcome.CAPTURE_DAY.names(o))
                    .map(o -> Outcome.CAPTURE_DAY.suffix(o)).toList();
        }

        /**
         * The verdict on a place: that of the share of runs in which it was taken when that differs, else
         * that of its restricted mean time to capture (of its capture day in folders without one).
         */
        Verdict placeVerdict(String id) {
            Verdict share = verdict(Outcome.CAPTURE_SHARE.of(id));
            if (share == Verdict.DIFFERS) {
                return share;
            }
            ComparisonRow time = timeRow(id);
            return time == null ? share : time.verdict();
        }

        /** The places that clearly differ: named in the question first, then by the size of the change. */
        List<String> differingPlaces(Mentions m) {
            List<String> out = new ArrayList<>(placeIds().stream().filter(id -> placeVerdict(id) == Verdict.DIFFERS)
                    .toList());
            out.sort(Comparator.<String>comparingInt(id -> m.places().contains(id) ? m.places().indexOf(id)
                            : Integer.MAX_VALUE)
                    .thenComparing(id -> -Math.abs(diff(Outcome.CAPTURE_SHARE.of(id))))
                    .thenComparing(id -> -Math.abs(timeRow(id) == null ? 0 : timeRow(id).paired().diff())));
            return out;
        }

        ComparisonRow timeRow(String id) {
            ComparisonRow t = row(Outcome.CAPTURE_RMST.of(id));
            return t != null ? t : row(Outcome.CAPTURE_DAY.of(id));
        }

        ComparisonSummary.Line placeLine(String id) {
            String difference;
            ComparisonRow share = row(Outcome.CAPTURE_SHARE.of(id));
            if (share != null && share.verdict() == Verdict.DIFFERS) {
                OutcomeLabel l = OutcomeLabel.of(names, share.outcome());
                PairedDifference d = share.paired();
                difference = View.pp(d.diff()) + " of runs [" + View.pp(d.ciLow()).replace(" pp", "") + ", "
                        + View.pp(d.ciHigh()).replace(" pp", "") + "]";
            } else {
                difference = daysLaterOrEarlier(timeRow(id).paired(), true);
            }
            return new ComparisonSummary.Line(true, names.placeName(id), placeCell(0, id), placeCell(k, id), difference, "", false);
        }

        /** {@code 6.8 days later [2.3, 11.3]}, or earlier, the interval in the same direction. */
        static String daysLaterOrEarlier(PairedDifference d, boolean withInterval) {
            boolean later = d.diff() > 0;
            double lo = later ? d.ciLow() : -d.ciHigh();
            double hi = later ? d.ciHigh() : -d.ciLow();
            String text = days(Math.abs(d.diff())) + (later ? " days later" : " days earlier");
            if (!withInterval || Double.isNaN(lo)) {
                return text;
            }
            return text + " [" + days(lo) + ", " + days(hi) + "]";
        }

        static String days(double v) {
            return String.format(Locale.ROOT, "%.1f", v).replace('-', '−');
        }

        /** {@code 20/20, 3 Feb 2025}: runs in which the place was taken, and the median date over all runs. */
        String placeCell(int scenario, String id) {
            double[] days = captureDays(scenario, id);
            int taken = (int) Arrays.stream(days).filter(v -> !Double.isNaN(v)).count();
            LocalDate median = medianDate(scenario, days);
            return taken + "/" + days.length + (median == null ? "" : ", " + ChartKit.day(median));
        }

        double[] captureDays(int scenario, String id) {
            RunsTable t = c.runs().get(scenario);
            String col = Outcome.CAPTURE_DAY.of(id);
            if (!t.numeric(col)) {
                double[] none = new double[t.runs()];
                Arrays.fill(none, Double.NaN);
                return none;
            }
            return t.numbers(col);
        }

        /**
         * The median date of capture over all runs, a run without a capture counting as later than any date
         * (the Kaplan–Meier median under censoring at the horizon): the ⌈n/2⌉-th earliest capture; null when
         * the place was taken in fewer than half the runs.
         */
        LocalDate medianDate(int scenario, double[] days) {
            double[] taken = Arrays.stream(days).filter(v -> !Double.isNaN(v)).sorted().toArray();
            int half = (days.length + 1) / 2;
            if (days.length == 0 || taken.length < half) {
                return null;
            }
            return c.manifest().scenarios().get(scenario).start().plusDays(Math.round(taken[half - 1]));
        }

        /** Who took the place in the compared scenario: {@code by FARDC}, {@code mostly by M23}, or empty. */
        String captor(int scenario, String id) {
            Map<String, Integer> count = RunAnswer.captorCounts(c.runs().get(scenario), id);
            if (count.isEmpty()) {
                return "";
            }
            Map.Entry<String, Integer> top = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            return (count.size() == 1 ? "by " : "mostly by ") + top.getKey();
        }

        /** The places beyond the listed ones, summed up by the direction of their change. */
        List<String> morePlaces(List<String> ids) {
            Map<String, List<String>> by = new LinkedHashMap<>();
            for (String id : ids) {
                ComparisonRow share = row(Outcome.CAPTURE_SHARE.of(id));
                String key;
                if (share != null && share.verdict() == Verdict.DIFFERS) {
                    key = share.paired().diff() > 0 ? "taken in more runs" : "taken in fewer runs";
                } else {
                    key = timeRow(id).paired().diff() > 0 ? "taken later" : "taken earlier";
                }
                by.computeIfAbsent(key, x -> new ArrayList<>()).add(names.placeName(id));
            }
            List<String> out = new ArrayList<>();
            by.forEach((key, list) -> out.add("Also " + key + ": " + String.join(", ", list) + "."));
            return out;
        }

        // -------------------------------------------------------------------------------- other outcomes

        ComparisonRow row(String outcome) {
            return c.comparison().row(outcome, label);
        }

        ComparisonRow refRow(String outcome) {
            return c.comparison().row(outcome, ref);
        }

        Verdict verdict(String outcome) {
            ComparisonRow r = row(outcome);
            return r == null ? Verdict.NONE : r.verdict();
        }

        double diff(String outcome) {
            ComparisonRow r = row(outcome);
            return r == null || Double.isNaN(r.paired().diff()) ? 0 : r.paired().diff();
        }

        ComparisonSummary.Line line(String o) {
            OutcomeLabel l = OutcomeLabel.of(names, o);
            ComparisonRow r = row(o);
            ComparisonRow base = refRow(o);
            double refMean = base == null ? Double.NaN : base.level().mean();
            PairedDifference d = r.paired();
            return new ComparisonSummary.Line(false, l.label(), l.amount(refMean), l.amount(r.level().mean()),
                    l.amountDifference(d.diff()) + " " + interval(l, d), change(o, refMean, r), Caveats.humanitarian(o));
        }

        static String interval(OutcomeLabel l, PairedDifference d) {
            if (Double.isNaN(d.ciLow())) {
                return "";
            }
            return "[" + bound(l, d.ciLow()) + ", " + bound(l, d.ciHigh()) + "]";
        }

        private static String bound(OutcomeLabel l, double v) {
            return l.formatDifference(v).replace(" pp", "");
        }

        // ------------------------------------------------------------------------------------- answer

        /** A sentence answering the question from the results, each clause with its uncertainty. */
        String answer(Mentions m) {
            List<String> clauses = new ArrayList<>();
            for (String id : m.places()) {
                if (row(Outcome.CAPTURE_SHARE.of(id)) != null) {
                    clauses.add(placeClause(id));
                }
            }
            Set<String> outcomes = new LinkedHashSet<>();
            List<String> territorial = m.factions().stream().filter(f -> row(Outcome.FINAL_SHARE.of(f)) != null).toList();
            if (m.topics().contains(Mentions.Topic.TERRITORY) || !territorial.isEmpty()) {
                outcomes.addAll(territorial.isEmpty() ? largest(Outcome.FINAL_SHARE, 2)
                        : prefixed(Outcome.FINAL_SHARE, territorial));
            }
            if (m.topics().contains(Mentions.Topic.MONEY)) {
                List<String> taxed = m.factions().stream().filter(f -> row(Outcome.MINE_TAX_USD.of(f)) != null).toList();
                outcomes.addAll(taxed.isEmpty() ? largest(Outcome.MINE_TAX_USD, 2) : prefixed(Outcome.MINE_TAX_USD, taxed));
            }
            if (m.topics().contains(Mentions.Topic.MINERALS) || !m.powers().isEmpty()) {
                outcomes.addAll(flows(m));
            }
            if (m.topics().contains(Mentions.Topic.HUMANITARIAN)) {
                outcomes.add(Outcome.CIVILIAN_DEATHS.id());
                outcomes.add(Outcome.DISPLACED_PEAK.id());
            }
            for (String o : outcomes) {
                ComparisonRow r = row(o);
                boolean nothing = r != null && r.verdict() == Verdict.SAME && r.level().mean() == 0;
                if (r != null && r.verdict() != Verdict.NONE && !nothing) {
                    clauses.add(clause(o));
                }
            }
            if (clauses.isEmpty()) {
                for (String id : differingPlaces(m)) {
                    clauses.add(placeClause(id));
                }
                headlineOutcomes().stream().filter(o -> verdict(o) == Verdict.DIFFERS).forEach(o -> clauses.add(clause(o)));
            }
            String head = "Compared with " + ref + ", over " + n + " paired runs: ";
            boolean identical = c.comparison().outcomes().stream().map(this::verdict)
                    .allMatch(v -> v == Verdict.SAME || v == Verdict.NONE);
            if (identical) {
                return head + "every outcome is the same in every replicate.";
            }
            if (clauses.isEmpty()) {
                return head + "no headline outcome differs clearly (95% intervals include zero or the differences "
                        + "are below the outcomes' resolution).";
            }
            List<String> kept = clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size()));
            return head + String.join("; ", kept) + ".";
        }

        /** The family's outcomes for the ids, where the comparison has them. */
        List<String> prefixed(Outcome family, List<String> ids) {
            return ids.stream().map(family::of).filter(o -> row(o) != null).toList();
        }

        /** The {@code count} outcomes of this family whose difference is largest, those that differ first. */
        List<String> largest(Outcome family, int count) {
            return c.comparison().outcomes().stream().filter(o -> family.names(o) && row(o) != null)
                    .filter(o -> verdict(o) != Verdict.SAME && verdict(o) != Verdict.NONE)
                    .sorted(Comparator.comparing((String o) -> verdict(o) != Verdict.DIFFERS)
                            .thenComparing(o -> -Math.abs(diff(o))))
                    .limit(count).toList();
        }

        /** Mineral flows the question points at: to the powers it names, offtakes, else the largest changes. */
        List<String> flows(Mentions m) {
            List<String> out = new ArrayList<>();
            for (String p : m.powers()) {
                out.add(Outcome.FLOW_USD.of("offtake:" + p));
                names.powers().stream().filter(x -> x.id().equals(p) && !x.country().isEmpty())
                        .forEach(x -> out.add(Outcome.FLOW_USD.of("smuggled:" + x.country())));
            }
            c.comparison().outcomes().stream().filter(o -> Outcome.FLOW_USD.names(o) && Outcome.FLOW_USD.suffix(o).startsWith("offtake:"))
                    .filter(o -> verdict(o) != Verdict.SAME).forEach(out::add);
            List<String> present = out.stream().distinct().filter(o -> row(o) != null).toList();
            return present.isEmpty() ? largest(Outcome.FLOW_USD, 2) : present;
        }

        String placeClause(String id) {
            String place = names.placeName(id);
            double[] refDays = captureDays(0, id);
            double[] days = captureDays(k, id);
            long refTaken = Arrays.stream(refDays).filter(v -> !Double.isNaN(v)).count();
            long taken = Arrays.stream(days).filter(v -> !Double.isNaN(v)).count();
            if (refTaken == 0 && taken == 0) {
                return place + " is taken in neither";
            }
            String by = captor(k, id);
            String runs = taken + " of " + n + " runs" + (by.isEmpty() ? "" : " (" + by + ")");
            ComparisonRow share = row(Outcome.CAPTURE_SHARE.of(id));
            if (share.verdict() == Verdict.DIFFERS) {
                PairedDifference d = share.paired();
                return place + " is taken in " + runs + ", against " + refTaken + " (" + pp(d.diff()) + ", 95% CI "
                        + pp(d.ciLow()) + " to " + pp(d.ciHigh()) + ")";
            }
            ComparisonRow time = timeRow(id);
            Verdict v = time == null ? share.verdict() : time.verdict();
            if (v == Verdict.SAME) {
                return place + ": the same in every run (taken in " + runs + ")";
            }
            PairedDifference d = time.paired();
            String when = daysLaterOrEarlier(d, false) + " on average (95% CI " + signedDays(d.ciLow()) + " to "
                    + signedDays(d.ciHigh()) + " days)";
            if (v == Verdict.DIFFERS) {
                return place + " falls " + when + "; taken in " + runs;
            }
            return place + ": no clear difference (taken in " + runs + ", against " + refTaken + "; "
                    + (v == Verdict.NEGLIGIBLE ? "less than a day apart on average" : when) + ")";
        }

        String clause(String o) {
            OutcomeLabel l = OutcomeLabel.of(names, o);
            ComparisonRow r = row(o);
            ComparisonRow base = refRow(o);
            String label = l.label() + (Caveats.humanitarian(o) ? " " + ComparisonSummary.INDICATIVE : "");
            PairedDifference d = r.paired();
            String values = l.amount(r.level().mean()) + " against " + l.amount(base.level().mean());
            return switch (r.verdict()) {
                case SAME -> label + ": the same in every run (" + l.amount(r.level().mean()) + ")";
                case NEGLIGIBLE -> label + ": a difference below " + OutcomeUnits.of(o).resolutionText() + " ("
                        + values + ")";
                case UNCLEAR -> label + ": no clear difference (" + values + "; 95% CI of the difference "
                        + l.amountDifference(d.ciLow()) + " to " + l.amountDifference(d.ciHigh()) + ")";
                case DIFFERS -> {
                    String pct = change(o, base.level().mean(), r);
                    yield label + ": " + values + " (" + l.amountDifference(d.diff())
                            + (pct.isEmpty() ? "" : ", " + pct) + "; 95% CI " + l.amountDifference(d.ciLow()) + " to "
                            + l.amountDifference(d.ciHigh()) + ")";
                }
                case NONE -> label + ": not compared";
            };
        }

        static String pp(double share) {
            return String.format(Locale.ROOT, "%+.0f pp", share * 100).replace('-', '−');
        }

        static String signedDays(double v) {
            return (v > 0 ? "+" : v < 0 ? "−" : "") + days(Math.abs(v));
        }
    }
}
