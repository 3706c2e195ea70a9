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
            + "2851aa67f425e88423b9d13a1e73ceae536374d7439c3628f747857f9fe0fa88, "
            + "8618f535fbf830b3d3ac2c1d175297fdaaded0da68dc54a2ce989092496dbd3d, "
            + "e4fec914afd3ba281181a1e4de4229ccfe921f462c1ac03e2e2ce02abe2c8d02",
        "backtest-2024-12, 2, 150, "
            + "a43040fab01b1b836d5a859403dc197cc1d45cf8393313c7be52d3e008e7657e, "
            + "6c5a6325761170730ee9e3d376b8de62f1533a1d0912ef0ad1595d43a2894c16, "
            + "ebc435767a857da5b1785dcd13f5a8c29d084cf9b41de37c78e0586010d1845b",
        "ceasefire-2025, 2, 150, "
            + "fbd6c906efbd709853a71aaed4296bbce22e1dc8eca44dc6b78c019556a2a673, "
            + "3ec20b33a89344da6a1110530d52412fd1e3a9a34cee49c46d5d3f0060674320, "
            + "eb4e4e873ec5e0454357dd19a336ec026014130aaf15dfcf325a8fd8396478b0",
        "island-deal, 2, 60, "
            + "e2b0c6df6b0c403abf6fd310b858e3e9401dd777465044fec12f5212049cd7f1, "
            + "2de0218df9e98221dfae9f1f7eecef5367c30a2c1da0dc21da776ea291461473, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "59da7b02ae9a6b5db5d248d24186f512dd74ce9308fb3dc30fab9eae0fd30f5c, "
            + "ef758b0243688112cdc6f0274463521cef8cd1260cc762889e2dce182bff904a, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "a43040fab01b1b836d5a859403dc197cc1d45cf8393313c7be52d3e008e7657e, "
            + "6c5a6325761170730ee9e3d376b8de62f1533a1d0912ef0ad1595d43a2894c16, "
            + "ebc435767a857da5b1785dcd13f5a8c29d084cf9b41de37c78e0586010d1845b",
        "kivu-2025, 1, 365, "
            + "6e5cb034f204de93434e53300f97b98079da57702090627e3e8d9b586d2413a7, "
            + "994c43e2129c96bfeba5d4911b73af8df22da2a82ff197ee1084df90165d0e03, "
            + "36adeb09543017edeae0ae883e11e74556d54c20a5938e3680232c7f891599e0",
        "no-rwanda-support, 2, 150, "
            + "4e6451ad4c31f77833ae8f05f0a1538155a35b16ed0714fc8afa3e7bf8f9818b, "
            + "a8199418d0b00fb8abd1d14daf1f289efbbcf0f35936cfff7dbd6c4f62d6e8fd, "
            + "1e6303a617062f48a35d3812639c220f93c6bf62d6066dc85c44c06b3a9431bc",
        "sanctions-escalation, 2, 150, "
            + "f954c6f5d3371342892f7abd9a98c8c6b80c11ae233b5e17b938b9e3ecbe4882, "
            + "7b8f61138cffadc1eacc90218134278480b9529a05e13fbefc4d581adff79481, "
            + "e9db98e7b5138408dc75020da889d51e881892c36b81fe495313d893f45c2bb5",
        "us-minerals-for-security, 2, 150, "
            + "6571ed5d4a4fae4edcec3d3cd9876203f9ac676282492cba15deb672052ab249, "
            + "94bc5d358fdb5da70937b607f3e857abb9ecd8e08bb19604b66143549af104cd, "
            + "39170e594378c8e82f55ec2d4762fcacbe52c6c1ae965b7f5e1c0816447fc3e9",
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
