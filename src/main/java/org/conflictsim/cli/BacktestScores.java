package org.conflictsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.conflictsim.experiment.Outcome;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.experiment.scoring.NullModel;
import org.conflictsim.experiment.scoring.Score;

/**
 * Proper scores of the backtest's ensemble against what happened, each with a skill score against a stated null
 * model: the CRPS of each capture date (a run without the capture counts as captured the day after the horizon,
 * the earliest day consistent with it; null model: any day of the horizon equally likely), and the Brier and log
 * scores of "Bukavu fell after Goma" (null model: either order equally likely).
 */
final class BacktestScores {
    private BacktestScores() {
    }

    /**
     * One score.
     *
     * @param measure what is scored
     * @param entity  the place, or empty
     * @param score   the score, its null model's and the skill
     */
    record Row(String measure, String entity, Score score) {
    }

    static List<Row> of(LocalDate start, int days, List<RunResult> runs) {
        List<Row> out = new ArrayList<>();
        NullModel uniform = new NullModel.Uniform(0, days, "any day of the " + days + "-day horizon equally likely");
        double[] w = new double[runs.size()];
        Arrays.fill(w, 1.0 / runs.size());
        for (BacktestCommand.Actual a : BacktestCommand.ACTUALS) {
            double[] d = new double[runs.size()];
            for (int i = 0; i < d.length; i++) {
                double v = runs.get(i).outcomes().getOrDefault(Outcome.CAPTURE_DAY.of(a.place()), Double.NaN);
                d[i] = Double.isNaN(v) ? days : v;
            }
            double actual = ChronoUnit.DAYS.between(start, a.date());
            out.add(new Row("capture_date", a.place(), Score.crps(d, w, actual, uniform, "days")));
        }
        int after = 0;
        for (RunResult r : runs) {
            double g = r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of("goma"), Double.NaN);
            double b = r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of("bukavu"), Double.NaN);
            // never captured is later than any day: Goma taken and Bukavu not counts as "after"
            boolean isAfter = !Double.isNaN(g) && (Double.isNaN(b) || b > g);
            after += isAfter ? 1 : 0;
        }
        Score[] e = Score.event((double) after / runs.size(), runs.size(), true,
                new NullModel.Probability(0.5, "either order equally likely"));
        out.add(new Row("bukavu_after_goma", "", e[0]));
        out.add(new Row("bukavu_after_goma", "", e[1]));
        return out;
    }

    static void print(PrintWriter o, List<Row> rows) {
        o.printf(Locale.ROOT, "%nProper scores against what happened (lower is better; skill = 1 - score / null"
                + " model's score)%n");
        o.printf(Locale.ROOT, "%-26s %-6s %10s %10s %8s   %s%n", "measure", "rule", "score", "null", "skill", "null model");
        for (Row r : rows) {
            Score s = r.score();
            o.printf(Locale.ROOT, "%-26s %-6s %10.3f %10.3f %8.2f   %s%n", r.measure() + (r.entity().isEmpty() ? ""
                    : " " + r.entity()), s.rule(), s.score(), s.reference(), s.skill(), s.nullModel()
                    + (s.rule().equals("CRPS") ? " (CRPS in days)" : ""));
        }
        o.flush();
    }

    static void writeCsv(Path file, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("measure,entity,rule,score,null_score,skill,unit,null_model\n");
            for (Row r : rows) {
                Score s = r.score();
                w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,\"%s\"%n", r.measure(), r.entity(), s.rule(),
                        s.score(), s.reference(), s.skill(), s.unit(), s.nullModel()));
            }
        }
    }
}
