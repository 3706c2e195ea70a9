package org.conflictsim.output.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.compare.Verdict;
import org.conflictsim.output.results.Caveats;

/**
 * What {@code compare} prints when it is done: first, for every compared scenario, its question and a
 * sentence answering it from the results; then, per scenario, the headline outcomes that clearly differ from
 * the reference (places with the runs in which they were taken and their median date, other outcomes in
 * their units, the difference with its 95% interval and the change in percent), those that do not clearly
 * differ, and how many more outcomes {@code comparison.csv} holds, by verdict; last, how to read the numbers
 * and the caveats that apply. Prose is wrapped at {@value #WIDTH} columns, table rows are not. The texts are
 * made by the report layer ({@code output.report.CompareHeadline}), which shows the same in {@code report.html};
 * also the p-value and effect-size texts the report's tables share.
 */
public final class ComparisonSummary {
    /** Column at which prose is wrapped. */
    static final int WIDTH = 100;
    private static final String COMPARISON = "comparison.csv";

    private ComparisonSummary() {
    }

    /**
     * One headline outcome that clearly differs, as text cells.
     *
     * @param place        whether it is a place (values: runs in which it was taken and the median date)
     * @param label        what it is
     * @param reference    the reference scenario's value
     * @param value        the compared scenario's value
     * @param difference   the difference with its 95% interval
     * @param change       the difference in percent of the reference's value, {@code new}, or empty
     * @param humanitarian whether {@link Caveats#HUMANITARIAN} applies
     */
    public record Line(boolean place, String label, String reference, String value, String difference, String change,
                       boolean humanitarian) {
    }

    /**
     * What is said about one compared scenario.
     *
     * @param scenario      its label
     * @param question      the question it asks (the reference's when it asks none)
     * @param answer        a sentence answering it from the results
     * @param lines         the headline outcomes that clearly differ, places first
     * @param morePlaces    sentences summing up the places that clearly differ beyond those listed
     * @param unclear       labels of the headline outcomes whose 95% interval includes zero
     * @param moreDiffering outcomes that clearly differ but are not listed
     * @param counts        every outcome of {@code comparison.csv} by verdict
     */
    public record Block(String scenario, String question, String answer, List<Line> lines, List<String> morePlaces,
                        List<String> unclear, int moreDiffering, Map<Verdict, Integer> counts) {
        public Block {
            lines = List.copyOf(lines);
            morePlaces = List.copyOf(morePlaces);
            unclear = List.copyOf(unclear);
            counts = Map.copyOf(counts);
        }

        /** Outcomes with the given verdict. */
        public int count(Verdict v) {
            return counts.getOrDefault(v, 0);
        }

        /** Whether a humanitarian figure is shown or named. */
        public boolean humanitarian() {
            return lines.stream().anyMatch(Line::humanitarian) || answer.contains(INDICATIVE);
        }
    }

    /** Marks a humanitarian figure in an answer. */
    public static final String INDICATIVE = "(indicative)";

    /**
     * Prints the summary.
     *
     * @param ref    label of the reference scenario
     * @param n      replicates per scenario
     * @param days   days simulated per run (the horizon)
     * @param blocks one per compared scenario, in comparison order
     */
    public static void print(PrintWriter out, String ref, int n, int days, List<Block> blocks) {
        if (blocks.isEmpty()) {
            out.println("Only one scenario: nothing to compare.");
            out.flush();
            return;
        }
        for (Block b : blocks) {
            wrap(out, "", b.scenario() + " against " + ref + (b.question().isBlank() ? "" : ": " + b.question()));
            wrap(out, "  ", "In short: " + b.answer());
            out.println();
        }
        for (Block b : blocks) {
            table(out, ref, b);
            out.println();
        }
        int varying = blocks.stream().mapToInt(b -> b.count(Verdict.DIFFERS) + b.count(Verdict.UNCLEAR)
                + b.count(Verdict.NEGLIGIBLE)).max().orElse(0);
        wrap(out, "", "How to read this: each difference is paired over " + n + " replicates run with the same seeds, "
                + "with its 95% confidence interval (t interval; Newcombe's for shares of runs). \"Differs\" means "
                + "the interval leaves out zero and the difference is at least the outcome's resolution (1 day, 1 "
                + "fighter, 1 person, US$1,000, 1 t, 0.1 percentage point of territory); smaller differences are "
                + "\"below resolution\" whatever their p-value. Dates are medians over all runs (a place not taken "
                + "counts as later than any date); \"later\" and \"earlier\" compare the mean time to capture within "
                + "the " + days + " days simulated, a place not taken counting as " + days
                + " days, so no run is left out. At 95%, about 1 in 20 outcomes without a real effect shows one by "
                + "chance: of " + varying + " outcomes not the same in every replicate, about "
                + Math.round(varying * 0.05) + " could.");
        if (blocks.stream().anyMatch(Block::humanitarian)) {
            wrap(out, "", "* " + Caveats.HUMANITARIAN);
        }
        wrap(out, "", Caveats.NOT_A_FORECAST);
        out.flush();
    }

    private static void table(PrintWriter out, String ref, Block b) {
        List<Line> places = b.lines().stream().filter(Line::place).toList();
        List<Line> others = b.lines().stream().filter(l -> !l.place()).toList();
        out.println(b.scenario() + " against " + ref + ": " + (b.lines().isEmpty()
                ? "no headline outcome differs clearly." : "headline outcomes that differ clearly"));
        if (!places.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"place taken", ref, b.scenario(), "difference [95% CI]"});
            places.forEach(l -> rows.add(new String[] {l.label(), l.reference(), l.value(), l.difference()}));
            columns(out, rows);
        }
        if (!others.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"outcome", ref, b.scenario(), "difference [95% CI]", "change"});
            others.forEach(l -> rows.add(new String[] {l.label() + (l.humanitarian() ? " *" : ""), l.reference(),
                l.value(), l.difference(), l.change()}));
            columns(out, rows);
        }
        for (String s : b.morePlaces()) {
            wrap(out, "  ", s);
        }
        if (!b.unclear().isEmpty()) {
            wrap(out, "  ", "No clear difference (95% CI includes zero): " + String.join("; ", b.unclear()) + ".");
        }
        StringBuilder count = new StringBuilder("Of all ").append(total(b)).append(" outcomes: ")
                .append(b.count(Verdict.DIFFERS)).append(" differ, ").append(b.count(Verdict.UNCLEAR))
                .append(" unclear, ").append(b.count(Verdict.NEGLIGIBLE)).append(" below resolution, ")
                .append(b.count(Verdict.SAME)).append(" the same in every replicate");
        if (b.count(Verdict.NONE) > 0) {
            count.append(", ").append(b.count(Verdict.NONE)).append(" without a paired difference (the note in ")
                    .append(COMPARISON).append(" says why)");
        }
        count.append(". ");
        count.append(b.moreDiffering() == 0 ? "All are in " + COMPARISON + "."
                : b.moreDiffering() + " more outcome" + (b.moreDiffering() == 1 ? " that differs is" : "s that differ are")
                        + " in " + COMPARISON + " and the report.");
        wrap(out, "  ", count.toString());
    }

    /** Prints rows as left-aligned columns two spaces apart, indented by two; the first row is the header. */
    private static void columns(PrintWriter out, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < r.length; i++) {
                line.append(' ').append(' ').append(r[i]).append(" ".repeat(w[i] - r[i].length()));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static int total(Block b) {
        return b.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Prints text wrapped at {@link #WIDTH} columns, every line starting with {@code indent}. */
    static void wrap(PrintWriter out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }

    /** A p-value as printed: three decimals, {@code <0.001} below that, {@code -} when there is none. */
    public static String pValue(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** An effect size (d_z, d_av) as printed: signed, two decimals, {@code -} when there is none. */
    public static String effect(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
