package org.conflictsim.output.charts;

import org.conflictsim.output.Caveats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.conflictsim.experiment.compare.Verdict;

/**
 * What {@code compare} prints when it is done, made from the files of its folder: first, for every compared
 * scenario, its question and a sentence answering it ({@link CompareHeadline}); then, per scenario, the
 * headline outcomes that clearly differ from the reference (capture dates as dates, values in their units,
 * the difference with its 95% interval and the change in percent), those that do not clearly differ, and how
 * many more outcomes {@code comparison.csv} holds; last, how to read the numbers and the caveats that apply.
 * Lines are wrapped at {@value #WIDTH} columns except the table rows.
 */
public final class CompareSummary {
    /** Column at which prose is wrapped. */
    static final int WIDTH = 100;

    private CompareSummary() {
    }

    /** Prints the summary of a compare folder. */
    public static void print(PrintWriter out, CompareResults c) {
        List<CompareHeadline.Block> blocks = CompareHeadline.of(c);
        String ref = c.labels().get(0);
        int n = c.manifest().replications();
        if (blocks.isEmpty()) {
            out.println("Only one scenario: nothing to compare.");
            out.flush();
            return;
        }
        for (CompareHeadline.Block b : blocks) {
            wrap(out, "", b.scenario() + " against " + ref + (b.question().isBlank() ? "" : ": " + b.question()));
            wrap(out, "  ", "In short: " + b.answer());
            out.println();
        }
        for (CompareHeadline.Block b : blocks) {
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
                + "the " + c.manifest().days() + " days simulated, a place not taken counting as " + c.manifest().days()
                + " days, so no run is left out. At 95%, about 1 in 20 outcomes without a real effect shows one by "
                + "chance: of " + varying + " outcomes not the same in every replicate, about "
                + Math.round(varying * 0.05) + " could.");
        if (blocks.stream().anyMatch(CompareHeadline.Block::humanitarian)) {
            wrap(out, "", "* " + Caveats.HUMANITARIAN);
        }
        wrap(out, "", Caveats.NOT_A_FORECAST);
        out.flush();
    }

    private static void table(PrintWriter out, String ref, CompareHeadline.Block b) {
        List<CompareHeadline.Line> places = b.lines().stream().filter(CompareHeadline.Line::place).toList();
        List<CompareHeadline.Line> others = b.lines().stream().filter(l -> !l.place()).toList();
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
                    .append(CompareResults.COMPARISON).append(" says why)");
        }
        count.append(". ");
        count.append(b.moreDiffering() == 0 ? "All are in " + CompareResults.COMPARISON + "."
                : b.moreDiffering() + " more outcome" + (b.moreDiffering() == 1 ? " that differs is" : "s that differ are")
                        + " in " + CompareResults.COMPARISON + " and the report.");
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

    private static int total(CompareHeadline.Block b) {
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
}
