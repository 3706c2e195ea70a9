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
            + "f6debea58b1c9119ba6f4df68beddba1144d815f3eb5696c38f58a082a415628, "
            + "9527b95ee47a67a53fb18ee7ca86b666cdb1fb94c52e56642327734a2c31ceca, "
            + "e4fec914afd3ba281181a1e4de4229ccfe921f462c1ac03e2e2ce02abe2c8d02",
        "backtest-2024-12, 2, 150, "
            + "83055951864706aaa3ddf6d3e5760892706e8c0781c97faa34ecfb8a5e5b11ca, "
            + "733cb745439b9987fca31804830aa91c16ace28dc9abded434bf4a95972c0976, "
            + "ebc435767a857da5b1785dcd13f5a8c29d084cf9b41de37c78e0586010d1845b",
        "ceasefire-2025, 2, 150, "
            + "68e677cf0b84e6a4c42f51458e342c36c9e7f088ec2f62db311e54b41cf0d1ac, "
            + "f5238d658bd20c5d3d2d4994b6f591c1ff4ffd98e414077f52621ca2f26fcc03, "
            + "eb4e4e873ec5e0454357dd19a336ec026014130aaf15dfcf325a8fd8396478b0",
        "island-deal, 2, 60, "
            + "91ee062baec4788153cf3f5b46fe18f435ee70b005c37010d9b2ddd67895c491, "
            + "100dd8d421355d2efe1b0b03614e17b1954d7e9d359a2a378a7eb665d042a392, "
            + "5e63f89f593fe67abc919705386b7da75d86ccf6779ed985b853b47352d11354",
        "island, 2, 60, "
            + "5be498025b4b70fea96748d2ce3c57dd89c6b298a65715008d4c5a75d1f8f0b9, "
            + "eeffb0e11a36ec51007d01afc3c21a1770496cc4d487d2f2dc207469b372db46, "
            + "dd7c29dd80619250e1a1740c1cf165db00eee024a1b52d1a0bd24a02c5867629",
        "kivu-2025, 2, 150, "
            + "83055951864706aaa3ddf6d3e5760892706e8c0781c97faa34ecfb8a5e5b11ca, "
            + "733cb745439b9987fca31804830aa91c16ace28dc9abded434bf4a95972c0976, "
            + "ebc435767a857da5b1785dcd13f5a8c29d084cf9b41de37c78e0586010d1845b",
        "kivu-2025, 1, 365, "
            + "ed0aaaf91c920ebc9985b85aeffa3b8db71d87e6fb31285c4f94451f5c2c924b, "
            + "8221ed6996a4b9f3e634fcc382ff45e1817eddeb0c86dffab978eb113c4fae04, "
            + "36adeb09543017edeae0ae883e11e74556d54c20a5938e3680232c7f891599e0",
        "no-rwanda-support, 2, 150, "
            + "3719e8cf312dd5e5abcec2cc3a491025e3c8af17299648d0f12002326cce390a, "
            + "ece03d806abb4845ae7a7233cf7b14481c6fc2d9771440edb4a1feb80d3e3fd3, "
            + "1e6303a617062f48a35d3812639c220f93c6bf62d6066dc85c44c06b3a9431bc",
        "sanctions-escalation, 2, 150, "
            + "2a9aa1cb675458c204c56288bd456f4a0b96d69dc4ebfc082ad1f73760620a2d, "
            + "6e3f2872c97eadbfac5aa81b3ac13f10cd5f66b58be99243d5390d372ee8a163, "
            + "e9db98e7b5138408dc75020da889d51e881892c36b81fe495313d893f45c2bb5",
        "us-minerals-for-security, 2, 150, "
            + "87e8d7a2ef20af7b9b9d833a62cd25c405e4402c580100e90b94c88a88a6f873, "
            + "dc5fff1a4504c308a0d514223f35f2405c80d8e3fd41d43a132d23951e257a6e, "
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
