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
            + "c799916e415268d121dc0916e1576f8f37e95b57362422f9ab17dc65e1858da2, "
            + "fa521b0f3ad07d0d273af7329acf92b507b7103a3b748263d7c766b131ab2637, "
            + "3c16a11ddccd3ba6c9904c80ec5de0758190a38e463f76bd5bafdd10a3172e2a",
        "backtest-2024-12, 2, 150, "
            + "7dcd6897783b2b6979da6a8c0a6310d04c83bfa0935b553a8f5df3e9381ddd42, "
            + "6d09c99f315c956c2c303f2c308321d55328e080e2c6dca765fd3dde2d955430, "
            + "fcbdecc447709a9de45e94c12c7edb85a5c0d1ead627c47432988561a99d324d",
        "ceasefire-2025, 2, 150, "
            + "5f65c00e62f14d2315e9f0ead8095ed9c9f9ee8e6d11ae143a13cab8b1eca826, "
            + "24ff2c128f1828712daf22c88994724f89b667362f7159097e6c06c1cae126d4, "
            + "17384a992fb3ef3ccfbcfa6488db76b7c515a27f06f6afd2f9e3ea5547e0bf69",
        "island-deal, 2, 60, "
            + "d25e2437a795d2b376db528e0d1a504e673959022a3c06f4f645254f98e29ff9, "
            + "6ac3e21575c0946337a9c606c78c81092b4f033bab8de72599be4eb2698426c2, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "5be498025b4b70fea96748d2ce3c57dd89c6b298a65715008d4c5a75d1f8f0b9, "
            + "eeffb0e11a36ec51007d01afc3c21a1770496cc4d487d2f2dc207469b372db46, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "7dcd6897783b2b6979da6a8c0a6310d04c83bfa0935b553a8f5df3e9381ddd42, "
            + "6d09c99f315c956c2c303f2c308321d55328e080e2c6dca765fd3dde2d955430, "
            + "fcbdecc447709a9de45e94c12c7edb85a5c0d1ead627c47432988561a99d324d",
        "kivu-2025, 1, 365, "
            + "b99019c384af145056a6448de977312d11d657dda63bfb901874a674e34d20c9, "
            + "fce6834f64b4ca4c0533a2e1a10b8b6f069c4b835ea33b1c37b433b7dfb33d77, "
            + "ea343261b70f605cd349e7eb7ef3f9f3f1d87ce61f9203681e504c81950ae67f",
        "no-rwanda-support, 2, 150, "
            + "0de4529281dbccd69c74d315b0ecb7105747ed7dc3db1b0028cfdc09c4a6bf52, "
            + "b5006b7e2e891b1514eb0811f47c2537514b83e04901b173d2baed5cfa34d4c4, "
            + "8aa204eec538762a7d0819643160dae03fd33ca30ca557c7d78bffe168133e9d",
        "sanctions-escalation, 2, 150, "
            + "5f7f19651ac39854a9851b226f57c0fcce84cb3340d245b6ce9255ec5a55a0ab, "
            + "7d17f7b7926b99acfdce3b4d48a49b3f7224688e9cb48751fd411953780ddd60, "
            + "4668f0d91abdf379413979366d995d86825c0e56135aaa765899e9dd17b0613d",
        "us-minerals-for-security, 2, 150, "
            + "a8e02dfa33865f7bc7b2fe60c8e12abbc531e8662294a8b05d8570fe8072d0e5, "
            + "08041ad8a660405947aabd3da10dde7778644c8aee93b385950aff15367761b2, "
            + "2e77747ca52833b9ddef7b74b385362289fb29f34f163a7f4d9081e43d0fbb93",
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
