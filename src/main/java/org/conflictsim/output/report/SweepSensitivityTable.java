package org.conflictsim.output.report;

import static org.conflictsim.output.report.ReportHtml.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictsim.experiment.sensitivity.SensitivityReport;
import org.conflictsim.output.charts.CompactFormat;
import org.conflictsim.output.charts.OutcomeLabel;
import org.conflictsim.output.charts.SweepData;
import org.conflictsim.output.charts.SweepOutcome;

/**
 * The sensitivity section of a sweep's report: for each charted outcome, the indices of every parameter
 * with their 95% intervals (Sobol S1 and ST, or Morris μ*, μ and σ), most important first; and, folded
 * away, the ranking of the parameters for every outcome of {@code sensitivity.csv}.
 */
final class SweepSensitivityTable {
    private static final int RANKED = 3;

    private SweepSensitivityTable() {
    }

    /** Appends the section; nothing when the design has no sensitivity indices. */
    static void html(StringBuilder h, SweepData d) {
        if (d.sensitivity().isEmpty()) {
            return;
        }
        boolean sobol = d.sensitivity().get(0).method().equals("sobol");
        String key = sobol ? "ST" : "mu_star";
        h.append("<h2 id=\"sensitivity\">Sensitivity</h2>\n<p class=\"muted\">");
        if (sobol) {
            h.append("Sobol indices: the share of the outcome's variance due to a parameter alone (first order, S1) "
                    + "and with all its interactions (total, ST); 95% bootstrap intervals over the base samples; n: "
                    + "complete base samples.");
        } else {
            h.append("Morris elementary effects: μ*, the mean absolute change of the outcome when a parameter moves,"
                    + " scaled to a move across its whole range (in the outcome's unit; percentage points for "
                    + "shares), with its 95% bootstrap interval over trajectories; μ, the mean signed effect; σ, how "
                    + "much the effect varies; n: trajectories.");
        }
        h.append(" From <a href=\"").append(SweepRendering.SENSITIVITY).append("\">").append(SweepRendering.SENSITIVITY)
                .append("</a>.</p>\n");
        h.append("<p class=\"note\">").append(esc(SensitivityReport.noiseNote(d.meta().getOrDefault("seed_mode",
                "per-point"), d.replications()))).append("</p>\n");
        for (SweepOutcome o : d.outcomes()) {
            List<SensitivityReport.Index> main = sorted(d.indices(o.name(), key));
            if (main.isEmpty()) {
                continue;
            }
            h.append("<h3>").append(esc(o.label().withUnit())).append(" <code>").append(esc(o.name()))
                    .append("</code></h3>\n");
            double scale = o.label().percent() ? 100 : o.label().scale();
            noise(h, d, o, scale);
            boolean adjusted = !d.indices(o.name(), sobol ? "ST_adj" : "sigma_adj").isEmpty();
            h.append("<table>\n<tr><th>parameter</th>");
            h.append(sobol ? "<th>S1</th><th>95% interval</th><th>ST</th><th>95% interval</th>"
                    : "<th>μ*</th><th>95% interval</th><th>μ</th><th>σ</th>");
            if (adjusted) {
                h.append(sobol ? "<th>S1 without noise</th><th>ST without noise</th><th>95% interval</th>"
                        : "<th>μ* of noise alone</th><th>σ without noise</th>");
            }
            h.append("<th>n</th></tr>\n");
            for (SensitivityReport.Index i : main) {
                h.append("<tr><td><code>").append(esc(i.parameter())).append("</code></td>");
                if (sobol) {
                    SensitivityReport.Index s1 = find(d, o.name(), i.parameter(), "S1");
                    cells(h, s1, 1, true);
                    cells(h, i, 1, true);
                    if (adjusted) {
                        cells(h, find(d, o.name(), i.parameter(), "S1_adj"), 1, false);
                        cells(h, find(d, o.name(), i.parameter(), "ST_adj"), 1, true);
                    }
                } else {
                    cells(h, i, scale, true);
                    cells(h, find(d, o.name(), i.parameter(), "mu"), scale, false);
                    cells(h, find(d, o.name(), i.parameter(), "sigma"), scale, false);
                    if (adjusted) {
                        cells(h, find(d, o.name(), i.parameter(), "mu_star_noise"), scale, false);
                        cells(h, find(d, o.name(), i.parameter(), "sigma_adj"), scale, false);
                    }
                }
                h.append("<td class=\"n\">").append(i.estimate().n()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        ranking(h, d, key);
    }

    /** The replicate noise of an outcome in a sentence, when the sweep could estimate it. */
    private static void noise(StringBuilder h, SweepData d, SweepOutcome o, double scale) {
        List<SensitivityReport.Index> sd = d.indices(o.name(), SensitivityReport.NOISE_SD);
        if (sd.isEmpty()) {
            return;
        }
        h.append("<p class=\"muted\">Replicate noise: runs of one point differ by a standard deviation of ")
                .append(number(sd.get(0).estimate().value() * scale))
                .append(o.label().percent() ? " percentage points" : o.label().unit().isEmpty() ? ""
                        : " " + esc(o.label().unit()));
        List<SensitivityReport.Index> share = d.indices(o.name(), SensitivityReport.NOISE_SHARE);
        if (!share.isEmpty()) {
            h.append("; ").append(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share.get(0).estimate().value()))
                    .append(" of the variance of the point means is that noise");
        }
        h.append(".</p>\n");
    }

    private static void cells(StringBuilder h, SensitivityReport.Index i, double scale, boolean interval) {
        double v = i == null ? Double.NaN : i.estimate().value() * scale;
        h.append("<td class=\"n\">").append(number(v)).append("</td>");
        if (interval) {
            double lo = i == null ? Double.NaN : i.estimate().ciLow() * scale;
            double hi = i == null ? Double.NaN : i.estimate().ciHigh() * scale;
            h.append("<td class=\"n\">").append(Double.isNaN(lo) ? "–" : number(lo) + " – " + number(hi))
                    .append("</td>");
        }
    }

    private static void ranking(StringBuilder h, SweepData d, String key) {
        Map<String, List<SensitivityReport.Index>> byOutcome = new LinkedHashMap<>();
        for (SensitivityReport.Index i : d.sensitivity()) {
            if (i.index().equals(key)) {
                byOutcome.computeIfAbsent(i.outcome(), k -> new ArrayList<>()).add(i);
            }
        }
        h.append("<details><summary>The most influential parameters for each of the ").append(byOutcome.size())
                .append(" outcomes (by ").append(key.equals("ST") ? "total index ST" : "μ*").append(")</summary>\n")
                .append("<table>\n<tr><th>outcome</th>");
        for (int k = 1; k <= RANKED; k++) {
            h.append("<th>").append(k).append(k == 1 ? "st" : k == 2 ? "nd" : "rd").append("</th>");
        }
        h.append("</tr>\n");
        OutcomeLabel.Names names = SweepData.names(d.meta());
        for (Map.Entry<String, List<SensitivityReport.Index>> e : byOutcome.entrySet()) {
            OutcomeLabel l = OutcomeLabel.of(e.getKey(), names);
            double scale = key.equals("ST") ? 1 : l.percent() ? 100 : l.scale();
            List<SensitivityReport.Index> s = sorted(e.getValue());
            h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td>");
            for (int k = 0; k < RANKED; k++) {
                h.append("<td>");
                if (k < s.size() && !Double.isNaN(s.get(k).estimate().value())) {
                    h.append("<code>").append(esc(s.get(k).parameter())).append("</code> ")
                            .append(number(s.get(k).estimate().value() * scale));
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</details>\n");
    }

    private static SensitivityReport.Index find(SweepData d, String outcome, String parameter, String index) {
        for (SensitivityReport.Index i : d.indices(outcome, index)) {
            if (i.parameter().equals(parameter)) {
                return i;
            }
        }
        return null;
    }

    /** Largest value first, NaN last. */
    private static List<SensitivityReport.Index> sorted(List<SensitivityReport.Index> in) {
        List<SensitivityReport.Index> out = new ArrayList<>(in);
        out.sort(Comparator.comparingDouble(i -> Double.isNaN(i.estimate().value()) ? Double.POSITIVE_INFINITY
                : -i.estimate().value()));
        return out;
    }

    /** Two decimals below 10, compact above ({@code 0.42}, {@code 37.5}, {@code 1.2 k}). */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return esc(CompactFormat.text(v));
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.2f", v);
    }
}
