package org.conflictsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnsembleBandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "q({1}) of {0} = {2}")
    @CsvSource({
        "'1', 0.05, 1",
        "'1 2', 0.5, 1.5",
        "'1 2 3 4 5', 0.0, 1",
        "'1 2 3 4 5', 1.0, 5",
        "'1 2 3 4 5', 0.05, 1.2",
        "'1 2 3 4 5', 0.95, 4.8",
        "'0 10', 0.25, 2.5",
    })
    void quantileInterpolatesBetweenOrderStatistics(String values, double p, double expected) {
        double[] xs = java.util.Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(expected, org.conflictsim.output.results.Band.quantile(xs, p), 1e-12);
    }

    @Test
    void aQuotedFieldWithALineBreakIsOneField() throws Exception {
        write("run,day,date,metric,entity,value", "0,0,2025-01-01,territory_share,\"GOV\nnorth\",0.5",
                "0,0,2025-01-01,territory_share,\"say \"\"hi\"\"\",0.25");
        EnsembleBand band = EnsembleBand.read(dir);
        assertEquals(List.of("GOV\nnorth", "say \"hi\""), band.factions());
    }

    @Test
    void theCompressedFileOfARunIsRead() throws Exception {
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(dir.resolve("timeseries.csv.gz")))) {
            out.write(("run,day,date,metric,entity,value\n0,0,2025-01-01,territory_share,GOV,0.5\n"
                    + "1,0,2025-01-01,territory_share,GOV,0.7\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        EnsembleBand band = EnsembleBand.read(dir);
        assertEquals(2, band.runs());
        assertArrayEquals(new double[] {0.51}, band.band("GOV").low(), 1e-12);
    }

    private void write(String... lines) throws IOException {
        Files.writeString(dir.resolve("timeseries.csv"), String.join("\n", lines) + "\n");
    }

    @Test
    void readsTheFiveToNinetyFivePercentBandPerFactionAndDay() throws Exception {
        StringBuilder sb = new StringBuilder("run,day,date,metric,entity,value\n");
        for (int run = 0; run < 5; run++) {
            for (int day = 0; day < 2; day++) {
                sb.append(run).append(',').append(day).append(",2025-01-0").append(day + 1)
                        .append(",territory_share,GOV,").append(0.5 + 0.1 * run + day * 0.01).append('\n');
                sb.append(run).append(',').append(day).append(",2025-01-0").append(day + 1)
                        .append(",territory_share,REB,").append(0.5 - 0.1 * run).append('\n');
                sb.append(run).append(',').append(day).append(",2025-01-0").append(day + 1)
                        .append(",mines_held,GOV,3\n");
            }
        }
        Files.writeString(dir.resolve("timeseries.csv"), sb.toString());
        EnsembleBand band = EnsembleBand.read(dir);
        assertEquals(5, band.runs());
        assertEquals(List.of("GOV", "REB"), band.factions());
        // GOV on day 0: 0.5, 0.6, 0.7, 0.8, 0.9 -> q05 = 0.52, q95 = 0.88
        assertArrayEquals(new double[] {0.52, 0.53}, band.band("GOV").low(), 1e-12);
        assertArrayEquals(new double[] {0.88, 0.89}, band.band("GOV").high(), 1e-12);
        assertArrayEquals(new double[] {0.12, 0.12}, band.band("REB").low(), 1e-12);
        assertNull(band.band("M23"));
    }

    @Test
    void aMissingFileIsReportedAsMissing() {
        EnsembleBand.BandException e = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir));
        assertTrue(e.missing());
        assertEquals(dir.resolve("timeseries.csv.gz") + ": not found (expected the results folder of an earlier run, "
                + "with its daily series, or of a compare, with bands.csv)", e.getMessage());
    }

    @Test
    void aCompareFolderGivesTheBandOfTheScenarioShownOrOfTheBaseline() throws Exception {
        java.io.StringWriter o = new java.io.StringWriter();
        int code = org.conflictsim.cli.Main.execute(new String[] {"compare", "scenarios/island.yaml",
            "scenarios/island-deal.yaml", "--reps", "3", "--days", "40", "--out", dir.toString()},
                new java.io.PrintWriter(o), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, code, o.toString());
        Path folder;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            folder = s.filter(p -> p.getFileName().toString().startsWith("compare-")).findFirst().orElseThrow();
        }
        EnsembleBand deal = EnsembleBand.read(folder, "island-deal");
        EnsembleBand base = EnsembleBand.read(folder, "no-such-scenario");
        assertEquals(3, deal.runs(), "replications from the compare's manifest");
        assertEquals(List.of("GOV", "REB"), deal.factions());
        assertEquals(40, deal.band("GOV").days());
        for (int d = 0; d < 40; d++) {
            assertTrue(deal.band("REB").low()[d] <= deal.band("REB").high()[d], "day " + d);
        }
        // the band is the one compare wrote: each scenario's own rows of bands.csv
        List<String> rows = Files.readAllLines(folder.resolve("bands.csv"));
        String day10 = rows.stream().filter(l -> l.startsWith("island,10,") && l.contains(",territory_share,REB,"))
                .findFirst().orElseThrow();
        String[] c = day10.split(",");
        assertEquals(Double.parseDouble(c[6]), base.band("REB").low()[10], 0.0);
        assertEquals(Double.parseDouble(c[7]), base.band("REB").high()[10], 0.0);
    }

    @Test
    void aCompareBandIsChosenByLabelOrIdAndItsFaultsNameFileAndLine() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"command": "compare", "masterSeed": "7", "replications": 4, "days": 2, "scenarios": [
                  {"label": "island", "id": "island", "start": "2025-01-01"},
                  {"label": "deal", "id": "island-deal", "start": "2025-01-01"}]}
                """);
        String header = "scenario,day,date,metric,entity,mean,p05,p95\n";
        String rows = "island,0,2025-01-01,territory_share,GOV,0.5,0.4,0.6\n"
                + "island,1,2025-01-02,territory_share,GOV,0.5,0.45,0.65\n"
                + "deal,0,2025-01-01,fighters,GOV,900,800,1000\n"
                + "deal,0,2025-01-01,territory_share,GOV,0.3,0.2,0.35\n";
        Files.writeString(dir.resolve("bands.csv"), header + rows + "deal,1,2025-01-02,territory_share,GOV,0.3,0.25,0.4\n");
        EnsembleBand deal = EnsembleBand.read(dir, "island-deal");
        assertEquals(4, deal.runs());
        assertArrayEquals(new double[] {0.2, 0.25}, deal.band("GOV").low(), 0.0);
        assertArrayEquals(new double[] {0.35, 0.4}, deal.band("GOV").high(), 0.0);
        assertArrayEquals(new double[] {0.2, 0.25}, EnsembleBand.read(dir, "deal").band("GOV").low(), 0.0,
                "by label too");
        assertArrayEquals(new double[] {0.4, 0.45}, EnsembleBand.read(dir).band("GOV").low(), 0.0, "the baseline");

        Files.writeString(dir.resolve("bands.csv"), header + rows + "deal,1,2025-01-02,territory_share,GOV,0.3,0.25,x\n");
        EnsembleBand.BandException bad = assertThrows(EnsembleBand.BandException.class,
                () -> EnsembleBand.read(dir, "island-deal"));
        assertFalse(bad.missing());
        assertTrue(bad.getMessage().startsWith(dir.resolve("bands.csv") + ":6: "), bad.getMessage());

        Files.writeString(dir.resolve("bands.csv"), header + rows + "deal,1,2025-01-02,territory_share,GOV,0.3,0.25,1.5\n");
        bad = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir, "island-deal"));
        assertEquals(dir.resolve("bands.csv") + ": territory_share of GOV in deal on day 1: the band 0.25 to 1.5 is not"
                + " within 0 to 1", bad.getMessage());

        Files.delete(dir.resolve("manifest.json"));
        bad = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir));
        assertTrue(bad.missing());
        assertTrue(bad.getMessage().startsWith(dir.resolve("manifest.json") + ": not found"), bad.getMessage());
    }

    @Test
    void aWrongHeaderNamesLineOne() throws Exception {
        write("run,day,metric,value", "0,0,territory_share,0.5");
        EnsembleBand.BandException e = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir));
        assertFalse(e.missing());
        assertEquals(dir.resolve("timeseries.csv") + ":1: expected the header run,day,date,metric,entity,value, got "
                + "run,day,metric,value", e.getMessage());
    }

    @Test
    void aBadShareNamesItsLine() throws Exception {
        write("run,day,date,metric,entity,value", "0,0,2025-01-01,territory_share,GOV,0.5",
                "0,1,2025-01-02,territory_share,GOV,1.5");
        EnsembleBand.BandException e = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir));
        assertEquals(dir.resolve("timeseries.csv") + ":3: bad day or territory share: day 1, share 1.5",
                e.getMessage());
    }

    @Test
    void noTerritoryRowsIsInvalid() throws Exception {
        write("run,day,date,metric,entity,value", "0,0,2025-01-01,mines_held,GOV,3");
        EnsembleBand.BandException e = assertThrows(EnsembleBand.BandException.class, () -> EnsembleBand.read(dir));
        assertFalse(e.missing());
        assertEquals(dir.resolve("timeseries.csv") + ": no territory_share rows", e.getMessage());
    }
}
