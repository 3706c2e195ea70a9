package org.conflictsim.output.results;

import org.conflictsim.experiment.discover.Discovery;
import org.conflictsim.experiment.discover.Prim;
import org.conflictsim.files.CsvField;

/** The data files of a scenario discovery, as text: {@code trajectory.csv} and {@code box.csv}. */
public final class DiscoveryCsv {
    private DiscoveryCsv() {
    }

    /** {@code trajectory.csv}: every box of the peeling trajectory with its statistics and ranges. */
    public static String trajectoryCsv(Discovery d) {
        StringBuilder sb = new StringBuilder("box,coverage,density,mass,cases,hits,restricted_dimensions");
        for (Discovery.Dimension dim : d.dimensions()) {
            sb.append(',').append(CsvField.field(dim.name()));
        }
        sb.append('\n');
        for (int i = 0; i < d.trajectory().size(); i++) {
            Prim.Box b = d.trajectory().get(i);
            sb.append(i).append(',').append(CalibrationCsv.n(b.coverage())).append(',')
                    .append(CalibrationCsv.n(b.density())).append(',').append(CalibrationCsv.n(b.mass())).append(',')
                    .append(b.cases()).append(',').append(b.hits()).append(',').append(b.restrictions());
            for (int j = 0; j < d.dimensions().size(); j++) {
                sb.append(',').append(CsvField.field(b.restricted()[j] ? d.range(b, j) : ""));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code box.csv}: the chosen box parameter by parameter, with each restriction lifted. */
    public static String boxCsv(Discovery d) {
        Prim.Box b = d.box();
        Prim.Box all = d.trajectory().get(0);
        StringBuilder sb = new StringBuilder("parameter,path,restricted,box_range,sweep_range,coverage_without,"
                + "density_without,quasi_p_value\n");
        for (int j = 0; j < d.dimensions().size(); j++) {
            Discovery.Dimension dim = d.dimensions().get(j);
            Prim.Lifted lift = null;
            for (Prim.Lifted l : d.lifted()) {
                if (l.dimension() == j) {
                    lift = l;
                }
            }
            sb.append(CsvField.field(dim.name())).append(',').append(CsvField.field(dim.path())).append(',')
                    .append(b.restricted()[j]).append(',').append(CsvField.field(d.range(b, j))).append(',')
                    .append(CsvField.field(d.range(all, j))).append(',')
                    .append(lift == null ? "" : CalibrationCsv.n(lift.coverage())).append(',')
                    .append(lift == null ? "" : CalibrationCsv.n(lift.density())).append(',')
                    .append(lift == null ? "" : CalibrationCsv.n(lift.pValue())).append('\n');
        }
        return sb.toString();
    }
}
