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
            + "47529ec9235cf6fe50bf1624fa6d197009965c28f1be3376c33f5dc85bb891c2, "
            + "33dc10b7b2e3a13f658d2e473a7d477a634eeedc2e6a77e97198a1714f11ac92, "
            + "910b3364285775189b26e585c3c336d73e8ceac0a6a87b13b2d3f7aaca154f18",
        "backtest-2024-12, 2, 150, "
            + "e41e03dc7c262aadc8527e15fe40bd69f1f108db5cec96eb840574833e622593, "
            + "a877825cc8c794ecaf76bd26e3095a32d81e258e81be68c3112fc74e6debf19c, "
            + "f72ce2d1612285c334b6eb600b47e1e7790f8a586879338525852aca97be5434",
        "ceasefire-2025, 2, 150, "
            + "6f273cac8c9effc2bed04cba746d8f9d6c8cdc642a4599f971a2c4180c273aff, "
            + "ea9ee68b5e6d407378135c488824545f607e5eefa8467396df498eed6cf5f3fc, "
            + "24c8400ba81d88e39085af85de6d543062dd24ed4706f6b98d64ce9b60eed569",
        "island-deal, 2, 60, "
            + "e2b0c6df6b0c403abf6fd310b858e3e9401dd777465044fec12f5212049cd7f1, "
            + "2de0218df9e98221dfae9f1f7eecef5367c30a2c1da0dc21da776ea291461473, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "59da7b02ae9a6b5db5d248d24186f512dd74ce9308fb3dc30fab9eae0fd30f5c, "
            + "ef758b0243688112cdc6f0274463521cef8cd1260cc762889e2dce182bff904a, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "e41e03dc7c262aadc8527e15fe40bd69f1f108db5cec96eb840574833e622593, "
            + "a877825cc8c794ecaf76bd26e3095a32d81e258e81be68c3112fc74e6debf19c, "
            + "f72ce2d1612285c334b6eb600b47e1e7790f8a586879338525852aca97be5434",
        "kivu-2025, 1, 365, "
            + "a071c641067c95983c5f724cde302535c5a2e65878ff35d7473021e2e9c7f0f0, "
            + "1002c0ce3ece4d60c304dc4d753068b22b760f75e0dfc93d914ddb7913d727cc, "
            + "fbd701f7027042c35bc6a8cbe5c2145a5dd0241f9ca4a54e336aba9519bdcbd9",
        "no-rwanda-support, 2, 150, "
            + "7d03c35aa1793743aac25ac51441f00fb7ea266c41b4680901e347c103f12157, "
            + "f7f97f368984dd7354283baa2f7d85d70df2240e84cca1c24b9982b002e987cd, "
            + "c67bda497c6342014790bef7064d12edf6c4178eefab3067119555fd8194d585",
        "sanctions-escalation, 2, 150, "
            + "e1fa652f670f2b8144f8e585cee4998807e88c3e5b11262fc7b2548a480db9d1, "
            + "db0311c9ae86f3602dfaf5995d6a6f3992e4113c2b4f71a9d6dbaad162639605, "
            + "eb8edbbb4f1440d590ac79e8c4ed52596bc81dfc7059324bd748800d1b9c901e",
        "coltan-import-ban, 2, 150, "
            + "9722d16ee16a4c094c6741b5b79dbffcd22becd1fd97a4eb75e76884a2375584, "
            + "18449b4d597f6b07cb2688cb8dd22e663006ce450f6b2381f0e411c074e84df6, "
            + "00c1d7ef48aa22ebe5ee70d7d25dd5b44b7854712a0da05873497328b4f7df48",
        "reactive-levers, 2, 150, "
            + "85dea1cbdd7d9ee6789bbd54aa6f87ab9a836d6c503b804c1e7d13a10ec82798, "
            + "a198a016de7dcfe4cea001fafca2875451b668ccf8ed9752b76514ffc5356841, "
            + "4a9627f82716fd9120d4c251b84c5cf3f3ac82f40e90def7face89c45b1e839f",
        "us-minerals-for-security, 2, 150, "
            + "4be7d02cd64a1f294318ff5e342df8da26e4e08d42891b9e0a9ef3970673d434, "
            + "e42cd69389cd6024e7479c8fb5bec6642e5cf6ffbaba0320930d05e96cc14989, "
            + "38bc21c20c17ed1b554421c71135c2fe5450e056fbbdfab7f3c7517e2ee6810b",
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
