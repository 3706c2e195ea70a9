package org.conflictsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.conflictsim.experiment.Replications;
import org.conflictsim.experiment.RunResult;
import org.conflictsim.model.params.Scenario;
import org.conflictsim.output.results.RunWriter;
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
            + "df30cce2762d3034b1f5e7e85810a667d65e81df8519342f19de110ab5965c31, "
            + "68ca5e8d530d43673231a442063f88135d8aa185a26dcf42e877e5baa4a07d15, "
            + "e960a4b67dadabfb56814cf3f1d47e34b7ccd09132587cf943568d57bb5327a4",
        "backtest-2024-12, 2, 150, "
            + "ec1bc4b8bbe727d0ee0a157fd5e0fa9cd01390a527811b210fe171ff7ae0e02f, "
            + "abc79eb0496b093bb7e52a09d14789ae58ec80e83147a3d43a7aa8646c85c321, "
            + "c5fc356c85009d19dfc89bba279f924653bee00ee1e3847b39f271022865f9dc",
        "ceasefire-2025, 2, 150, "
            + "64dbe5da84c64c29b4db05ed9b8f3f5c4bd5f87506453154aa46b00234fbcfc1, "
            + "c53418f720217ff4568300d7eb1a6f6ccf53b1479616d30e2fdb4cd8de6d0a7f, "
            + "0c3abf2d7cc98d763968eb79d72b8773a52ab8e025688510266580f7a2e07a90",
        "island-deal, 2, 60, "
            + "e2b0c6df6b0c403abf6fd310b858e3e9401dd777465044fec12f5212049cd7f1, "
            + "2de0218df9e98221dfae9f1f7eecef5367c30a2c1da0dc21da776ea291461473, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "59da7b02ae9a6b5db5d248d24186f512dd74ce9308fb3dc30fab9eae0fd30f5c, "
            + "ef758b0243688112cdc6f0274463521cef8cd1260cc762889e2dce182bff904a, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "ec1bc4b8bbe727d0ee0a157fd5e0fa9cd01390a527811b210fe171ff7ae0e02f, "
            + "abc79eb0496b093bb7e52a09d14789ae58ec80e83147a3d43a7aa8646c85c321, "
            + "c5fc356c85009d19dfc89bba279f924653bee00ee1e3847b39f271022865f9dc",
        "kivu-2025, 1, 365, "
            + "f311c28a4e88afb65207849bba82530be0693cdb8a647dec12b209a6b7159760, "
            + "94e1a34ac1a32d9b25a24525dee38b771d3391ad43a32c624028c833c2b56abe, "
            + "da7bb54bafbe9d92727a3c973dbf6f368968cef88d117f72592afdfd4d980f0e",
        "no-rwanda-support, 2, 150, "
            + "390c994e44e786c626068439dea36f2645c9da1e2c5546ed20a59e45f5c95578, "
            + "654e4620ac4a28e67459816ba0d4ffcb26a0c2a3564ec75542dbd4d21fd01557, "
            + "a3bc322928425f83debb3e17d281eabb09b6ba2a4f3267397b657d34ceeb1740",
        "sanctions-escalation, 2, 150, "
            + "640bf0ec19b65ecfface3e1de1fbdf143918141a7f20a3b49692fe5112a18154, "
            + "230381f6554b9bc449201e58952f4ccd67ab67cfc5e4d41240ff6cee81343dd5, "
            + "de3fef9a506a753e85c195c3bb10853c8be4dacf0c018111d392e754b572bf4b",
        "us-minerals-for-security, 2, 150, "
            + "ea3a3a0745a4d2f52a3b5952ccb83f1d6dff4487c2b2de63b77753f8a9b35d94, "
            + "b40aa965332529e5b8114aeed09a65af3a3b9a713a50b7d84a105d7511c3b8be, "
            + "b19ebb14d6aaf61e1054fc167a52c6616c65edc3fcea72a6544fab5b87eb6677",
    })
    void digestsAreUnchanged(String name, int reps, int days, String runsDigest, String seriesDigest,
                             String eventsDigest) throws Exception {
        Scenario sc = TestScenarios.load(TestScenarios.DIR.resolve(name + ".yaml")).scenario();
        List<RunResult> runs = Replications.run(sc, MASTER_SEED, reps, days, 1, n -> { });
        // the full, uncompressed text of every series (run writes timeseries.csv.gz without all-zero series)
        MessageDigest series = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), series)) {
            RunWriter.timeseries(out, sc.start(), runs);
        }
        String actual = sha256(RunWriter.runsText(runs)) + " " + HexFormat.of().formatHex(series.digest()) + " "
                + sha256(RunWriter.eventsText(runs));
        assertEquals(runsDigest + " " + seriesDigest + " " + eventsDigest, actual,
                name + " " + reps + "x" + days + ": runs.csv timeseries.csv events.csv digests");
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
