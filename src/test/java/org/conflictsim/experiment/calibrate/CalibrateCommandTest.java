package org.conflictsim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictsim.TestScenarios;
import org.conflictsim.cli.ExitCodes;
import org.conflictsim.experiment.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrate command end to end on a small island calibration: files, refusal to overwrite, resume. */
class CalibrateCommandTest {
    @TempDir
    Path in;

    @TempDir
    Path out;

    private Path file() throws IOException {
        Path f = in.resolve("small.yaml");
        Files.writeString(f, CalibrationLoaderTest.VALID.replace("SCENARIO", TestScenarios.ISLAND.toAbsolutePath().toString())
                .replace("days: 90", "days: 60").replace("date: 2025-02-02", "date: 2025-01-25")
                .replace("byDay: 80", "byDay: 50"), StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void calibratesWritesEverythingAndResumesToTheSameResult() throws IOException {
        Path f = file();
        Cli.Result r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Path dir = out.resolve("small");
        assertTrue(r.out().contains("calibration small of island by abc-smc: 1 parameter, 2 calibration and 1 validation"
                + " target; 20 particles x 2 runs, at most 2 generations, runs of 60 days, master seed 3"), r.out());
        assertTrue(r.out().contains("cost: 40 runs per generation, 40 posterior-predictive runs; at most 160 runs in all"),
                r.out());
        assertTrue(r.out().contains("generation 0: prior sample"), r.out());
        assertTrue(r.err().contains("runs"), "progress on stderr");
        List<String> files = entries(dir);
        for (String name : List.of("charts", "generation-0", "generations.csv", "manifest.json", "parameters.csv",
                "posterior.csv", "predictive", "predictive.csv", "report.html", "scores.csv")) {
            assertTrue(files.contains(name), name + " in " + files);
        }
        String scores = Files.readString(dir.resolve("scores.csv"));
        assertTrue(scores.startsWith("target,use,rule,score,null_score,skill,unit,null_model\n"), scores);
        assertTrue(scores.contains("crossroads,calibration,CRPS,"), scores);
        assertTrue(scores.contains("port,validation,Brier,"), scores);
        assertTrue(scores.contains("port,validation,log,"), scores);
        assertTrue(Files.exists(dir.resolve("charts").resolve("posterior-rules-combat-tempo.png")));
        assertTrue(Files.exists(dir.resolve("charts").resolve("predictive-port.png")));
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("Targets and scores") && report.contains("validation"), "report");
        String posterior = Files.readString(dir.resolve("posterior.csv"));

        Cli.Result again = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OUTPUT, again.code());
        assertTrue(again.err().contains("already exists; add --resume"), again.err());

        // resuming a finished calibration replays it from its stores: same particles, no new runs
        Cli.Result replay = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--resume", "--threads", "1");
        assertEquals(ExitCodes.OK, replay.code(), replay.err());
        assertEquals(posterior, Files.readString(dir.resolve("posterior.csv")));
        assertTrue(!replay.out().contains("store: "), "nothing is run again: " + replay.out());

        // an interrupted calibration (the last stages lost) resumes to the same result, whatever the threads
        String last = entries(dir).stream().filter(n -> n.startsWith("generation-")).max(String::compareTo).orElseThrow();
        delete(dir.resolve(last));
        delete(dir.resolve("predictive"));
        Cli.Result resumed = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--resume", "--threads", "1");
        assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
        assertEquals(posterior, Files.readString(dir.resolve("posterior.csv")));
    }

    @Test
    void shardsMergedStageByStageGiveTheSameCalibration() throws IOException {
        Path f = TinyCalibration.write(in.resolve("tiny.yaml"), 40, 12, 2);
        Path whole = out.resolve("whole");
        assertEquals(ExitCodes.OK, Cli.run("calibrate", f.toString(), "--out", whole.toString()).code());
        Path sharded = out.resolve("sharded");
        Path dir = sharded.resolve("tiny");
        for (int round = 0; round < 10 && !Files.exists(dir.resolve("posterior.csv")); round++) {
            String stage = null;
            for (int s = 0; s < 2; s++) {
                Cli.Result r = Cli.run("calibrate", f.toString(), "--out", sharded.toString(), "--shard", s + "/2");
                assertEquals(ExitCodes.OK, r.code(), r.err());
                if (r.out().contains(" is done; when every shard is, merge them")) {
                    stage = r.out().replaceAll("(?s).*shard " + s + "/2 of (\\S+) is done.*", "$1");
                }
            }
            if (stage != null) {
                Path st = dir.resolve(stage);
                Cli.Result m = Cli.run("merge", st.resolve("sweep.sqlite").toString(),
                        st.resolve("shard-0-of-2.sqlite").toString(), st.resolve("shard-1-of-2.sqlite").toString());
                assertEquals(ExitCodes.OK, m.code(), m.err());
            }
        }
        assertEquals(Files.readString(whole.resolve("tiny").resolve("posterior.csv")),
                Files.readString(dir.resolve("posterior.csv")), "sharded stages give the same particles");
        assertEquals(Files.readString(whole.resolve("tiny").resolve("scores.csv")),
                Files.readString(dir.resolve("scores.csv")));
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
