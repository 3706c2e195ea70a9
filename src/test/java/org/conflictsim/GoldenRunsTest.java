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
            + "b6f97e7c51c14f42fb86ebac3dc080793fc0e1b261951500d143458a85a6c024, "
            + "babe0364cf89a10d7a824a650bc9d4cfd8ba54a18754b4d22a5e081a01b0339a, "
            + "004922764046a4c44eda2403397494883cdd5130f86aaf9cdbe51e96f8d6bfc9",
        "backtest-2024-12, 2, 150, "
            + "df2583d2f5063e5596ee3d04e7a2fd476cc2ba0164d951d40a6f110019d8669c, "
            + "5cb7e8a72015949e2c75d1cf8a0711c432e31c79e454314911202b473a3817c9, "
            + "353783b745805f1183dd3f7efb2850fa135681d19a39d1bb4b33af6f678604ef",
        "ceasefire-2025, 2, 150, "
            + "9e869144230e5b57a66c123a88baef6b765a10f604517a8c36810350d61644cb, "
            + "762ad581e7b292f3d5cc020ba60e5ccb7a5607375d471ed5b381dd91761d1953, "
            + "4b4872073b247705403453bf2bde3a248b738f6f2691100279a01862006443c2",
        "island-deal, 2, 60, "
            + "d25e2437a795d2b376db528e0d1a504e673959022a3c06f4f645254f98e29ff9, "
            + "6ac3e21575c0946337a9c606c78c81092b4f033bab8de72599be4eb2698426c2, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "5be498025b4b70fea96748d2ce3c57dd89c6b298a65715008d4c5a75d1f8f0b9, "
            + "eeffb0e11a36ec51007d01afc3c21a1770496cc4d487d2f2dc207469b372db46, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "df2583d2f5063e5596ee3d04e7a2fd476cc2ba0164d951d40a6f110019d8669c, "
            + "5cb7e8a72015949e2c75d1cf8a0711c432e31c79e454314911202b473a3817c9, "
            + "353783b745805f1183dd3f7efb2850fa135681d19a39d1bb4b33af6f678604ef",
        "kivu-2025, 1, 365, "
            + "c6a92291207333897cbb1b2769928b066e8c48894387bc7f22fd106fe0ab0bd2, "
            + "fdb1a186bf80f95f3ff4819558e4daf95d3079af12834d39d084065fb9d6e20e, "
            + "f4fb76f46adb55faefedb7be54894d40a0e78ed7a4af301d6f7a1a0fb55d8dcb",
        "no-rwanda-support, 2, 150, "
            + "35ba397c3c563be3eb7ef0876c835edc3204269a0d2e1c043c5cdf75715b057b, "
            + "bdf25347017a15958f23933d0996eb541b67827f721ccbd808dc298a5e575970, "
            + "8aa204eec538762a7d0819643160dae03fd33ca30ca557c7d78bffe168133e9d",
        "sanctions-escalation, 2, 150, "
            + "842fc1633391d1de8a85cfa62b1ee2cfa919db8b66789bf1eb5a8dfe634e63c0, "
            + "78b691177a0859cf758e63aa1c844bec9b53b8cc995fae624d6d6da60c4aa608, "
            + "f510012f91732dafd96789685bb408ef54886bd8c664e2aba21103fed708b447",
        "us-minerals-for-security, 2, 150, "
            + "5d348efee6200c252c0ca3938fdf40dd73332a858e7075f12ab2c03ce9272362, "
            + "4e6bbb1d93a6afc9e1b1fd592b9031dfb5bed687b16d574fc70022063ffc085f, "
            + "a138a32d5ed34c1ae03973f21026be8c8e04d1006c37d127e722a63c7bed270c",
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
