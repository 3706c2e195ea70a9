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
            + "7e2d88fa66c3781cdf3b7fa480a848b9a9375eb881649f4fdb547abe3d36f705, "
            + "d062a22823e9521524e79643d907bfbf5d8ef4b197b2a04aa3f3cbf0beba0d89, "
            + "6a872237d1ed0f16147c6d324e31b347ca4414f3b7c1f1682555cc32948d41dc",
        "backtest-2024-12, 2, 150, "
            + "5e6527139055620f296bf17e99ec672818b47b0a12ff632d4db87bbe37393281, "
            + "37ce8dc3a913267fb29b624199a6c01ebe6dc08a648ebb5f49e4d1ec258237b8, "
            + "4ce5799855adb4be26bfcc57a1e78f406378ac7422c791e45aad42884755fc6a",
        "ceasefire-2025, 2, 150, "
            + "afdfd04ae9f76ca8742207c59095e3b0f9c22c86c9fd252698b217a2b2eb57a5, "
            + "379e26f3014dfc1eee1e1f884fce996eb39ca6728fd8cb900a78d54b422d1c4f, "
            + "3a28e2dc29108a7ce337ab58b4cb0410487b1fda2e0a14dc094892da9d8baac6",
        "island-deal, 2, 60, "
            + "e2b0c6df6b0c403abf6fd310b858e3e9401dd777465044fec12f5212049cd7f1, "
            + "2de0218df9e98221dfae9f1f7eecef5367c30a2c1da0dc21da776ea291461473, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "59da7b02ae9a6b5db5d248d24186f512dd74ce9308fb3dc30fab9eae0fd30f5c, "
            + "ef758b0243688112cdc6f0274463521cef8cd1260cc762889e2dce182bff904a, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "5e6527139055620f296bf17e99ec672818b47b0a12ff632d4db87bbe37393281, "
            + "37ce8dc3a913267fb29b624199a6c01ebe6dc08a648ebb5f49e4d1ec258237b8, "
            + "4ce5799855adb4be26bfcc57a1e78f406378ac7422c791e45aad42884755fc6a",
        "kivu-2025, 1, 365, "
            + "a646b2885c5e40e115aae804267c5c4d659720643731c01e00f7feb49e94c6f1, "
            + "4ae8dd5df157ae7e4369acc0d1fba8b8fcb33195247bbb43cedd70159e79b7b7, "
            + "a9cad9622d0980cf136f75960f370076f572417adba569eda6178d46795fa8ef",
        "no-rwanda-support, 2, 150, "
            + "b303411a94e38f877bf094c7cfad758e1a532e02279745f4ce65f992649d37e5, "
            + "3caca6380f7424c947bfd62449259a8dc9241dcb355fb42864ea385c4bf634ad, "
            + "253ab9adcdb006433116bf1b8381ab260aaa4c826465635fd7905af1dfb630e3",
        "sanctions-escalation, 2, 150, "
            + "c59402a610accde6b1664145d7557505474b4884a5099bfbb6375d5537315887, "
            + "9eb8a4423618093bf63528190e1b79519b68ab81502d3728370ab61e351f2114, "
            + "5efe832dafd554a714c1bac33dc49187cc12d8d51f5897f9ec5f2f91ecf39c1a",
        "coltan-import-ban, 2, 150, "
            + "55c6fd898f0172677e232113ab546b3d547f3376f93f17e068a3d14e8842f74a, "
            + "69371277b313137e31c19cc427f5ee0ad84be9ff46dd6ecdb2418702fea6cd2a, "
            + "086ba58f9358d7824ca0afd77445882d96f2e1d7039e46b9aa61d36de94c6ccb",
        "reactive-levers, 2, 150, "
            + "718cad33c8842dbea733a9c95cbfbf9ce4893a0f5dd39c538f12a228f47fc32e, "
            + "25943f59129483128eb2acb1f9a7811f3fd8105f175e353420ffba38aff45eb3, "
            + "f0afa7f55e1b04d95ac204c24a7c123f182ab35b75dfe15a416fa91e7c20b311",
        "us-minerals-for-security, 2, 150, "
            + "03fa4f174f38f160728fed8539392937e6bfc2fb9d87b6a60da8e55dfe9b4a38, "
            + "8325979b29a4b160afa0cf148589a3241e14879f829c25e843548dc8db6877ab, "
            + "acf6adc70730845df7c229ecfdd82a2b6eb37cb3e2f8e8ad44ae876d0e8e824e",
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
