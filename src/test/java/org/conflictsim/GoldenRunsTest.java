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
            + "48c813be72c96ce730bf537a4d2b0fb09f668e5b76efaf8eff3d4f7b4bf00777, "
            + "b3185e97c87e2e44d28a7a887b639ee6ef68f74173b941a655fe33c6fbd3a7fd, "
            + "339f1beeb23fdc603b60e98da04f02602a7f464c94d50d7320290c7f83019a88",
        "backtest-2024-12, 2, 150, "
            + "5e6527139055620f296bf17e99ec672818b47b0a12ff632d4db87bbe37393281, "
            + "37ce8dc3a913267fb29b624199a6c01ebe6dc08a648ebb5f49e4d1ec258237b8, "
            + "45a4611f5c82516d0a2ba7b18ed29532e96858368292eaff5ef5369e7a8d60cf",
        "ceasefire-2025, 2, 150, "
            + "afdfd04ae9f76ca8742207c59095e3b0f9c22c86c9fd252698b217a2b2eb57a5, "
            + "379e26f3014dfc1eee1e1f884fce996eb39ca6728fd8cb900a78d54b422d1c4f, "
            + "29829169563bfe75425b4bd955d620ac7b0b4e8f68afd8d891f695eeaa0cf95f",
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
            + "45a4611f5c82516d0a2ba7b18ed29532e96858368292eaff5ef5369e7a8d60cf",
        "kivu-2025, 1, 365, "
            + "e2875d5dc3f5a3aa32092bd7adf46316a2b50ae97b214d3e6b1dd182f8c3582c, "
            + "f2e311d477b1528933c1ba156c194a886cede2e22a5c53a3ff20ab879eee7c4e, "
            + "c7f5b8b6a126659e4c4ba08869b123e27a580b4b5b31365a03831a4570f66739",
        "no-rwanda-support, 2, 150, "
            + "1c5e961c4f130a18bf26eb2776e23583ad5bb828cc4b139632f1297d63b92436, "
            + "93e73f58e7f061b6d38cc4c84c431cd87fd22a9d3d1add4e4763a0056ef88cc3, "
            + "5fd5408534b721350300b96dab58a62402066dfee481ffe9d37753b5a92e2c50",
        "sanctions-escalation, 2, 150, "
            + "b32242da9931f2272e592888073d5189c498d26642c7d3220e7f77945afc4222, "
            + "c57730ed1896b12a170e4f4298dc67ee9c2939deee2528c9fa82bf3bdf4447d7, "
            + "8cb86889fb6cff9e453b2b82983f414ca474611b13e18466c5a6ce18370b3aed",
        "coltan-import-ban, 2, 150, "
            + "55c6fd898f0172677e232113ab546b3d547f3376f93f17e068a3d14e8842f74a, "
            + "69371277b313137e31c19cc427f5ee0ad84be9ff46dd6ecdb2418702fea6cd2a, "
            + "4eb9cf6a98fce1460311f15a7568897a763d6782fb24973bc6d857a872223a3c",
        "reactive-levers, 2, 150, "
            + "d1db955c6e21e1876a89adf3fe4faaa835f60ff5e85c301bb49b97ac21c6dda9, "
            + "1da0f6d19d08bad2954548e1bb53f3176d615fa1adb52a9bf914bd96c79ec724, "
            + "eebe5e36ef321c00622d8227c8caa77f28fa9f90c0a14d46eccf5e39e82f2baa",
        "us-minerals-for-security, 2, 150, "
            + "e19ca20cff142e0b8e029ddb201cba5062ef9844b1ff9c8b982f367389982218, "
            + "f16a173fbeabe0829a6203f15bce1ba7619406aa6868d5671c3a04532e936f03, "
            + "53d6685986ab00bd8fbeb70e4b8ea5a6a779ffcf49921de80541ab3b3558b893",
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
