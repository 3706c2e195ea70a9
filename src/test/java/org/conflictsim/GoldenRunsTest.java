package org.conflictsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.results.RunWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden runs: for every shipped scenario, a short fixed-seed run whose {@code runs.csv},
 * {@code timeseries.csv} and {@code events.csv} SHA-256 digests are held here. A change to the model's
 * behaviour changes them; such a change must be deliberate, so the commit that updates a digest says why.
 * A restructuring that keeps the behaviour keeps every digest. The eastern-DRC what-ifs run 150 days, since their
 * first events come after day 60 (their 60-day runs equal the baseline's); kivu-2025 also runs a whole year.
 *
 * <p>To see the new digests after a deliberate change: {@code mvn -B test -Dtest=GoldenRunsTest} prints
 * each actual digest in the failure message.
 */
class GoldenRunsTest {

    private static final long MASTER_SEED = 20_241_201L;

    @ParameterizedTest(name = "{0}: {1} reps x {2} days")
    @CsvSource({
        // scenario, reps, days, runs.csv, timeseries.csv, events.csv
        "aid-freeze-only, 2, 150, "
            + "27d7142d2f02afe61decbf91b50129da9301e4c9b11934079eaee31b30a825d7, "
            + "9d6b74d12f001c9730fca5c1d1bb2352035b5dac5f3a5d0838116c29a917f5f3, "
            + "8d3de357ac88ef61669f994c3fedcc54f7c10fea4da2886939deeaad6a7a86ac",
        "backtest-2024-12, 2, 150, "
            + "14a70f27a0a19e9e72d8a5e67104836f597d28b03f947056431128ad2892c432, "
            + "400234a7b520275b3d738bcc7b6c1d605690f842185c4b0fd780d035f3f9765d, "
            + "e326c7af75c076119160b3513aa2d67cc64f13619b90f02c386823d08b2a0408",
        "ceasefire-2025, 2, 150, "
            + "97c1e127f8bb238637f9fdcf6e561872d3caec04f933ecd3689e8662dfc12b0b, "
            + "63999084dad60a0987dbfabfb78ce43e5c2ce2f5e2f8ed5b2a004af8ef9314b1, "
            + "f49d958da34338d36f41eb72ff5134001ef5c00dd29b3231e4ad7a2934f44169",
        "island-deal, 2, 60, "
            + "91ee062baec4788153cf3f5b46fe18f435ee70b005c37010d9b2ddd67895c491, "
            + "100dd8d421355d2efe1b0b03614e17b1954d7e9d359a2a378a7eb665d042a392, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "5be498025b4b70fea96748d2ce3c57dd89c6b298a65715008d4c5a75d1f8f0b9, "
            + "eeffb0e11a36ec51007d01afc3c21a1770496cc4d487d2f2dc207469b372db46, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "14a70f27a0a19e9e72d8a5e67104836f597d28b03f947056431128ad2892c432, "
            + "400234a7b520275b3d738bcc7b6c1d605690f842185c4b0fd780d035f3f9765d, "
            + "e326c7af75c076119160b3513aa2d67cc64f13619b90f02c386823d08b2a0408",
        "kivu-2025, 1, 365, "
            + "58b238cc0829c9d40bbd79bcbfc4b1b3fe8c2eb4e4012fc82f5afe8df6023112, "
            + "639995742d7536093b07ed980f287094ab61658377143e28a3363dbc57fc2315, "
            + "7bd20e5caf08cb147e39778a21121011a2580be532b377e9e1b20d85b7e943b5",
        "no-rwanda-support, 2, 150, "
            + "c9051073dabb61525e3d2b90f9dce391d56ecc5b32164646f1c4d94f46cc1ef1, "
            + "83d8b36bd310c604fa19fd7d2741e74de155a321b789230e3de181375c9f2b47, "
            + "8aa204eec538762a7d0819643160dae03fd33ca30ca557c7d78bffe168133e9d",
        "sanctions-escalation, 2, 150, "
            + "dad355a0f97f0bebdae510762965e434c8897fa9601e1780feb5f3de80849481, "
            + "39cdd2a38423c9896ae29774893734c3d6d4cd321c27199eee1087dfcd01b721, "
            + "dd307bab55c1e65e42ef74db38e7bf5fe1374b21e030d2df1b34d0fbb533a560",
        "us-minerals-for-security, 2, 150, "
            + "38cff50cff9e585e1a1a379b313794dbdc359d0d02f2ed2631c19799443a8874, "
            + "6ee961f3f6ad93ccb207e2c379098ad85202369e982f9f3e61fd0ebc4874e2c6, "
            + "cf5012768071978ec9d562def97abe5374710be24c2c201bba60f17448d3dd5c",
    })
    void digestsAreUnchanged(String name, int reps, int days, String runsDigest, String seriesDigest,
                             String eventsDigest, @TempDir Path dir) throws Exception {
        Scenario sc = TestScenarios.load(TestScenarios.DIR.resolve(name + ".yaml")).scenario();
        List<RunResult> runs = Replications.run(sc, MASTER_SEED, reps, days, 1, n -> { });
        Path runsCsv = dir.resolve("runs.csv");
        Path seriesCsv = dir.resolve("timeseries.csv");
        Path eventsCsv = dir.resolve("events.csv");
        RunWriter.runs(runsCsv, runs);
        RunWriter.timeseries(seriesCsv, sc.start(), runs);
        RunWriter.events(eventsCsv, runs);
        String actual = sha256(runsCsv) + " " + sha256(seriesCsv) + " " + sha256(eventsCsv);
        assertEquals(runsDigest + " " + seriesDigest + " " + eventsDigest, actual,
                name + " " + reps + "x" + days + ": runs.csv timeseries.csv events.csv digests");
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
