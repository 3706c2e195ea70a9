package org.conflictsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the scenario loader: whatever the bytes of a scenario file (and of one {@code --set} override), the
 * loader either loads it or throws a {@link ScenarioException} whose problems are messages, never another
 * exception, a {@link StackOverflowError} or an {@link OutOfMemoryError}, and it answers within 5 seconds (the
 * first input of a JVM, which loads the classes, within 60).
 *
 * <p>{@link #loaderThrowsOnlyScenarioExceptions} is a Jazzer fuzz test. Run by {@code mvn test} it replays,
 * in regression mode, its inputs in {@code src/test/resources/org/conflictsim/scenario/LoaderFuzzTestInputs/}
 * (seeds, and any crash Jazzer found, which it saves there). With {@code JAZZER_FUZZ=1} it fuzzes for
 * {@code jazzer.max_duration}: the pom does that in the {@code fuzz} profile of {@code mvn test} for 60 s.
 * An input whose first line is {@code #set key.path=value} also applies that override.
 *
 * <p>{@link #mutatedCorpusAndShippedFiles} complements it in every build without instrumentation: seeded
 * random mutations (byte flips, truncations, splices, inserted YAML) of the corpus, the shipped scenarios and
 * the fixtures, for a bounded time. A failure prints the seed and the mutation so it can be replayed.
 */
class LoaderFuzzTest {
    /** Longest time one input may take. */
    static final Duration PER_INPUT = Duration.ofSeconds(5);
    /**
     * Longest time the first input of a JVM may take: it loads (and, when fuzzing, instruments) the loader's and
     * SnakeYAML's classes, which alone can take seconds on a slow machine.
     */
    static final Duration FIRST_INPUT = Duration.ofSeconds(60);
    private static volatile boolean warm;
    /** Time budget of the mutation test. */
    static final Duration MUTATION_BUDGET = Duration.ofSeconds(Long.getLong("conflictsim.mutationSeconds", 15));

    private static Path dir;

    /** A folder with a base scenario beside the fuzzed file, so that {@code extends} has something to extend. */
    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("conflictsim-fuzz-");
        Files.copy(CorpusTest.CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        Files.copy(Path.of("scenarios/island.yaml"), dir.resolve("island.yaml"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"id: ", "start: 2025-01-01", "days: ", "extends: base.yaml", "extends: island.yaml",
        "#set ", "rules.combat.tempo=", "factions[GOV].", "minerals:", "factions:", "powers:", "map:", "grid:",
        "geo:", "rows:", "legend:", "theatre:", "ruralDensity:", "terrain:", "places:", "roads:", "mines:",
        "sites:", "named:", "control:", "areas:", "polygon:", "circle:", "province:", "events:", "when:",
        "on:", "until:", "aid:", "sanction:", "militarySupport:", "trainingDeal:", "mineralsDeal:", "ceasefire:",
        "forceControl:", "captured:", "minesShare:", "remove: true", "kind: foreign-force", "fightsFor:",
        "&a ", "*a", "{", "}", "[", "]", "- ", ": ", "~", ".nan", ".inf", "!!binary", "---", "? "})
    void loaderThrowsOnlyScenarioExceptions(byte[] input) {
        check(input);
    }

    /**
     * Loads the bytes as a scenario file (after an optional first line {@code #set key.path=value}) and
     * checks that only a ScenarioException with real messages comes out, within {@link #PER_INPUT}.
     */
    static void check(byte[] input) {
        List<String> sets = new ArrayList<>();
        byte[] body = input;
        if (startsWith(input, "#set ")) {
            int nl = indexOf(input, (byte) '\n');
            int end = nl < 0 ? input.length : nl;
            sets.add(new String(input, 5, end - 5, StandardCharsets.UTF_8));
            body = nl < 0 ? new byte[0] : java.util.Arrays.copyOfRange(input, nl + 1, input.length);
        }
        Path file = dir.resolve("fuzzed.yaml");
        try {
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTimeoutPreemptively(warm ? PER_INPUT : FIRST_INPUT, () -> {
            try {
                ScenarioLoader.load(file, sets);
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty(), "a ScenarioException names its problems");
                for (Problem p : e.problems()) {
                    assertFalse(p.message().isBlank(), "an empty message: " + p);
                    assertTrue(p.line() >= 0 && p.column() >= 0, p.toString());
                }
            }
        });
        warm = true;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** YAML fragments inserted by the mutation test. */
    private static final List<String> FRAGMENTS = List.of("\n", ": ", "- ", "[", "]", "{", "}", "&x ", "*x", "? ",
            "---\n", "~", "\"", "'", "\t", "#", ".nan", "-1e309", "99999999999999999999", "extends: base.yaml\n",
            "extends: fuzzed.yaml\n", "<<: *x\n", "!!str ", "!!binary ", "\\0", "remove: true", "\u00e9", "\ud83d\ude00",
            "\n  - {id: X}\n", "when: {captured: x}", "#set rules.combat.tempo=2\n", "0x7fffffffffffffff",
            "2025-02-30", "{a: {a: {a: {a: {a: {a: {a: {a: 1}}}}}}}}");

    @Test
    void mutatedCorpusAndShippedFiles() throws IOException {
        List<byte[]> sources = new ArrayList<>();
        for (Path d : List.of(CorpusTest.CORPUS, Path.of("scenarios"), SchemaTest.FIXTURES)) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.sorted().toList()) {
                    if (Files.isRegularFile(f) && !f.toString().endsWith(".tsv") && Files.size(f) < 200_000) {
                        sources.add(Files.readAllBytes(f));
                    }
                }
            }
        }
        long seed = Long.getLong("conflictsim.mutationSeed", 20251128L);
        SplittableRandom rnd = new SplittableRandom(seed);
        long end = System.nanoTime() + MUTATION_BUDGET.toNanos();
        int n = 0;
        while (System.nanoTime() < end || n < sources.size()) {
            byte[] base = sources.get(n < sources.size() ? n : rnd.nextInt(sources.size()));
            String how = "unchanged";
            byte[] input = base;
            if (n >= sources.size()) {
                StringBuilder h = new StringBuilder();
                int times = 1 + rnd.nextInt(4);
                for (int k = 0; k < times; k++) {
                    input = mutate(input, sources, rnd, h);
                }
                how = h.toString();
            }
            try {
                check(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("input " + n + " (seed " + seed + ", " + how + ") fails:\n"
                        + new String(input, StandardCharsets.UTF_8), e);
            }
            n++;
        }
        assertTrue(n > sources.size(), "some mutations ran: " + n);
    }

    private static byte[] mutate(byte[] in, List<byte[]> sources, SplittableRandom rnd, StringBuilder how) {
        int len = in.length;
        int at = len == 0 ? 0 : rnd.nextInt(len + 1);
        switch (rnd.nextInt(6)) {
            case 0 -> {
                if (len == 0) {
                    return in;
                }
                byte[] out = in.clone();
                int i = rnd.nextInt(len);
                out[i] ^= (byte) (1 << rnd.nextInt(8));
                how.append("flip@").append(i).append(' ');
                return out;
            }
            case 1 -> {
                how.append("truncate@").append(at).append(' ');
                return java.util.Arrays.copyOf(in, at);
            }
            case 2 -> {
                byte[] other = sources.get(rnd.nextInt(sources.size()));
                int from = other.length == 0 ? 0 : rnd.nextInt(other.length);
                int to = Math.min(other.length, from + rnd.nextInt(400));
                how.append("splice@").append(at).append('[').append(from).append(',').append(to).append(") ");
                return concat(java.util.Arrays.copyOf(in, at), java.util.Arrays.copyOfRange(other, from, to),
                        java.util.Arrays.copyOfRange(in, at, len));
            }
            case 3 -> {
                String f = FRAGMENTS.get(rnd.nextInt(FRAGMENTS.size()));
                how.append("insert@").append(at).append(' ');
                return concat(java.util.Arrays.copyOf(in, at), f.getBytes(StandardCharsets.UTF_8),
                        java.util.Arrays.copyOfRange(in, at, len));
            }
            case 4 -> {
                int to = Math.min(len, at + rnd.nextInt(60));
                how.append("delete@").append(at).append('-').append(to).append(' ');
                return concat(java.util.Arrays.copyOf(in, at), java.util.Arrays.copyOfRange(in, to, len));
            }
            default -> {
                int from = len == 0 ? 0 : rnd.nextInt(len);
                int to = Math.min(len, from + rnd.nextInt(200));
                how.append("duplicate[").append(from).append(',').append(to).append(")@").append(at).append(' ');
                return concat(java.util.Arrays.copyOf(in, at), java.util.Arrays.copyOfRange(in, from, to),
                        java.util.Arrays.copyOfRange(in, at, len));
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
