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
            + "6f066de3db3820690d91a44ad0cb578d586c38e313fb8bc140f40893e0228052, "
            + "f7bf8fc116677b751fcc71021173ca8de5e53acd2daa1a39f9de7854ed1858e0, "
            + "bad7fb7c5dd60fb9489d4ac16776b79304742d91bb1d21fcc04eba857f8f57f8",
        "backtest-2024-12, 2, 150, "
            + "1f6889b82359bed15c0ff1ca76713a7365b0a2e4e81306f42bcf6709587a45d9, "
            + "808d4e44b4f1f16ca7136e19cba74a8cac54528ef39e688dad98222049fab735, "
            + "713e01b2f2b19ad489fd72ce1bd9675af0393b5f8235a9841fdc2778a8cccb4e",
        "ceasefire-2025, 2, 150, "
            + "b3e1a510db268b0f0eb5365fab084cbf59c25c5b55e94cda35277edf9453edbd, "
            + "1bd2c691aeec1b34360e15077c2ba54518add669204a7a9972cfe08625d70c1a, "
            + "4544ed72aea2665daf76e29de4357b180ede015c138fc9cd66f6d7886c8c11e1",
        "island-deal, 2, 60, "
            + "e2b0c6df6b0c403abf6fd310b858e3e9401dd777465044fec12f5212049cd7f1, "
            + "2de0218df9e98221dfae9f1f7eecef5367c30a2c1da0dc21da776ea291461473, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "59da7b02ae9a6b5db5d248d24186f512dd74ce9308fb3dc30fab9eae0fd30f5c, "
            + "ef758b0243688112cdc6f0274463521cef8cd1260cc762889e2dce182bff904a, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "1f6889b82359bed15c0ff1ca76713a7365b0a2e4e81306f42bcf6709587a45d9, "
            + "808d4e44b4f1f16ca7136e19cba74a8cac54528ef39e688dad98222049fab735, "
            + "713e01b2f2b19ad489fd72ce1bd9675af0393b5f8235a9841fdc2778a8cccb4e",
        "kivu-2025, 1, 365, "
            + "f165b6843d465393840480577d3f6b9fe9e2b4bc79c60f3a2e6c4b3811fa8c54, "
            + "24bd2ad84fca4862a88612d9f2ada37558a2889096f724ba4df1518b9a19afb4, "
            + "25e6ae301250e264abb953db4f1dc82703de17ffc556be248aa8e24a62645433",
        "no-rwanda-support, 2, 150, "
            + "ed8c13739b7207edeb334cfb8f7e0dd67ce980f76a27ff4a3bee664e99876419, "
            + "c0433e49621fca507b39924424a9def1da617e4352cde39200d7d7fcc2c3fe4c, "
            + "766c1098f68b2180438b1e6c45c394b1321a12e405e72268e5d939a337649699",
        "sanctions-escalation, 2, 150, "
            + "605bca315fa4194aab1f40d78e30e8a1483a3629f4e2f775c457cf5d4dd31934, "
            + "e509eb7d52482ad68baefcb99352afaa17c46046e5ec46bb222fd9154decff8f, "
            + "4b1e3c9d337f671c39cd5803dd554d1ba58c5f6ca746787fd803445dfdaf1a98",
        "coltan-import-ban, 2, 150, "
            + "a80629aff2c47808a09243c6092b9502bdc668e9b9d9d22c58b6babe87dc0c63, "
            + "53b2ccdd2d05e860dc486540ed4998be7df2c87494bfdcbfa7a721a9f2c6a404, "
            + "dcab7d34b21fbb4be4694eacb929f415996aa3aec7204c1035f92ebf75607ed2",
        "reactive-levers, 2, 150, "
            + "d35a73de959b78c5f05c59673aa4a85b3b520edf1cac18d80f1b50f050bb65a1, "
            + "8722ea3e45d4c7b2098b44c45268bb51ab3f93d52107dd4792b0142f2635b1d7, "
            + "ab3b37b8b6760b322a1764ea93c9ad113b74079c9a4b193368160015899b16eb",
        "us-minerals-for-security, 2, 150, "
            + "b9268e1c3869918dbd3aaaeccfe6807b068784009368b4081de0f7b2b42d13a7, "
            + "e97d691f068e0e7a28e3064ff814aa0ebcf057b49aa9861a3ad752008182e270, "
            + "7fdc74073de40190b143bf4053832b2f745d7d3497edb0beb1ccabbd7dbd0e60",
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
