package org.conflictsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictsim.TestScenarios;
import org.junit.jupiter.api.Test;

/** {@code bench}'s modes that run in this JVM, and the parsing {@code --job} relies on (no timing is asserted). */
class BenchCommandTest {

    @Test
    void coldWarmPrintsWallAndThreadCpuRatiosThatJobBenchCanRead() throws IOException {
        MainTest.Result r = MainTest.cli("bench", "--cold-warm", TestScenarios.ISLAND.toString(), "--days", "20",
                "--warmup", "1", "--runs", "3");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String wall = r.out().lines().filter(l -> l.startsWith("cold run-year")).findFirst().orElseThrow();
        String cpu = r.out().lines().filter(l -> l.startsWith("run thread CPU")).findFirst().orElseThrow();
        assertTrue(wall.contains("median of 3 after 1 warm-up runs"), wall);
        // each printed ratio is the quotient of the two figures printed before it, to print precision: the times
        // are rounded to 0.1 ms and the ratio to 0.01
        for (String line : new String[] {wall, cpu}) {
            Matcher m = Pattern.compile("cold[^0-9]*([0-9.]+) ms, warm ([0-9.]+) ms").matcher(line);
            assertTrue(m.find(), line);
            double cold = Double.parseDouble(m.group(1));
            double warm = Double.parseDouble(m.group(2));
            double low = (cold - 0.05) / (warm + 0.05) - 0.005;
            double high = (cold + 0.05) / Math.max(1e-9, warm - 0.05) + 0.005;
            double ratio = JobBench.ratio(line);
            assertTrue(ratio >= low && ratio <= high, line + ": ratio outside [" + low + ", " + high + "]");
        }
    }

    @Test
    void ratioParsingRejectsALineWithoutARatio() {
        assertEquals(1.45, assertDoesNotThrowRatio("cold run-year 901.0 ms, warm 621.0 ms (median): cold/warm 1.45x"));
        assertThrows(IOException.class, () -> JobBench.ratio("cold run-year 901.0 ms"));
    }

    @Test
    void modesExcludeEachOtherAndCountsAreChecked() {
        MainTest.Result two = MainTest.cli("bench", "--cold-warm", "--job", TestScenarios.ISLAND.toString());
        assertEquals(ExitCodes.USAGE, two.code());
        assertTrue(two.err().contains("choose one of"), two.err());
        MainTest.Result noRuns = MainTest.cli("bench", "--cold-warm", TestScenarios.ISLAND.toString(), "--runs", "0");
        assertEquals(ExitCodes.USAGE, noRuns.code());
        MainTest.Result noPairs = MainTest.cli("bench", "--job", TestScenarios.ISLAND.toString(), "--pairs", "0");
        assertEquals(ExitCodes.USAGE, noPairs.code());
    }

    private static double assertDoesNotThrowRatio(String line) {
        try {
            return JobBench.ratio(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
