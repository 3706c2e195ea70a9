package org.conflictsim.output.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The charts of one outcome of a complete sweep ({@link SweepData}): for Morris and Saltelli designs the
 * sensitivity charts (Sobol bars, or Morris μ* bars and μ*–σ), then heatmaps for every pair of parameters of
 * a full factorial, or scatter plots against each parameter for the other designs.
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    /** The charts of one outcome: sensitivity first, then heatmaps or scatter plots. */
    public static List<Figure> figures(SweepData d, SweepOutcome o, List<String> notes) {
        List<Figure> out = new ArrayList<>();
        switch (d.designType()) {
            case "saltelli" -> {
                Figure f = SensitivityCharts.sobol(d, o, notes);
                if (f != null) {
                    out.add(f);
                }
            }
            case "morris" -> out.addAll(SensitivityCharts.morris(d, o, notes));
            default -> {
            }
        }
        out.addAll(d.grid() ? SweepHeatmaps.figures(d, o) : SweepScatter.figures(d, o));
        return out;
    }
}
