package org.conflictsim.experiment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.conflictsim.model.params.FactionKind;
import org.conflictsim.model.params.FactionSpec;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.model.state.LoggedEvent;

/**
 * Checks of a simulated year of the eastern-DRC scenario against what happened from 1 December 2024 to 30
 * November 2025 (issue "Limits of war"): Goma and Bukavu fall at about the right time, the offensive then stalls
 * (the places M23 did not take stay untaken in most runs), ground changes hands both ways, and M23's area at the
 * end is of the size a citable estimate gives. Each check says what was measured, against what, and whether it
 * is met; the backtest prints them at full size, a test at reduced size.
 */
public final class HistoryChecks {
    /** Goma fell on 26-27 January 2025 (press reports). */
    public static final LocalDate GOMA = LocalDate.of(2025, 1, 27);
    /** Bukavu fell on 14-16 February 2025 (press reports). */
    public static final LocalDate BUKAVU = LocalDate.of(2025, 2, 16);
    /** The last day of the year checked (day 364 from 1 December 2024). */
    public static final LocalDate END = LocalDate.of(2025, 11, 30);
    /** Places M23 had not taken by 30 November 2025 (press reports; Uvira fell on 10 December 2025). */
    public static final List<String> HELD = List.of("butembo", "beni", "bunia", "uvira", "kamituga", "shabunda",
            "misisi");
    /**
     * AFC/M23's area in late 2025: "roughly half the size of Belgium" (Critical Threats Project, AEI, September
     * 2025), about 15,300 km²; docs/SOURCES.md.
     */
    public static final double M23_AREA_KM2 = 15_300;
    /** The checks' tolerances (issue "Limits of war"). */
    public static final int GOMA_DAYS = 10;
    public static final int BUKAVU_DAYS = 15;
    public static final int GOMA_SPREAD_DAYS = 60;
    public static final double HELD_MAX_SHARE = 0.25;
    public static final double RECAPTURE_MIN_SHARE = 0.5;
    public static final double AREA_FACTOR = 1.5;

    private HistoryChecks() {
    }

    /** One check: what it is, what was measured, the target, whether it is met. */
    public record Check(String name, String measured, String target, boolean met) {
    }

    /**
     * Evaluates the checks on runs of a scenario that starts on 1 December 2024 and runs at least to 30 November
     * 2025.
     *
     * @param sc   the scenario
     * @param runs the runs
     * @return the checks, in the order
     */
    public static List<Check> evaluate(Scenario sc, List<RunResult> runs) {
        LocalDate start = sc.start();
        List<Check> out = new ArrayList<>();
        double[] goma = days(runs, "goma");
        double[] bukavu = days(runs, "bukavu");
        long gomaActual = ChronoUnit.DAYS.between(start, GOMA);
        long bukavuActual = ChronoUnit.DAYS.between(start, BUKAVU);
        double gomaMedian = quantile(goma, 0.5);
        double bukavuMedian = quantile(bukavu, 0.5);
        out.add(new Check("Goma's median fall", date(start, gomaMedian) + " (" + signed(gomaMedian - gomaActual)
                + "; fell in " + goma.length + "/" + runs.size() + ")", "within ±" + GOMA_DAYS + " d of " + GOMA,
                goma.length > 0 && Math.abs(gomaMedian - gomaActual) <= GOMA_DAYS));
        out.add(new Check("Bukavu's median fall", date(start, bukavuMedian) + " (" + signed(bukavuMedian - bukavuActual)
                + "; fell in " + bukavu.length + "/" + runs.size() + ")", "within ±" + BUKAVU_DAYS + " d of " + BUKAVU,
                bukavu.length > 0 && Math.abs(bukavuMedian - bukavuActual) <= BUKAVU_DAYS));
        double spread = quantile(goma, 0.95) - quantile(goma, 0.05);
        out.add(new Check("Goma's 5-95% range", date(start, quantile(goma, 0.05)) + " to "
                + date(start, quantile(goma, 0.95)) + " (" + Math.round(spread) + " d)",
                "narrower than " + GOMA_SPREAD_DAYS + " d", goma.length > 0 && spread < GOMA_SPREAD_DAYS));
        long endDay = ChronoUnit.DAYS.between(start, END);
        for (String place : HELD) {
            long fell = runs.stream().filter(r -> {
                double d = r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of(place), Double.NaN);
                return !Double.isNaN(d) && d <= endDay;
            }).count();
            double share = (double) fell / runs.size();
            out.add(new Check(name(sc, place) + " taken by " + END, String.format(Locale.ROOT, "%.0f%% of runs",
                    100 * share), "at most " + Math.round(100 * HELD_MAX_SHARE) + "%", share <= HELD_MAX_SHARE));
        }
        Map<String, Integer> where = new TreeMap<>();
        long withRecapture = 0;
        for (RunResult r : runs) {
            boolean any = false;
            for (LoggedEvent e : r.events()) {
                if (e.type().equals("recapture") && e.day() <= endDay && governmentSide(sc, e.actor())) {
                    where.merge(e.subject(), 1, Integer::sum);
                    any = true;
                }
            }
            if (any) {
                withRecapture++;
            }
        }
        double recaptureShare = (double) withRecapture / runs.size();
        StringBuilder top = new StringBuilder();
        where.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5).forEach(e ->
                top.append(top.length() == 0 ? "" : ", ").append(e.getKey()).append(" ").append(e.getValue()));
        out.add(new Check("FARDC side retakes a named place or a mine", String.format(Locale.ROOT,
                "%.0f%% of runs%s", 100 * recaptureShare, top.length() == 0 ? "" : " (most often: " + top + ")"),
                "at least " + Math.round(100 * RECAPTURE_MIN_SHARE) + "% of runs", recaptureShare >= RECAPTURE_MIN_SHARE));
        double theatreKm2 = sc.world().theatreCellCount() * sc.world().cellAreaKm2();
        double[] area = runs.stream().mapToDouble(r -> r.outcomes().getOrDefault(Outcome.FINAL_SHARE.of("M23"), Double.NaN)
                * theatreKm2).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double areaMedian = quantile(area, 0.5);
        out.add(new Check("M23's area at the end", String.format(Locale.ROOT, "median %,.0f km²", areaMedian),
                String.format(Locale.ROOT, "%,.0f-%,.0f km² (within %.1fx of %,.0f km²)", M23_AREA_KM2 / AREA_FACTOR,
                        M23_AREA_KM2 * AREA_FACTOR, AREA_FACTOR, M23_AREA_KM2),
                areaMedian >= M23_AREA_KM2 / AREA_FACTOR && areaMedian <= M23_AREA_KM2 * AREA_FACTOR));
        return out;
    }

    private static boolean governmentSide(Scenario sc, String faction) {
        String gov = null;
        for (FactionSpec f : sc.factions()) {
            if (f.kind() == FactionKind.GOVERNMENT) {
                gov = f.id();
                break;
            }
        }
        if (gov == null) {
            return false;
        }
        if (faction.equals(gov)) {
            return true;
        }
        for (FactionSpec f : sc.factions()) {
            if (f.id().equals(faction)) {
                return f.allies().contains(gov) || gov.equals(f.fightsFor());
            }
        }
        return false;
    }

    private static String name(Scenario sc, String place) {
        return sc.world().places().stream().filter(p -> p.id().equals(place)).map(p -> p.name()).findFirst()
                .orElse(place);
    }

    private static double[] days(List<RunResult> runs, String place) {
        return runs.stream().mapToDouble(r -> r.outcomes().getOrDefault(Outcome.CAPTURE_DAY.of(place), Double.NaN))
                .filter(x -> !Double.isNaN(x)).sorted().toArray();
    }

    /** The p-quantile of sorted values (linear interpolation), NaN when empty. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double[] x = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(x.length - 1, lo + 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    private static String date(LocalDate start, double day) {
        return Double.isNaN(day) ? "-" : start.plusDays(Math.round(day)).toString();
    }

    private static String signed(double days) {
        return Double.isNaN(days) ? "-" : String.format(Locale.ROOT, "%+.0f d", days);
    }
}
