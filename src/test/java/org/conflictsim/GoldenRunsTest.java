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
            + "6f59e550ea4732605ec7917392dd2af9f7f1081ee933b5094455d59541d6fa52, "
            + "5923c8714cb236817be1fe0154f76d7deaf54f45878a7c7bd0c454e5cb32be92, "
            + "034edf85a1dda17ee32144972afbb351d093528c6aa4fcf563876134dd6cd42a",
        "backtest-2024-12, 2, 150, "
            + "fcb0ba96c9f73196dd4f5c05995a733c184e5754a4a28e1ada25d1aa8b566bbe, "
            + "869d44c279fb1e3b8496cf08920d5651089231b71b19d872c261b354a59a153b, "
            + "3112c4e3e7448d35a9394212c029722737b1d8adf75083e9925e294a4c8040f1",
        "ceasefire-2025, 2, 150, "
            + "0a1070b1e75a0126c16d0362e5fd171d3a4bee77599bcdaec24cad0c3f5cb4e5, "
            + "250fca0106d5e709dd014f9a383a2043183b99085db839982e35b48e95f46211, "
            + "0192f71cfe07d786d56153985669df21f92beed40962d3c565fb994945219fdc",
        "island-deal, 2, 60, "
            + "df885207ca99e655dac43fd14e000c75574b58916bd89c2649c76b2ec1e542d3, "
            + "71deebf30aa8a6ca65b421cc304d6ca16b0dc517b6c93cd2759ea11b5feafd43, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "b953f57cd3fdef7c19fa4b0ebb2c6405d2cdaa10e7deeebc50539b80a5c63ac8, "
            + "9754b6905494471de75d9282d047ebf60bac975d484ef3e49064cee033096fdf, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "fcb0ba96c9f73196dd4f5c05995a733c184e5754a4a28e1ada25d1aa8b566bbe, "
            + "869d44c279fb1e3b8496cf08920d5651089231b71b19d872c261b354a59a153b, "
            + "3112c4e3e7448d35a9394212c029722737b1d8adf75083e9925e294a4c8040f1",
        "kivu-2025, 1, 365, "
            + "3fa6f2031cad4ee265581ca5592fc669d8f900f1336716a53c9128c135d2e74e, "
            + "52e434d29fd499091adbda98f45009de80302701e12528ad52dbe330c3371517, "
            + "f3d299f1cf3b36164d97a1c549b64f1469e19744902cb94432e3da035f183472",
        "no-rwanda-support, 2, 150, "
            + "0de4529281dbccd69c74d315b0ecb7105747ed7dc3db1b0028cfdc09c4a6bf52, "
            + "b5006b7e2e891b1514eb0811f47c2537514b83e04901b173d2baed5cfa34d4c4, "
            + "8aa204eec538762a7d0819643160dae03fd33ca30ca557c7d78bffe168133e9d",
        "sanctions-escalation, 2, 150, "
            + "08198f77a39c98e29bdb1b413f5c2ae36dcf4d3c47275fd65cc68fb1536ec851, "
            + "e11b7262897cf4818c9c0460d7ce9c7332556b7cc84ebb9aad491652f653e346, "
            + "6845ff7eb282de010b547077560c9b0c2907b0d03e14940c2c5553b5a7d7ec89",
        "us-minerals-for-security, 2, 150, "
            + "b8bd6e1ce5c14f14fe5e89bfe3860e031d6caa35fb3da50d6d8a4ef01ed0b10f, "
            + "374a39187e2e06e8d2b0bc1ce6b2232afc2de1941a921ec722ef8dc2fc560bc6, "
            + "73e9b886eed5e8850fc274f79b1bafff8a629fa596981b58242cdf660b21d1ea",
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
